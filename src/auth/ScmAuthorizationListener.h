#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

// The loopback listener for an SCM authorization's callback (RFC 8252): binds 127.0.0.1 only,
// on an ephemeral port, answers only its callback path, takes exactly one callback and closes,
// or closes when the authorization expires. A callback whose `state` differs from the one the
// authorization URL carried is rejected (CSRF / code injection) and ends the attempt too.
class ScmAuthorizationListener : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit ScmAuthorizationListener(QObject *parent = nullptr);
    ~ScmAuthorizationListener() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Starts listening; false (with a sentence in *error) when no port could be bound.
    bool listen(QString *error = nullptr);
    bool isListening() const;
    // http://127.0.0.1:<port>/callback once listening.
    QUrl redirectUri() const;

    // What the callback must carry: the expected state (empty = not checked here, the server
    // still checks it), the parameters to take, and when to give up.
    void expect(const QString &state, const QStringList &callbackParameters,
                const QDateTime &expiresAt);

    void close();

Q_SIGNALS:
    // The browser came back with everything asked for: `parameters` holds the names in
    // callbackParameters plus "state".
    void callbackReceived(const QMap<QString, QString> &parameters);
    // The callback was refused (wrong state, an error from the SCM, missing parameters), or the
    // authorization expired before the browser came back. The listener is closed.
    void failed(const QString &message);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &method, const QString &path,
                       const QUrlQuery &query);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &text);
    void fail(const QString &message);

    QTcpServer *m_server;
    QTimer m_expiry;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QString m_state;
    QStringList m_parameters;
    bool m_done = false;
};
