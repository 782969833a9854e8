// Which tenant, which user — unmistakable (issue 16), in the real windows against two sandboxes:
// after switching by Ctrl+Alt+N, by "Switch to this tenant" in the Tenants dialog, by a personal
// access token sign-in and by a restore, the title, the tenant combo and the Tenant menu's mark
// agree; OK in the Tenants dialog never switches; notices and messages go with the tenant or user
// they were raised under; destructive confirmations name the tenant.
#include "AccessTokenModel.h"
#include "AppController.h"
#include "BrowserPlayer.h"
#include "ExpiryNotifier.h"
#include "LoginSession.h"
#include "LoginWindow.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "SandboxProcess.h"
#include "ScmPane.h"
#include "Screenshot.h"
#include "Session.h"
#include "SignedInApi.h"
#include "SignedInApp.h"
#include "TenantsDialog.h"
#include "TokensPane.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

class tst_TenantIdentityGui : public QObject {
    Q_OBJECT
private:
    SandboxProcess m_a;
    SandboxProcess m_b;
    BrowserPlayer m_browser;
    std::unique_ptr<SignedInApp> m_app;

    TenantProfile profileA() const { return m_a.profile(QStringLiteral("Sandbox A")); }
    TenantProfile profileB() const { return m_b.profile(QStringLiteral("Sandbox B")); }

    MainWindow *window() const { return m_app->mainWindow(); }

    // Ctrl+Alt+<digit> in the main window, once it is the active window (false if it never is).
    bool pressTenantShortcut(Qt::Key digit) {
        window()->activateWindow();
        if (!QTest::qWaitForWindowActive(window()))
            return false;
        QTest::keyClick(window(), digit, Qt::ControlModifier | Qt::AltModifier);
        return true;
    }
    LoginWindow *login() const { return m_app->controller().loginWindow(); }

    // What the title, the combo and the Tenant menu's checked entry say; "" when all three say
    // `name`, else what differs.
    QString disagreement(const QString &name) const {
        QStringList problems;
        if (!window()->windowTitle().contains(name))
            problems << QStringLiteral("title '%1'").arg(window()->windowTitle());
        auto *combo = window()->findChild<QComboBox *>(QStringLiteral("tenantCombo"));
        if (!combo || combo->currentText() != name)
            problems << QStringLiteral("combo '%1'").arg(combo ? combo->currentText() : QString());
        auto *menu = window()->findChild<QMenu *>(QStringLiteral("tenantMenu"));
        QStringList checked;
        for (QAction *action : menu->actions()) {
            if (action->isCheckable() && action->isChecked())
                checked << action->text();
        }
        if (checked != QStringList{name})
            problems << QStringLiteral("menu marks '%1'").arg(checked.join(QLatin1Char(',')));
        if (m_app->workspace().session()->tenant().displayName != name)
            problems << QStringLiteral("session '%1'")
                            .arg(m_app->workspace().session()->tenant().displayName);
        return problems.join(QStringLiteral("; "));
    }

    // Waits until the login window offers "Sign in", then signs in through the browser.
    bool signInThroughTheLoginWindow() {
        auto *button = login()->findChild<QPushButton *>(QStringLiteral("signInButton"));
        auto *waiting = login()->findChild<QWidget *>(QStringLiteral("waitingPanel"));
        if (!QTest::qWaitFor(
                [&] { return button->isEnabled() && button->isVisible() && !waiting->isVisible(); },
                20000))
            return false;
        QSignalSpy loaded(&m_app->controller(), &AppController::userLoaded);
        QTest::mouseClick(button, Qt::LeftButton);
        return QTest::qWaitFor([&] { return loaded.count() > 0; }, 30000) &&
               QTest::qWaitForWindowExposed(window());
    }

    // Every message banner in the main window, and the status bar's message, that is showing.
    QStringList shownNotices() const {
        QStringList shown;
        for (MessageBanner *banner : window()->findChildren<MessageBanner *>()) {
            if (!banner->message().isEmpty())
                shown << banner->objectName() + QLatin1Char('=') + banner->message();
        }
        if (const QString status = window()->statusBar()->currentMessage(); !status.isEmpty())
            shown << QStringLiteral("status bar=") + status;
        return shown;
    }

