#pragma once

#include "ApiTypes.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class GraphQlClient;

// Typed calls to the Moderne GraphQL API, each returning plain structs. The parsers are
// static so that tests and fuzzers can reach them without a network.
class ModerneApi : public QObject {
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const ApiResult<T> &)>;

    explicit ModerneApi(GraphQlClient *client, QObject *parent = nullptr);

    GraphQlClient *client() const { return m_client; }

    void currentUser(QObject *context, Callback<CurrentUser> callback);
    void accessTokens(int first, const QString &after, QObject *context,
                      Callback<AccessTokenPage> callback);
    void createAccessToken(const QString &description, const std::optional<QDateTime> &expiresAt,
                           QObject *context, Callback<CreatedAccessToken> callback);
    void revokeAccessToken(const QString &id, QObject *context, Callback<bool> callback);
    void scmConnections(QObject *context, Callback<QList<ScmConnection>> callback);
    void initiateAuthorization(const QString &origin, const QString &redirectUri, QObject *context,
                               Callback<ScmAuthorization> callback);
    void exchangeAuthorizationCode(const QString &authorizationId, const QString &code,
                                   const QString &state, const QString &redirectUri,
                                   QObject *context, Callback<ScmOperationResult> callback);
    void revokeScmToken(const QString &origin, QObject *context,
                        Callback<ScmOperationResult> callback);

    static std::optional<CurrentUser> parseCurrentUser(const QJsonObject &data, QString *error);
    static std::optional<AccessTokenPage> parseAccessTokenPage(const QJsonObject &data,
                                                               QString *error);
    static std::optional<CreatedAccessToken> parseCreatedAccessToken(const QJsonObject &data,
                                                                     QString *error);
    static std::optional<bool> parseRevokeAccessToken(const QJsonObject &data, QString *error);
    static std::optional<QList<ScmConnection>> parseScmConnections(const QJsonObject &data,
                                                                   QString *error);
    static std::optional<ScmAuthorization> parseInitiateAuthorization(const QJsonObject &data,
                                                                      QString *error);
    static std::optional<ScmOperationResult> parseExchangeAuthorizationCode(const QJsonObject &data,
                                                                            QString *error);
    static std::optional<ScmOperationResult> parseRevokeScmToken(const QJsonObject &data,
                                                                 QString *error);

    // RFC 3339 with the local UTC offset, e.g. 2026-12-22T18:04:05+01:00.
    static QString toRfc3339(const QDateTime &dateTime);
    static std::optional<QDateTime> parseDateTime(const QJsonValue &value);

private:
    template <typename T, typename Parser>
    void run(const QString &operation, const QJsonObject &variables, QObject *context,
             Parser parser, Callback<T> callback);

    GraphQlClient *m_client;
};
