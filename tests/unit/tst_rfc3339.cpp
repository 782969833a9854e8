#include "Rfc3339.h"

#include "DataRows.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestRfc3339 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void agreesWithQtOnRandomInstants();
    void resultIsUtc();
};

void TestRfc3339::valid_data() {
    const QDateTime instant(QDate(2026, 12, 22), QTime(17, 4, 5), QTimeZone::utc());
    addDataTable<QString, QDateTime>(
        {"text", "expected"},
        {
            {"Z", {u"2026-12-22T17:04:05Z"_s, instant}},
            {"lower-case t and z", {u"2026-12-22t17:04:05z"_s, instant}},
            {"space separator", {u"2026-12-22 17:04:05Z"_s, instant}},
            {"+01:00", {u"2026-12-22T18:04:05+01:00"_s, instant}},
            {"-05:30", {u"2026-12-22T11:34:05-05:30"_s, instant}},
            {"+00:00", {u"2026-12-22T17:04:05+00:00"_s, instant}},
            {"-00:00", {u"2026-12-22T17:04:05-00:00"_s, instant}},
            {"offset across midnight", {u"2026-12-23T02:04:05+09:00"_s, instant}},
            {"offset across the year",
             {u"2026-12-31T23:30:00-01:00"_s,
              QDateTime(QDate(2027, 1, 1), QTime(0, 30), QTimeZone::utc())}},
            {"ms", {u"2026-12-22T17:04:05.123Z"_s, instant.addMSecs(123)}},
            {"one digit", {u"2026-12-22T17:04:05.5Z"_s, instant.addMSecs(500)}},
            {"two digits", {u"2026-12-22T17:04:05.05Z"_s, instant.addMSecs(50)}},
            {"microseconds truncated", {u"2026-12-22T17:04:05.123999Z"_s, instant.addMSecs(123)}},
            {"nanoseconds and offset", {u"2026-12-22T18:04:05.000000001+01:00"_s, instant}},
            {"leap day 2024",
             {u"2024-02-29T00:00:00Z"_s,
              QDateTime(QDate(2024, 2, 29), QTime(0, 0), QTimeZone::utc())}},
            {"leap day 2000",
             {u"2000-02-29T12:00:00Z"_s,
              QDateTime(QDate(2000, 2, 29), QTime(12, 0), QTimeZone::utc())}},
            {"epoch", {u"1970-01-01T00:00:00Z"_s, QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)}},
            {"before the epoch",
             {u"1969-12-31T23:59:59.999Z"_s, QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC)}},
            {"year 0001",
             {u"0001-01-01T00:00:00Z"_s, QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc())}},
            {"year 9999",
             {u"9999-12-31T23:59:59Z"_s,
              QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), QTimeZone::utc())}},
        });
}

