#include "SingleInstanceClient.h"

#include "Logging.h"
#include "SecretMemory.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>
#endif

bool SingleInstanceClient::peerIsThisUser(qintptr descriptor) {
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

bool SingleInstanceClient::isPrivateFolder(const QString &folder) {
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

QString SingleInstanceClient::serverPath() {
    const QString name = QStringLiteral("tokendesk.sock");
#ifdef Q_OS_UNIX
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty()) {
        if (isPrivateFolder(runtime))
            return QDir(runtime).filePath(name);
        qCWarning(lcCore) << "single instance: XDG_RUNTIME_DIR" << runtime
                          << "is not a folder of this user with mode 0700; not using it";
    }
    // A folder of our own in the temporary folder, made private; another user may have made
    // it first, so it is checked after creating it as well.
    const QString folder =
        QDir(QDir::tempPath()).filePath(QStringLiteral("tokendesk-%1").arg(::geteuid()));
    ::mkdir(QFile::encodeName(folder).constData(), 0700);
    if (isPrivateFolder(folder))
        return QDir(folder).filePath(name);
    qCWarning(lcCore) << "single instance: off:" << folder
                      << "is not a folder of this user with mode 0700 (a symbolic link, another "
                         "user's, or open to others)";
    return {};
#else
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return folder.isEmpty() ? QString() : QDir(folder).filePath(name);
#endif
}

bool SingleInstanceClient::activateRunning(const QString &serverName, int timeoutMs) {
    return send(magic() + "ACTIVATE\n", serverName, timeoutMs);
}

bool SingleInstanceClient::inspectInRunning(const QByteArray &token, const QString &serverName,
                                            int timeoutMs) {
    if (token.isEmpty() || token.size() > MaxTokenBytes)
        return false;
    QByteArray request = magic() + "INSPECT " + QByteArray::number(token.size()) + '\n' + token;
    const bool sent = send(request, serverName, timeoutMs);
    SecretMemory::wipe(request);
    return sent;
}

#ifdef Q_OS_UNIX
namespace {

// Waits until `fd` is ready for `events` or the deadline passes (EINTR is retried).
bool waitFor(int fd, short events, const QDeadlineTimer &deadline) {
    for (;;) {
        pollfd entry{fd, events, 0};
        const int ready = ::poll(&entry, 1, int(deadline.remainingTime()));
        if (ready > 0)
            return (entry.revents & (events | POLLHUP)) != 0;
        if (ready == 0 || errno != EINTR)
            return false;
    }
}

class Descriptor {
public:
    explicit Descriptor(int fd)
        : m_fd(fd) {}
    ~Descriptor() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace
#endif

bool SingleInstanceClient::send(const QByteArray &request, const QString &serverName,
                                int timeoutMs) {
#ifdef Q_OS_UNIX
    if (serverName.isEmpty())
        return false;
    const QByteArray path = QFile::encodeName(serverName);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= qsizetype(sizeof address.sun_path))
        return false;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const Descriptor socket(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (socket.get() < 0)
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    if (::connect(socket.get(), reinterpret_cast<const sockaddr *>(&address), sizeof address) !=
        0) {
        if (errno != EINPROGRESS && errno != EAGAIN)
            return false; // nobody listens (ENOENT, ECONNREFUSED)
        int error = 0;
        socklen_t length = sizeof error;
        if (!waitFor(socket.get(), POLLOUT, deadline) ||
            ::getsockopt(socket.get(), SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error != 0)
            return false;
    }
    // Nothing goes to a listener of another user.
    if (!peerIsThisUser(socket.get())) {
        qCWarning(lcCore) << "single instance: the socket at" << serverName
                          << "is served by another user; nothing was sent";
        return false;
    }
    qsizetype written = 0;
    while (written < request.size()) {
        const ssize_t n = ::send(socket.get(), request.constData() + written,
                                 size_t(request.size() - written), MSG_NOSIGNAL);
        if (n > 0) {
            written += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) &&
            waitFor(socket.get(), POLLOUT, deadline))
            continue;
        return false;
    }
    QByteArray answer;
    while (!answer.contains('\n') && answer.size() < 64) {
        char buffer[64];
        const ssize_t n = ::recv(socket.get(), buffer, sizeof buffer, 0);
        if (n > 0) {
            answer.append(buffer, n);
            continue;
        }
        if (n == 0)
            break; // closed
        if (errno == EINTR)
            continue;
        if ((errno == EAGAIN || errno == EWOULDBLOCK) && waitFor(socket.get(), POLLIN, deadline))
            continue;
        break;
    }
    return answer.startsWith("OK\n");
#else
    Q_UNUSED(request);
    Q_UNUSED(serverName);
    Q_UNUSED(timeoutMs);
    return false;
#endif
}
