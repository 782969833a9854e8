#include "AccessTokenApi.h"

#include "ApiParsing.h"
#include "GraphQlClient.h"

void AccessTokenApi::myTokens(int first, const QString &after, QObject *context,
                              Callback<AccessTokenPage> callback) {
    m_client->executeTyped<AccessTokenPage>(QStringLiteral("AccessTokens"),
                                            ApiParsing::pageVariables(first, after), context,
                                            &parseMyTokens, std::move(callback));
}

void AccessTokenApi::create(const QString &description, const std::optional<QDateTime> &expiresAt,
                            QObject *context, Callback<CreatedAccessToken> callback) {
    QJsonObject variables{{QStringLiteral("description"), description}};
    if (expiresAt)
        variables.insert(QStringLiteral("expiresAt"), ApiParsing::toRfc3339(*expiresAt));
    m_client->executeTyped<CreatedAccessToken>(QStringLiteral("CreateAccessToken"), variables,
                                               context, &parseCreated, std::move(callback));
}

void AccessTokenApi::revoke(const QString &id, QObject *context, Callback<bool> callback) {
    m_client->executeTyped<bool>(QStringLiteral("RevokeAccessToken"), {{QStringLiteral("id"), id}},
                                 context, &parseRevoke, std::move(callback));
}

void AccessTokenApi::userTokens(const QString &email, int first, const QString &after,
                                QObject *context, Callback<AccessTokenPage> callback) {
    QJsonObject variables = ApiParsing::pageVariables(first, after);
    variables.insert(QStringLiteral("email"), email);
    m_client->executeTyped<AccessTokenPage>(QStringLiteral("UserTokens"), variables, context,
                                            &parseUserTokens, std::move(callback));
}

void AccessTokenApi::revokeAll(const QString &email, QObject *context, Callback<bool> callback) {
    m_client->executeTyped<bool>(QStringLiteral("RevokeAllAccessTokens"),
                                 {{QStringLiteral("email"), email}}, context, &parseRevokeAll,
                                 std::move(callback));
}

void AccessTokenApi::deleteUser(const QString &email, QObject *context, Callback<bool> callback) {
    m_client->executeTyped<bool>(QStringLiteral("DeleteUser"), {{QStringLiteral("email"), email}},
                                 context, &parseDeleteUser, std::move(callback));
}

void AccessTokenApi::maxExpiryDays(QObject *context, Callback<std::optional<int>> callback) {
    m_client->executeTyped<std::optional<int>>(QStringLiteral("MaxExpiryDays"), {}, context,
                                               &parseMaxExpiryDays, std::move(callback));
}

std::optional<AccessTokenPage> AccessTokenApi::parseMyTokens(const QJsonObject &data,
                                                             QString *error) {
    return ApiParsing::accessTokenConnection(data.value(QLatin1String("currentUser"))
                                                 .toObject()
                                                 .value(QLatin1String("tokens"))
                                                 .toObject(),
                                             error);
}

std::optional<CreatedAccessToken> AccessTokenApi::parseCreated(const QJsonObject &data,
                                                               QString *error) {
    const QJsonObject created = data.value(QLatin1String("createAccessToken")).toObject();
    auto token = ApiParsing::accessToken(created, error);
    if (!token)
        return std::nullopt;
    CreatedAccessToken result;
    result.token = std::move(*token);
    result.value = created.value(QLatin1String("token")).toString().toUtf8();
    if (result.value.isEmpty()) {
        *error = ApiParsing::missing("the new token's value");
        return std::nullopt;
    }
    return result;
}

std::optional<bool> AccessTokenApi::parseRevoke(const QJsonObject &data, QString *error) {
    return ApiParsing::boolResult(data, "revokeAccessToken", "the result of the revocation", error);
}

std::optional<AccessTokenPage> AccessTokenApi::parseUserTokens(const QJsonObject &data,
                                                               QString *error) {
    const QJsonArray edges =
        data.value(QLatin1String("users")).toObject().value(QLatin1String("edges")).toArray();
    if (edges.isEmpty()) // the user has gone: no tokens left to show
        return AccessTokenPage{};
    return ApiParsing::accessTokenConnection(edges.first()
                                                 .toObject()
                                                 .value(QLatin1String("node"))
                                                 .toObject()
                                                 .value(QLatin1String("tokens"))
                                                 .toObject(),
                                             error);
}

std::optional<bool> AccessTokenApi::parseRevokeAll(const QJsonObject &data, QString *error) {
    return ApiParsing::boolResult(data, "revokeAllAccessTokens", "the result of the revocation",
                                  error);
}

std::optional<bool> AccessTokenApi::parseDeleteUser(const QJsonObject &data, QString *error) {
    return ApiParsing::boolResult(data, "deleteUser", "the result of deleting the user", error);
}

std::optional<std::optional<int>> AccessTokenApi::parseMaxExpiryDays(const QJsonObject &data,
                                                                     QString *error) {
    const QJsonValue connectors = data.value(QLatin1String("connectors"));
    if (!connectors.isObject()) {
        *error = ApiParsing::missing("the tenant's connectors");
        return std::nullopt;
    }
    std::optional<int> cap;
    for (const QJsonValue &edge : connectors.toObject().value(QLatin1String("edges")).toArray()) {
        const QJsonValue days = edge.toObject()
                                    .value(QLatin1String("node"))
                                    .toObject()
                                    .value(QLatin1String("personalAccessTokenConfiguration"))
                                    .toObject()
                                    .value(QLatin1String("maxExpiryDays"));
        if (!days.isDouble())
            continue;
        const int value = days.toInt();
        if (!cap || value < *cap)
            cap = value;
    }
    return cap;
}
