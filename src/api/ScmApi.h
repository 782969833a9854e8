#pragma once

#include "ApiTypes.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class GraphQlClient;

// SCM connections: the list with each connection's tokens, and connecting (initiateAuthorization
// then exchangeAuthorizationCode) and disconnecting (revokeScmToken). Typed calls; static parsers.
class ScmApi : public QObject {
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const ApiResult<T> &)>;

    explicit ScmApi(GraphQlClient *client, QObject *parent = nullptr);

    void scmConnections(QObject *context, Callback<QList<ScmConnection>> callback);
    void initiateAuthorization(const QString &origin, const QString &redirectUri, QObject *context,
                               Callback<ScmAuthorization> callback);
    void exchangeAuthorizationCode(const QString &authorizationId, const QString &code,
                                   const QString &state, const QString &redirectUri,
                                   QObject *context, Callback<ScmOperationResult> callback);
    void revokeScmToken(const QString &origin, QObject *context,
                        Callback<ScmOperationResult> callback);

    static std::optional<QList<ScmConnection>> parseScmConnections(const QJsonObject &data,
                                                                   QString *error);
    static std::optional<ScmAuthorization> parseInitiateAuthorization(const QJsonObject &data,
                                                                      QString *error);
    static std::optional<ScmOperationResult> parseExchangeAuthorizationCode(const QJsonObject &data,
                                                                            QString *error);
    static std::optional<ScmOperationResult> parseRevokeScmToken(const QJsonObject &data,
                                                                 QString *error);

private:
    GraphQlClient *m_client;
};