    void raiseNotices() {
        window()->showNotice(QStringLiteral("Connected to gitlab.com."));
        auto *tokens = window()->findChild<MessageBanner *>(QStringLiteral("tokensStatusMessage"));
        tokens->showError(QStringLiteral("The token could not be created: 502 Bad Gateway"));
        auto *scm = window()->findChild<MessageBanner *>(QStringLiteral("scmMessage"));
        scm->showSuccess(QStringLiteral("Revoked all tokens of user@moderne.example."));
        QCOMPARE(shownNotices().size(), 3);
    }

private Q_SLOTS:
    void initTestCase() {
        QSettings().clear();
        QCOMPARE(startSandboxWithBrowser(m_a, m_browser), QString());
        QString error;
        QVERIFY2(m_b.start(&error), qPrintable(error));
        m_app = std::make_unique<SignedInApp>(m_a, QStringLiteral("TokenDesk-tenant-identity"));
        m_app->controller().setProfiles({profileA(), profileB()}, 0);
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(login()));
        QVERIFY(signInThroughTheLoginWindow());
        QCOMPARE(disagreement(QStringLiteral("Sandbox A")), QString());
    }

    void cleanupTestCase() {
        if (m_app) {
            // Both tenants' sessions out of the keychain.
            for (int row : {1, 0}) {
                m_app->controller().switchTenant(row);
                (void)QTest::qWaitFor(
                    [&] {
                        return m_app->session().state() == LoginSession::State::SignedIn ||
                               m_app->session().state() == LoginSession::State::SignedOut;
                    },
                    15000);
                m_app->session().signOut();
            }
        }
        m_app.reset();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    // Ctrl+Alt+2 to B (signed in there with a personal access token), "Switch to this tenant" to
    // A (restored from the keychain), Ctrl+Alt+2 to B again (restored), then a new launch
    // (restored at start): after each, all three agree.
    void titleComboAndMenuAgreeAfterEverySwitch() {
        // A personal access token of B's user, made outside the app.
        QByteArray pat;
        {
            SignedInApi maker(QStringLiteral("TokenDesk-tenant-identity-maker"));
            QCOMPARE(maker.signIn(m_b, m_browser, QStringLiteral("user"),
                                  QStringLiteral("user-password")),
                     QString());
            const auto created = awaitApi<CreatedAccessToken>([&](auto done) {
                maker.api.tokens()->create(QStringLiteral("tenant identity"), std::nullopt, this,
                                           done);
            });
            QVERIFY(!created.error);
            pat = created.value->value;
            maker.session.signOut();
        }
        m_browser.reset();

        // Ctrl+Alt+2: B, nothing stored there: the login window, for B.
        QVERIFY(pressTenantShortcut(Qt::Key_2));
        QTRY_VERIFY(login()->isVisible());
        QCOMPARE(disagreement(QStringLiteral("Sandbox B")), QString());
        auto *loginCombo = login()->findChild<QComboBox *>();
        if (loginCombo)
            QCOMPARE(loginCombo->currentText(), QStringLiteral("Sandbox B"));
        auto *button = login()->findChild<QPushButton *>(QStringLiteral("signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);

        // A personal access token sign-in on B.
        QSignalSpy loaded(&m_app->controller(), &AppController::userLoaded);
        login()
            ->findChild<QLabel *>(QStringLiteral("patLink"))
            ->linkActivated(QStringLiteral("#pat"));
        login()->findChild<QLineEdit *>(QStringLiteral("patEdit"))->setText(QString::fromUtf8(pat));
        QTest::mouseClick(login()->findChild<QPushButton *>(QStringLiteral("patSignInButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QVERIFY(window()->statusText().contains(QStringLiteral("user@moderne.example")));
        QCOMPARE(disagreement(QStringLiteral("Sandbox B")), QString());
        saveScreenshotOrFail(window(), QStringLiteral("tenant-b-after-pat.png"));

        // The Tenants dialog: select A, "Switch to this tenant": A's session is restored.
        m_app->controller().manageTenants();
        TenantsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<TenantsDialog *>()) && dialog->isVisible());
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("tenantList"));
        auto *switchButton = dialog->findChild<QPushButton *>(QStringLiteral("switchTenantButton"));
        QVERIFY(switchButton);
        QCOMPARE(list->currentRow(), 1);
        QVERIFY(!switchButton->isEnabled()); // B is in use
        list->setCurrentRow(0);
        QVERIFY(switchButton->isEnabled());
        saveScreenshotOrFail(dialog, QStringLiteral("tenants-dialog-switch.png"));
        loaded.clear();
        QTest::mouseClick(switchButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QVERIFY(m_browser.openedUrl().isEmpty()); // restored, not signed in again
        QVERIFY(window()->statusText().contains(QStringLiteral("admin@moderne.example")));
        QCOMPARE(disagreement(QStringLiteral("Sandbox A")), QString());

        // Ctrl+Alt+2 again: B's PAT session is restored from the keychain.
        loaded.clear();
        QVERIFY(pressTenantShortcut(Qt::Key_2));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QVERIFY(window()->statusText().contains(QStringLiteral("user@moderne.example")));
        QCOMPARE(disagreement(QStringLiteral("Sandbox B")), QString());

        // Ctrl+Alt+1 back to A, then a new launch restores the last tenant (A) at start.
        loaded.clear();
        QVERIFY(pressTenantShortcut(Qt::Key_1));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QCOMPARE(disagreement(QStringLiteral("Sandbox A")), QString());
        m_app = std::make_unique<SignedInApp>(m_a, QStringLiteral("TokenDesk-tenant-identity"));
        m_app->controller().setProfiles({profileA(), profileB()}, 0);
        QSignalSpy restored(&m_app->controller(), &AppController::userLoaded);
        m_app->start();
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 20000);
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QCOMPARE(disagreement(QStringLiteral("Sandbox A")), QString());
    }

    // OK keeps the edited list (a renamed tenant, an added one) and stays on the tenant in use,
    // signed in, with the main window shown.
    void okInTheTenantsDialogDoesNotSwitch() {
        QCOMPARE(disagreement(QStringLiteral("Sandbox A")), QString());
        m_app->controller().manageTenants();
        TenantsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<TenantsDialog *>()) && dialog->isVisible());
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("tenantList"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("tenantName"));
        // Rename B, add C: the last row edited is selected when OK is pressed.
        list->setCurrentRow(1);
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Sandbox B renamed"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addTenantButton")),
                          Qt::LeftButton);
        TenantProfile c = profileB();
        c.clientId = QStringLiteral("another-client");
        name->setText(QStringLiteral("Sandbox C"));
        dialog->findChild<QLineEdit *>(QStringLiteral("tenantIssuer"))
            ->setText(c.issuer.toString());
        dialog->findChild<QLineEdit *>(QStringLiteral("tenantApiUrl"))
            ->setText(c.apiUrl.toString());
        dialog->findChild<QLineEdit *>(QStringLiteral("tenantClientId"))->setText(c.clientId);
        QCOMPARE(list->currentRow(), 2);
        QSignalSpy tenantChanged(m_app->workspace().session(), &Session::identityChanged);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!dialog->isVisible());
        QTest::qWait(200);
        QCOMPARE(tenantChanged.count(), 0);
        QCOMPARE(m_app->controller().profiles().size(), 3);
        QCOMPARE(m_app->controller().profiles().at(1).displayName,
                 QStringLiteral("Sandbox B renamed"));
        QVERIFY(m_app->workspace().session()->isSignedIn());
        QVERIFY(window()->isVisible());
        QVERIFY(!login()->isVisible());
        QCOMPARE(disagreement(QStringLiteral("Sandbox A")), QString());
        auto *combo = window()->findChild<QComboBox *>(QStringLiteral("tenantCombo"));
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(1), QStringLiteral("Sandbox B renamed"));
        // Back to two tenants (the later tests switch by row).
        m_app->controller().setProfiles({profileA(), profileB()}, 0);
        QCOMPARE(disagreement(QStringLiteral("Sandbox A")), QString());
    }

    // A notice raised under one tenant or user is gone after switching tenant, and after
    // another user signs in.
    void noticesGoWithTheTenantAndTheUser() {
        QCOMPARE(disagreement(QStringLiteral("Sandbox A")), QString());
        raiseNotices();
        QSignalSpy loaded(&m_app->controller(), &AppController::userLoaded);
        m_app->controller().switchTenant(1);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000); // B's session restored
        QCOMPARE(shownNotices(), QStringList());

        // Another user on the same tenant: B's user signs out, the admin signs in.
        raiseNotices();
        m_app->controller().signOut();
        m_browser.reset();
        m_browser.setCredentials(QStringLiteral("admin"), QStringLiteral("admin-password"));
        QVERIFY(signInThroughTheLoginWindow());
        QVERIFY(window()->statusText().contains(QStringLiteral("admin@moderne.example")));
        QCOMPARE(shownNotices(), QStringList());
        QCOMPARE(disagreement(QStringLiteral("Sandbox B")), QString());
    }

    // Revoke (and revoke all, in the admin pane) and disconnect confirm with the tenant's name
    // and host.
    void destructiveConfirmationsNameTheTenant() {
        QCOMPARE(disagreement(QStringLiteral("Sandbox B")), QString());
        const QString host = profileB().apiUrl.host();
        auto *pane = window()->pane<TokensPane>();
        QVERIFY(window()->showPane(PaneId::Tokens));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->workspace().tokens()->rowCount() > 0, 15000);
        auto *table = pane->findChild<QTableView *>(QStringLiteral("tokenTable"));
        table->selectRow(0);
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                          Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = pane->findChild<QMessageBox *>(QStringLiteral("revokeConfirm"))));
        const QString said = box->text() + QLatin1Char('\n') + box->informativeText();
        QVERIFY2(said.contains(QStringLiteral("Tenant: Sandbox B (%1)").arg(host)),
                 qPrintable(said));
        box->reject();

        // Desktop warnings name it as well.
        QCOMPARE(window()->notifier()->tenantName(), QStringLiteral("Sandbox B (%1)").arg(host));

        // Disconnect (a modal question): read it, then cancel; nothing is disconnected.
        auto *scm = window()->pane<ScmPane>();
        QVERIFY(window()->showPane(PaneId::Scm));
        QString asked;
        QTimer::singleShot(200, this, [&asked] {
            if (auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = question->text() + QLatin1Char('\n') + question->informativeText();
                question->reject();
            }
        });
        scm->disconnectOrigin(QStringLiteral("https://github.com"));
        QVERIFY2(asked.contains(QStringLiteral("Tenant: Sandbox B (%1)").arg(host)),
                 qPrintable(asked));
    }
};

QTEST_MAIN(tst_TenantIdentityGui)
#include "tst_tenant_identity_gui.moc"
