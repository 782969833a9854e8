#include "ModerneApi.h"

#include "GraphQlClient.h"
#include "Rfc3339.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

namespace {

QString missing(const char *what) {
    return ModerneApi::tr("The server's answer is missing %1.").arg(QLatin1String(what));
}

std::optional<AccessToken> parseAccessToken(const QJsonObject &node, QString *error) {
    AccessToken token;
    token.id = node.value(QLatin1String("id")).toString();
    if (token.id.isEmpty()) {
        *error = missing("a token id");
        return std::nullopt;
    }
    token.description = node.value(QLatin1String("description")).toString();
    const auto created = ModerneApi::parseDateTime(node.value(QLatin1String("created")));
    if (!created) {
        *error = missing("a token's creation time");
        return std::nullopt;
    }
    token.created = *created;
    const QJsonValue expires = node.value(QLatin1String("expiresAt"));
    if (!expires.isNull() && !expires.isUndefined()) {
        token.expiresAt = ModerneApi::parseDateTime(expires);
        if (!token.expiresAt) {
            *error = ModerneApi::tr("The server sent an expiry time TokenDesk cannot read: %1")
                         .arg(expires.toVariant().toString());
            return std::nullopt;
        }
    }
    return token;
}
} // namespace

ModerneApi::ModerneApi(GraphQlClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

QString ModerneApi::toRfc3339(const QDateTime &dateTime) {
    return dateTime.toOffsetFromUtc(dateTime.offsetFromUtc()).toString(Qt::ISODate);
}

std::optional<QDateTime> ModerneApi::parseDateTime(const QJsonValue &value) {
    // RFC 3339 (the DateTime scalar) with its offset, read without QDateTime::fromString's
    // general ISO 8601 machinery: this runs twice per token, for thousands of tokens.
    if (!value.isString())
        return std::nullopt;
    return Rfc3339::parse(value.toString());
}

template <typename T, typename Parser>
void ModerneApi::run(const QString &operation, const QJsonObject &variables, QObject *context,
                     Parser parser, Callback<T> callback) {
    m_client->executeTyped<T>(operation, variables, context, parser, std::move(callback));
}

void ModerneApi::currentUser(QObject *context, Callback<CurrentUser> callback) {
    run<CurrentUser>(QStringLiteral("CurrentUser"), {}, context, &parseCurrentUser,
                     std::move(callback));
}

void ModerneApi::accessTokens(int first, const QString &after, QObject *context,
                              Callback<AccessTokenPage> callback) {
    QJsonObject variables{{QStringLiteral("first"), first}};
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);
    run<AccessTokenPage>(QStringLiteral("AccessTokens"), variables, context, &parseAccessTokenPage,
                         std::move(callback));
}

void ModerneApi::createAccessToken(const QString &description,
                                   const std::optional<QDateTime> &expiresAt, QObject *context,
                                   Callback<CreatedAccessToken> callback) {
    QJsonObject variables{{QStringLiteral("description"), description}};
    if (expiresAt)
        variables.insert(QStringLiteral("expiresAt"), toRfc3339(*expiresAt));
    run<CreatedAccessToken>(QStringLiteral("CreateAccessToken"), variables, context,
                            &parseCreatedAccessToken, std::move(callback));
}

void ModerneApi::revokeAccessToken(const QString &id, QObject *context, Callback<bool> callback) {
    run<bool>(QStringLiteral("RevokeAccessToken"), {{QStringLiteral("id"), id}}, context,
              &parseRevokeAccessToken, std::move(callback));
}

void ModerneApi::scmConnections(QObject *context, Callback<QList<ScmConnection>> callback) {
    run<QList<ScmConnection>>(QStringLiteral("ScmConnections"), {}, context, &parseScmConnections,
                              std::move(callback));
}

void ModerneApi::initiateAuthorization(const QString &origin, const QString &redirectUri,
                                       QObject *context, Callback<ScmAuthorization> callback) {
    const QJsonObject input{{QStringLiteral("origin"), origin},
                            {QStringLiteral("redirectUri"), redirectUri}};
    run<ScmAuthorization>(QStringLiteral("InitiateAuthorization"),
                          {{QStringLiteral("input"), input}}, context, &parseInitiateAuthorization,
                          std::move(callback));
}

void ModerneApi::exchangeAuthorizationCode(const QString &authorizationId, const QString &code,
                                           const QString &state, const QString &redirectUri,
                                           QObject *context,
                                           Callback<ScmOperationResult> callback) {
    const QJsonObject input{{QStringLiteral("authorizationId"), authorizationId},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("state"), state},
                            {QStringLiteral("redirectUri"), redirectUri}};
    run<ScmOperationResult>(QStringLiteral("ExchangeAuthorizationCode"),
                            {{QStringLiteral("input"), input}}, context,
                            &parseExchangeAuthorizationCode, std::move(callback));
}

void ModerneApi::revokeScmToken(const QString &origin, QObject *context,
                                Callback<ScmOperationResult> callback) {
    const QJsonObject input{{QStringLiteral("origin"), origin}};
    run<ScmOperationResult>(QStringLiteral("RevokeScmToken"), {{QStringLiteral("input"), input}},
                            context, &parseRevokeScmToken, std::move(callback));
}

std::optional<CurrentUser> ModerneApi::parseCurrentUser(const QJsonObject &data, QString *error) {
    const QJsonObject user = data.value(QLatin1String("currentUser")).toObject();
    CurrentUser result;
    result.email = user.value(QLatin1String("email")).toString();
    if (result.email.isEmpty()) {
        *error = missing("the signed-in user's email");
        return std::nullopt;
    }
    result.username = user.value(QLatin1String("username")).toString();
    result.role = user.value(QLatin1String("role")).toString();
    result.lastActive = parseDateTime(user.value(QLatin1String("lastActive")));
    return result;
}

