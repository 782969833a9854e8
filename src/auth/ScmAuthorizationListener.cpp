#include "ScmAuthorizationListener.h"

#include "Logging.h"
#include "LoopbackServer.h"

#include <QUrlQuery>

ScmAuthorizationListener::ScmAuthorizationListener(QObject *parent)
    : QObject(parent)
    , m_server(new LoopbackServer(this)) {
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        fail(tr("The authorization request expired before the browser came back. Connect "
                "again."));
    });
    m_server->setHandler([this](const QUrlQuery &query) -> LoopbackServer::Page {
        const auto value = [&query](const QString &name) {
            return query.queryItemValue(name, QUrl::FullyDecoded);
        };
        const QString error = value(QStringLiteral("error"));
        if (!error.isEmpty()) {
            const QString description = value(QStringLiteral("error_description"));
            fail(error == QLatin1String("access_denied")
                     ? tr("Access was denied on the provider's authorization page.")
                 : description.isEmpty()
                     ? tr("The provider reported “%1”.").arg(error)
                     : tr("The provider reported “%1”: %2").arg(error, description));
            return {200, tr("Not connected"),
                    tr("The provider did not grant access. You can close this tab and return to "
                       "TokenDesk.")};
        }
        QMap<QString, QString> parameters;
        for (const QString &name : std::as_const(m_parameters)) {
            if (!query.hasQueryItem(name)) {
                fail(tr("The provider's response lacks “%1”. Connect again.").arg(name));
                return {400, tr("Authorization incomplete"),
                        tr("The provider's response lacks “%1”. Return to TokenDesk and connect "
                           "again.")
                            .arg(name)};
            }
            parameters.insert(name, value(name));
        }
        parameters.insert(m_stateParameter, value(m_stateParameter));
        m_done = true;
        close();
        Q_EMIT callbackReceived(parameters);
        return {200, tr("Authorization received"),
                tr("TokenDesk received the authorization. You can close this tab and return to "
                   "TokenDesk.")};
    });
    connect(m_server, &LoopbackServer::callbackRefused, this, [this](const QUrlQuery &query) {
        // Before the authorization exists, or a mere error without its state: ignored, the
        // attempt goes on. A code with another state is an answer to something else: the
        // attempt ends, as the user's own browser would otherwise wait for nothing.
        if (!m_server->isExpecting() || m_done || !query.hasQueryItem(QStringLiteral("code")))
            return;
        qCWarning(lcAuth) << "SCM callback rejected: state does not match";
        fail(tr("The browser came back with a response that does not belong to this "
                "authorization (the state does not match), so TokenDesk rejected it. Connect "
                "again."));
    });
}

ScmAuthorizationListener::~ScmAuthorizationListener() = default;

bool ScmAuthorizationListener::listen(QString *error) {
    m_done = false;
    if (!m_server->listen(error))
        return false;
    qCDebug(lcAuth) << "SCM callback listener on port" << m_server->port();
    return true;
}

bool ScmAuthorizationListener::isListening() const {
    return m_server->isListening();
}

QUrl ScmAuthorizationListener::redirectUri() const {
    return m_server->isListening() ? m_server->callbackUrl() : QUrl();
}

void ScmAuthorizationListener::expect(const QString &state, const QStringList &callbackParameters,
                                      const QDateTime &expiresAt, const QString &stateParameter) {
    m_stateParameter = stateParameter;
    m_parameters = callbackParameters;
    m_parameters.removeAll(stateParameter);
    m_server->expectState(state, stateParameter);
    m_expiry.stop();
    if (expiresAt.isValid()) {
        const qint64 ms = m_clock().msecsTo(expiresAt);
        m_expiry.start(int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())));
    }
}

void ScmAuthorizationListener::close() {
    m_expiry.stop();
    m_server->close();
}

void ScmAuthorizationListener::fail(const QString &message) {
    if (m_done)
        return;
    m_done = true;
    close();
    Q_EMIT failed(message);
}
