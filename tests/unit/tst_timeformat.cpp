#include "TimeFormat.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

namespace {
const QDateTime Now(QDate(2026, 12, 19), QTime(14, 5, 0), QTimeZone::utc());
} // namespace

class TestTimeFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void relative_data();
    void relative();
    void relativeExactWording();
    void relativeIgnoresTimeZoneOfArguments();
    void exactIsNonEmpty();
    void countdown_data();
    void countdown();
};

void TestTimeFormat::relative_data() {
    QTest::addColumn<qint64>("offset"); // seconds from Now
    QTest::addColumn<QString>("pattern");
    constexpr qint64 minute = 60, hour = 3600, day = 86400;
    // The number and the direction are what matters; the unit must be the expected one.
    QTest::newRow("now") << qint64(0) << QStringLiteral("^just now$");
    QTest::newRow("+44s") << qint64(44) << QStringLiteral("^just now$");
    QTest::newRow("-44s") << qint64(-44) << QStringLiteral("^just now$");
    QTest::newRow("+45s") << qint64(45) << QStringLiteral("^in 1 minute");
    QTest::newRow("in 5 minutes") << 5 * minute << QStringLiteral("^in 5 minute");
    QTest::newRow("59 minutes ago") << -59 * minute << QStringLiteral("^59 minute.* ago$");
    QTest::newRow("3 hours ago") << -3 * hour << QStringLiteral("^3 hour.* ago$");
    QTest::newRow("in 23 hours") << 23 * hour << QStringLiteral("^in 23 hour");
    QTest::newRow("in 1 day") << day << QStringLiteral("^in 1 day");
    QTest::newRow("in 27 days") << 27 * day << QStringLiteral("^in 27 day");
    QTest::newRow("in 27 days and 5 hours") << 27 * day + 5 * hour << QStringLiteral("^in 27 day");
    QTest::newRow("10 days ago") << -10 * day << QStringLiteral("^10 day.* ago$");
    QTest::newRow("in 59 days") << 59 * day << QStringLiteral("^in 59 day");
    QTest::newRow("in 2 months") << 60 * day << QStringLiteral("^in 2 month");
    QTest::newRow("6 months ago") << -183 * day << QStringLiteral("^6 month.* ago$");
    QTest::newRow("in 24 months") << 729 * day << QStringLiteral("^in 24 month");
    QTest::newRow("in 2 years") << 730 * day << QStringLiteral("^in 2 year");
    QTest::newRow("10 years ago") << -3660 * day << QStringLiteral("^10 year.* ago$");
}

void TestTimeFormat::relative() {
    QFETCH(qint64, offset);
    QFETCH(QString, pattern);
    const QString text = TimeFormat::relative(Now.addSecs(offset), Now);
    QVERIFY2(QRegularExpression(pattern).match(text).hasMatch(),
             qPrintable(QStringLiteral("\"%1\" does not match %2").arg(text, pattern)));
}

void TestTimeFormat::relativeExactWording() {
    // Plural forms ("27 days" rather than "27 day(s)") come from the English translation that the
    // application installs; without it only the %n substitution can be checked.
    QCOMPARE(TimeFormat::relative(Now.addSecs(10), Now), QStringLiteral("just now"));
    QCOMPARE(TimeFormat::relative(Now.addSecs(-10), Now), QStringLiteral("just now"));
    const QString future = TimeFormat::relative(Now.addDays(27), Now);
    QVERIFY2(future.startsWith(QLatin1String("in 27 day")), qPrintable(future));
    QVERIFY(!future.contains(QLatin1String("%n")));
    const QString past = TimeFormat::relative(Now.addSecs(-3 * 3600), Now);
    QVERIFY2(past.startsWith(QLatin1String("3 hour")) && past.endsWith(QLatin1String(" ago")),
             qPrintable(past));
    QVERIFY(!past.contains(QLatin1String("%1")));
}

void TestTimeFormat::relativeIgnoresTimeZoneOfArguments() {
    // The same instant expressed with another offset is still "just now".
    const QDateTime sameInstant = Now.toOffsetFromUtc(3600);
    QCOMPARE(TimeFormat::relative(sameInstant, Now), QStringLiteral("just now"));
    const QString text =
        TimeFormat::relative(Now.addSecs(3 * 3600).toOffsetFromUtc(-5 * 3600), Now);
    QVERIFY2(text.startsWith(QLatin1String("in 3 hour")), qPrintable(text));
}

void TestTimeFormat::exactIsNonEmpty() {
    const QString text = TimeFormat::exact(Now);
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(QLatin1String("2026")), qPrintable(text));
}

void TestTimeFormat::countdown_data() {
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("0:00");
    QTest::newRow("very negative") << qint64(-100000) << QStringLiteral("0:00");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00");
    QTest::newRow("9 s") << qint64(9) << QStringLiteral("0:09");
    QTest::newRow("59 s") << qint64(59) << QStringLiteral("0:59");
    QTest::newRow("1 min") << qint64(60) << QStringLiteral("1:00");
    QTest::newRow("42:10") << qint64(42 * 60 + 10) << QStringLiteral("42:10");
    QTest::newRow("59:59") << qint64(3599) << QStringLiteral("59:59");
    QTest::newRow("1 h") << qint64(3600) << QStringLiteral("1:00:00");
    QTest::newRow("1:02:03") << qint64(3723) << QStringLiteral("1:02:03");
    QTest::newRow("36 h") << qint64(36 * 3600 + 5) << QStringLiteral("36:00:05");
}

void TestTimeFormat::countdown() {
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(TimeFormat::countdown(seconds), expected);
}

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
