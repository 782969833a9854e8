#include "SingleInstance.h"

#include "Logging.h"
#include "SecretMemory.h"
#include "SingleInstanceClient.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QScopeGuard>
#include <QTimer>

namespace {
const QByteArray Magic = SingleInstanceClient::magic();
constexpr qsizetype MaxHeaderBytes = 64;

bool peerIsThisUser(qintptr descriptor) {
    return SingleInstanceClient::peerIsThisUser(descriptor);
}

void drop(QLocalSocket *socket) {
    socket->abort();
    socket->deleteLater();
}
} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
    , m_server(new QLocalServer(this)) {
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::isPrivateFolder(const QString &folder) {
    return SingleInstanceClient::isPrivateFolder(folder);
}

QString SingleInstance::serverPath() {
    return SingleInstanceClient::serverPath();
}

bool SingleInstance::activateRunning(const QString &serverName, int timeoutMs) {
    return SingleInstanceClient::activateRunning(serverName, timeoutMs);
}

bool SingleInstance::inspectInRunning(const QByteArray &token, const QString &serverName,
                                      int timeoutMs) {
    return SingleInstanceClient::inspectInRunning(token, serverName, timeoutMs);
}

bool SingleInstance::listen() {
    if (m_server->isListening())
        return true;
    if (m_serverName.isEmpty())
        return false; // no private folder (serverPath() said why)
    // Someone answers at the path: that is the running instance. (QLocalServer::listen would
    // not say so: with access options it binds elsewhere and renames over the path.)
    {
        QLocalSocket probe;
        probe.connectToServer(m_serverName);
        if (probe.waitForConnected(500))
            return false;
    }
    // Nobody answers: a socket left behind by a crash, or none.
    QLocalServer::removeServer(m_serverName);
    if (m_server->listen(m_serverName))
        return true;
    qCWarning(lcGui) << "single instance: cannot listen:" << m_server->errorString();
    return false;
}

bool SingleInstance::isListening() const {
    return m_server->isListening();
}

void SingleInstance::onConnection() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections >= MaxConnections) {
            qCWarning(lcGui) << "single instance: too many connections; dropped one";
            drop(socket);
            continue;
        }
        if (!peerIsThisUser(socket->socketDescriptor())) {
            qCWarning(lcGui) << "single instance: dropped a connection from another user";
            drop(socket);
            continue;
        }
        ++m_connections;
        connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // Dropped when silent for a while, or when the request takes too long altogether.
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->setInterval(IdleTimeoutMs);
        connect(idle, &QTimer::timeout, socket, [socket] { drop(socket); });
        QTimer::singleShot(RequestTimeoutMs, socket, [socket] { drop(socket); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, idle] {
            idle->start();
            readRequest(socket);
        });
        idle->start();
        readRequest(socket);
    }
}

// Reads one request as it arrives; anything malformed or too large closes the connection.
void SingleInstance::readRequest(QLocalSocket *socket) {
    QByteArray buffered = socket->peek(
        std::min<qint64>(socket->bytesAvailable(), MaxHeaderBytes + MaxTokenBytes + 1));
    // The copy may hold a token: overwrite it however this function returns.
    const auto wipe = qScopeGuard([&buffered] { SecretMemory::wipe(buffered); });
    const qsizetype newline = buffered.indexOf('\n');
    if (newline < 0) {
        const QByteArray start = buffered.left(Magic.size());
        if (buffered.size() > MaxHeaderBytes || !Magic.startsWith(start))
            socket->abort();
        return;
    }
    const QByteArray header = buffered.left(newline);
    if (header.size() > MaxHeaderBytes || !header.startsWith(Magic)) {
        socket->abort();
        return;
    }
    const QByteArray command = header.mid(Magic.size());
    if (command == "ACTIVATE") {
        socket->read(newline + 1);
        socket->write("OK\n");
        socket->disconnectFromServer();
        Q_EMIT activationRequested();
        return;
    }
    if (command.startsWith("INSPECT ")) {
        bool ok = false;
        const qsizetype length = command.mid(8).toLongLong(&ok);
        if (!ok || length <= 0 || length > MaxTokenBytes) {
            socket->abort();
            return;
        }
        if (buffered.size() < newline + 1 + length)
            return; // the rest is still on its way
        socket->read(newline + 1);
        QByteArray token = socket->read(length);
        socket->write("OK\n");
        socket->disconnectFromServer();
        Q_EMIT inspectRequested(token);
        SecretMemory::wipe(token);
        return;
    }
    socket->abort();
}
