#include "ExpiryRules.h"

namespace ExpiryRules {

qint64 soonSeconds(TokenKind kind) {
    switch (kind) {
    case TokenKind::LoginToken:
        return 5 * 60;
    case TokenKind::ScmToken:
        return 3600;
    case TokenKind::PersonalAccessToken:
        return 7 * 86400;
    }
    return 0;
}

ExpiryState stateForSecondsLeft(TokenKind kind, qint64 secondsLeft) {
    if (secondsLeft <= 0)
        return ExpiryState::Expired;
    const qint64 window = soonSeconds(kind);
    const bool soon =
        kind == TokenKind::PersonalAccessToken ? secondsLeft <= window : secondsLeft < window;
    return soon ? ExpiryState::Soon : ExpiryState::Fine;
}

ExpiryState state(TokenKind kind, const QDateTime &expiresAt, const QDateTime &now) {
    if (!expiresAt.isValid())
        return ExpiryState::Never;
    return stateForSecondsLeft(kind, now.secsTo(expiresAt));
}

} // namespace ExpiryRules
