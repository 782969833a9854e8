// The notifier's wake-ups: while the shared ticker runs it gives warnings on the ticker's ticks
// and keeps no timer of its own (the idle benchmark counts timer events); while the ticker
// sleeps (window hidden) one single-shot timer is set for the next warning, which then comes.
// The main window's status-bar notices (where warnings go without a tray) expire on ticks too.
#include "AccessTokenModel.h"
#include "ExpiryCollector.h"
#include "ExpiryNotifier.h"
#include "FakeNetworkAccessManager.h"
#include "GraphQlClient.h"
#include "MainWindow.h"
#include "ModerneApi.h"
#include "ScmConnectionModel.h"
#include "Ticker.h"
#include "Workspace.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimeZone>

namespace {
const QDateTime Start(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());
} // namespace

class tst_ExpiryNotifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void warnsOnTickerTicksWithoutOwnTimer() {
        QDateTime now = Start;
        Ticker ticker;
        ticker.setClock([&now] { return now; });
        ExpiryCollector expiries(nullptr, nullptr);
        ExpiryNotifier notifier(&expiries, &ticker, false);
        notifier.setClock([&now] { return now; });
        QSignalSpy warnings(&notifier, &ExpiryNotifier::warningGiven);
        ticker.setActive(true);

        // Login token expiring in 10 minutes: the warning is due 5 minutes before.
        expiries.setLoginToken(Start.addSecs(10 * 60), false);
        QCOMPARE(notifier.nextCheck(), Start.addSecs(5 * 60));
        QVERIFY(!notifier.isTimerActive());
        QCOMPARE(warnings.count(), 0);

        now = Start.addSecs(5 * 60 - 1);
        Q_EMIT ticker.tick(now);
        QCOMPARE(warnings.count(), 0);
        now = Start.addSecs(5 * 60);
        Q_EMIT ticker.tick(now);
        QCOMPARE(warnings.count(), 1);
        QCOMPARE(warnings.first().first().value<ExpiryWarning>().entry.kind,
                 ExpiryEntry::Kind::LoginToken);
        // Given once; nothing else pending, no timer.
        now = now.addSecs(1);
        Q_EMIT ticker.tick(now);
        QCOMPARE(warnings.count(), 1);
        QVERIFY(!notifier.nextCheck().isValid());
        QVERIFY(!notifier.isTimerActive());
    }

    void ownTimerOnlyWhileTickerSleeps() {
        Ticker ticker;
        ExpiryCollector expiries(nullptr, nullptr);
        ExpiryNotifier notifier(&expiries, &ticker, false);
        QSignalSpy warnings(&notifier, &ExpiryNotifier::warningGiven);
        ticker.setActive(true);
        const QDateTime real = QDateTime::currentDateTimeUtc();
        // Due in about 300 ms (5 minutes lead before an expiry 5 min + 300 ms away).
        expiries.setLoginToken(real.addMSecs(5 * 60 * 1000 + 300), false);
        QVERIFY(notifier.nextCheck().isValid());
        QVERIFY(!notifier.isTimerActive());

        ticker.setActive(false); // the window was hidden: the tray must still warn
        QVERIFY(notifier.isTimerActive());
        QTRY_COMPARE_WITH_TIMEOUT(warnings.count(), 1, 5000);
        QVERIFY(!notifier.isTimerActive());

        // A later warning while hidden: the timer is set; showing the window hands over.
        expiries.setLoginToken(real.addSecs(3600), false);
        QVERIFY(notifier.isTimerActive());
        ticker.setActive(true);
        QVERIFY(!notifier.isTimerActive());
        QVERIFY(notifier.nextCheck().isValid());
    }

    void noticeExpiresOnTicks() {
        QDateTime now = Start;
        Ticker ticker;
        ticker.setClock([&now] { return now; });
        FakeNetworkAccessManager network;
        GraphQlClient client(&network);
        Workspace workspace(&client, &ticker);
        PaneContext context;
        context.workspace = &workspace;
        context.ticker = &ticker;
        MainWindow window(context);
        window.showNotice(QStringLiteral("Access token “ci” expires in 3 days"));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Access token “ci” expires in 3 days"));
        now = Start.addSecs(14);
        Q_EMIT ticker.tick(now);
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
        now = Start.addSecs(15);
        Q_EMIT ticker.tick(now);
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
    }

    void withoutTickerUsesOwnTimer() {
        ExpiryCollector expiries(nullptr, nullptr);
        ExpiryNotifier notifier(&expiries, nullptr, false);
        expiries.setLoginToken(QDateTime::currentDateTimeUtc().addSecs(3600), false);
        QVERIFY(notifier.isTimerActive());
    }
};

QTEST_MAIN(tst_ExpiryNotifier)
#include "tst_expiry_notifier.moc"
