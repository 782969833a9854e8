// One TokenDesk per user: the local socket protocol between a second start and the running
// instance, with the client on its own thread (it blocks, as in main.cpp) and the server on
// the test's event loop.
#include "SingleInstance.h"

#include "DataRows.h"
#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QTest>
#include <QThread>

#include <future>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

class tst_SingleInstance : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1.sock").arg(++m_counter)); }

    // Runs `call` on another thread while this thread's event loop serves the server.
    template <typename F> static bool whileServing(F call) {
        auto result = std::async(std::launch::async, call);
        while (result.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
            QCoreApplication::processEvents();
        return result.get();
    }

    // Writes raw bytes as a client would; returns what the server answered before closing.
    static QByteArray rawExchange(const QString &path, const QList<QByteArray> &writes) {
        QByteArray answer;
        whileServing([&] {
            QLocalSocket socket;
            socket.connectToServer(path);
            if (!socket.waitForConnected(2000))
                return false;
            for (const QByteArray &chunk : writes) {
                socket.write(chunk);
                socket.waitForBytesWritten(2000);
                QThread::msleep(30);
            }
            while (socket.state() == QLocalSocket::ConnectedState && socket.waitForReadyRead(500))
                answer += socket.readAll();
            answer += socket.readAll();
            return true;
        });
        return answer;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void socketIsInTheUsersRuntimeFolder() {
        const QString path = SingleInstance::serverPath();
        QVERIFY2(path.endsWith(QStringLiteral("/tokendesk.sock")), qPrintable(path));
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!runtime.isEmpty())
            QVERIFY2(path.startsWith(runtime), qPrintable(path));
    }

    void nobodyRunningMeansNoHandOver() {
        const QString path = freshPath();
        QVERIFY(!SingleInstance::activateRunning(path, 300));
        QVERIFY(!SingleInstance::inspectInRunning("a.b.c", path, 300));
    }

    void secondStartRaisesTheRunningOne() {
        const QString path = freshPath();
        SingleInstance running(path);
        QVERIFY(running.listen());
        QSignalSpy activated(&running, &SingleInstance::activationRequested);
        QVERIFY(whileServing([&] { return SingleInstance::activateRunning(path); }));
        QTRY_COMPARE(activated.count(), 1);

        // A third start, while the first still runs, cannot become the running instance.
        SingleInstance third(path);
        QVERIFY(!third.listen());
        QVERIFY(running.isListening());
    }

    void inspectHandsOverTheExactToken() {
        const QString path = freshPath();
        SingleInstance running(path);
        QVERIFY(running.listen());
        QSignalSpy inspected(&running, &SingleInstance::inspectRequested);
        QByteArray token(200 * 1024, 'x'); // larger than one socket write
        token.replace(0, 5, "eyJhb");
        QVERIFY(whileServing([&] { return SingleInstance::inspectInRunning(token, path); }));
        QTRY_COMPARE(inspected.count(), 1);
        QCOMPARE(inspected.at(0).at(0).toByteArray(), token);
    }

    void requestInPiecesIsAssembled() {
        const QString path = freshPath();
        SingleInstance running(path);
        QVERIFY(running.listen());
        QSignalSpy inspected(&running, &SingleInstance::inspectRequested);
        const QByteArray answer = rawExchange(path, {"TOKENDESK/", "1 INSPECT 5\nab", "c.d"});
        QCOMPARE(answer, QByteArray("OK\n"));
        QCOMPARE(inspected.count(), 1);
        QCOMPARE(inspected.at(0).at(0).toByteArray(), QByteArray("abc.d"));
    }

    void malformedRequestsAreDropped_data() {
        addDataRows<QByteArray>("request", {
                                               {"garbage", "GET / HTTP/1.1\r\n\r\n"},
                                               {"wrong version", "TOKENDESK/2 ACTIVATE\n"},
                                               {"unknown command", "TOKENDESK/1 QUIT\n"},
                                               {"negative length", "TOKENDESK/1 INSPECT -4\nabcd"},
                                               {"not a number", "TOKENDESK/1 INSPECT 4x\nabcd"},
                                               {"too large", "TOKENDESK/1 INSPECT 99999999\nabcd"},
                                               {"endless header", QByteArray(5000, 'T')},
                                               {"binary", QByteArray("\0\xff\x01\n", 4)},
                                           });
    }

    void malformedRequestsAreDropped() {
        QFETCH(QByteArray, request);
        const QString path = freshPath();
        SingleInstance running(path);
        QVERIFY(running.listen());
        QSignalSpy activated(&running, &SingleInstance::activationRequested);
        QSignalSpy inspected(&running, &SingleInstance::inspectRequested);
        const QByteArray answer = rawExchange(path, {request});
        QVERIFY2(answer.isEmpty(), answer.constData());
        QCOMPARE(activated.count(), 0);
        QCOMPARE(inspected.count(), 0);
        // ... and the instance still serves the next, valid request.
        QVERIFY(whileServing([&] { return SingleInstance::activateRunning(path); }));
        QTRY_COMPARE(activated.count(), 1);
    }

    void staleSocketFromACrashIsReplaced() {
        const QString path = freshPath();
        // A socket file nobody listens on, as a killed instance leaves behind.
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray native = QFile::encodeName(path);
        std::memcpy(address.sun_path, native.constData(), native.size());
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        ::close(fd);
        QVERIFY(QFile::exists(path));

        SingleInstance next(path);
        QVERIFY(next.listen());
        QSignalSpy activated(&next, &SingleInstance::activationRequested);
        QVERIFY(whileServing([&] { return SingleInstance::activateRunning(path); }));
        QTRY_COMPARE(activated.count(), 1);
    }

    void socketIsPrivateToTheUser() {
        const QString path = freshPath();
        SingleInstance running(path);
        QVERIFY(running.listen());
        const QFile::Permissions permissions = QFileInfo(path).permissions();
        QVERIFY(!(permissions &
                  (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
    }
};

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_single_instance.moc"
