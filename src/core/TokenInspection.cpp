#include "TokenInspection.h"

namespace TokenInspection {

bool isExpired(const Jwt &jwt, const QDateTime &now) {
    const auto exp = jwt.expiresAt();
    return exp && now >= *exp; // RFC 7519 section 4.1.4: not accepted on or after exp
}

QJsonObject toJson(const Jwt &jwt, const JwsVerifier::Verdict &verdict, const QDateTime &now) {
    QJsonObject signature{
        {QStringLiteral("alg"), verdict.alg},
        {QStringLiteral("kid"), verdict.kid.isEmpty() ? QJsonValue() : QJsonValue(verdict.kid)},
        {QStringLiteral("verified"), verdict.isValid()},
        {QStringLiteral("status"), verdict.statusName()},
        {QStringLiteral("reason"), verdict.reason},
    };
    const bool hasPayload = jwt.kind() == Jwt::Kind::Jws;
    const auto exp = jwt.expiresAt();
    return {
        {QStringLiteral("header"), jwt.header()},
        {QStringLiteral("payload"), hasPayload ? QJsonValue(jwt.payload()) : QJsonValue()},
        {QStringLiteral("signature"), signature},
        {QStringLiteral("expired"), isExpired(jwt, now)},
        {QStringLiteral("expires_in"), exp ? QJsonValue(double(now.secsTo(*exp))) : QJsonValue()},
    };
}

ExitCode exitCode(const Jwt &jwt, const JwsVerifier::Verdict &verdict) {
    if (jwt.kind() == Jwt::Kind::Malformed)
        return MalformedInput;
    return verdict.isValid() ? Verified : NotVerified;
}

} // namespace TokenInspection
