#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QTcpServer;
class QTcpSocket;

// The one loopback HTTP listener for a browser's redirect (RFC 8252), used by the sign-in
// (LoopbackReplyHandler) and by SCM connect (ScmAuthorizationListener):
// - binds 127.0.0.1 only, on an ephemeral port;
// - answers only its callback path (others 404, reported nowhere) and only GET there (405);
//   requests are read with LoopbackRequest (400/431 for what it refuses);
// - checks the callback's state before anything else: until expectState() names the
//   authorization it waits for, and for every callback whose state is missing or another one,
//   it answers 400 and emits callbackRefused(), never calling the handler;
// - holds at most maxConnections() connections at once (more are closed at once) and closes a
//   connection that has not sent a whole request within idleTimeout().
// The pages it shows are translated; the handler chooses the page of an accepted callback.
class LoopbackServer : public QObject {
    Q_OBJECT
public:
    // What the browser is shown: an HTTP status, a heading and one sentence (plain text).
    struct Page {
        int status = 200;
        QString title;
        QString text;
    };
    // Called for a GET on the callback path carrying the expected state; `query` is as sent
    // (queryItemValue(name, QUrl::FullyDecoded) decodes). Returns the page to show.
    using Handler = std::function<Page(const QUrlQuery &query)>;

    static constexpr int DefaultMaxConnections = 16;
    static constexpr std::chrono::milliseconds DefaultIdleTimeout{5000};

    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;

    // Starts listening on 127.0.0.1 (ephemeral port); false, with a sentence in *error, when no
    // port could be bound. Listening again after close() takes a new port.
    bool listen(QString *error = nullptr);
    bool isListening() const;
    // The port bound by the last listen(), kept after close() (the redirect URI stays the same).
    quint16 port() const { return m_port; }
    // Stops accepting and drops every open connection; the expected state is forgotten.
    void close();

    // The path of the redirect URI ("/callback" unless set).
    void setCallbackPath(const QString &path) { m_path = path; }
    QString callbackPath() const { return m_path; }
    // http://127.0.0.1:<port><path> once a port was bound, else empty.
    QUrl callbackUrl() const;

    // Binds callbacks to one authorization: only a callback whose query item `parameter`
    // ("state", or "oauth_token" for OAuth 1.0a) equals `value` reaches the handler. An empty
    // value expects nothing (every callback is refused), as before the first call.
    void expectState(const QString &value, const QString &parameter = QStringLiteral("state"));
    void clearExpectedState() { expectState({}); }
    bool isExpecting() const { return !m_expectedState.isEmpty(); }

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    void setMaxConnections(int maximum) { m_maxConnections = std::max(1, maximum); }
    int maxConnections() const { return m_maxConnections; }
    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }
    // Connections open right now (for tests).
    int connectionCount() const { return int(m_connections.size()); }

    // The page of a callback refused for its state (also used by owners that end an attempt
    // because of it).
    static Page stateRefusedPage();

Q_SIGNALS:
    // A GET on the callback path that did not carry the expected state (or came while none was
    // expected). It was answered 400 and nothing else was done with it.
    void callbackRefused(const QUrlQuery &query);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &method, const QString &path,
                const QUrlQuery &query);
    void respond(QTcpSocket *socket, const Page &page);
    void drop(QTcpSocket *socket);

    QTcpServer *m_server;
    quint16 m_port = 0;
    QString m_path = QStringLiteral("/callback");
    QString m_stateParameter = QStringLiteral("state");
    QString m_expectedState;
    Handler m_handler;
    int m_maxConnections = DefaultMaxConnections;
    std::chrono::milliseconds m_idleTimeout = DefaultIdleTimeout;
    struct Connection {
        QByteArray received; // the request so far
        bool answered = false;
    };
    // Every open connection (answered ones until they are gone).
    QHash<QTcpSocket *, Connection> m_connections;
};
