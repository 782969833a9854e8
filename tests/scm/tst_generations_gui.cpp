// The platform's two generations, end to end in the real window against two sandboxes (one
// started with --platform v1, one with v2), each tenant profile saying which it is on: the
// 14-day banner present on v1 and absent on v2; SCM rows and warnings at and after the end of
// the countdown (v1: an expiry, warned about, then "Connect again"; v2: a renewal the platform
// does, never an alarm); v2's "Connect again" for an invalid connection sending exactly one
// revokeScmToken, then one initiateAuthorization; the role drift shown after a role change.
// Keeps screenshots of the SCM pane on each generation (build/screenshots/scm-pane-v1.png, -v2).
#include "AppController.h"
#include "BrowserPlayer.h"
#include "ExpiryNotifier.h"
#include "LoginTokenPane.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "ScmBrowser.h"
#include "ScmConnectionModel.h"
#include "ScmPane.h"
#include "Screenshot.h"
#include "SignedInApp.h"
#include "TimeFormat.h"
#include "TokensPane.h"

#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using Generation = TenantProfile::Generation;

class tst_GenerationsGui : public QObject {
    Q_OBJECT
private:
    SandboxProcess m_v1{{QStringLiteral("--platform"), QStringLiteral("v1")}};
    SandboxProcess m_v2{{QStringLiteral("--platform"), QStringLiteral("v2")}};
    BrowserPlayer m_signInBrowser;
    ScmBrowser m_scmBrowser;
    std::unique_ptr<SignedInApp> m_appV1;
    std::unique_ptr<SignedInApp> m_appV2;

    static void save(QWidget *widget, const QString &name) {
        QVERIFY2(saveScreenshot(widget, name), qPrintable(name));
    }

    SignedInApp &app(Generation generation) {
        return generation == Generation::V1 ? *m_appV1 : *m_appV2;
    }
    SandboxProcess &sandbox(Generation generation) {
        return generation == Generation::V1 ? m_v1 : m_v2;
    }

    static QString cell(ScmConnectionModel *model, const QString &origin, int column,
                        int role = Qt::DisplayRole) {
        const int row = model->rowOf(origin);
        return row < 0 ? QString() : model->index(row, column).data(role).toString();
    }

    // Reloads the SCM list and waits for it.
    static bool reload(ScmConnectionModel *model) {
        QSignalSpy loaded(model, &ScmConnectionModel::loaded);
        model->reload();
        return loaded.wait(15000);
    }

