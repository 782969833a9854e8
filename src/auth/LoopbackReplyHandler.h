#pragma once

#include <QOAuthOobReplyHandler>

class QTcpServer;
class QTcpSocket;

// The loopback listener for the browser's redirect (RFC 8252): binds 127.0.0.1 only, on an
// ephemeral port, answers only its callback path (requests parsed by LoopbackRequest, as the
// SCM listener does), and reports token-endpoint failures, which Qt 6.4 only logs.
// It replaces QOAuthHttpServerReplyHandler, whose request parsing is private to Qt.
class LoopbackReplyHandler : public QOAuthOobReplyHandler {
    Q_OBJECT
public:
    // Starts listening on 127.0.0.1 (see isListening()).
    explicit LoopbackReplyHandler(QObject *parent = nullptr);
    ~LoopbackReplyHandler() override;

    // http://127.0.0.1:<port>/callback, the redirect URI of the authorization and token requests.
    QString callback() const override;
    quint16 port() const { return m_port; }
    bool isListening() const;
    void close();

    // A sentence for the user from an OAuth error code and its description.
    static QString describeOAuthError(const QString &error, const QString &description);

Q_SIGNALS:
    // The token endpoint answered with an error, or with something that is not a token.
    void tokenRequestFailed(const QString &message);

protected:
    void networkReplyFinished(QNetworkReply *reply) override;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server;
    quint16 m_port = 0;
};
