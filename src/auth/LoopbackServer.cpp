#include "LoopbackServer.h"

#include "Logging.h"
#include "LoopbackRequest.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
// Compares without stopping at the first difference: how long a refusal takes says nothing
// about how much of the state was right.
bool sameState(const QString &a, const QString &b) {
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    if (x.size() != y.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        difference |= static_cast<unsigned char>(x.at(i) ^ y.at(i));
    return difference == 0;
}
} // namespace

LoopbackServer::LoopbackServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this)) {
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackServer::onNewConnection);
}

LoopbackServer::~LoopbackServer() = default;

bool LoopbackServer::listen(QString *error) {
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        qCWarning(lcAuth) << "loopback listener could not listen:" << m_server->errorString();
        if (error)
            *error = tr("TokenDesk could not listen for the browser on 127.0.0.1 (%1).")
                         .arg(m_server->errorString());
        return false;
    }
    m_port = m_server->serverPort();
    qCDebug(lcAuth) << "loopback listener on port" << m_port << "path" << m_path;
    return true;
}

bool LoopbackServer::isListening() const {
    return m_server->isListening();
}

void LoopbackServer::close() {
    m_server->close();
    m_expectedState.clear();
    // Unanswered connections go at once; answered ones finish sending their page.
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets)
        if (!m_connections.value(socket).answered)
            drop(socket);
}

QUrl LoopbackServer::callbackUrl() const {
    if (m_port == 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(m_path);
    return url;
}

void LoopbackServer::expectState(const QString &value, const QString &parameter) {
    m_expectedState = value;
    m_stateParameter = parameter;
}

LoopbackServer::Page LoopbackServer::stateRefusedPage() {
    return {400, tr("Authorization rejected"),
            tr("This response does not belong to an authorization TokenDesk is waiting for, so "
               "TokenDesk ignored it. Return to TokenDesk.")};
}

void LoopbackServer::onNewConnection() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= m_maxConnections) {
            qCDebug(lcAuth) << "loopback listener: too many connections, one closed";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // The whole request must arrive within the idle timeout; an answered connection the
        // peer does not close goes then too.
        QTimer::singleShot(m_idleTimeout, socket, [this, socket] {
            qCDebug(lcAuth) << "loopback listener: an idle connection closed";
            drop(socket);
        });
    }
}

void LoopbackServer::drop(QTcpSocket *socket) {
    if (m_connections.remove(socket) == 0)
        return;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void LoopbackServer::onReadyRead(QTcpSocket *socket) {
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (it->answered) {
        (void)socket->readAll(); // one request per connection; the rest is not read
        return;
    }
    it->received += socket->readAll();
    const LoopbackRequest request = LoopbackRequest::parse(it->received);
    switch (request.verdict) {
    case LoopbackRequest::Verdict::Incomplete:
        return;
    case LoopbackRequest::Verdict::Rejected:
        qCDebug(lcAuth) << "loopback listener refused a request:" << request.reason;
        if (request.status == 431)
            respond(socket,
                    {431, tr("Request too large"), tr("TokenDesk did not accept this request.")});
        else
            respond(socket,
                    {400, tr("Bad request"), tr("TokenDesk did not understand this request.")});
        return;
    case LoopbackRequest::Verdict::Accepted:
        handle(socket, request.method, request.path, request.query);
        return;
    }
}

void LoopbackServer::handle(QTcpSocket *socket, const QByteArray &method, const QString &path,
                            const QUrlQuery &query) {
    if (path != m_path) {
        qCDebug(lcAuth) << "loopback listener: nothing on another path";
        respond(socket, {404, tr("Not found"), tr("There is nothing here.")});
        return;
    }
    if (method != "GET") {
        respond(socket,
                {405, tr("Method not allowed"), tr("TokenDesk expects the browser's redirect.")});
        return;
    }
    // The state first: nothing else of a callback is looked at unless it belongs to the
    // authorization TokenDesk is waiting for.
    const QString state = query.queryItemValue(m_stateParameter, QUrl::FullyDecoded);
    if (m_expectedState.isEmpty() || !sameState(state, m_expectedState)) {
        qCWarning(lcAuth) << "loopback callback refused:"
                          << (m_expectedState.isEmpty() ? "no authorization is waiting"
                                                        : "the state does not match");
        respond(socket, stateRefusedPage());
        Q_EMIT callbackRefused(query);
        return;
    }
    m_connections[socket].answered = true; // the handler may close the server
    const Page page = m_handler ? m_handler(query)
                                : Page{200, tr("Received"),
                                       tr("You can close this tab and return to TokenDesk.")};
    respond(socket, page);
}

void LoopbackServer::respond(QTcpSocket *socket, const Page &page) {
    if (!m_connections.contains(socket))
        return;
    m_connections[socket].answered = true;
    const QByteArray body =
        QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>TokenDesk</title>"
            "<style>body{font-family:sans-serif;margin:4em auto;max-width:32em;"
            "text-align:center;color:#222}h1{font-size:1.4em}</style></head>"
            "<body><h1>%1</h1><p>%2</p></body></html>\n")
            .arg(page.title.toHtmlEscaped(), page.text.toHtmlEscaped())
            .toUtf8();
    socket->write(LoopbackRequest::response(page.status, body));
    // Handed to the system at once: the owner may delete this server (and its sockets) as soon
    // as its handler has run.
    socket->flush();
    socket->disconnectFromHost();
}
