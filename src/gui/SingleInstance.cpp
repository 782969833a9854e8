#include "SingleInstance.h"

#include "Logging.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QScopeGuard>
#include <QStandardPaths>

namespace {
const QByteArray Magic = QByteArrayLiteral("TOKENDESK/1 ");
constexpr qsizetype MaxHeaderBytes = 64;
} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
    , m_server(new QLocalServer(this)) {
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverPath() {
    // Qt makes sure the runtime folder exists and belongs to the user with mode 0700.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    return QDir(folder).filePath(QStringLiteral("tokendesk.sock"));
}

bool SingleInstance::activateRunning(const QString &serverName, int timeoutMs) {
    return send(Magic + "ACTIVATE\n", serverName, timeoutMs);
}

bool SingleInstance::inspectInRunning(const QByteArray &token, const QString &serverName,
                                      int timeoutMs) {
    if (token.isEmpty() || token.size() > MaxTokenBytes)
        return false;
    QByteArray request = Magic + "INSPECT " + QByteArray::number(token.size()) + '\n' + token;
    const bool sent = send(request, serverName, timeoutMs);
    request.fill('\0');
    return sent;
}

bool SingleInstance::send(const QByteArray &request, const QString &serverName, int timeoutMs) {
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(request);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer.startsWith("OK\n");
}

bool SingleInstance::listen() {
    if (m_server->isListening())
        return true;
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
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        readRequest(socket);
    }
}

// Reads one request as it arrives; anything malformed or too large closes the connection.
void SingleInstance::readRequest(QLocalSocket *socket) {
    QByteArray buffered = socket->peek(
        std::min<qint64>(socket->bytesAvailable(), MaxHeaderBytes + MaxTokenBytes + 1));
    // The copy may hold a token: overwrite it however this function returns.
    const auto wipe = qScopeGuard([&buffered] { buffered.fill('\0'); });
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
        token.fill('\0');
        return;
    }
    socket->abort();
}
