// ExpiryPolicy: presets are exactly now + N days, a custom date is the end of that local day,
// the cap's boundary, past dates, and daylight-saving changes; RFC 3339 with the local offset.
#include "ApiParsing.h"
#include "ExpiryPolicy.h"
#include "ModerneApi.h"

#include <QTest>
#include <QTimeZone>

namespace {
// The presets the product promises (README: 7/30/90 days), pinned here rather than read back
// from ExpiryPolicy::PresetDays, so that a changed list fails.
constexpr int PinnedPresetDays[] = {7, 30, 90};
} // namespace

class tst_ExpiryPolicy : public QObject {
    Q_OBJECT
private:
    const QTimeZone berlin{"Europe/Berlin"};
    const QTimeZone newYork{"America/New_York"};

private Q_SLOTS:
    void presetsAreExactlyNowPlusNDays() {
        const QDateTime now(QDate(2026, 11, 22), QTime(12, 34, 56, 789), QTimeZone::utc());
        const ExpiryPolicy policy(now, berlin, std::nullopt);
        QCOMPARE(std::size(ExpiryPolicy::PresetDays), std::size(PinnedPresetDays));
        for (size_t i = 0; i < std::size(PinnedPresetDays); ++i)
            QCOMPARE(ExpiryPolicy::PresetDays[i], PinnedPresetDays[i]);
        QCOMPARE(ExpiryPolicy::DefaultPresetDays, 30);
        for (int days : PinnedPresetDays) {
            const QDateTime expiry = policy.presetExpiry(days);
            QCOMPARE(now.msecsTo(expiry), qint64(days) * 86400 * 1000);
            QCOMPARE(expiry.timeZone(), berlin);
            QVERIFY(policy.allowsPreset(days));
        }
        QCOMPARE(ApiParsing::toRfc3339(policy.presetExpiry(30)),
                 QStringLiteral("2026-12-22T13:34:56+01:00"));
        QVERIFY(policy.allowsNoExpiry());
        QVERIFY(!policy.latestDate().isValid());
        QVERIFY(policy.capExplanation().isEmpty());
    }

    void presetAcrossDaylightSavingIsElapsedTime() {
        // 30 days from 12:00 CET on March 20 crosses the switch to CEST on March 29: the
        // expiry is 30 × 24 h later, which reads 13:00 local time with the +02:00 offset.
        const QDateTime now(QDate(2026, 3, 20), QTime(12, 0), berlin);
        const ExpiryPolicy policy(now, berlin, 30);
        const QDateTime expiry = policy.presetExpiry(30);
        QCOMPARE(now.secsTo(expiry), qint64(30) * 86400);
        QCOMPARE(ApiParsing::toRfc3339(expiry), QStringLiteral("2026-04-19T13:00:00+02:00"));
        QVERIFY(policy.allowsPreset(30)); // never beyond a cap of the same length
        // And back in autumn, in New York.
        const QDateTime fall(QDate(2026, 10, 30), QTime(9, 0), newYork);
        const QDateTime fallExpiry = ExpiryPolicy(fall, newYork, std::nullopt).presetExpiry(7);
        QCOMPARE(ApiParsing::toRfc3339(fallExpiry), QStringLiteral("2026-11-06T08:00:00-05:00"));
    }