void TestRfc3339::valid() {
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = Rfc3339::parse(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, expected);
    QCOMPARE(parsed->toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    QCOMPARE(Rfc3339::parseMSecsSinceEpoch(text), std::optional(expected.toMSecsSinceEpoch()));
}

void TestRfc3339::invalid_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("words") << u"next tuesday"_s;
    QTest::newRow("date only") << u"2026-12-22"_s;
    QTest::newRow("no offset") << u"2026-12-22T17:04:05"_s;
    QTest::newRow("no offset, ms") << u"2026-12-22T17:04:05.123"_s;
    QTest::newRow("no seconds") << u"2026-12-22T17:04Z"_s;
    QTest::newRow("short month") << u"2026-1-22T17:04:05Z"_s;
    QTest::newRow("short year") << u"226-12-22T17:04:05Z"_s;
    QTest::newRow("month 0") << u"2026-00-22T17:04:05Z"_s;
    QTest::newRow("month 13") << u"2026-13-22T17:04:05Z"_s;
    QTest::newRow("day 0") << u"2026-12-00T17:04:05Z"_s;
    QTest::newRow("day 32") << u"2026-12-32T17:04:05Z"_s;
    QTest::newRow("April 31") << u"2026-04-31T17:04:05Z"_s;
    QTest::newRow("29 February 2026") << u"2026-02-29T17:04:05Z"_s;
    QTest::newRow("29 February 1900") << u"1900-02-29T17:04:05Z"_s;
    QTest::newRow("hour 24") << u"2026-12-22T24:00:00Z"_s;
    QTest::newRow("minute 60") << u"2026-12-22T17:60:05Z"_s;
    QTest::newRow("leap second") << u"2026-12-31T23:59:60Z"_s;
    QTest::newRow("dot without digits") << u"2026-12-22T17:04:05.Z"_s;
    QTest::newRow("comma fraction") << u"2026-12-22T17:04:05,123Z"_s;
    QTest::newRow("offset without colon") << u"2026-12-22T18:04:05+0100"_s;
    QTest::newRow("offset hours only") << u"2026-12-22T18:04:05+01"_s;
    QTest::newRow("offset 24:00") << u"2026-12-22T18:04:05+24:00"_s;
    QTest::newRow("offset minutes 60") << u"2026-12-22T18:04:05+01:60"_s;
    QTest::newRow("two zones") << u"2026-12-22T17:04:05ZZ"_s;
    QTest::newRow("Z and offset") << u"2026-12-22T17:04:05Z+01:00"_s;
    QTest::newRow("trailing space") << u"2026-12-22T17:04:05Z "_s;
    QTest::newRow("leading space") << u" 2026-12-22T17:04:05Z"_s;
    QTest::newRow("other separator") << u"2026-12-22X17:04:05Z"_s;
    QTest::newRow("slashes") << u"2026/12/22T17:04:05Z"_s;
    QTest::newRow("sign in year") << u"+2026-12-22T17:04:05Z"_s;
    QTest::newRow("non-ASCII digit") << u"2026-12-2\u0662T17:04:05Z"_s;
    QTest::newRow("full-width digit") << u"2026-12-22T17:04:0\uFF15Z"_s;
    QTest::newRow("truncated") << u"2026-12-22T17:0"_s;
}

void TestRfc3339::invalid() {
    QFETCH(QString, text);
    QVERIFY(!Rfc3339::parse(text).has_value());
    QVERIFY(!Rfc3339::parseMSecsSinceEpoch(text).has_value());
    // Every prefix of a valid date-time is refused too (no reading past the end).
    const QString good = u"2026-12-22T18:04:05.123+01:00"_s;
    for (int n = 0; n < good.size(); ++n)
        QVERIFY2(!Rfc3339::parse(QStringView(good).left(n)).has_value(), qPrintable(good.left(n)));
}

// What the server sends (ISO 8601 with milliseconds, 'Z' or an offset) reads as Qt reads it.
void TestRfc3339::agreesWithQtOnRandomInstants() {
    QRandomGenerator random(3339);
    for (int i = 0; i < 5000; ++i) {
        const qint64 ms = qint64(random.bounded(4102444800.0)) * 1000 + random.bounded(1000);
        const int offset = (int(random.bounded(28 * 4)) - 14 * 4) * 15 * 60;
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QDateTime shifted = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset);
        for (const QDateTime &dt : {utc, shifted}) {
            const QString text = dt.toString(Qt::ISODateWithMs);
            const std::optional<QDateTime> parsed = Rfc3339::parse(text);
            QVERIFY2(parsed.has_value(), qPrintable(text));
            QCOMPARE(*parsed, QDateTime::fromString(text, Qt::ISODateWithMs));
            QCOMPARE(parsed->toMSecsSinceEpoch(), ms);
        }
    }
}

void TestRfc3339::resultIsUtc() {
    const std::optional<QDateTime> parsed = Rfc3339::parse(u"2026-12-22T18:04:05+01:00");
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
    QCOMPARE(parsed->time(), QTime(17, 4, 5));
}

QTEST_APPLESS_MAIN(TestRfc3339)
#include "tst_rfc3339.moc"