std::optional<AccessTokenPage> ModerneApi::parseAccessTokenPage(const QJsonObject &data,
                                                                QString *error) {
    const QJsonObject tokens = data.value(QLatin1String("currentUser"))
                                   .toObject()
                                   .value(QLatin1String("tokens"))
                                   .toObject();
    if (tokens.isEmpty()) {
        *error = missing("the list of access tokens");
        return std::nullopt;
    }
    AccessTokenPage page;
    page.totalCount = tokens.value(QLatin1String("count")).toInt();
    const QJsonArray edges = tokens.value(QLatin1String("edges")).toArray();
    page.tokens.reserve(edges.size());
    for (const QJsonValue &edge : edges) {
        auto token =
            parseAccessToken(edge.toObject().value(QLatin1String("node")).toObject(), error);
        if (!token)
            return std::nullopt;
        page.tokens.append(std::move(*token));
    }
    const QJsonObject pageInfo = tokens.value(QLatin1String("pageInfo")).toObject();
    page.hasNextPage = pageInfo.value(QLatin1String("hasNextPage")).toBool();
    page.endCursor = pageInfo.value(QLatin1String("endCursor")).toString();
    if (page.hasNextPage && page.endCursor.isEmpty()) {
        *error = missing("the cursor of the next page");
        return std::nullopt;
    }
    return page;
}

std::optional<CreatedAccessToken> ModerneApi::parseCreatedAccessToken(const QJsonObject &data,
                                                                      QString *error) {
    const QJsonObject created = data.value(QLatin1String("createAccessToken")).toObject();
    auto token = parseAccessToken(created, error);
    if (!token)
        return std::nullopt;
    CreatedAccessToken result;
    result.token = std::move(*token);
    result.value = created.value(QLatin1String("token")).toString().toUtf8();
    if (result.value.isEmpty()) {
        *error = missing("the new token's value");
        return std::nullopt;
    }
    return result;
}

std::optional<bool> ModerneApi::parseRevokeAccessToken(const QJsonObject &data, QString *error) {
    const QJsonValue value = data.value(QLatin1String("revokeAccessToken"));
    if (!value.isBool()) {
        *error = missing("the result of the revocation");
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QList<ScmConnection>> ModerneApi::parseScmConnections(const QJsonObject &data,
                                                                    QString *error) {
    const QJsonValue value = data.value(QLatin1String("scmConnections"));
    if (!value.isArray()) {
        *error = missing("the list of SCM connections");
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
            const QJsonObject tokenObject = tokenValue.toObject();
            ScmToken token;
            const auto created = parseDateTime(tokenObject.value(QLatin1String("created")));
            if (!created) {
                *error = missing("an SCM token's creation time");
                return std::nullopt;
            }
            token.created = *created;
            const QJsonValue expires = tokenObject.value(QLatin1String("expiresAt"));
            if (!expires.isNull() && !expires.isUndefined()) {
                const auto expiresAt = parseDateTime(expires);
                if (!expiresAt) {
                    *error = tr("The server sent an expiry time TokenDesk cannot read: %1")
                                 .arg(expires.toVariant().toString());
                    return std::nullopt;
                }
                token.expiresAt = *expiresAt;
            }
            connection.tokens.append(token);
        }
        if (connection.origin.isEmpty()) {
            *error = missing("an SCM connection's origin");
            return std::nullopt;
        }
        connections.append(connection);
    }
    return connections;
}

std::optional<ScmAuthorization> ModerneApi::parseInitiateAuthorization(const QJsonObject &data,
                                                                       QString *error) {
    const QJsonObject object = data.value(QLatin1String("initiateAuthorization")).toObject();
    ScmAuthorization result;
    result.id = object.value(QLatin1String("id")).toString();
    result.authorizationUrl = object.value(QLatin1String("authorizationUrl")).toString();
    if (result.id.isEmpty() || result.authorizationUrl.isEmpty()) {
        *error = missing("the authorization request");
        return std::nullopt;
    }
    for (const QJsonValue &name : object.value(QLatin1String("callbackParameters")).toArray())
        result.callbackParameters.append(name.toString());
    const auto expiresAt = parseDateTime(object.value(QLatin1String("expiresAt")));
    if (!expiresAt) {
        *error = missing("the authorization request's expiry time");
        return std::nullopt;
    }
    result.expiresAt = *expiresAt;
    return result;
}

namespace {
std::optional<ScmOperationResult> parseOperationResult(const QJsonObject &data, const char *field,
                                                       QString *error) {
    const QJsonObject object = data.value(QLatin1String(field)).toObject();
    const QJsonValue success = object.value(QLatin1String("success"));
    if (!success.isBool()) {
        *error = missing("the result of the operation");
        return std::nullopt;
    }
    ScmOperationResult result;
    result.success = success.toBool();
    result.error = object.value(QLatin1String("error")).toString();
    return result;
}
} // namespace

std::optional<ScmOperationResult>
ModerneApi::parseExchangeAuthorizationCode(const QJsonObject &data, QString *error) {
    return parseOperationResult(data, "exchangeAuthorizationCode", error);
}

std::optional<ScmOperationResult> ModerneApi::parseRevokeScmToken(const QJsonObject &data,
                                                                  QString *error) {
    return parseOperationResult(data, "revokeScmToken", error);
}
