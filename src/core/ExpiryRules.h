#pragma once

#include <QDateTime>

// The three kinds of Moderne token, wherever something is said about when one expires.
enum class TokenKind { LoginToken, ScmToken, PersonalAccessToken };

// Where a token stands: the same four states in every list, the timeline and the status bar.
enum class ExpiryState { Fine, Soon, Expired, Never };

// The one "expiring soon" rule: a personal access token within 7 days of its end (the seventh
// day included), an SCM token under an hour (its countdown at 59:59 or less), the login token
// under 5 minutes. Pure, so tests drive it with any `now`.
namespace ExpiryRules {

// How long before its end a token of `kind` counts as expiring soon.
qint64 soonSeconds(TokenKind kind);

// Expired at or after `expiresAt`, Soon within soonSeconds(kind) of it, Fine before; an invalid
// `expiresAt` means the token never expires.
ExpiryState state(TokenKind kind, const QDateTime &expiresAt, const QDateTime &now);

// The same for a number of seconds left (0 or less: expired).
ExpiryState stateForSecondsLeft(TokenKind kind, qint64 secondsLeft);

} // namespace ExpiryRules
