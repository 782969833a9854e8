// The expiry forecast's rules (issue 18): which tokens are in a 7/30/60/90-day horizon at its
// edges (now, midnight, the horizon's end, in a time zone that is not UTC), the day and week
// buckets, the groups per owner, and the reminder's mailto: URL — percent-encoded as RFC 6068
// wants, naming descriptions and dates only, never an id or a value.
#include "ExpiryForecast.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Token = ExpiryForecast::Token;

namespace {
const QTimeZone Berlin("Europe/Berlin");
// 2026-12-06 10:00 in Berlin (09:00 UTC).
const QDateTime Now(QDate(2026, 12, 6), QTime(10, 0), Berlin);

QDateTime at(int days, int hour, int minute = 0) {
    return QDateTime(QDate(2026, 12, 6).addDays(days), QTime(hour, minute), Berlin);
}

Token token(const QString &owner, const QString &description, const QDateTime &expiresAt,
            const QString &id = {}) {
    return {owner, id.isEmpty() ? description + u"-id"_s : id, description, expiresAt};
}

// The query item of a mailto: URL, decoded.
QString queryItem(const QByteArray &mailto, const QString &name) {
    const QUrl url = QUrl::fromEncoded(mailto, QUrl::StrictMode);
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}
} // namespace

class tst_ExpiryForecast : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void horizonEdges() {
        const QList<Token> tokens{
            token(u"a@x"_s, u"expired"_s, Now.addSecs(-1)),
            token(u"a@x"_s, u"now"_s, Now),
            token(u"a@x"_s, u"next second"_s, Now.addSecs(1)),
            token(u"a@x"_s, u"today late"_s, at(0, 23, 59)),
            token(u"a@x"_s, u"tomorrow midnight"_s, at(1, 0)),
            token(u"a@x"_s, u"last day"_s, at(6, 23, 59)),
            token(u"a@x"_s, u"day 7 midnight"_s, at(7, 0)),
            token(u"a@x"_s, u"never"_s, QDateTime()),
        };
        const ExpiryForecast forecast(tokens, 7, Now, Berlin);
        QCOMPARE(forecast.end(), at(7, 0));
        QStringList in;
        for (const Token &t : forecast.tokens())
            in << t.description;
        QCOMPARE(in, (QStringList{u"next second"_s, u"today late"_s, u"tomorrow midnight"_s,
                                  u"last day"_s}));
        QVERIFY(!forecast.contains(Now));
        QVERIFY(forecast.contains(at(6, 23, 59)));
        QVERIFY(!forecast.contains(at(7, 0)));
        QVERIFY(!forecast.contains(QDateTime()));
    }

    // Days begin at midnight in the zone, not in UTC: 23:30 Berlin is the same day, although it
    // is 22:30 UTC; 00:30 Berlin is the next day, although it is still the day before in UTC.
    void dayBuckets() {
        const QList<Token> tokens{
            token(u"a@x"_s, u"a"_s, at(0, 23, 30)), token(u"a@x"_s, u"b"_s, at(1, 0, 30)),
            token(u"b@x"_s, u"c"_s, at(1, 12)),     token(u"b@x"_s, u"d"_s, at(6, 23, 59)),
            token(u"b@x"_s, u"e"_s, at(7, 0)), // beyond
        };
        const ExpiryForecast forecast(tokens, 7, Now, Berlin);
        const QList<ExpiryForecast::Bucket> days =
            forecast.buckets(ExpiryForecast::Granularity::Day);
        QCOMPARE(days.size(), 7);
        QList<int> counts;
        for (const ExpiryForecast::Bucket &bucket : days) {
            QCOMPARE(bucket.first, bucket.last);
            counts << bucket.count;
        }
        QCOMPARE(counts, (QList<int>{1, 2, 0, 0, 0, 0, 1}));
        QCOMPARE(days.first().first, QDate(2026, 12, 6));
        QCOMPARE(days.last().first, QDate(2026, 12, 12));
        QCOMPARE(forecast.bucketOf(at(0, 23, 30), ExpiryForecast::Granularity::Day), 0);
        QCOMPARE(forecast.bucketOf(at(1, 0, 30), ExpiryForecast::Granularity::Day), 1);
        QCOMPARE(forecast.bucketOf(at(7, 0), ExpiryForecast::Granularity::Day), -1);
        // In UTC the same instants fall on other days.
        const ExpiryForecast utc(tokens, 7, Now, QTimeZone::utc());
        QCOMPARE(utc.bucketOf(at(1, 0, 30), ExpiryForecast::Granularity::Day), 0);
    }

    void weekBuckets_data() {
        QTest::addColumn<int>("horizon");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<int>("lastDays"); // days in the last week
        QTest::newRow("7") << 7 << 1 << 7;
        QTest::newRow("30") << 30 << 5 << 2;
        QTest::newRow("60") << 60 << 9 << 4;
        QTest::newRow("90") << 90 << 13 << 6;
    }
    void weekBuckets() {
        QFETCH(int, horizon);
        QFETCH(int, weeks);
        QFETCH(int, lastDays);
        QList<Token> tokens;
        for (int day = 0; day < horizon + 3; ++day)
            tokens << token(u"a@x"_s, u"t%1"_s.arg(day), at(day, 12));
        const ExpiryForecast forecast(tokens, horizon, Now, Berlin);
        QCOMPARE(forecast.tokens().size(), horizon);
        const QList<ExpiryForecast::Bucket> buckets =
            forecast.buckets(ExpiryForecast::Granularity::Week);
        QCOMPARE(buckets.size(), weeks);
        int total = 0;
        for (int i = 0; i < buckets.size(); ++i) {
            const int days = int(buckets.at(i).first.daysTo(buckets.at(i).last)) + 1;
            QCOMPARE(days, i + 1 < buckets.size() ? 7 : lastDays);
            QCOMPARE(buckets.at(i).count, days); // one token a day
            total += buckets.at(i).count;
        }
        QCOMPARE(total, horizon);
        QCOMPARE(buckets.first().first, QDate(2026, 12, 6));
        QCOMPARE(buckets.last().last, QDate(2026, 12, 6).addDays(horizon - 1));
        QCOMPARE(forecast.bucketOf(at(6, 23), ExpiryForecast::Granularity::Week), 0);
        if (horizon > 7)
            QCOMPARE(forecast.bucketOf(at(7, 0, 1), ExpiryForecast::Granularity::Week), 1);
        QCOMPARE(ExpiryForecast::defaultGranularity(horizon),
                 horizon <= 30 ? ExpiryForecast::Granularity::Day
                               : ExpiryForecast::Granularity::Week);
    }

    void groupsPerOwner() {
        const QList<Token> tokens{
            token(u"zoe@x"_s, u"z1"_s, at(3, 9)),
            token(u"Bob@x"_s, u"b1"_s, at(5, 9)),
            token(u"amy@x"_s, u"a1"_s, at(3, 9)), // same time as zoe: by email
            token(u"bob@x"_s, u"b2"_s, at(1, 9)), // same owner, other case
            token(u"amy@x"_s, u"a2"_s, at(20, 9)),
            token(u"amy@x"_s, u"a3"_s, at(40, 9)), // beyond 30 days
            token(u"cid@x"_s, u"never"_s, QDateTime()),
        };
        const ExpiryForecast forecast(tokens, 30, Now, Berlin);
        const QList<ExpiryForecast::OwnerGroup> owners = forecast.owners();
        QCOMPARE(owners.size(), 3);
        QCOMPARE(owners.at(0).email.toLower(), u"bob@x"_s);
        QCOMPARE(owners.at(0).count(), 2);
        QCOMPARE(owners.at(0).earliest(), at(1, 9));
        QCOMPARE(owners.at(0).tokens.at(0).description, u"b2"_s);
        QCOMPARE(owners.at(0).tokens.at(1).description, u"b1"_s);
        QCOMPARE(owners.at(1).email, u"amy@x"_s);
        QCOMPARE(owners.at(1).count(), 2);
        QCOMPARE(owners.at(1).tokens.at(1).description, u"a2"_s);
        QCOMPARE(owners.at(2).email, u"zoe@x"_s);
        QCOMPARE(owners.at(2).count(), 1);
        // 90 days takes amy's third one in.
        const ExpiryForecast longer(tokens, 90, Now, Berlin);
        QCOMPARE(longer.owners().at(1).count(), 3);
        QVERIFY(ExpiryForecast({}, 7, Now, Berlin).owners().isEmpty());
    }

    // RFC 6068: UTF-8 percent-encoded, CRLF line breaks, "&", "=", "+", "#", "%" and "?" in a
    // description do not break the URL; it names descriptions and dates, never an id or value.
    void mailtoEncoding() {
        const QString tricky = u"CI & deploy = 100% + ü? #1"_s;
        const QList<Token> tokens{
            token(u"o.brien+ci@example.com"_s, tricky, at(2, 9), u"tok-secret-id-1"_s),
            token(u"o.brien+ci@example.com"_s, u"line\nbreak"_s, at(3, 9), u"tok-secret-id-2"_s),
            token(u"o.brien+ci@example.com"_s, u""_s, at(4, 9), u"tok-secret-id-3"_s),
        };
        const ExpiryForecast forecast(tokens, 7, Now, Berlin);
        const ExpiryForecast::OwnerGroup owner = forecast.owners().constFirst();
        const QByteArray mailto =
            ExpiryForecast::mailto(owner, u"Acme (acme.moderne.io)"_s, Berlin);

        // Only unreserved characters, "%XX", and the URL's own delimiters.
        QVERIFY(mailto.startsWith("mailto:o.brien%2Bci@example.com?subject="));
        const QByteArray afterScheme = mailto.mid(7);
        for (char c : afterScheme) {
            QVERIFY2(QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                                "-._~%@?=&")
                         .contains(c),
                     qPrintable(u"unencoded %1 in %2"_s.arg(QChar::fromLatin1(c))
                                    .arg(QString::fromLatin1(mailto))));
        }
        QCOMPARE(mailto.count('?'), 1);
        QCOMPARE(mailto.count('&'), 1);
        QVERIFY(mailto.contains("%0D%0A"));
        QVERIFY(!mailto.contains("%0A%0A")); // every line break is CRLF
        QVERIFY(mailto.contains("%C3%BC"));  // ü as UTF-8

        // Decoded, it says what it should.
        const QUrl url = ExpiryForecast::mailtoUrl(owner, u"Acme (acme.moderne.io)"_s, Berlin);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), u"mailto"_s);
        QCOMPARE(url.path(QUrl::FullyDecoded), u"o.brien+ci@example.com"_s);
        const QString subject = queryItem(mailto, u"subject"_s);
        const QString body = queryItem(mailto, u"body"_s);
        QVERIFY2(subject.startsWith(u"3 personal access token"_s), qPrintable(subject));
        QVERIFY(subject.contains(u"Acme (acme.moderne.io)"_s));
        QVERIFY2(body.contains(tricky + u": expires on 2026-12-08"_s), qPrintable(body));
        QVERIFY(body.contains(u"line break: expires on 2026-12-09"_s));
        QVERIFY(body.contains(u"(no description): expires on 2026-12-10"_s));
        QVERIFY(body.contains(u"\r\n"_s));
        // Never an id or anything like a token value.
        for (const QString &text : {QString::fromLatin1(mailto), subject, body}) {
            QVERIFY(!text.contains(u"tok-secret-id"_s));
            QVERIFY(!text.contains(u"mat-"_s));
        }
    }

    // A date is the day in the zone given: 00:30 in Berlin is still the day before in UTC.
    void mailtoDatesInZone() {
        const ExpiryForecast forecast({token(u"a@x"_s, u"late"_s, at(2, 0, 30))}, 7, Now, Berlin);
        const ExpiryForecast::OwnerGroup owner = forecast.owners().constFirst();
        QVERIFY(ExpiryForecast::reminderBody(owner, u"T"_s, Berlin)
                    .contains(u"late: expires on 2026-12-08"_s));
        QVERIFY(ExpiryForecast::reminderBody(owner, u"T"_s, QTimeZone::utc())
                    .contains(u"late: expires on 2026-12-07"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ExpiryForecast)
#include "tst_expiryforecast.moc"
