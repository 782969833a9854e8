#pragma once

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>

class LoopbackServer;

// The SCM authorization's callback, on a LoopbackServer (127.0.0.1 only, ephemeral port, its
// callback path only). It accepts a callback only for the authorization it was told about with
// expect(), once initiateAuthorization has answered: before that every callback is refused and
// ignored. One whose state is not that authorization's is refused and ends the attempt (unless
// it only carried an error, which is ignored); the first accepted callback closes the listener,
// and so does the authorization's expiry.
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

    // The authorization just created: the state its URL carried (`stateParameter` is "state",
    // or "oauth_token" for OAuth 1.0a), the parameters to take, and when to give up. Callbacks
    // are accepted from now on, for this state only; an empty state accepts none.
    void expect(const QString &state, const QStringList &callbackParameters,
                const QDateTime &expiresAt,
                const QString &stateParameter = QStringLiteral("state"));

    void close();

    LoopbackServer *server() const { return m_server; }

Q_SIGNALS:
    // The browser came back with everything asked for: `parameters` holds the names in
    // callbackParameters plus the state parameter.
    void callbackReceived(const QMap<QString, QString> &parameters);
    // The callback was refused (wrong state, an error from the SCM, missing parameters), or the
    // authorization expired before the browser came back. The listener is closed.
    void failed(const QString &message);

private:
    void fail(const QString &message);

    LoopbackServer *m_server;
    QTimer m_expiry;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QString m_stateParameter = QStringLiteral("state");
    QStringList m_parameters;
    bool m_done = false;
};
