// Opening a pane that reads data when shown (Activity, Hygiene board): its first request is
// written out before the page is switched, laid out and painted. Qt's network thread asks for a
// request's body through the main thread's event loop, so a first layout and paint done before
// would hold the request back from the server (the first rows came 5-8 ms later). The switch
// waits for that at most briefly, and a pane chosen meanwhile wins.
#include "FakeNetworkAccessManager.h"
#include "GraphQlClient.h"
#include "MainWindow.h"
#include "PaneRegistry.h"
#include "Session.h"
#include "ShownWindow.h"
#include "Ticker.h"
#include "Translations.h"
#include "Workspace.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_PaneSwitchGui : public QObject {
    Q_OBJECT

    struct Admin {
        FakeNetworkAccessManager network;
        GraphQlClient client{&network};
        Ticker ticker;
        Workspace workspace{&client, &ticker};
        PaneContext context;
        std::unique_ptr<MainWindow> window;

        Admin() {
            client.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9/graphql")));
            client.setReadRetries(0, 0);
            client.setAfterBodiesCap(60000); // only the bodies end the wait here
            // Every request hangs: what matters is when each is written out.
            network.setHandler([](const FakeNetworkAccessManager::Recorded &) {
                FakeNetworkAccessManager::Response response;
                response.hang = true;
                return response;
            });
            context.workspace = &workspace;
            context.ticker = &ticker;
            window = std::make_unique<MainWindow>(context);
            workspace.session()->signIn(CurrentUser{QStringLiteral("admin@moderne.example"),
                                                    QStringLiteral("admin"),
                                                    QStringLiteral("ADMIN"), std::nullopt},
                                        Session::Credential::LoginToken, {}, {});
        }
        // The operations sent so far (their bodies read or not).
        int sent(const QString &operation) const {
            int count = 0;
            for (const auto &request : network.requests())
                count += QJsonDocument::fromJson(request.body)
                             .object()
                             .value(QLatin1String("operationName"))
                             .toString() == operation;
            return count;
        }
    };

private Q_SLOTS:
    void initTestCase() { Translations::install(qApp, QLocale(QStringLiteral("en"))); }

    void thePageSwitchesOnceTheFirstRequestIsWrittenOut_data() {
        QTest::addColumn<QString>("pane");
        QTest::addColumn<QString>("operation");
        QTest::newRow("activity") << PaneId::Activity.toString() << QStringLiteral("AuditLogs");
        QTest::newRow("hygiene") << PaneId::Hygiene.toString() << QStringLiteral("UsersWithTokens");
    }
    void thePageSwitchesOnceTheFirstRequestIsWrittenOut() {
        QFETCH(QString, pane);
        QFETCH(QString, operation);
        Admin admin;
        QVERIFY(shownAt(*admin.window, QSize(980, 650)));
        const QString before = admin.window->currentPaneId();
        QVERIFY(before != pane);
        admin.network.releaseBodies(); // whatever the window read at first
        admin.network.setHoldBodies(true);
        QVERIFY(admin.window->showPane(pane));
        QCoreApplication::processEvents();
        // Asked for, not written out yet: still the page before.
        QCOMPARE(admin.window->currentPaneId(), before);
        QVERIFY(admin.network.releaseBodies() >= 1);
        QCOMPARE(admin.sent(operation), 1);
        QTRY_COMPARE_WITH_TIMEOUT(admin.window->currentPaneId(), pane, 1000);
        // Shown: not read a second time.
        QTest::qWait(50);
        admin.network.releaseBodies();
        QCOMPARE(admin.sent(operation), 1);
        // Shown again later: at once, nothing read again.
        QVERIFY(admin.window->showPane(before));
        QCOMPARE(admin.window->currentPaneId(), before);
        QVERIFY(admin.window->showPane(pane));
        QCOMPARE(admin.window->currentPaneId(), pane);
    }

    // Another pane chosen while the first request is on its way: that one stays.
    void aPaneChosenMeanwhileWins() {
        Admin admin;
        QVERIFY(shownAt(*admin.window, QSize(980, 650)));
        const QString before = admin.window->currentPaneId();
        admin.network.releaseBodies();
        admin.network.setHoldBodies(true);
        QVERIFY(admin.window->showPane(PaneId::Activity));
        QCOMPARE(admin.window->currentPaneId(), before);
        QVERIFY(admin.window->showPane(PaneId::Tokens));
        QCOMPARE(admin.window->currentPaneId(), PaneId::Tokens.toString());
        admin.network.releaseBodies();
        QTest::qWait(50);
        QCOMPARE(admin.window->currentPaneId(), PaneId::Tokens.toString());
    }

    // A body that is not asked for (a connection still being made): shown after the cap.
    void theSwitchWaitsBriefly() {
        Admin admin;
        admin.client.setAfterBodiesCap(50);
        QVERIFY(shownAt(*admin.window, QSize(980, 650)));
        admin.network.releaseBodies();
        admin.network.setHoldBodies(true);
        QVERIFY(admin.window->showPane(PaneId::Activity));
        QTRY_COMPARE_WITH_TIMEOUT(admin.window->currentPaneId(), PaneId::Activity.toString(), 2000);
    }
};

QTEST_MAIN(tst_PaneSwitchGui)
#include "tst_pane_switch_gui.moc"
