#pragma once

#include "JwsVerifier.h"
#include "Jwt.h"

#include <QDateTime>
#include <QJsonObject>

// What `tokendesk-cli inspect` prints, shared so that the GUI can offer the same
// "copy as JSON": {"header": {...}, "payload": {...}, "signature": {"alg", "kid",
// "verified", "status", "reason"}, "expired": bool, "expires_in": seconds | null}.
namespace TokenInspection {

enum ExitCode { Verified = 0, NotVerified = 1, MalformedInput = 2 };

// The JSON object for a decoded token and its verdict at `now`. For a JWE, "header" is its
// protected header and "payload" is null. "expires_in" is exp - now in seconds (negative once
// expired), null without a usable exp.
QJsonObject toJson(const Jwt &jwt, const JwsVerifier::Verdict &verdict, const QDateTime &now);

// 0 verified (even when expired), 1 decoded but not verified (JWE, alg none, ...), 2 malformed.
ExitCode exitCode(const Jwt &jwt, const JwsVerifier::Verdict &verdict);

bool isExpired(const Jwt &jwt, const QDateTime &now);

} // namespace TokenInspection