    // Makes github.com's SCM credential run out in `seconds`, reads the SCM list again and shows
    // the SCM pane.
    bool expireGithubIn(Generation generation, int seconds) {
        const QString path =
            QStringLiteral("scm-expire?username=admin&origin=github.com&inSeconds=%1").arg(seconds);
        SignedInApp &signedIn = app(generation);
        if (!sandbox(generation).admin(path) || !reload(signedIn.workspace().scm()))
            return false;
        signedIn.mainWindow()->showPane(PaneId::Scm);
        return true;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_v2.logOperations();
        QVERIFY2(m_v1.start(&error), qPrintable(error));
        QVERIFY2(m_v2.start(&error), qPrintable(error));
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_signInBrowser, "openUrl");
        m_appV1 = std::make_unique<SignedInApp>(m_v1, QStringLiteral("TokenDesk-generations-v1"),
                                                Generation::V1);
        QVERIFY2(m_appV1->signIn(&error), qPrintable(error));
        m_appV2 = std::make_unique<SignedInApp>(m_v2, QStringLiteral("TokenDesk-generations-v2"),
                                                Generation::V2);
        QVERIFY2(m_appV2->signIn(&error), qPrintable(error));
        for (SignedInApp *signedIn : {m_appV1.get(), m_appV2.get()}) {
            signedIn->mainWindow()->resize(1100, 650);
            signedIn->mainWindow()->pane<ScmPane>()->setConfirmDisconnect(false);
        }
    }

    void cleanupTestCase() {
        m_appV1.reset();
        m_appV2.reset();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void statusBarNamesTheGeneration_data() {
        QTest::addColumn<Generation>("generation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("v1") << Generation::V1 << QStringLiteral("(platform v1)");
        QTest::newRow("v2") << Generation::V2 << QStringLiteral("(platform v2)");
    }

    void statusBarNamesTheGeneration() {
        QFETCH(Generation, generation);
        QFETCH(QString, expected);
        const QString status = app(generation).mainWindow()->statusText();
        QVERIFY2(status.contains(expected), qPrintable(status));
    }

    // v1: an administrator's tokens work only while the administrator signed in within 14
    // days, with the date it lapses; v2 removed the rule, and the banner with it.
    void adminBannerOnlyOnV1() {
        TokensPane *v1 = app(Generation::V1).mainWindow()->pane<TokensPane>();
        QVERIFY(v1->isAdminView());
        QVERIFY2(v1->bannerText().contains(QLatin1String("14 day")), qPrintable(v1->bannerText()));
        QVERIFY(v1->adminLapse().isValid());
        QVERIFY2(v1->bannerText().contains(TimeFormat::exact(v1->adminLapse())),
                 qPrintable(v1->bannerText()));
        TokensPane *v2 = app(Generation::V2).mainWindow()->pane<TokensPane>();
        QVERIFY(v2->isAdminView());
        QVERIFY2(v2->bannerText().isEmpty(), qPrintable(v2->bannerText()));
    }

    // v1: the end of the countdown is an expiry — amber before, warned about, red after, and
    // "Connect again".
    void v1ScmTokenExpires() {
        ScmConnectionModel *model = app(Generation::V1).workspace().scm();
        const QString github = QStringLiteral("github.com");
        QSignalSpy warnings(app(Generation::V1).mainWindow()->notifier(),
                            &ExpiryNotifier::warningGiven);
        QVERIFY(expireGithubIn(Generation::V1, 4));
        QCOMPARE(cell(model, github, ScmConnectionModel::StatusColumn),
                 QStringLiteral("Connected"));
        QCOMPARE(model->index(model->rowOf(github), ScmConnectionModel::TimeLeftColumn)
                     .data(ScmConnectionModel::ToneRole)
                     .value<ExpiryState>(),
                 ExpiryState::Soon);
        // Within the warning's lead time: warned about, once.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(warnings.cbegin(), warnings.cend(),
                        [&](const QList<QVariant> &args) {
                            const auto warning = args.constFirst().value<ExpiryWarning>();
                            return warning.entry.kind == ExpiryEntry::Kind::ScmToken &&
                                   warning.entry.key == github;
                        }),
            5000);
        // After the end: expired, red, and its button connects again.
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, github, ScmConnectionModel::StatusColumn),
                                  QStringLiteral("Expired"), 10000);
        QCOMPARE(cell(model, github, ScmConnectionModel::TimeLeftColumn),
                 QStringLiteral("Expired"));
        QCOMPARE(
            cell(model, github, ScmConnectionModel::ActionColumn, ScmConnectionModel::ActionRole),
            QStringLiteral("Connect again"));
        QCOMPARE(model->index(model->rowOf(github), ScmConnectionModel::StatusColumn)
                     .data(ScmConnectionModel::ToneRole)
                     .value<ExpiryState>(),
                 ExpiryState::Expired);
        // A read does not bring it back: v1 lets it expire.
        QVERIFY(reload(model));
        QCOMPARE(cell(model, github, ScmConnectionModel::StatusColumn), QStringLiteral("Expired"));
        save(app(Generation::V1).mainWindow(), QStringLiteral("scm-pane-v1.png"));
    }

    // v2: the end of the countdown is the renewal the platform does on the next read: no
    // warning, no red, and the row shows the renewed credential.
    void v2ScmCredentialIsRenewed() {
        MainWindow *window = app(Generation::V2).mainWindow();
        ScmConnectionModel *model = app(Generation::V2).workspace().scm();
        const QString github = QStringLiteral("github.com");
        QSignalSpy warnings(window->notifier(), &ExpiryNotifier::warningGiven);
        QVERIFY(expireGithubIn(Generation::V2, 3));
        const int row = model->rowOf(github);
        const QDateTime due =
            model->index(row, 0).data(ScmConnectionModel::ExpiresAtRole).toDateTime();
        QCOMPARE(cell(model, github, ScmConnectionModel::StatusColumn),
                 QStringLiteral("Connected"));
        QVERIFY(!model->index(row, ScmConnectionModel::TimeLeftColumn)
                     .data(ScmConnectionModel::ToneRole)
                     .isValid());
        QVERIFY2(cell(model, github, ScmConnectionModel::ExpiresColumn)
                     .startsWith(QLatin1String("auto-renews ")),
                 qPrintable(cell(model, github, ScmConnectionModel::ExpiresColumn)));
        QCOMPARE(
            model->headerData(ScmConnectionModel::TimeLeftColumn, Qt::Horizontal, Qt::DisplayRole)
                .toString(),
            QStringLiteral("Until renewal"));
        // At zero the model reads the list again, and the platform has renewed it.
        QSignalSpy renewal(model, &ScmConnectionModel::renewalDue);
        QTRY_VERIFY_WITH_TIMEOUT(model->index(model->rowOf(github), 0)
                                         .data(ScmConnectionModel::ExpiresAtRole)
                                         .toDateTime() > due.addSecs(3600),
                                 15000);
        QCOMPARE(renewal.count(), 1);
        QCOMPARE(cell(model, github, ScmConnectionModel::StatusColumn),
                 QStringLiteral("Connected"));
        for (const QList<QVariant> &args : std::as_const(warnings))
            QVERIFY(args.constFirst().value<ExpiryWarning>().entry.kind !=
                    ExpiryEntry::Kind::ScmToken);
        save(window, QStringLiteral("scm-pane-v2.png"));
    }

    // v2: an invalid connection's only fix is Disconnect then Connect, offered as one action.
    void v2ConnectAgainDisconnectsThenConnects() {
        SignedInApp &signedIn = app(Generation::V2);
        MainWindow *window = signedIn.mainWindow();
        ScmConnectionModel *model = signedIn.workspace().scm();
        const QString origin = QStringLiteral("bitbucket.example.com");
        QVERIFY(reload(model));
        window->showPane(PaneId::Scm);
        QCOMPARE(cell(model, origin, ScmConnectionModel::StatusColumn), QStringLiteral("Invalid"));
        auto *button = window->pane<ScmPane>()->view()->findChild<QPushButton *>(
            QStringLiteral("scmAction_") + origin);
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Connect again"));

        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_scmBrowser, "openUrl");
        m_scmBrowser.reset();
        const qsizetype before = sandbox(Generation::V2).loggedOperationNames().size();
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, origin, ScmConnectionModel::StatusColumn),
                                  QStringLiteral("Connected"), 30000);
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_signInBrowser, "openUrl");
        QCOMPARE(m_scmBrowser.callbackStatus(), 200);
        QStringList writes;
        for (const QString &name : sandbox(Generation::V2).loggedOperationNames().mid(before))
            if (name == QLatin1String("RevokeScmToken") ||
                name == QLatin1String("InitiateAuthorization") ||
                name == QLatin1String("ExchangeAuthorizationCode"))
                writes << name;
        QCOMPARE(writes, (QStringList{QStringLiteral("RevokeScmToken"),
                                      QStringLiteral("InitiateAuthorization"),
                                      QStringLiteral("ExchangeAuthorizationCode")}));
    }

    // The login token keeps the roles it was issued with; the API reports the current role.
    // After a role change the inspector says so (found on Refresh).
    void roleDriftIsShown() {
        SignedInApp &signedIn = app(Generation::V2);
        MainWindow *window = signedIn.mainWindow();
        LoginTokenPane *inspector = window->loginTokenPane();
        QVERIFY(!inspector->roleDrift());
        QVERIFY(sandbox(Generation::V2).admin(QStringLiteral("set-role?username=admin&role=USER")));
        QMetaObject::invokeMethod(window, "refreshRequested");
        QTRY_VERIFY_WITH_TIMEOUT(inspector->roleDrift(), 15000);
        window->showPane(PaneId::LoginToken);
        auto *roles = inspector->findChild<QLabel *>(QStringLiteral("roleOrigin"));
        QVERIFY2(roles->text().contains(QLatin1String("Your role changed since this token was "
                                                      "issued")),
                 qPrintable(roles->text()));
        QVERIFY2(window->statusText().contains(QLatin1String("USER")),
                 qPrintable(window->statusText()));
        // The picture shows the roles paragraph: scroll the pane to it.
        for (QWidget *up = roles->parentWidget(); up; up = up->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(up)) {
                scroll->ensureWidgetVisible(roles);
                break;
            }
        }
        save(window, QStringLiteral("role-drift.png"));
        QVERIFY(
            sandbox(Generation::V2).admin(QStringLiteral("set-role?username=admin&role=ADMIN")));
        QMetaObject::invokeMethod(window, "refreshRequested");
        QTRY_VERIFY_WITH_TIMEOUT(!inspector->roleDrift(), 15000);
    }
};

QTEST_MAIN(tst_GenerationsGui)
#include "tst_generations_gui.moc"
