#include "Jwt.h"

#include "Base64Url.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace {
std::optional<QDateTime> numericDate(const QJsonObject &object, QLatin1StringView name) {
    const QJsonValue value = object.value(name);
    if (!value.isDouble())
        return std::nullopt;
    // NumericDate within years 1970..9999; anything else is not a usable time.
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < 0 || seconds > 253402300799.0)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), QTimeZone::utc());
}
} // namespace

QByteArray Jwt::normalize(QByteArrayView text) {
    QByteArray trimmed = text.toByteArray().trimmed();
    if (trimmed.size() > 7 && trimmed.first(7).toLower() == "bearer ")
        trimmed = trimmed.mid(7).trimmed();
    return trimmed;
}

Jwt Jwt::decode(QByteArrayView text) {
    Jwt jwt;
    const QByteArray token = normalize(text);
    if (token.isEmpty()) {
        jwt.m_error = QCoreApplication::translate("Jwt", "The token is empty.");
        return jwt;
    }
    jwt.m_rawParts = token.split('.');
    const auto partCount = jwt.m_rawParts.size();
    if (partCount == 5) {
        jwt.m_kind = Kind::Jwe;
        if (auto header = Base64Url::decode(jwt.m_rawParts.at(0)))
            jwt.m_header = QJsonDocument::fromJson(*header).object();
        jwt.m_error = QCoreApplication::translate(
            "Jwt", "This is an encrypted token (JWE, five parts); its content cannot be shown "
                   "without the recipient's private key.");
        return jwt;
    }
    if (partCount != 3 && token.startsWith("mat-")) {
        jwt.m_error = QCoreApplication::translate(
            "Jwt", "This is a Moderne personal access token (mat-…), not a JWT: it carries no "
                   "readable claims. The Access tokens pane shows its description and expiry.");
        return jwt;
    }
    if (partCount != 3) {
        jwt.m_error = QCoreApplication::translate("Jwt",
                                                  "A JWT has three parts separated by dots; "
                                                  "this text has %n part(s).",
                                                  nullptr, int(partCount));
        return jwt;
    }
    std::optional<QByteArray> decoded[3];
    for (int i = 0; i < 3; ++i) {
        decoded[i] = Base64Url::decode(jwt.m_rawParts.at(i));
        if (!decoded[i]) {
            jwt.m_error =
                QCoreApplication::translate("Jwt", "Part %1 is not valid base64url.").arg(i + 1);
            return jwt;
        }
    }
    QJsonParseError parseError;
    const QJsonDocument header = QJsonDocument::fromJson(*decoded[0], &parseError);
    if (!header.isObject()) {
        jwt.m_error = QCoreApplication::translate("Jwt", "The header is not a JSON object.");
        return jwt;
    }
    const QJsonDocument payload = QJsonDocument::fromJson(*decoded[1], &parseError);
    if (!payload.isObject()) {
        jwt.m_error = QCoreApplication::translate("Jwt", "The payload is not a JSON object.");
        return jwt;
    }
    jwt.m_header = header.object();
    jwt.m_payload = payload.object();
    jwt.m_signature = *decoded[2];
    jwt.m_signingInput = jwt.m_rawParts.at(0) + '.' + jwt.m_rawParts.at(1);
    jwt.m_kind = Kind::Jws;
    return jwt;
}

QStringList Jwt::realmRoles() const {
    QStringList roles;
    const QJsonArray array = m_payload.value(QLatin1String("realm_access"))
                                 .toObject()
                                 .value(QLatin1String("roles"))
                                 .toArray();
    for (const QJsonValue &role : array)
        roles << role.toString();
    return roles;
}

std::optional<QDateTime> Jwt::expiresAt() const {
    return numericDate(m_payload, QLatin1String("exp"));
}
std::optional<QDateTime> Jwt::issuedAt() const {
    return numericDate(m_payload, QLatin1String("iat"));
}
