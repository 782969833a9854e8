// The notification schedule, driven by a controllable clock: each warning is given once, at its
// lead time before the expiry; PATs once a day within their lead days; the login token not when
// it will be refreshed; settings turn kinds off and change lead times; a renewed token warns again.
#include "ExpiryScheduler.h"

#include "Settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {
const QDateTime Start(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());

ExpiryEntry entry(ExpiryEntry::Kind kind, const QString &key, const QDateTime &expiresAt) {
    ExpiryEntry e;
    e.kind = kind;
    e.key = key;
    e.label = key;
    e.expiresAt = expiresAt;
    return e;
}

QStringList keys(const QList<ExpiryWarning> &warnings) {
    QStringList result;
    for (const ExpiryWarning &w : warnings)
        result << w.entry.key;
    return result;
}
} // namespace

class tst_ExpiryScheduler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // A 7-day token created in this session (7-day lead): the user chose that lifetime moments
    // ago, so no warning in its first day; one a day after that. A token created before the
    // session is warned about at once.
    void tokenCreatedThisSessionIsNotWarnedInItsFirstDay() {
        ExpiryScheduler scheduler;
        scheduler.setSessionStart(Start);
        ExpiryEntry fresh = entry(ExpiryEntry::Kind::PersonalAccessToken, QStringLiteral("fresh"),
                                  Start.addDays(7).addSecs(600));
        fresh.created = Start.addSecs(600);
        ExpiryEntry older = entry(ExpiryEntry::Kind::PersonalAccessToken, QStringLiteral("older"),
                                  Start.addDays(6));
        older.created = Start.addDays(-24);
        const QList<ExpiryEntry> entries{fresh, older};
        QCOMPARE(keys(scheduler.takeDue(entries, Start.addSecs(601))),
                 QStringList{QStringLiteral("older")});
        const std::optional<QDateTime> next = scheduler.nextDue({fresh}, Start.addSecs(601));
        QVERIFY(next);
        QCOMPARE(*next, fresh.created.addDays(1));
        QVERIFY(!keys(scheduler.takeDue(entries, Start.addSecs(3600 * 20)))
                     .contains(QStringLiteral("fresh")));
        QCOMPARE(keys(scheduler.takeDue(entries, fresh.created.addDays(1))),
                 QStringList{QStringLiteral("fresh")});
    }

    // What was given is kept as keys (no values) and restored after a restart: not given again
    // the same day; keys of tokens that have expired are dropped.
    void announcedWarningsAreRestored() {
        const QList<ExpiryEntry> entries{
            entry(ExpiryEntry::Kind::PersonalAccessToken, QStringLiteral("id-1"), Start.addDays(3)),
            entry(ExpiryEntry::Kind::ScmToken, QStringLiteral("github.com"), Start.addSecs(600))};
        ExpiryScheduler first;
        QCOMPARE(first.takeDue(entries, Start).size(), 2);
        const QStringList given = first.announced();
        QCOMPARE(given.size(), 2);
        for (const QString &key : given)
            QVERIFY2(key.contains(QLatin1String("id-1")) || key.contains(QLatin1String("github")),
                     qPrintable(key));

        ExpiryScheduler restarted;
        restarted.restoreAnnounced(given, Start.addSecs(60));
        QVERIFY(restarted.takeDue(entries, Start.addSecs(60)).isEmpty());
        QCOMPARE(restarted.announced(), given);
        // The next day the PAT is due again; the SCM token's key is gone once it expired.
        ExpiryScheduler nextDay;
        nextDay.restoreAnnounced(given, Start.addDays(1));
        QCOMPARE(nextDay.announced().size(), 1);
        QCOMPARE(keys(nextDay.takeDue(entries, Start.addDays(1))),
                 QStringList{QStringLiteral("id-1")});
    }

    void scmTokenWarnsOnceFifteenMinutesBefore() {
        ExpiryScheduler scheduler;
        const QList<ExpiryEntry> entries{
            entry(ExpiryEntry::Kind::ScmToken, QStringLiteral("github.com"), Start.addSecs(3600))};
        QVERIFY(scheduler.takeDue(entries, Start).isEmpty());
        QCOMPARE(scheduler.nextDue(entries, Start), std::optional(Start.addSecs(45 * 60)));
        QVERIFY(scheduler.takeDue(entries, Start.addSecs(45 * 60 - 1)).isEmpty());
        const QList<ExpiryWarning> due = scheduler.takeDue(entries, Start.addSecs(45 * 60));
        QCOMPARE(keys(due), QStringList{QStringLiteral("github.com")});
        QVERIFY2(due.first().title.contains(QLatin1String("github.com")),
                 qPrintable(due.first().title));
        QVERIFY2(due.first().title.contains(QLatin1String("in 15 minute")),
                 qPrintable(due.first().title));
        // Each tick afterwards: nothing more.
        for (int s = 1; s < 15 * 60; s += 7)
            QVERIFY(scheduler.takeDue(entries, Start.addSecs(45 * 60 + s)).isEmpty());
        QVERIFY(!scheduler.nextDue(entries, Start.addSecs(45 * 60 + 1)).has_value());
        // After the expiry, nothing either.
        QVERIFY(scheduler.takeDue(entries, Start.addSecs(2 * 3600)).isEmpty());
    }

    void lateStartWarnsAtOnceButOnlyBeforeExpiry() {
        ExpiryScheduler scheduler;
        const QList<ExpiryEntry> entries{
            entry(ExpiryEntry::Kind::ScmToken, QStringLiteral("soon"), Start.addSecs(5 * 60)),
            entry(ExpiryEntry::Kind::ScmToken, QStringLiteral("gone"), Start.addSecs(-60))};
        QCOMPARE(scheduler.nextDue(entries, Start), std::optional(Start.addMSecs(1)));
        QCOMPARE(keys(scheduler.takeDue(entries, Start)), QStringList{QStringLiteral("soon")});
        QVERIFY(scheduler.takeDue(entries, Start.addSecs(1)).isEmpty());
    }

    void renewedTokenWarnsAgain() {
        ExpiryScheduler scheduler;
        QList<ExpiryEntry> entries{
            entry(ExpiryEntry::Kind::ScmToken, QStringLiteral("github.com"), Start.addSecs(600))};
        QCOMPARE(scheduler.takeDue(entries, Start).size(), 1);
        entries[0].expiresAt = Start.addSecs(8 * 3600); // reconnected
        QVERIFY(scheduler.takeDue(entries, Start.addSecs(60)).isEmpty());
        QCOMPARE(scheduler.nextDue(entries, Start.addSecs(60)),
                 std::optional(Start.addSecs(8 * 3600 - 15 * 60)));
        QCOMPARE(scheduler.takeDue(entries, Start.addSecs(8 * 3600 - 15 * 60)).size(), 1);
    }

    void loginTokenUnlessRefreshed() {
        ExpiryScheduler scheduler;
        ExpiryEntry login =
            entry(ExpiryEntry::Kind::LoginToken, QStringLiteral("login"), Start.addSecs(3600));
        login.willBeRefreshed = true;
        QVERIFY(!scheduler.nextDue({login}, Start).has_value());
        QVERIFY(scheduler.takeDue({login}, Start.addSecs(3590)).isEmpty());
        login.willBeRefreshed = false;
        QCOMPARE(scheduler.nextDue({login}, Start), std::optional(Start.addSecs(55 * 60)));
        QVERIFY(scheduler.takeDue({login}, Start.addSecs(55 * 60 - 1)).isEmpty());
        const auto due = scheduler.takeDue({login}, Start.addSecs(55 * 60));
        QCOMPARE(due.size(), 1);
        QVERIFY(due.first().title.contains(QLatin1String("login token")));
        QVERIFY(scheduler.takeDue({login}, Start.addSecs(56 * 60)).isEmpty());
    }

    void personalAccessTokenOnceADayWithinSevenDays() {
        ExpiryScheduler scheduler;
        // Local midnight-based days: start at local noon.
        const QDateTime noon(QDate(2026, 11, 22), QTime(12, 0));
        const QList<ExpiryEntry> entries{
            entry(ExpiryEntry::Kind::PersonalAccessToken, QStringLiteral("pat"), noon.addDays(10))};
        QCOMPARE(scheduler.nextDue(entries, noon), std::optional(noon.addDays(3)));
        int given = 0;
        // Walk the clock in 30-minute steps over 11 days, like a timer would.
        QList<QDate> days;
        for (QDateTime now = noon; now < noon.addDays(11); now = now.addSecs(1800)) {
            const auto due = scheduler.takeDue(entries, now);
            given += int(due.size());
            if (!due.isEmpty())
                days << now.date();
        }
        // From day 3 at noon to the expiry at noon on day 10: one warning on each of those
        // 8 calendar days (the first at noon, the others at midnight).
        QCOMPARE(given, 8);
        QCOMPARE(days.first(), noon.date().addDays(3));
        QCOMPARE(days.last(), noon.date().addDays(10));
        QCOMPARE(QSet<QDate>(days.begin(), days.end()).size(), 8);
        // After today's warning, the next is at tomorrow's start.
        ExpiryScheduler fresh;
        QCOMPARE(fresh.takeDue(entries, noon.addDays(4)).size(), 1);
        QCOMPARE(fresh.nextDue(entries, noon.addDays(4)),
                 std::optional(QDateTime(noon.date().addDays(5), QTime(0, 0))));
    }

    void settingsTurnKindsOffAndChangeLeadTimes() {
        ExpiryScheduler scheduler;
        NotificationSettings settings;
        settings.scmTokens = false;
        settings.loginLeadMinutes = 10;
        scheduler.setSettings(settings);
        const QList<ExpiryEntry> entries{
            entry(ExpiryEntry::Kind::ScmToken, QStringLiteral("github.com"), Start.addSecs(60)),
            entry(ExpiryEntry::Kind::LoginToken, QStringLiteral("login"), Start.addSecs(9 * 60))};
        QCOMPARE(keys(scheduler.takeDue(entries, Start)), QStringList{QStringLiteral("login")});

        settings.scmLeadMinutes = 30;
        settings.scmTokens = true;
        scheduler.setSettings(settings);
        QCOMPARE(scheduler.warnFrom(entries.first()), Start.addSecs(60 - 30 * 60));
    }

    void settingsRoundTripUnderNotificationsGroup() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        NotificationSettings s;
        s.scmLeadMinutes = 30;
        s.personalAccessTokens = false;
        {
            Settings written(file);
            written.setNotifications(s);
        }
        const QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("notifications/scmLeadMinutes")).toInt(), 30);
        const NotificationSettings loaded = Settings(file).notifications();
        QCOMPARE(loaded.scmLeadMinutes, 30);
        QCOMPARE(loaded.personalAccessTokens, false);
        QCOMPARE(loaded.loginLeadMinutes, 5);
        QCOMPARE(loaded.patLeadDays, 7);
    }
};

QTEST_GUILESS_MAIN(tst_ExpiryScheduler)
#include "tst_expiry_scheduler.moc"
