// The keychain unavailable (no Secret Service on the bus) or locked (gnome-keyring running
// but never unlocked: the Secret Service waits for a password prompt nobody answers): TokenDesk
// says so, never hangs, never falls back to plain text, and a browser sign-in still works for this
// run. The D-Bus session address is chosen before anything connects to the bus, per process:
// TOKENDESK_KEYCHAIN_FAULT=absent|locked (two ctest entries run this executable).
#include "AppController.h"
#include "BrowserPlayer.h"
#include "GraphQlClient.h"
#include "KeychainCredentialStore.h"
#include "LoginSession.h"
#include "LoginWindow.h"
#include "MainWindow.h"
#include "ModerneApi.h"
#include "SandboxProcess.h"
#include "Ticker.h"
#include "Workspace.h"

#include <QApplication>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDir>
#include <QDirIterator>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_KeychainFaults : public QObject {
    Q_OBJECT
public:
    explicit tst_KeychainFaults(QString mode)
        : m_mode(std::move(mode)) {}

private:
    // A saved session in the keychain, then the keychain locked (as after a screen lock):
    // the Secret Service now needs a password prompt that nobody answers.
    bool storeThenLock() {
        KeychainCredentialStore store(QStringLiteral("TokenDesk-faults"));
        std::optional<QString> written;
        store.write(m_sandbox.profile().credentialKey(), "refresh:not-a-real-refresh-token",
                    [&](const QString &error) { written = error; });
        if (!QTest::qWaitFor([&] { return written.has_value(); }, 15000) || !written->isEmpty()) {
            qWarning("could not prepare the keychain: %s",
                     qPrintable(written.value_or(QStringLiteral("timeout"))));
            return false;
        }
        QDBusInterface service(QStringLiteral("org.freedesktop.secrets"),
                               QStringLiteral("/org/freedesktop/secrets"),
                               QStringLiteral("org.freedesktop.Secret.Service"));
        const QDBusMessage reply =
            service.call(QStringLiteral("Lock"),
                         QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(
                             QStringLiteral("/org/freedesktop/secrets/collection/login"))}));
        if (reply.type() == QDBusMessage::ErrorMessage) {
            qWarning("could not lock the keychain: %s", qPrintable(reply.errorMessage()));
            return false;
        }
        return true;
    }

    QString m_mode;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    BrowserPlayer m_browser;

private Q_SLOTS:
    void initTestCase() {
        qInfo("keychain fault: %s (DBUS_SESSION_BUS_ADDRESS=%s)", qPrintable(m_mode),
              qgetenv("DBUS_SESSION_BUS_ADDRESS").constData());
        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString());
    }

    void aReadFailsWithAClearMessageAndNeverBlocks() {
        if (m_mode == QLatin1String("locked"))
            QVERIFY(storeThenLock());
        KeychainCredentialStore store(QStringLiteral("TokenDesk-faults"));
        store.setTimeout(2000);
        // The event loop keeps turning while the keychain does not answer (how regularly is
        // measured by bench/bench_test_timings --keychain, not asserted here).
        int ticks = 0;
        std::optional<CredentialStore::ReadResult> result;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ticks += result ? 0 : 1; });
        ticker.start(50);
        store.read(m_sandbox.profile().credentialKey(),
                   [&](const CredentialStore::ReadResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QVERIFY(!result->found);
        QVERIFY2(result->error.contains(QStringLiteral("keychain")), qPrintable(result->error));
        if (m_mode == QLatin1String("locked")) {
            QVERIFY2(result->error.contains(QStringLiteral("did not answer")),
                     qPrintable(result->error));
            // The read returned at once and the answer came through the event loop.
            QVERIFY2(ticks > 0, "the event loop did not turn while the keychain was awaited");
        }
        qInfo("keychain answered with: %s (%d timer ticks meanwhile)", qPrintable(result->error),
              ticks);
    }

    void launchSaysTheSavedSessionCannotBeReadThenSignInStillWorks() {
        KeychainCredentialStore credentials(QStringLiteral("TokenDesk-faults"));
        credentials.setTimeout(2000);
        LoginSession session(&m_network, &credentials);
        GraphQlClient client(&m_network);
        Ticker ticker;
        Workspace workspace(&client, &ticker);
        AppController controller(&session, &workspace, &credentials);
        controller.setProfile(m_sandbox.profile());
        QSignalSpy messages(&controller, &AppController::loginMessageShown);
        controller.start(false);
        LoginWindow *login = controller.loginWindow();
        QVERIFY(QTest::qWaitForWindowExposed(login));
        QTRY_COMPARE_WITH_TIMEOUT(messages.count(), 1, 15000);
        QVERIFY2(login->message().contains(QStringLiteral("could not be read")),
                 qPrintable(login->message()));
        QVERIFY(login->message().contains(QStringLiteral("keychain")));
        QCOMPARE(session.state(), LoginSession::State::SignedOut);
        const QString shot = QDir(QStringLiteral(TOKENDESK_SCREENSHOT_DIR))
                                 .filePath(QStringLiteral("auth-keychain-%1.png").arg(m_mode));
        QVERIFY(login->grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));

        // The browser sign-in works; saving the session fails loudly, not into a file.
        QSignalSpy warnings(&session, &LoginSession::warning);
        QSignalSpy loaded(&controller, &AppController::userLoaded);
        QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(warnings.count(), 1, 15000);
        QVERIFY2(warnings.constFirst().constFirst().toString().contains(
                     QStringLiteral("could not be saved")),
                 qPrintable(warnings.constFirst().constFirst().toString()));
        const QByteArray accessToken = session.accessToken();
        QVERIFY(accessToken.size() > 100);
        // No plain-text fallback anywhere under HOME.
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            QVERIFY2(!file.readAll().contains(accessToken.left(60)), qPrintable(file.fileName()));
        }
        qInfo("scanned %d files under HOME", files);
        controller.signOut();
    }
};

int main(int argc, char *argv[]) {
    const QString mode = qEnvironmentVariable("TOKENDESK_KEYCHAIN_FAULT", QStringLiteral("absent"));
    QTemporaryDir dir(QStringLiteral("/tmp/tdbus.XXXXXX"));
    if (mode == QLatin1String("absent")) {
        // No Secret Service at all: the bus address leads nowhere.
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                "unix:path=" + dir.filePath(QStringLiteral("no-bus-here")).toLocal8Bit());
    }
    // "locked": the session bus of the test, whose gnome-keyring was started without being
    // unlocked (see tests/auth/CMakeLists.txt): the Secret Service waits for a prompt.
    QApplication app(argc, argv);
    tst_KeychainFaults test(mode);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_faults.moc"
