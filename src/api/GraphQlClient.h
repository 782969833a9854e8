#pragma once

#include "ApiTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// Sends the operation documents kept in resources/graphql/ to a GraphQL endpoint with a bearer,
// and turns every kind of failure (network, HTTP, 401, errors[], malformed JSON) into an ApiError
// with a specific message.
class GraphQlClient : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        QJsonObject data;
        ApiError error;
        QDateTime serverDate; // from the Date header, for clock-skew display
    };
    using Callback = std::function<void(const Response &)>;

    explicit GraphQlClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setEndpoint(const QUrl &endpoint) { m_endpoint = endpoint; }
    QUrl endpoint() const { return m_endpoint; }
    void setBearerToken(const QByteArray &token) { m_bearer = token; }
    bool hasBearerToken() const { return !m_bearer.isEmpty(); }
    void setSendPlatformV2(bool send) { m_platformV2 = send; }

    // The text of resources/graphql/<operationName>.graphql; empty if there is none.
    static QByteArray document(const QString &operationName);

    // Calls back exactly once; `context` going away cancels the callback.
    void execute(const QString &operationName, const QJsonObject &variables, QObject *context,
                 Callback callback);

    // Parses a GraphQL HTTP response body (exposed for tests and fuzzing).
    static Response parseBody(const QByteArray &body, int httpStatus);

Q_SIGNALS:
    void unauthorized();
    void responseDate(const QDateTime &serverDate);

private:
    QNetworkAccessManager *m_network;
    QUrl m_endpoint;
    QByteArray m_bearer;
    bool m_platformV2 = false;
};
