// Issue 15, items 2 and 11: the single-instance socket admits this user only. Its folder must
// belong to the user with mode 0700 (never a symbolic link), or there is no single instance;
// each end checks the other's uid (SO_PEERCRED); idle connections are capped and dropped.
// The other user is `nobody` in a forked child (the test runs as root in CI; as another user
// the cases that need root say so and check what they can).
#include "DataRows.h"
#include "SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <future>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {
constexpr uid_t Nobody = 65534;

// Runs `call` on another thread while this thread's event loop serves the server.
template <typename F> auto whileServing(F call) {
    auto result = std::async(std::launch::async, call);
    while (result.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
        QCoreApplication::processEvents();
    return result.get();
}

// Waits for a forked child while serving events; its exit status.
int waitServing(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, WNOHANG) == 0) {
        QCoreApplication::processEvents();
        QThread::msleep(5);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 100;
}

sockaddr_un addressOf(const QByteArray &path) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    return address;
}

// Forks a child that is `nobody` with a Unix socket `*fd` for `native` (`*address`); the child
// gets 0 (and ends with 3 when it cannot become `nobody`), the parent the child's pid.
pid_t forkNobodySocket(const QByteArray &native, int *fd, sockaddr_un *address) {
    const pid_t pid = ::fork();
    if (pid != 0)
        return pid;
    if (::setgid(Nobody) != 0 || ::setuid(Nobody) != 0)
        ::_exit(3);
    *fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    *address = addressOf(native);
    return 0;
}

mode_t modeOf(const QString &path) {
    struct stat status {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 07777 : 0;
}

// Restores an environment variable when the test function ends.
struct EnvironmentGuard {
    QByteArray name;
    QByteArray value;
    bool wasSet;
    explicit EnvironmentGuard(const char *variable)
        : name(variable)
        , value(qgetenv(variable))
        , wasSet(qEnvironmentVariableIsSet(variable)) {}
    ~EnvironmentGuard() {
        if (wasSet)
            qputenv(name.constData(), value);
        else
            qunsetenv(name.constData());
    }
};
} // namespace

