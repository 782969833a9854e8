#pragma once

#include "ApiResource.h"

#include <QJsonObject>

// Personal access tokens: the signed-in user's list, create, revoke; for administrators a user's
// tokens, revoking all of them and deleting the user with them; and the tenant's cap on a new
// token's lifetime (connectors). Typed calls over GraphQlClient; the parsers are static for tests
// and fuzzers.
class AccessTokenApi : public ApiResource {
    Q_OBJECT
public:
    using ApiResource::ApiResource;

    // currentUser.tokens, newest first.
    void myTokens(int first, const QString &after, QObject *context,
                  Callback<AccessTokenPage> callback);
    void create(const QString &description, const std::optional<QDateTime> &expiresAt,
                QObject *context, Callback<CreatedAccessToken> callback);
    // false: no such token (already revoked or never there).
    void revoke(const QString &id, QObject *context, Callback<bool> callback);
    // Administrators: one user's tokens (users(where: { email }) → tokens), newest first.
    void userTokens(const QString &email, int first, const QString &after, QObject *context,
                    Callback<AccessTokenPage> callback);
    // Administrators: revokeAllAccessTokens(email).
    void revokeAll(const QString &email, QObject *context, Callback<bool> callback);
    // Administrators: deleteUser(email), the user and all their tokens; false: no such user.
    void deleteUser(const QString &email, QObject *context, Callback<bool> callback);
    // The smallest maxExpiryDays over the tenant's connectors; empty = no cap.
    void maxExpiryDays(QObject *context, Callback<std::optional<int>> callback);

    static std::optional<AccessTokenPage> parseMyTokens(const QJsonObject &data, QString *error);
    static std::optional<CreatedAccessToken> parseCreated(const QJsonObject &data, QString *error);
    static std::optional<bool> parseRevoke(const QJsonObject &data, QString *error);
    static std::optional<AccessTokenPage> parseUserTokens(const QJsonObject &data, QString *error);
    static std::optional<bool> parseRevokeAll(const QJsonObject &data, QString *error);
    static std::optional<bool> parseDeleteUser(const QJsonObject &data, QString *error);
    static std::optional<std::optional<int>> parseMaxExpiryDays(const QJsonObject &data,
                                                                QString *error);
};
