// The SCM pane in the real main window under Xvfb, used as a new user would: sign in through
// the windows, see the live countdowns, connect a provider with the button (the browser played
// over HTTP), disconnect it after the confirmation, the shared ticker stopping while the window
// is minimised or hidden, the timeline strip, a warning from the notifier. Keeps screenshots
// (build/screenshots/scm-pane.png and timeline.png).
#include "AppController.h"
#include "BrowserPlayer.h"
#include "ExpiryNotifier.h"
#include "LoginSession.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "ScmBrowser.h"
#include "ScmConnectFlow.h"
#include "ScmConnectionModel.h"
#include "ScmPane.h"
#include "Screenshot.h"
#include "SignedInApp.h"
#include "Ticker.h"
#include "TimelineWidget.h"
#include "Workspace.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

class tst_ScmGui : public QObject {
    Q_OBJECT
private:
    static constexpr auto save = &saveScreenshotOrFail;

    static QString statusOf(ScmConnectionModel *model, const QString &origin) {
        const int row = model->rowOf(origin);
        return row < 0 ? QString()
                       : model->index(row, ScmConnectionModel::StatusColumn).data().toString();
    }

    // A v1 tenant: SCM tokens expire after their 8 hours (v2: tst_generations_gui).
    SandboxProcess m_sandbox{{QStringLiteral("--platform"), QStringLiteral("v1")}};
    BrowserPlayer m_signInBrowser;
    ScmBrowser m_browser;

private Q_SLOTS:
    void initTestCase() {
        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_signInBrowser), QString());
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }

    void scmPaneAsANewUser() {
        // Sign in through the login window (the window first looks for a saved session: none
        // in a fresh keychain).
        SignedInApp app(m_sandbox, QStringLiteral("TokenDesk-scm-gui-test"),
                        TenantProfile::Generation::V1);
        AppController &controller = app.controller();
        Ticker &ticker = app.ticker();
        Workspace &workspace = app.workspace();
        QSignalSpy userLoaded(&controller, &AppController::userLoaded);
        QString error;
        const bool signedIn = app.signIn(&error);
        QVERIFY2(signedIn && userLoaded.count() == 1,
                 qPrintable(error + QLatin1Char('|') + m_signInBrowser.result().error +
                            QLatin1Char('|') + m_signInBrowser.openedUrl().toString()));
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");

        MainWindow *window = controller.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->resize(1200, 660);
        ScmConnectionModel *model = workspace.scm();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, 15000);
        window->showPane(PaneId::Scm);
        auto *pane = window->findChild<ScmPane *>(QStringLiteral("scmPane"));
        QVERIFY(pane);
        QVERIFY(pane->isVisible());
        QTableView *table = pane->view();

        // The navigation says how many are connected.
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY2(navigation->item(1)->text().contains(QLatin1String("1 of 5")),
                 qPrintable(navigation->item(1)->text()));

        // Live countdowns: the connected GitHub row counts down from just under 6 hours.
        QCOMPARE(statusOf(model, QStringLiteral("github.com")), QStringLiteral("Connected"));
        QCOMPARE(statusOf(model, QStringLiteral("bitbucket.example.com")),
                 QStringLiteral("Expired"));
        const QModelIndex countdown = model->index(model->rowOf(QStringLiteral("github.com")),
                                                   ScmConnectionModel::TimeLeftColumn);
        QVERIFY2(countdown.data().toString().startsWith(QLatin1String("5:59:")),
                 qPrintable(countdown.data().toString()));
        QVERIFY(ticker.isActive());
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 3000); // a real 1 Hz tick
        const auto bottomRight = changed.last().at(1).value<QModelIndex>();
        QCOMPARE(bottomRight.column(), int(ScmConnectionModel::TimeLeftColumn));
        QCOMPARE(changed.last().at(0).value<QModelIndex>().column(),
                 int(ScmConnectionModel::ExpiresColumn));
        save(window, QStringLiteral("scm-pane.png"));
        save(window->timeline(), QStringLiteral("timeline.png"));

        // Only the rows on screen are refreshed: a table two rows high gets two rows.
        table->setFixedHeight(table->horizontalHeader()->height() + 2 * table->rowHeight(0) + 2);
        QApplication::processEvents();
        changed.clear();
        ticker.setActive(false);
        ticker.setActive(true); // ticks at once
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
        QVERIFY(changed.first().at(1).value<QModelIndex>().row() <= 2);
        table->setMinimumHeight(0);
        table->setMaximumHeight(QWIDGETSIZE_MAX);

        // The ticker stops while the window is minimised or hidden, and restarts on showing.
        window->showMinimized();
        QTRY_VERIFY(!ticker.isActive());
        window->showNormal();
        QTRY_VERIFY(ticker.isActive());
        window->hide();
        QVERIFY(!ticker.isActive());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(ticker.isActive());

        // Connect GitLab with its row's button; the browser authorizes on the fake SCM page.
        auto *connectButton =
            table->findChild<QPushButton *>(QStringLiteral("scmAction_gitlab.com"));
        QVERIFY(connectButton);
        QCOMPARE(connectButton->text(), QStringLiteral("Connect"));
        auto *message = pane->findChild<QLabel *>(QStringLiteral("scmMessage"));
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, QStringLiteral("gitlab.com")),
                                  QStringLiteral("Connected"), 30000);
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("Connected to gitlab.com."));
        QCOMPARE(m_browser.callbackStatus(), 200);
        QTRY_VERIFY(navigation->item(1)->text().contains(QLatin1String("2 of 5")));
        QCOMPARE(model->rowOf(QStringLiteral("gitlab.com")), 1); // moved into the connected group

        // Disconnect it: confirm in the question box, then it is not connected again.
        auto *disconnectButton =
            table->findChild<QPushButton *>(QStringLiteral("scmAction_gitlab.com"));
        QVERIFY(disconnectButton);
        QCOMPARE(disconnectButton->text(), QStringLiteral("Disconnect"));
        bool confirmed = false;
        QTimer::singleShot(0, this, [&confirmed] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("scmDisconnectConfirm"));
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == QLatin1String("Disconnect")) {
                    confirmed = true;
                    button->click();
                }
            }
        });
        QTest::mouseClick(disconnectButton, Qt::LeftButton);
        QVERIFY(confirmed);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, QStringLiteral("gitlab.com")),
                                  QStringLiteral("Not connected"), 15000);
        QTRY_COMPARE(message->text(), QStringLiteral("Disconnected from gitlab.com."));

        // A warning from the notifier: 15 minutes before GitHub's token expires, given once;
        // without a tray (Xvfb), the status bar shows it.
        ExpiryNotifier *notifier = window->notifier();
        // Only SCM warnings here: 15 minutes before GitHub's end may fall on another day, when
        // a token expiring within the week is warned about again (once a day) and would take
        // the status bar's place.
        NotificationSettings onlyScm = notifier->settings();
        onlyScm.personalAccessTokens = false;
        onlyScm.loginToken = false;
        notifier->setSettings(onlyScm);
        QSignalSpy warnings(notifier, &ExpiryNotifier::warningGiven);
        const QDateTime githubExpiry =
            model->connectionAt(model->rowOf(QStringLiteral("github.com")))
                .tokens.constLast()
                .expiresAt;
        QDateTime fakeNow = githubExpiry.addSecs(-14 * 60);
        notifier->setClock([&fakeNow] { return fakeNow; });
        int github = 0;
        for (const QList<QVariant> &args : std::as_const(warnings))
            github += args.first().value<ExpiryWarning>().entry.key == QLatin1String("github.com");
        QCOMPARE(github, 1);
        fakeNow = fakeNow.addSecs(60);
        notifier->check();
        github = 0;
        for (const QList<QVariant> &args : std::as_const(warnings))
            github += args.first().value<ExpiryWarning>().entry.key == QLatin1String("github.com");
        QCOMPARE(github, 1);
        QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("github.com")));

        // Clicking a marker on the timeline opens the matching pane.
        window->showPane(PaneId::Tokens);
        window->notifier()->setClock([] { return QDateTime::currentDateTimeUtc(); });
        TimelineWidget *timeline = window->timeline();
        QSignalSpy activated(timeline, &TimelineWidget::entryActivated);
        const QRect githubMarker =
            timeline->entryRect(ExpiryEntry::Kind::ScmToken, QStringLiteral("github.com"));
        QVERIFY(!githubMarker.isEmpty());
        QVERIFY(githubMarker.left() > timeline->width() / 2); // about 6 h along the 8 h axis
        QTest::mouseClick(timeline, Qt::LeftButton, {}, githubMarker.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(pane->isVisible(), true);
        const QRect login =
            timeline->entryRect(ExpiryEntry::Kind::LoginToken, QStringLiteral("login"));
        QVERIFY(!login.isEmpty());
        QVERIFY(login.left() < githubMarker.left());
        QTest::mouseClick(timeline, Qt::LeftButton, {}, login.center());
        QCOMPARE(window->currentPaneId(), PaneId::LoginToken.toString());
        window->close();
    }
};

QTEST_MAIN(tst_ScmGui)
#include "tst_scm_gui.moc"