class tst_LocalSocket : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString fresh(const QString &name) {
        return m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(++m_counter));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // The forked `nobody` must be able to reach the folders made below.
        QCOMPARE(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755), 0);
    }

    void privateRuntimeFolderIsUsed() {
        EnvironmentGuard runtimeGuard("XDG_RUNTIME_DIR");
        const QString runtime = fresh(QStringLiteral("run"));
        QVERIFY(QDir().mkdir(runtime));
        QCOMPARE(::chmod(QFile::encodeName(runtime).constData(), 0700), 0);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        QCOMPARE(SingleInstance::serverPath(), runtime + QStringLiteral("/tokendesk.sock"));
    }

    // XDG_RUNTIME_DIR open to others, or a link: not used; the private folder in TMPDIR is
    // made with mode 0700 instead.
    void unsafeRuntimeFolderFallsBackToAPrivateOne_data() {
        addDataRows<bool>("link", {{"mode 0755", false}, {"symbolic link", true}});
    }
    void unsafeRuntimeFolderFallsBackToAPrivateOne() {
        QFETCH(bool, link);
        EnvironmentGuard runtimeGuard("XDG_RUNTIME_DIR");
        EnvironmentGuard tmpGuard("TMPDIR");
        QString runtime = fresh(QStringLiteral("run"));
        QVERIFY(QDir().mkdir(runtime));
        QCOMPARE(::chmod(QFile::encodeName(runtime).constData(), link ? 0700 : 0755), 0);
        if (link) {
            const QString target = runtime;
            runtime = fresh(QStringLiteral("runlink"));
            QVERIFY(QFile::link(target, runtime));
        }
        const QString tmp = fresh(QStringLiteral("tmp"));
        QVERIFY(QDir().mkdir(tmp));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        qputenv("TMPDIR", QFile::encodeName(tmp));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("XDG_RUNTIME_DIR")));
        const QString path = SingleInstance::serverPath();
        const QString folder = tmp + QStringLiteral("/tokendesk-%1").arg(::geteuid());
        QCOMPARE(path, folder + QStringLiteral("/tokendesk.sock"));
        QCOMPARE(modeOf(folder), mode_t(0700));
    }

    // The fallback folder made first by someone else, open to others, a link, or another
    // user's: no single instance at all (and a log line says why).
    void foreignFallbackFolderMeansNoSingleInstance_data() {
        addDataRows<QString>("kind", {{"open to others", QStringLiteral("0777")},
                                      {"symbolic link", QStringLiteral("link")}});
        if (::geteuid() == 0)
            QTest::newRow("another user's") << QStringLiteral("nobody");
    }
    void foreignFallbackFolderMeansNoSingleInstance() {
        QFETCH(QString, kind);
        EnvironmentGuard runtimeGuard("XDG_RUNTIME_DIR");
        EnvironmentGuard tmpGuard("TMPDIR");
        qunsetenv("XDG_RUNTIME_DIR");
        const QString tmp = fresh(QStringLiteral("tmp"));
        QVERIFY(QDir().mkdir(tmp));
        qputenv("TMPDIR", QFile::encodeName(tmp));
        const QString folder = tmp + QStringLiteral("/tokendesk-%1").arg(::geteuid());
        const QByteArray native = QFile::encodeName(folder);
        if (kind == QLatin1String("link")) {
            const QString target = fresh(QStringLiteral("target"));
            QVERIFY(QDir().mkdir(target));
            QCOMPARE(::chmod(QFile::encodeName(target).constData(), 0700), 0);
            QVERIFY(QFile::link(target, folder));
        } else {
            QVERIFY(QDir().mkdir(folder));
            QCOMPARE(::chmod(native.constData(), kind == QLatin1String("0777") ? 0777 : 0700), 0);
            if (kind == QLatin1String("nobody"))
                QCOMPARE(::chown(native.constData(), Nobody, Nobody), 0);
        }
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("single instance: off")));
        const QString path = SingleInstance::serverPath();
        QVERIFY2(path.isEmpty(), qPrintable(path));
        // Nothing listens, nothing is handed over.
        SingleInstance instance(path);
        QVERIFY(!instance.listen());
        QVERIFY(!SingleInstance::activateRunning(path, 300));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/tokendesk.sock")));
    }

    // A client of another user is dropped before its request is read, even when the socket
    // file itself has been opened to others.
    void serverDropsAClientOfAnotherUser() {
        if (::geteuid() != 0)
            QSKIP("needs root to start a client as another user");
        const QString path = fresh(QStringLiteral("s")) + QStringLiteral(".sock");
        SingleInstance running(path);
        QVERIFY(running.listen());
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0777), 0);
        QSignalSpy activated(&running, &SingleInstance::activationRequested);
        const QByteArray native = QFile::encodeName(path);
        int fd = -1;
        sockaddr_un address{};
        const pid_t pid = forkNobodySocket(native, &fd, &address);
        QVERIFY(pid >= 0);
        if (pid == 0) {
            // As `nobody`: 4 = could not connect, 1 = the server answered OK, 0 = dropped.
            if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
                ::_exit(4);
            const char request[] = "TOKENDESK/1 ACTIVATE\n";
            if (::write(fd, request, sizeof request - 1) < 0)
                ::_exit(5);
            char answer[8] = {};
            pollfd readable{fd, POLLIN, 0};
            ssize_t got = 0;
            if (::poll(&readable, 1, 3000) > 0)
                got = ::read(fd, answer, sizeof answer);
            ::_exit(got >= 3 && std::memcmp(answer, "OK\n", 3) == 0 ? 1 : 0);
        }
        QCOMPARE(waitServing(pid), 0);
        QCOMPARE(activated.count(), 0);
        // The instance still serves its own user.
        QVERIFY(whileServing([&] { return SingleInstance::activateRunning(path); }));
        QTRY_COMPARE(activated.count(), 1);
    }

    // A server of another user at the path gets nothing: no token, not even the request line.
    void clientRefusesAServerOfAnotherUser() {
        if (::geteuid() != 0)
            QSKIP("needs root to start a server as another user");
        const QString folder = fresh(QStringLiteral("shared"));
        QVERIFY(QDir().mkdir(folder));
        QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0777), 0);
        const QByteArray native = QFile::encodeName(folder + QStringLiteral("/tokendesk.sock"));
        int ready[2];
        int report[2];
        QCOMPARE(::pipe(ready), 0);
        QCOMPARE(::pipe(report), 0);
        int fd = -1;
        sockaddr_un address{};
        const pid_t pid = forkNobodySocket(native, &fd, &address);
        QVERIFY(pid >= 0);
        if (pid == 0) {
            // As `nobody`: listen, take one connection, answer OK, report how many bytes came.
            if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
                ::listen(fd, 4) != 0)
                ::_exit(4);
            ::chmod(native.constData(), 0777);
            if (::write(ready[1], "r", 1) != 1)
                ::_exit(5);
            pollfd incoming{fd, POLLIN, 0};
            if (::poll(&incoming, 1, 5000) <= 0)
                ::_exit(6);
            const int client = ::accept(fd, nullptr, nullptr);
            ssize_t total = 0;
            char buffer[4096];
            pollfd readable{client, POLLIN, 0};
            while (::poll(&readable, 1, 1000) > 0) {
                const ssize_t n = ::read(client, buffer, sizeof buffer);
                if (n <= 0)
                    break;
                total += n;
                if (std::memchr(buffer, '\n', size_t(n)) && total > 20)
                    break;
            }
            ::send(client, "OK\n", 3, MSG_NOSIGNAL); // the client may be gone already
            const int reported = int(total);
            if (::write(report[1], &reported, sizeof reported) != sizeof reported)
                ::_exit(7);
            ::_exit(0);
        }
        ::close(ready[1]);
        ::close(report[1]);
        char byte = 0;
        QCOMPARE(::read(ready[0], &byte, 1), ssize_t(1));
        const QByteArray token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYXJrZXIifQ.c2lnbmF0dXJl";
        QVERIFY(!SingleInstance::inspectInRunning(token, QFile::decodeName(native), 2000));
        int received = -1;
        QCOMPARE(::read(report[0], &received, sizeof received), ssize_t(sizeof received));
        QCOMPARE(received, 0);
        QCOMPARE(waitServing(pid), 0);
        ::close(ready[0]);
        ::close(report[0]);
    }

    // 30 silent peers: no more than SingleInstance::MaxConnections (8) stay connected, and
    // those are dropped after the idle timeout; then the instance still serves.
    void idlePeersAreCappedAndDropped() {
        const QString path = fresh(QStringLiteral("s")) + QStringLiteral(".sock");
        SingleInstance running(path);
        QVERIFY(running.listen());
        std::vector<std::unique_ptr<QLocalSocket>> peers;
        for (int i = 0; i < 30; ++i) {
            peers.push_back(std::make_unique<QLocalSocket>());
            peers.back()->connectToServer(path);
            QVERIFY(peers.back()->waitForConnected(1000));
        }
        const auto connected = [&peers] {
            QCoreApplication::processEvents();
            return int(std::count_if(peers.begin(), peers.end(), [](const auto &peer) {
                return peer->state() == QLocalSocket::ConnectedState;
            }));
        };
        QTest::qWait(500);
        QVERIFY2(connected() <= 8, qPrintable(QString::number(connected())));
        QTRY_COMPARE_WITH_TIMEOUT(connected(), 0, 6000);
        QSignalSpy activated(&running, &SingleInstance::activationRequested);
        QVERIFY(whileServing([&] { return SingleInstance::activateRunning(path); }));
        QTRY_COMPARE(activated.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_LocalSocket)
#include "tst_local_socket.moc"
