// The expiry warning's "Renew" (issue 19) in the signed-in app against the sandbox: a token of
// the user that expires in 3 days gets a desktop notification (org.freedesktop.Notifications,
// played by a D-Bus object on the test's own session bus) with a "Renew" button; clicking it
// brings the window up on the tokens pane with the rotation dialog of that very token.
#include "AccessTokenModel.h"
#include "BrowserPlayer.h"
#include "FakeNotificationServer.h"
#include "MainWindow.h"
#include "PaneRegistry.h"
#include "RotateTokenDialog.h"
#include "SandboxProcess.h"
#include "SignedInApp.h"
#include "TokensPane.h"
#include "Translations.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QDesktopServices>
#include <QJsonObject>
#include <QSettings>
#include <QTest>

namespace {
using Shown = FakeNotificationServer::Shown;
} // namespace

class tst_RenewGui : public QObject {
    Q_OBJECT
private:
    FakeNotificationServer m_server;
    SandboxProcess m_sandbox;
    BrowserPlayer m_browser;
    std::unique_ptr<SignedInApp> m_app;

private Q_SLOTS:
    void initTestCase() {
        QSettings().clear();
        Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        const QString registered = m_server.registerOnSessionBus();
        QVERIFY2(registered.isEmpty(), qPrintable(registered));
        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString());
        m_app = std::make_unique<SignedInApp>(m_sandbox);
        QString error;
        QVERIFY2(m_app->signIn(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->workspace().tokens()->rowCount() > 0, 15000);
    }

    void cleanupTestCase() {
        m_app.reset();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void renewOnTheWarningOpensTheRotationOfThatToken() {
        const QJsonObject added = m_sandbox.adminJson(
            QStringLiteral("add-token?username=admin&description=Renew%20me&createdDaysAgo=27&"
                           "expiresInDays=3"));
        const QString id = added.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        AccessTokenModel *tokens = m_app->workspace().tokens();
        tokens->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!tokens->isLoading() && tokens->rowOf(id) >= 0, 15000);
        // Its warning reaches the desktop with a Renew button.
        int shown = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < m_server.shown.size(); ++i)
                    if (m_server.shown.at(i).summary.contains(QStringLiteral("“Renew me”")))
                        shown = i;
                return shown >= 0;
            }(),
            15000);
        const QStringList actions = m_server.shown.at(shown).actions;
        const qsizetype renew = actions.indexOf(QStringLiteral("renew"));
        QVERIFY2(renew >= 0 && renew % 2 == 0, qPrintable(actions.join(QLatin1Char('|'))));
        QCOMPARE(actions.at(renew + 1), QStringLiteral("Renew"));
        // Another pane is showing and the window is minimised when the user clicks it.
        MainWindow *window = m_app->mainWindow();
        QVERIFY(window->showPane(PaneId::LoginToken));
        window->showMinimized();
        TokensPane *pane = window->pane<TokensPane>();
        QVERIFY(pane);
        QVERIFY(!pane->rotateDialog());
        Q_EMIT m_server.ActionInvoked(uint(shown + 101), QStringLiteral("renew"));
        QTRY_VERIFY_WITH_TIMEOUT(pane->rotateDialog() != nullptr, 15000);
        QCOMPARE(pane->rotateDialog()->oldToken().id, id);
        QCOMPARE(window->currentPaneId(), PaneId::Tokens.toString());
        QVERIFY(!window->isMinimized());
        // Another application's notification with a "renew" key is not ours.
        pane->rotateDialog()->reject();
        QTRY_VERIFY(pane->rotateDialog() == nullptr);
        Q_EMIT m_server.ActionInvoked(uint(7), QStringLiteral("renew"));
        QTest::qWait(300);
        QVERIFY(!pane->rotateDialog());
    }
};

QTEST_MAIN(tst_RenewGui)
#include "tst_renew_gui.moc"
