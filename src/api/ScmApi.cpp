#include "ScmApi.h"

#include "ApiParsing.h"
#include "GraphQlClient.h"

namespace {
std::optional<ScmOperationResult> parseOperationResult(const QJsonObject &data, const char *field,
                                                       QString *error) {
    const QJsonObject object = data.value(QLatin1String(field)).toObject();
    const QJsonValue success = object.value(QLatin1String("success"));
    if (!success.isBool()) {
        *error = ApiParsing::missing("the result of the operation");
        return std::nullopt;
    }
    ScmOperationResult result;
    result.success = success.toBool();
    result.error = object.value(QLatin1String("error")).toString();
    return result;
}

std::optional<ScmToken> parseScmToken(const QJsonObject &object, QString *error) {
    ScmToken token;
    const auto created = ApiParsing::dateTime(object.value(QLatin1String("created")));
    if (!created) {
        *error = ApiParsing::missing("an SCM token's creation time");
        return std::nullopt;
    }
    token.created = *created;
    std::optional<QDateTime> expiresAt;
    if (!ApiParsing::optionalDateTime(object.value(QLatin1String("expiresAt")), &expiresAt, error))
        return std::nullopt;
    if (expiresAt)
        token.expiresAt = *expiresAt;
    return token;
}
} // namespace

void ScmApi::scmConnections(QObject *context, Callback<QList<ScmConnection>> callback) {
    m_client->executeTyped<QList<ScmConnection>>(QStringLiteral("ScmConnections"), {}, context,
                                                 &parseScmConnections, std::move(callback));
}

void ScmApi::initiateAuthorization(const QString &origin, const QString &redirectUri,
                                   QObject *context, Callback<ScmAuthorization> callback) {
    const QJsonObject input{{QStringLiteral("origin"), origin},
                            {QStringLiteral("redirectUri"), redirectUri}};
    m_client->executeTyped<ScmAuthorization>(QStringLiteral("InitiateAuthorization"),
                                             {{QStringLiteral("input"), input}}, context,
                                             &parseInitiateAuthorization, std::move(callback));
}

void ScmApi::exchangeAuthorizationCode(const QString &authorizationId, const QString &code,
                                       const QString &state, const QString &redirectUri,
                                       QObject *context, Callback<ScmOperationResult> callback) {
    const QJsonObject input{{QStringLiteral("authorizationId"), authorizationId},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("state"), state},
                            {QStringLiteral("redirectUri"), redirectUri}};
    m_client->executeTyped<ScmOperationResult>(
        QStringLiteral("ExchangeAuthorizationCode"), {{QStringLiteral("input"), input}}, context,
        &parseExchangeAuthorizationCode, std::move(callback));
}

void ScmApi::revokeScmToken(const QString &origin, QObject *context,
                            Callback<ScmOperationResult> callback) {
    const QJsonObject input{{QStringLiteral("origin"), origin}};
    m_client->executeTyped<ScmOperationResult>(QStringLiteral("RevokeScmToken"),
                                               {{QStringLiteral("input"), input}}, context,
                                               &parseRevokeScmToken, std::move(callback));
}

std::optional<QList<ScmConnection>> ScmApi::parseScmConnections(const QJsonObject &data,
                                                                QString *error) {
    const QJsonValue value = data.value(QLatin1String("scmConnections"));
    if (!value.isArray()) {
        *error = ApiParsing::missing("the list of SCM connections");
        return std::nullopt;
    }
    QList<ScmConnection> connections;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        ScmConnection connection;
        connection.typeName = object.value(QLatin1String("__typename")).toString();
        connection.origin = object.value(QLatin1String("resourceId")).toString();
        connection.isAuthorized = object.value(QLatin1String("isAuthorized")).toBool();
        for (const QJsonValue &tokenValue : object.value(QLatin1String("tokens")).toArray()) {
            auto token = parseScmToken(tokenValue.toObject(), error);
            if (!token)
                return std::nullopt;
            connection.tokens.append(*token);
        }
        if (connection.origin.isEmpty()) {
            *error = ApiParsing::missing("an SCM connection's origin");
            return std::nullopt;
        }
        connections.append(connection);
    }
    return connections;
}

std::optional<ScmAuthorization> ScmApi::parseInitiateAuthorization(const QJsonObject &data,
                                                                   QString *error) {
    const QJsonObject object = data.value(QLatin1String("initiateAuthorization")).toObject();
    ScmAuthorization result;
    result.id = object.value(QLatin1String("id")).toString();
    result.authorizationUrl = object.value(QLatin1String("authorizationUrl")).toString();
    if (result.id.isEmpty() || result.authorizationUrl.isEmpty()) {
        *error = ApiParsing::missing("the authorization request");
        return std::nullopt;
    }
    for (const QJsonValue &name : object.value(QLatin1String("callbackParameters")).toArray())
        result.callbackParameters.append(name.toString());
    const auto expiresAt = ApiParsing::dateTime(object.value(QLatin1String("expiresAt")));
    if (!expiresAt) {
        *error = ApiParsing::missing("the authorization request's expiry time");
        return std::nullopt;
    }
    result.expiresAt = *expiresAt;
    return result;
}

std::optional<ScmOperationResult> ScmApi::parseExchangeAuthorizationCode(const QJsonObject &data,
                                                                         QString *error) {
    return parseOperationResult(data, "exchangeAuthorizationCode", error);
}

std::optional<ScmOperationResult> ScmApi::parseRevokeScmToken(const QJsonObject &data,
                                                              QString *error) {
    return parseOperationResult(data, "revokeScmToken", error);
}
