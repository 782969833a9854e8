// The README's pictures: every pane and the main dialogs of the real, signed-in application
// under Xvfb. scripts/screenshots runs this test once per look (light, dark, 200 % scale,
// German) and copies the pictures to docs/screenshots/; in the suite it runs once, light.
//
// TOKENDESK_SCREENSHOT_VARIANT names the look (light, dark, scale200, de); with "dark" the
// test also checks that the windows follow the system's dark palette.
#include "AccessTokenModel.h"
#include "BrowserPlayer.h"
#include "CreateTokenDialog.h"
#include "InspectorWindow.h"
#include "LoginTokenPane.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "ScmConnectionModel.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "SignedInApp.h"
#include "Translations.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSettings>
#include <QTest>

class tst_Screenshots : public QObject {
    Q_OBJECT
private:
    QString m_variant;
    QString m_dir;
    SandboxProcess m_sandbox;
    BrowserPlayer m_browser;
    std::unique_ptr<SignedInApp> m_app;

    // Saves `widget` as <dir>/<variant>/<name>.png; a picture of one colour means nothing was
    // drawn.
    void save(QWidget *widget, const QString &name) {
        QApplication::processEvents();
        QTest::qWait(50);
        const QImage image = widget->grab().toImage();
        QVERIFY(!image.isNull());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(name));
        const qreal scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")).toDouble();
        QVERIFY2(qAbs(image.devicePixelRatio() - scale) < 0.01, qPrintable(name));
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        QVERIFY(image.save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase() {
        m_variant = qEnvironmentVariable("TOKENDESK_SCREENSHOT_VARIANT", QStringLiteral("light"));
        m_dir = QDir(QStringLiteral(TOKENDESK_SCREENSHOT_DIR)).filePath(m_variant);
        QVERIFY(QDir().mkpath(m_dir));
        QSettings().clear();
        Translations::install(qApp, QLocale::system()); // as main.cpp: the system's language
        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString());
        m_app = std::make_unique<SignedInApp>(m_sandbox, QStringLiteral("TokenDesk-screenshots"));
    }

    void cleanupTestCase() {
        m_app.reset();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void followsTheSystemPalette() {
        const QPalette system = QApplication::palette();
        const bool dark = system.color(QPalette::Window).lightness() < 128;
        if (m_variant == u"dark")
            QVERIFY2(dark, "the dark variant needs a dark system palette (GTK_THEME=Adwaita:dark)");
        // No window overrides what the system says.
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->controller().loginWindow()));
        QCOMPARE(m_app->controller().loginWindow()->palette().color(QPalette::Window),
                 system.color(QPalette::Window));
    }

    void loginWindow() {
        QWidget *login = m_app->controller().loginWindow();
        QVERIFY(QTest::qWaitForWindowExposed(login));
        QTest::qWait(300);
        save(login, QStringLiteral("login-window"));
    }

    void panes() {
        QString error;
        QVERIFY2(m_app->signIn(&error), qPrintable(error));
        MainWindow *window = m_app->mainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(m_app->workspace().tokens()->rowCount() > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->workspace().scm()->rowCount() > 0, 15000);
        QCOMPARE(window->palette().color(QPalette::Window),
                 QApplication::palette().color(QPalette::Window));
        window->resize(1040, 660);
        window->showPane(PaneId::Tokens);
        save(window, QStringLiteral("pane-access-tokens"));
        window->showPane(PaneId::Scm);
        save(window, QStringLiteral("pane-scm-connections"));
        window->showPane(PaneId::LoginToken);
        save(window, QStringLiteral("pane-login-token"));
        window->showPane(PaneId::Tokens);
    }

    void dialogs() {
        MainWindow *window = m_app->mainWindow();
        CreateTokenDialog create(m_app->workspace().tokenService(), window);
        create.show();
        QVERIFY(QTest::qWaitForWindowExposed(&create));
        save(&create, QStringLiteral("dialog-create-token"));
        create.reject();

        SettingsDialog settings(GeneralSettings(), NotificationSettings(), window);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        save(&settings, QStringLiteral("dialog-settings"));

        ShortcutsDialog shortcuts(window, window);
        shortcuts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shortcuts));
        save(&shortcuts, QStringLiteral("dialog-shortcuts"));
    }

    void inspectorWindow() {
        QFile file(QStringLiteral(TOKENDESK_SOURCE_DIR "/tests/data/jwt/rfc7515-a2-rs256.jwt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        InspectorWindow inspector(nullptr, nullptr);
        inspector.setAttribute(Qt::WA_DeleteOnClose, false);
        inspector.pane()->inspect(file.readAll());
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        save(&inspector, QStringLiteral("inspector-window"));
    }
};

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
