#include "ApiParsing.h"

#include "Rfc3339.h"

QString ApiParsing::missing(const char *what) {
    return tr("The server's answer is missing %1.").arg(QLatin1String(what));
}

QString ApiParsing::toRfc3339(const QDateTime &dateTime) {
    return dateTime.toOffsetFromUtc(dateTime.offsetFromUtc()).toString(Qt::ISODate);
}

std::optional<QDateTime> ApiParsing::dateTime(const QJsonValue &value) {
    // RFC 3339 (the DateTime scalar) with its offset, read without QDateTime::fromString's
    // general ISO 8601 machinery: this runs twice per token, for thousands of tokens.
    if (!value.isString())
        return std::nullopt;
    return Rfc3339::parse(value.toString());
}

bool ApiParsing::optionalDateTime(const QJsonValue &value, std::optional<QDateTime> *out,
                                  QString *error) {
    out->reset();
    if (value.isNull() || value.isUndefined())
        return true;
    *out = dateTime(value);
    if (!*out) {
        *error = tr("The server sent an expiry time TokenDesk cannot read: %1")
                     .arg(value.toVariant().toString());
        return false;
    }
    return true;
}

std::optional<AccessToken> ApiParsing::accessToken(const QJsonObject &node, QString *error) {
    AccessToken token;
    token.id = node.value(QLatin1String("id")).toString();
    if (token.id.isEmpty()) {
        *error = missing("a token id");
        return std::nullopt;
    }
    token.description = node.value(QLatin1String("description")).toString();
    const auto created = dateTime(node.value(QLatin1String("created")));
    if (!created) {
        *error = missing("a token's creation time");
        return std::nullopt;
    }
    token.created = *created;
    if (!optionalDateTime(node.value(QLatin1String("expiresAt")), &token.expiresAt, error))
        return std::nullopt;
    return token;
}

std::optional<bool> ApiParsing::boolResult(const QJsonObject &data, const char *field,
                                           const char *what, QString *error) {
    const QJsonValue value = data.value(QLatin1String(field));
    if (!value.isBool()) {
        *error = missing(what);
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<AccessTokenPage> ApiParsing::accessTokenConnection(const QJsonObject &object,
                                                                 QString *error) {
    return connection<AccessToken>(object, &accessToken, "the list of access tokens", error);
}

QJsonObject ApiParsing::pageVariables(int first, const QString &after) {
    QJsonObject variables{{QStringLiteral("first"), first}};
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);
    return variables;
}
