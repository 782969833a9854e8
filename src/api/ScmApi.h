#pragma once

#include "ApiResource.h"

#include <QJsonObject>

// SCM connections: the list with each connection's tokens, and connecting (initiateAuthorization
// then exchangeAuthorizationCode) and disconnecting (revokeScmToken). Typed calls; static parsers.
class ScmApi : public ApiResource {
    Q_OBJECT
public:
    using ApiResource::ApiResource;

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
};
