#pragma once

#include "ApiTypes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class ScmApi;
class ScmAuthorizationListener;

// Connects and disconnects SCM providers: initiateAuthorization with a loopback redirect URI,
// the authorization URL in the system browser, the callback on 127.0.0.1, then
// exchangeAuthorizationCode; or revokeScmToken. One operation at a time.
class ScmConnectFlow : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    // Opens the authorization URL; the default is QDesktopServices::openUrl.
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit ScmConnectFlow(ScmApi *api, QObject *parent = nullptr);
    ~ScmConnectFlow() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

    bool isBusy() const { return !m_origin.isEmpty(); }
    QString busyOrigin() const { return m_origin; }
    bool isWaitingForBrowser() const { return m_waitingForBrowser; }
    // Where the browser was sent last (for tests and the "open again" link).
    QUrl authorizationUrl() const { return m_authorizationUrl; }

public Q_SLOTS:
    void connectOrigin(const QString &origin);
    void disconnectOrigin(const QString &origin);
    // v2's documented fix for a connection the platform reports as invalid: Disconnect, then
    // Connect, as one action (revokeScmToken once, then initiateAuthorization once).
    void reconnectOrigin(const QString &origin);
    // Abandons a connect that waits for the browser (closes the listener).
    void cancel();

Q_SIGNALS:
    void busyChanged(bool busy);
    // The browser was opened; the flow waits for its callback until `expiresAt`.
    void waitingForBrowser(const QString &origin, const QUrl &authorizationUrl,
                           const QDateTime &expiresAt);
    void connected(const QString &origin);
    void disconnected(const QString &origin);
    // reconnectOrigin(): the old connection was removed; the connect follows at once.
    void reconnecting(const QString &origin);
    // A sentence for the user: the server's error, a rejected callback, a network failure.
    void failed(const QString &origin, const QString &message);
    // Something changed on the server: the connection list should be reloaded.
    void connectionsChanged();

private:
    void finish(bool success, const QString &message);
    void exchange(const QMap<QString, QString> &parameters);
    // Revokes the SCM token of `origin` (unless busy); `then` gets the answer while it is current.
    void revoke(const QString &origin,
                std::function<void(const ApiResult<ScmOperationResult> &)> then);
    // False, having finished with `failure` (its %1 the error) or `refused` (the server said no
    // without a reason), unless the write succeeded.
    bool succeeded(const ApiResult<ScmOperationResult> &result, const QString &failure,
                   const QString &refused);

    ScmApi *m_api;
    QPointer<ScmAuthorizationListener> m_listener;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    UrlOpener m_opener;
    QString m_origin;
    bool m_connecting = false;
    bool m_waitingForBrowser = false;
    ScmAuthorization m_authorization;
    QUrl m_authorizationUrl;
    QString m_redirectUri;
    quint64 m_generation = 0;
};
