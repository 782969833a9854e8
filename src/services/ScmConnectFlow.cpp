#include "ScmConnectFlow.h"

#include "Logging.h"
#include "ScmApi.h"
#include "ScmAuthorizationListener.h"

#include <QDesktopServices>
#include <QUrlQuery>

ScmConnectFlow::ScmConnectFlow(ScmApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); }) {}

ScmConnectFlow::~ScmConnectFlow() = default;

void ScmConnectFlow::connectOrigin(const QString &origin) {
    if (isBusy() || origin.isEmpty())
        return;
    m_origin = origin;
    m_connecting = true;
    m_authorizationUrl.clear();
    m_authorization = {}; // never a previous attempt's id
    const quint64 generation = ++m_generation;
    Q_EMIT busyChanged(true);

    delete m_listener;
    m_listener = new ScmAuthorizationListener(this);
    m_listener->setClock(m_clock);
    QString error;
    if (!m_listener->listen(&error))
        return finish(false, error);
    m_redirectUri = m_listener->redirectUri().toString();
    connect(m_listener, &ScmAuthorizationListener::callbackReceived, this,
            [this, generation](const QMap<QString, QString> &parameters) {
                if (generation == m_generation)
                    exchange(parameters);
            });
    connect(m_listener, &ScmAuthorizationListener::failed, this,
            [this, generation](const QString &message) {
                if (generation == m_generation)
                    finish(false, message);
            });

    m_api->initiateAuthorization(
        origin, m_redirectUri, this, [this, generation](const ApiResult<ScmAuthorization> &result) {
            if (generation != m_generation)
                return;
            if (result.error)
                return finish(
                    false,
                    tr("The authorization could not be started: %1").arg(result.error.message));
            m_authorization = *result.value;
            const QUrl url(m_authorization.authorizationUrl, QUrl::StrictMode);
            if (!url.isValid() ||
                (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
                return finish(false, tr("The server sent an authorization address TokenDesk will "
                                        "not open: %1")
                                         .arg(m_authorization.authorizationUrl));
            }
            if (m_authorization.expiresAt.isValid() && m_authorization.expiresAt <= m_clock())
                return finish(false, tr("The authorization request expired before it could be "
                                        "opened. Check the computer's clock, then connect again."));
            // The state the SCM must send back is the one in the authorization URL (the
            // server issued it; OAuth 1.0a's oauth_token plays its part). Without one, no
            // callback could be told from a forged one.
            const QUrlQuery urlQuery(url);
            QString stateParameter = QStringLiteral("state");
            QString state = urlQuery.queryItemValue(stateParameter, QUrl::FullyDecoded);
            if (state.isEmpty()) {
                stateParameter = QStringLiteral("oauth_token");
                state = urlQuery.queryItemValue(stateParameter, QUrl::FullyDecoded);
            }
            if (state.isEmpty())
                return finish(false, tr("The server sent an authorization address without a "
                                        "state, so TokenDesk could not tell the provider's "
                                        "answer from a forged one. It did not open it."));
            QStringList parameters = m_authorization.callbackParameters;
            parameters.removeAll(stateParameter);
            if (parameters.isEmpty())
                parameters.append(QStringLiteral("code"));
            // From now on, and only now, the listener accepts a callback: this one's.
            m_listener->expect(state, parameters, m_authorization.expiresAt, stateParameter);
            m_authorizationUrl = url;
            if (!m_opener(url))
                return finish(false, tr("TokenDesk could not open the browser. Open this "
                                        "address yourself: %1")
                                         .arg(url.toString()));
            m_waitingForBrowser = true;
            Q_EMIT waitingForBrowser(m_origin, url, m_authorization.expiresAt);
        });
}

void ScmConnectFlow::exchange(const QMap<QString, QString> &parameters) {
    m_waitingForBrowser = false;
    QString code;
    for (const QString &name : std::as_const(m_authorization.callbackParameters)) {
        if (name != QLatin1String("state") && name != QLatin1String("oauth_token") &&
            parameters.contains(name)) {
            code = parameters.value(name);
            break;
        }
    }
    if (code.isEmpty())
        code = parameters.value(QStringLiteral("code"));
    QString state = parameters.value(QStringLiteral("state"));
    if (state.isEmpty()) // OAuth 1.0a (Bitbucket Data Center): oauth_token plays the state's part
        state = parameters.value(QStringLiteral("oauth_token"));
    const quint64 generation = m_generation;
    m_api->exchangeAuthorizationCode(
        m_authorization.id, code, state, m_redirectUri, this,
        [this, generation](const ApiResult<ScmOperationResult> &result) {
            if (generation != m_generation)
                return;
            if (succeeded(result, tr("The authorization could not be completed: %1"),
                          tr("The server did not accept the authorization.")))
                finish(true, {});
        });
}

void ScmConnectFlow::disconnectOrigin(const QString &origin) {
    revoke(origin, [this](const ApiResult<ScmOperationResult> &result) {
        if (succeeded(result, tr("The connection could not be removed: %1"),
                      tr("The server did not remove the connection.")))
            finish(true, {});
    });
}

void ScmConnectFlow::reconnectOrigin(const QString &origin) {
    revoke(origin, [this, origin](const ApiResult<ScmOperationResult> &result) {
        if (!succeeded(result,
                       tr("The connection could not be removed, so it was not "
                          "connected again: %1"),
                       tr("The server did not remove the connection, so it "
                          "was not connected again.")))
            return;
        // Disconnected: the same action carries on with the connect (still busy).
        m_origin.clear();
        Q_EMIT reconnecting(origin);
        Q_EMIT connectionsChanged();
        connectOrigin(origin);
    });
}

void ScmConnectFlow::revoke(const QString &origin,
                            std::function<void(const ApiResult<ScmOperationResult> &)> then) {
    if (isBusy() || origin.isEmpty())
        return;
    m_origin = origin;
    m_connecting = false;
    const quint64 generation = ++m_generation;
    Q_EMIT busyChanged(true);
    m_api->revokeScmToken(
        origin, this,
        [this, generation, then = std::move(then)](const ApiResult<ScmOperationResult> &result) {
            if (generation == m_generation)
                then(result);
        });
}

bool ScmConnectFlow::succeeded(const ApiResult<ScmOperationResult> &result, const QString &failure,
                               const QString &refused) {
    if (result.error)
        finish(false, failure.arg(result.error.message));
    else if (!result.value->success)
        finish(false, result.value->error.isEmpty() ? refused : result.value->error);
    return !result.error && result.value->success;
}

void ScmConnectFlow::cancel() {
    if (!isBusy())
        return;
    ++m_generation;
    if (m_listener)
        m_listener->close();
    const QString origin = std::exchange(m_origin, QString());
    m_waitingForBrowser = false;
    Q_EMIT busyChanged(false);
}

void ScmConnectFlow::finish(bool success, const QString &message) {
    ++m_generation;
    if (m_listener)
        m_listener->close();
    m_waitingForBrowser = false;
    const QString origin = std::exchange(m_origin, QString());
    const bool connecting = m_connecting;
    Q_EMIT busyChanged(false);
    if (success) {
        qCInfo(lcModels) << (connecting ? "connected" : "disconnected") << origin;
        if (connecting)
            Q_EMIT connected(origin);
        else
            Q_EMIT disconnected(origin);
    } else {
        // Not the message: it may quote the authorization URL with its state.
        qCWarning(lcModels) << "SCM" << (connecting ? "connect" : "disconnect") << origin
                            << "failed";
        Q_EMIT failed(origin, message);
    }
    Q_EMIT connectionsChanged();
}