    void customDateIsTheEndOfThatLocalDay() {
        const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());
        const ExpiryPolicy policy(now, berlin, std::nullopt);
        QCOMPARE(ApiParsing::toRfc3339(policy.endOfDay(QDate(2026, 12, 1))),
                 QStringLiteral("2026-12-01T23:59:59+01:00"));
        // On the day clocks go forward, and in summer time.
        QCOMPARE(ApiParsing::toRfc3339(policy.endOfDay(QDate(2027, 3, 28))),
                 QStringLiteral("2027-03-28T23:59:59+02:00"));
        QCOMPARE(ApiParsing::toRfc3339(policy.endOfDay(QDate(2027, 7, 1))),
                 QStringLiteral("2027-07-01T23:59:59+02:00"));
        const ExpiryPolicy inNewYork(now, newYork, std::nullopt);
        QCOMPARE(ApiParsing::toRfc3339(inNewYork.endOfDay(QDate(2026, 12, 1))),
                 QStringLiteral("2026-12-01T23:59:59-05:00"));
    }

    void pastDatesAreRefused() {
        const QDateTime now(QDate(2026, 11, 22), QTime(15, 0), berlin);
        const ExpiryPolicy policy(now, berlin, std::nullopt);
        QCOMPARE(policy.earliestDate(), QDate(2026, 11, 22));
        QVERIFY(policy.allowsDate(QDate(2026, 11, 22))); // today, until 23:59:59
        QVERIFY(!policy.allowsDate(QDate(2026, 11, 21)));
        QVERIFY(policy.whyNot(QDate(2026, 11, 21)).contains(QLatin1String("past")));
        QVERIFY(!policy.allowsDate(QDate()));
        // In the last second of a day, that day is over.
        const ExpiryPolicy late(QDateTime(QDate(2026, 11, 22), QTime(23, 59, 59, 500), berlin),
                                berlin, std::nullopt);
        QCOMPARE(late.earliestDate(), QDate(2026, 11, 23));
        // "Today" is the local day, not the UTC one.
        const QDateTime utcLate(QDate(2026, 11, 22), QTime(23, 30), QTimeZone::utc());
        QCOMPARE(ExpiryPolicy(utcLate, berlin, std::nullopt).earliestDate(), QDate(2026, 11, 23));
    }

    void capBoundary_data() {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("cap");
        QTest::addColumn<QDate>("latest");
        const QTimeZone zone("Europe/Berlin");
        QTest::newRow("noon") << QDateTime(QDate(2026, 11, 22), QTime(12, 0), zone) << 30
                              << QDate(2026, 12, 22);
        QTest::newRow("midnight") << QDateTime(QDate(2026, 11, 22), QTime(0, 0), zone) << 30
                                  << QDate(2026, 12, 22);
        QTest::newRow("last second")
            << QDateTime(QDate(2026, 11, 22), QTime(23, 59, 59), zone) << 30 << QDate(2026, 12, 22);
        QTest::newRow("one day") << QDateTime(QDate(2026, 11, 22), QTime(10, 0), zone) << 1
                                 << QDate(2026, 11, 23);
        // Across the spring change the cap is elapsed time: 12:00 CET + 10 × 24 h = 13:00 CEST.
        QTest::newRow("dst") << QDateTime(QDate(2026, 3, 25), QTime(12, 0), zone) << 10
                             << QDate(2026, 4, 4);
    }

    void capBoundary() {
        QFETCH(QDateTime, now);
        QFETCH(int, cap);
        QFETCH(QDate, latest);
        const ExpiryPolicy policy(now, berlin, cap);
        const QDateTime limit = now.addSecs(qint64(cap) * 86400);
        QCOMPARE(policy.latestDate(), latest);
        // The last date ends at the limit, the others at 23:59:59.
        QCOMPARE(policy.expiryForDate(latest), limit);
        QCOMPARE(policy.expiryForDate(latest.addDays(-1)), policy.endOfDay(latest.addDays(-1)));
        QVERIFY(policy.allowsDate(latest));
        QVERIFY(!policy.allowsDate(latest.addDays(1)));
        QVERIFY(policy.whyNot(latest.addDays(1)).contains(QString::number(cap)));
        QVERIFY(!policy.allowsNoExpiry());
        QVERIFY(!policy.capExplanation().isEmpty());
        for (int days : PinnedPresetDays)
            QCOMPARE(policy.allowsPreset(days), days <= cap);
    }

    // Issue 16: on a 30-day tenant the text said "dates after 2 January cannot be chosen" while
    // the 30-day preset (3 January) was offered and accepted. The text, the presets and the
    // calendar follow one rule: an expiry is allowed up to now + cap.
    void textPresetsAndCalendarAgree_data() {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("cap");
        const QTimeZone zone("Europe/Berlin");
        QTest::newRow("issue 16") << QDateTime(QDate(2026, 12, 4), QTime(10, 0), zone) << 30;
        QTest::newRow("late evening") << QDateTime(QDate(2026, 12, 4), QTime(23, 30), zone) << 7;
        QTest::newRow("just after midnight")
            << QDateTime(QDate(2026, 12, 4), QTime(0, 0, 1), zone) << 90;
        QTest::newRow("dst") << QDateTime(QDate(2026, 3, 25), QTime(12, 0), zone) << 30;
    }

    void textPresetsAndCalendarAgree() {
        QFETCH(QDateTime, now);
        QFETCH(int, cap);
        const ExpiryPolicy policy(now, berlin, cap);
        const QLocale locale;
        for (int days : {1, 7, 29, 30, 31, 90, 91}) {
            const QDateTime preset = policy.presetExpiry(days);
            const QDate date = preset.toTimeZone(berlin).date();
            // Preset allowed <=> its date can be picked on the calendar <=> the rule allows it.
            QCOMPARE(policy.allowsPreset(days), policy.allowsExpiry(preset));
            QCOMPARE(policy.allowsPreset(days), days <= cap);
            if (policy.allowsPreset(days)) {
                QVERIFY2(policy.allowsDate(date), qPrintable(date.toString()));
                QVERIFY(date <= policy.latestDate());
                QVERIFY(policy.allowsExpiry(policy.expiryForDate(date)));
            }
        }
        // The preset of exactly the cap lands on the last date, and the text names that date
        // and time (not the day before).
        const QDateTime atCap = policy.presetExpiry(cap).toTimeZone(berlin);
        QCOMPARE(policy.latestDate(), atCap.date());
        QCOMPARE(policy.expiryForDate(atCap.date()), atCap);
        const QString text = policy.capExplanation();
        QVERIFY2(text.contains(locale.toString(atCap.date(), QLocale::LongFormat)),
                 qPrintable(text));
        QVERIFY2(text.contains(locale.toString(atCap.time(), QLocale::ShortFormat)),
                 qPrintable(text));
        QVERIFY(!text.contains(locale.toString(atCap.date().addDays(-1), QLocale::LongFormat)));
        // The day after is refused with a sentence that names the last date.
        QVERIFY(!policy.allowsDate(atCap.date().addDays(1)));
        QVERIFY(policy.whyNot(atCap.date().addDays(1))
                    .contains(locale.toString(atCap.date(), QLocale::LongFormat)));
        // Nothing past the limit is ever produced for a date.
        for (QDate d = policy.earliestDate(); d <= policy.latestDate(); d = d.addDays(1))
            QVERIFY(policy.allowsExpiry(policy.expiryForDate(d)));
    }
};

QTEST_GUILESS_MAIN(tst_ExpiryPolicy)
#include "tst_expiry_policy.moc"
