// The real windows under Xvfb: sign in through the login window against the sandbox,
// see the main window with the user's email, role and tokens, and keep screenshots.
#include "AccessTokenModel.h"
#include "AppController.h"
#include "BrowserPlayer.h"
#include "GraphQlClient.h"
#include "KeychainCredentialStore.h"
#include "LoginSession.h"
#include "LoginWindow.h"
#include "MainWindow.h"
#include "ModerneApi.h"
#include "SandboxProcess.h"
#include "ScmConnectionModel.h"
#include "Screenshot.h"
#include "Ticker.h"
#include "Workspace.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

class tst_MainWindowGui : public QObject {
    Q_OBJECT
private:
    static void save(QWidget *widget, const QString &name) {
        QVERIFY2(saveScreenshot(widget, name), qPrintable(name));
    }

    SandboxProcess m_sandbox;
    BrowserPlayer m_browser;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }

    void signInThroughTheWindows() {
        QNetworkAccessManager network;
        KeychainCredentialStore credentials(QStringLiteral("TokenDesk-gui-test"));
        LoginSession session(&network, &credentials);
        GraphQlClient client(&network);
        Ticker ticker;
        Workspace workspace(&client, &ticker);
        AppController controller(&session, &workspace, &credentials);
        TenantProfile profile;
        profile.displayName = QStringLiteral("Local sandbox");
        profile.issuer = m_sandbox.issuer();
        profile.apiUrl = m_sandbox.apiUrl();
        controller.setProfile(profile);
        controller.start(false);

        LoginWindow *login = controller.loginWindow();
        QVERIFY(QTest::qWaitForWindowExposed(login));
        save(login, QStringLiteral("login-window.png"));

        auto *button = login->findChild<QPushButton *>(QStringLiteral("signInButton"));
        QVERIFY(button);
        QVERIFY(button->isDefault());
        // A launch first looks for a stored session; the button waits for that.
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
        QSignalSpy userLoaded(&controller, &AppController::userLoaded);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(userLoaded.count(), 1, 30000);
        QVERIFY(m_browser.result().body.contains("close this tab"));

        MainWindow *window = controller.mainWindow();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(!login->isVisible());
        QVERIFY2(window->statusText().contains(QStringLiteral("admin@moderne.example")),
                 qPrintable(window->statusText()));
        QVERIFY(window->statusText().contains(QStringLiteral("ADMIN")));

        auto *table = window->findChild<QTableView *>(QStringLiteral("tokenTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(workspace.tokens()->rowCount() > 0, 15000);
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), workspace.tokens()->totalCount());
        QTRY_VERIFY_WITH_TIMEOUT(workspace.scm()->rowCount() == 5, 15000);
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation->item(0)->text().contains(
            QString::number(workspace.tokens()->totalCount())));
        window->resize(1000, 620);
        save(window, QStringLiteral("main-window.png"));

        window->showPane(PaneId::Scm);
        save(window, QStringLiteral("scm-pane.png"));
        window->showPane(PaneId::LoginToken);
        auto *summary = window->findChild<QLabel *>(QStringLiteral("tokenSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("admin@moderne.example")));
        save(window, QStringLiteral("login-token-pane.png"));
        window->showPane(PaneId::Tokens);

        // Sign out returns to the login window and forgets the token.
        QSignalSpy signedOut(&session, &LoginSession::signedOut);
        QMetaObject::invokeMethod(window, "signOutRequested");
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(session.accessToken().isEmpty());
        QTRY_VERIFY(login->isVisible());
        QVERIFY(!window->isVisible());
        QVERIFY(login->message().contains(QStringLiteral("signed out")));
    }
};

QTEST_MAIN(tst_MainWindowGui)
#include "tst_mainwindow_gui.moc"
