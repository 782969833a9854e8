// The real windows under Xvfb: sign in through the login window against the sandbox,
// see the main window with the user's email, role and tokens, and keep screenshots.
#include "AccessTokenModel.h"
#include "AppController.h"
#include "BrowserPlayer.h"
#include "LoginSession.h"
#include "LoginWindow.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "ScmConnectionModel.h"
#include "Screenshot.h"
#include "SignedInApp.h"
#include "Workspace.h"

#include <QApplication>
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
    static constexpr auto save = &saveScreenshotOrFail;

    SandboxProcess m_sandbox;
    BrowserPlayer m_browser;

private Q_SLOTS:
    void initTestCase() { QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString()); }

    void signInThroughTheWindows() {
        SignedInApp app(m_sandbox);
        AppController &controller = app.controller();
        LoginSession &session = app.session();
        Workspace &workspace = app.workspace();
        app.start();

        LoginWindow *login = controller.loginWindow();
        QVERIFY(QTest::qWaitForWindowExposed(login));
        save(login, QStringLiteral("login-window.png"));

        auto *button = login->findChild<QPushButton *>(QStringLiteral("signInButton"));
        QVERIFY(button);
        QVERIFY(button->isDefault());
        // A launch first looks for a stored session; signIn() waits for the button, clicks it
        // and waits for the user.
        QSignalSpy userLoaded(&controller, &AppController::userLoaded);
        QString error;
        QVERIFY2(app.signIn(&error), qPrintable(error));
        QCOMPARE(userLoaded.count(), 1);
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
