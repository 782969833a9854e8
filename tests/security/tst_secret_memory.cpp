// Issue 15, item 9: secrets do not outlive their use in memory, and the programs cannot be
// dumped. The process's own memory is searched through /proc/self/mem (every readable and
// writable mapping: heap, anonymous memory, stacks, data), freed memory included, for a random
// secret in UTF-8 and UTF-16: after SecretMemory::wipe, and after the reveal dialog of a new
// personal access token has closed, no copy is left. Then the real programs, started as
// another user and waiting on standard input, are non-dumpable with a zero core limit.
#include "NewTokenDialog.h"
#include "ProcessHardening.h"
#include "SecretMemory.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTest>
#include <QToolButton>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace {
constexpr uid_t Nobody = 65534;
constexpr size_t SecretLength = 40;
constexpr size_t ScanBufferSize = 1 << 20;

// The needles and the read buffer live in mappings of their own, skipped by the search, so
// the search never finds its own copies.
struct Scanner {
    char *needles = nullptr; // [0, SecretLength): UTF-8; then the UTF-16 form
    char *buffer = nullptr;

    Scanner() {
        needles = static_cast<char *>(
            ::mmap(nullptr, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
        buffer = static_cast<char *>(::mmap(nullptr, ScanBufferSize, PROT_READ | PROT_WRITE,
                                            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    }
    ~Scanner() {
        ::munmap(needles, 4096);
        ::munmap(buffer, ScanBufferSize);
    }
    const char *utf8() const { return needles; }
    const char *utf16() const { return needles + 64; }

    // A fresh random secret, "mat-" and hex digits, written straight into the needle page.
    void newSecret() {
        static const char digits[] = "0123456789abcdef";
        std::memcpy(needles, "mat-", 4);
        for (size_t i = 4; i < SecretLength; ++i)
            needles[i] = digits[QRandomGenerator::global()->bounded(16)];
        for (size_t i = 0; i < SecretLength; ++i) {
            needles[64 + 2 * i] = needles[i];
            needles[64 + 2 * i + 1] = 0;
        }
    }

    // How many copies of the secret (UTF-8 or UTF-16) the process's writable memory holds.
    int copies() const {
        QFile maps(QStringLiteral("/proc/self/maps"));
        if (!maps.open(QIODevice::ReadOnly))
            return -1;
        const QList<QByteArray> lines = maps.readAll().split('\n');
        const int mem = ::open("/proc/self/mem", O_RDONLY);
        if (mem < 0)
            return -1;
        int found = 0;
        const auto skip = [this](quintptr start) {
            return start == quintptr(needles) || start == quintptr(buffer);
        };
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 2 || !fields.at(1).startsWith("rw"))
                continue;
            if (line.contains("[vvar]") || line.contains("[vsyscall]"))
                continue;
            const QList<QByteArray> range = fields.at(0).split('-');
            const quintptr start = range.value(0).toULongLong(nullptr, 16);
            const quintptr end = range.value(1).toULongLong(nullptr, 16);
            if (skip(start))
                continue;
            const size_t overlap = 2 * SecretLength;
            for (quintptr at = start; at < end;) {
                const size_t want = std::min<size_t>(ScanBufferSize, end - at);
                const ssize_t got = ::pread(mem, buffer, want, off_t(at));
                if (got <= 0)
                    break;
                for (const auto &[needle, size] :
                     {std::pair{utf8(), SecretLength}, std::pair{utf16(), 2 * SecretLength}}) {
                    const char *from = buffer;
                    const char *last = buffer + got;
                    while (const void *hit = ::memmem(from, size_t(last - from), needle, size)) {
                        ++found;
                        from = static_cast<const char *>(hit) + 1;
                    }
                }
                if (size_t(got) < want || at + size_t(got) >= end)
                    break;
                at += size_t(got) - overlap; // a copy across two reads is found once
            }
        }
        ::close(mem);
        return found;
    }
};

// Starts `program` as `nobody`, waiting for a token on standard input; its pid.
qint64 startWaiting(QProcess &process, const QString &program, const QStringList &arguments) {
    process.setChildProcessModifier([] {
        if (::setgid(Nobody) != 0 || ::setuid(Nobody) != 0)
            ::_exit(99);
    });
    process.start(program, arguments);
    return process.waitForStarted(5000) ? process.processId() : 0;
}

uid_t procOwner(qint64 pid) {
    struct stat status {};
    const QByteArray path = QByteArray("/proc/") + QByteArray::number(pid) + "/status";
    return ::stat(path.constData(), &status) == 0 ? status.st_uid : uid_t(-1);
}

QByteArray coreLimitLine(qint64 pid) {
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n'))
        if (line.startsWith("Max core file size"))
            return line.simplified();
    return {};
}
} // namespace

class tst_SecretMemory : public QObject {
    Q_OBJECT
private:
    Scanner m_scanner;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_scanner.needles != MAP_FAILED && m_scanner.buffer != MAP_FAILED);
    }

    void wipeLeavesNoCopy() {
        m_scanner.newSecret();
        QCOMPARE(m_scanner.copies(), 0);
        QByteArray secret(m_scanner.utf8(), SecretLength);
        QString text = QString::fromLatin1(secret);
        QCOMPARE(m_scanner.copies(), 2);
        // A shared buffer is only let go of: the other holder still has the value.
        QByteArray shared = secret;
        QVERIFY(!SecretMemory::wipe(shared));
        QVERIFY(secret == QByteArrayView(m_scanner.utf8(), qsizetype(SecretLength)));
        QVERIFY(SecretMemory::wipe(secret));
        QVERIFY(SecretMemory::wipe(text));
        QVERIFY(secret.isEmpty() && text.isEmpty());
        QCOMPARE(m_scanner.copies(), 0);
        // Literals and raw data are not written to.
        QByteArray literal = QByteArrayLiteral("literal");
        QVERIFY(!SecretMemory::wipe(literal));
    }

    // Reveal, hide, reveal again, close: the dialog leaves no copy of the token behind.
    void closedRevealDialogLeavesNoCopy() {
        m_scanner.newSecret();
        {
            CreatedAccessToken created;
            created.token.description = QStringLiteral("memory test");
            created.value = QByteArray(m_scanner.utf8(), SecretLength);
            auto *dialog = new NewTokenDialog(created, nullptr, QStringLiteral("key"));
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY(m_scanner.copies() > 0);
            auto *show = dialog->findChild<QToolButton *>(QStringLiteral("showToken"));
            QVERIFY(show);
            show->click();
            QVERIFY(dialog->isRevealed());
            QTest::qWait(50);
            show->click();
            QVERIFY(!dialog->isRevealed());
            show->click();
            QTest::qWait(50);
            QVERIFY(dialog->isRevealed());
            dialog->setRevealed(false);
            dialog->done(QDialog::Accepted); // asks first: not copied, not saved
            auto *closeAnyway = dialog->findChild<QPushButton *>(QStringLiteral("closeAnyway"));
            QVERIFY(closeAnyway);
            closeAnyway->click();
            QTRY_VERIFY(!dialog->holdsValue());
            delete dialog;
        }
        QTest::qWait(50);
        QCOMPARE(m_scanner.copies(), 0);
    }

    // The real programs, blocked on standard input (before any token), as another user: no
    // longer owned by that user in /proc (non-dumpable), and no core file.
    void programsAreNotDumpable_data() {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("tokendesk")
            << QStringLiteral(TOKENDESK_BINARY) << QStringList{QStringLiteral("--inspect")};
        QTest::newRow("tokendesk-cli")
            << QStringLiteral(TOKENDESK_CLI_BINARY) << QStringList{QStringLiteral("inspect")};
    }
    void programsAreNotDumpable() {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QVERIFY(ProcessHardening::enabledInThisBuild()); // the suite builds with NDEBUG
        if (::geteuid() != 0)
            QSKIP("needs root to start the program as another user");
        // A core limit to inherit, so that zero is the program's own doing.
        rlimit core{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        const rlimit some{std::min<rlim_t>(1 << 20, core.rlim_max), core.rlim_max};
        QCOMPARE(::setrlimit(RLIMIT_CORE, &some), 0);
        QProcess process;
        const qint64 pid = startWaiting(process, program, arguments);
        QCOMPARE(::setrlimit(RLIMIT_CORE, &core), 0);
        QVERIFY(pid > 0);
        // It runs as nobody; once hardened, /proc/<pid> belongs to root.
        QTRY_COMPARE(procOwner(pid), uid_t(0));
        QCOMPARE(coreLimitLine(pid), QByteArray("Max core file size 0 0 bytes"));
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2); // no token on standard input
    }

    // In this process: the same call, then PR_GET_DUMPABLE and the core limit.
    void hardeningInProcess() {
        QVERIFY(ProcessHardening::apply());
        QVERIFY(!ProcessHardening::isDumpable());
#ifdef Q_OS_LINUX
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
        rlimit core{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
    }
};

QTEST_MAIN(tst_SecretMemory)
#include "tst_secret_memory.moc"
