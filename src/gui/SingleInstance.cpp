#include "SingleInstance.h"

#include "Logging.h"
#include "SecretMemory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace {
const QByteArray Magic = QByteArrayLiteral("TOKENDESK/1 ");
constexpr qsizetype MaxHeaderBytes = 64;

// The other end of a connected local socket runs as this user (SO_PEERCRED on Linux).
bool peerIsThisUser(qintptr descriptor) {
#if defined(Q_OS_LINUX)
    ucred credentials{};
    socklen_t length = sizeof credentials;
    if (descriptor < 0 ||
        ::getsockopt(int(descriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0)
        return false;
    return credentials.uid == ::geteuid();
#elif defined(Q_OS_UNIX)
    uid_t uid = 0;
    gid_t gid = 0;
    return descriptor >= 0 && ::getpeereid(int(descriptor), &uid, &gid) == 0 && uid == ::geteuid();
#else
    Q_UNUSED(descriptor);
    return true; // a named pipe made with UserAccessOption admits this user only
#endif
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
#ifdef Q_OS_UNIX
    struct stat status {};
    if (folder.isEmpty() || ::lstat(QFile::encodeName(folder).constData(), &status) != 0)
        return false;
    return S_ISDIR(status.st_mode) && status.st_uid == ::geteuid() &&
           (status.st_mode & 07777) == 0700;
#else
    return !folder.isEmpty() && QFileInfo(folder).isDir();
#endif
}

QString SingleInstance::serverPath() {
    const QString name = QStringLiteral("tokendesk.sock");
#ifdef Q_OS_UNIX
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty()) {
        if (isPrivateFolder(runtime))
            return QDir(runtime).filePath(name);
        qCWarning(lcGui) << "single instance: XDG_RUNTIME_DIR" << runtime
                         << "is not a folder of this user with mode 0700; not using it";
    }
    // A folder of our own in the temporary folder, made private; another user may have made
    // it first, so it is checked after creating it as well.
    const QString folder =
        QDir(QDir::tempPath()).filePath(QStringLiteral("tokendesk-%1").arg(::geteuid()));
    ::mkdir(QFile::encodeName(folder).constData(), 0700);
    if (isPrivateFolder(folder))
        return QDir(folder).filePath(name);
    qCWarning(lcGui) << "single instance: off:" << folder
                     << "is not a folder of this user with mode 0700 (a symbolic link, another "
                        "user's, or open to others)";
    return {};
#else
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return folder.isEmpty() ? QString() : QDir(folder).filePath(name);
#endif
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
    SecretMemory::wipe(request);
    return sent;
}

bool SingleInstance::send(const QByteArray &request, const QString &serverName, int timeoutMs) {
    if (serverName.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    // Nothing goes to a listener of another user.
    if (!peerIsThisUser(socket.socketDescriptor())) {
        qCWarning(lcGui) << "single instance: the socket at" << serverName
                         << "is served by another user; nothing was sent";
        socket.abort();
        return false;
    }
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
