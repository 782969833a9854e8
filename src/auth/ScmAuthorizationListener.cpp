#include "ScmAuthorizationListener.h"

#include "Logging.h"
#include "LoopbackRequest.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace {
QString htmlEscape(const QString &text) {
    return text.toHtmlEscaped();
}
} // namespace

ScmAuthorizationListener::ScmAuthorizationListener(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this)) {
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        fail(tr("The authorization request expired before the browser came back. Connect "
                "again."));
    });
    connect(m_server, &QTcpServer::newConnection, this, &ScmAuthorizationListener::onNewConnection);
}

ScmAuthorizationListener::~ScmAuthorizationListener() = default;

bool ScmAuthorizationListener::listen(QString *error) {
    m_done = false;
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = tr("TokenDesk could not listen for the browser on 127.0.0.1 (%1).")
                         .arg(m_server->errorString());
        return false;
    }
    qCDebug(lcAuth) << "SCM callback listener on port" << m_server->serverPort();
    return true;
}

bool ScmAuthorizationListener::isListening() const {
    return m_server->isListening();
}

QUrl ScmAuthorizationListener::redirectUri() const {
    if (!m_server->isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(QStringLiteral("/callback"));
    return url;
}

void ScmAuthorizationListener::expect(const QString &state, const QStringList &callbackParameters,
                                      const QDateTime &expiresAt) {
    m_state = state;
    m_parameters = callbackParameters;
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

void ScmAuthorizationListener::onNewConnection() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void ScmAuthorizationListener::onReadyRead(QTcpSocket *socket) {
    const QByteArray buffer = socket->property("request").toByteArray() + socket->readAll();
    const LoopbackRequest request = LoopbackRequest::parse(buffer);
    switch (request.verdict) {
    case LoopbackRequest::Verdict::Incomplete:
        socket->setProperty("request", buffer);
        return;
    case LoopbackRequest::Verdict::Rejected:
        socket->setProperty("request", QVariant());
        qCDebug(lcAuth) << "SCM callback listener refused a request:" << request.reason;
        if (request.status == 431)
            respond(socket, 431, tr("Request too large"),
                    tr("TokenDesk did not accept this request."));
        else
            respond(socket, 400, tr("Bad request"),
                    tr("TokenDesk did not understand this request."));
        return;
    case LoopbackRequest::Verdict::Accepted:
        socket->setProperty("request", QVariant());
        handleRequest(socket, request.method, request.path, request.query);
        return;
    }
}

void ScmAuthorizationListener::handleRequest(QTcpSocket *socket, const QByteArray &method,
                                             const QString &path, const QUrlQuery &query) {
    if (path != QLatin1String("/callback")) {
        respond(socket, 404, tr("Not found"), tr("There is nothing here."));
        return;
    }
    if (method != "GET") {
        respond(socket, 405, tr("Method not allowed"),
                tr("TokenDesk expects the browser's redirect."));
        return;
    }
    if (m_done) {
        respond(socket, 410, tr("Already used"),
                tr("TokenDesk has already received this authorization. Return to TokenDesk."));
        return;
    }
    const auto value = [&query](const QString &name) {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    };
    const QString state = value(QStringLiteral("state"));
    if (!m_state.isEmpty() && state != m_state) {
        qCWarning(lcAuth) << "SCM callback rejected: state does not match";
        respond(socket, 400, tr("Authorization rejected"),
                tr("This response does not belong to the authorization TokenDesk started, so "
                   "TokenDesk ignored it. Return to TokenDesk and connect again."));
        fail(tr("The browser came back with a response that does not belong to this "
                "authorization (the state does not match), so TokenDesk rejected it. Connect "
                "again."));
        return;
    }
    const QString error = value(QStringLiteral("error"));
    if (!error.isEmpty()) {
        const QString description = value(QStringLiteral("error_description"));
        respond(socket, 200, tr("Not connected"),
                tr("The provider did not grant access. You can close this tab and return to "
                   "TokenDesk."));
        fail(error == QLatin1String("access_denied")
                 ? tr("Access was denied on the provider's authorization page.")
             : description.isEmpty()
                 ? tr("The provider reported “%1”.").arg(error)
                 : tr("The provider reported “%1”: %2").arg(error, description));
        return;
    }
    QMap<QString, QString> parameters;
    for (const QString &name : std::as_const(m_parameters)) {
        if (!query.hasQueryItem(name)) {
            respond(socket, 400, tr("Authorization incomplete"),
                    tr("The provider's response lacks “%1”. Return to TokenDesk and connect "
                       "again.")
                        .arg(name));
            fail(tr("The provider's response lacks “%1”. Connect again.").arg(name));
            return;
        }
        parameters.insert(name, value(name));
    }
    parameters.insert(QStringLiteral("state"), state);
    respond(socket, 200, tr("Authorization received"),
            tr("TokenDesk received the authorization. You can close this tab and return to "
               "TokenDesk."));
    m_done = true;
    close();
    Q_EMIT callbackReceived(parameters);
}

void ScmAuthorizationListener::respond(QTcpSocket *socket, int status, const QString &title,
                                       const QString &text) {
    const QByteArray body =
        QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>TokenDesk</title>"
            "<style>body{font-family:sans-serif;margin:4em auto;max-width:32em;"
            "text-align:center;color:#222}h1{font-size:1.4em}</style></head>"
            "<body><h1>%1</h1><p>%2</p></body></html>\n")
            .arg(htmlEscape(title), htmlEscape(text))
            .toUtf8();
    socket->write(LoopbackRequest::response(status, body));
    socket->disconnectFromHost();
}
