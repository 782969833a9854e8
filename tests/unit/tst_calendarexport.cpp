// The .ics export of one's own token expiries (issue 18), checked against RFC 5545: CRLF line
// ends only, no physical line longer than 75 octets and no UTF-8 character cut by a fold, TEXT
// escaping of "\", ";", "," and line breaks; parsed back (unfolded, unescaped) it gives one
// VEVENT per token that expires with the token's description and expiry, a UID stable per tenant
// and token id, a DTSTAMP — and never a token value.
#include "CalendarExport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QDateTime Stamp(QDate(2026, 12, 6), QTime(3, 14, 15), QTimeZone::utc());

struct Property {
    QString name;
    QString params;
    QString value;
};
using Component = QList<Property>;

// RFC 5545 3.1 unfolding: a CRLF followed by one space or tab goes.
QByteArray unfold(const QByteArray &ics) {
    QByteArray out = ics;
    out.replace("\r\n ", "");
    out.replace("\r\n\t", "");
    return out;
}

QString unescape(const QString &text) {
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out += next == u'n' || next == u'N' ? QChar(u'\n') : next;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

// The VEVENTs of a calendar, each a list of its own properties (not its VALARM's).
QList<Component> events(const QByteArray &ics) {
    QList<Component> result;
    int depth = 0; // inside VEVENT = 1, inside its VALARM = 2
    for (const QByteArray &raw : unfold(ics).split('\n')) {
        if (raw.isEmpty())
            continue;
        const QString line = QString::fromUtf8(raw.chopped(1)); // the \r
        const qsizetype colon = line.indexOf(u':');
        const QString head = line.left(colon);
        const QString value = line.mid(colon + 1);
        const qsizetype semi = head.indexOf(u';');
        const QString name = head.left(semi);
        if (name == u"BEGIN"_s && value == u"VEVENT"_s) {
            result.append(Component());
            depth = 1;
        } else if (name == u"BEGIN"_s && depth == 1) {
            depth = 2;
        } else if (name == u"END"_s && depth == 2) {
            depth = 1;
        } else if (name == u"END"_s && value == u"VEVENT"_s) {
            depth = 0;
        } else if (depth == 1) {
            result.last().append({name, semi < 0 ? QString() : head.mid(semi + 1), value});
        }
    }
    return result;
}

QString valueOf(const Component &component, const QString &name) {
    for (const Property &property : component) {
        if (property.name == name)
            return property.value;
    }
    return {};
}

AccessToken pat(const QString &id, const QString &description, std::optional<QDateTime> expiresAt) {
    return {id, description, Stamp.addDays(-10), expiresAt};
}
} // namespace

class tst_CalendarExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void escaping() {
        QCOMPARE(CalendarExport::escapeText(u"a,b;c\\d\ne\r\nf"_s), u"a\\,b\\;c\\\\d\\ne\\nf"_s);
        QCOMPARE(CalendarExport::escapeText(u"plain: text"_s), u"plain: text"_s);
        QCOMPARE(unescape(CalendarExport::escapeText(u"x,;\\\n"_s)), u"x,;\\\n"_s);
    }

    void folding() {
        // 75 octets stay on one line; 76 are folded; continuation lines hold 74 more octets.
        const QByteArray s75(75, 'a');
        QCOMPARE(CalendarExport::foldLine(s75), s75 + "\r\n");
        const QByteArray s76(76, 'a');
        QCOMPARE(CalendarExport::foldLine(s76), s75 + "\r\n a\r\n");
        const QByteArray s200(200, 'b');
        const QByteArray folded = CalendarExport::foldLine(s200);
        const QList<QByteArray> lines = folded.chopped(2).split('\n');
        QCOMPARE(lines.size(), 3); // 75 + 74 + 51
        for (const QByteArray &line : lines)
            QVERIFY(line.size() <= 76); // 75 + the \r
        QCOMPARE(unfold(folded), s200 + "\r\n");
        // A fold never cuts a UTF-8 character: "€" is three octets.
        const QByteArray euros = QString(u"€"_s.repeated(60)).toUtf8();
        const QByteArray foldedEuros = CalendarExport::foldLine("SUMMARY:" + euros);
        for (const QByteArray &line : foldedEuros.split('\n')) {
            QVERIFY(line.size() <= 76);
            QVERIFY(QString::fromUtf8(line).toUtf8() == line); // valid UTF-8 on its own
            QVERIFY(!line.contains("\xEF\xBF\xBD"));
        }
        QCOMPARE(unfold(foldedEuros), "SUMMARY:" + euros + "\r\n");
    }

    void calendarParsedBack() {
        const QString longDescription =
            u"Deploy pipeline for the payments service, staging; prod \\ canary: "_s
            u"a description much longer than one line of seventy-five octets — ünïcödé"_s;
        const QList<AccessToken> tokens{
            pat(u"tok-1"_s, longDescription, Stamp.addDays(3)),
            pat(u"tok-2"_s, u"never"_s, std::nullopt),
            pat(u"tok-3"_s, u"two\nlines"_s,
                QDateTime(QDate(2027, 1, 2), QTime(8, 30), QTimeZone("Europe/Berlin"))),
            pat(u"tok-4"_s, u""_s, Stamp.addDays(40)),
        };
        const CalendarExport calendar(u"issuer|client"_s, u"Acme (acme.moderne.io)"_s, Stamp);
        const QByteArray ics = calendar.toIcs(tokens);
        QCOMPARE(CalendarExport::eventCount(tokens), 3);

        // CRLF only, every physical line at most 75 octets.
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        for (qsizetype i = 0; i < ics.size(); ++i) {
            if (ics.at(i) == '\n')
                QVERIFY2(i > 0 && ics.at(i - 1) == '\r', "a bare LF");
            if (ics.at(i) == '\r')
                QVERIFY2(i + 1 < ics.size() && ics.at(i + 1) == '\n', "a bare CR");
        }
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData());
        QVERIFY(QString::fromUtf8(ics).toUtf8() == ics);

        const QList<Component> parsed = events(ics);
        QCOMPARE(parsed.size(), 3);
        QCOMPARE(unescape(valueOf(parsed.at(0), u"SUMMARY"_s)),
                 u"Token expires: "_s + longDescription);
        QCOMPARE(valueOf(parsed.at(0), u"DTSTART"_s), u"20261209T031415Z"_s);
        QCOMPARE(valueOf(parsed.at(0), u"DTSTAMP"_s), u"20261206T031415Z"_s);
        QVERIFY(unescape(valueOf(parsed.at(0), u"DESCRIPTION"_s)).contains(longDescription));
        // A local time is written in UTC.
        QCOMPARE(valueOf(parsed.at(1), u"DTSTART"_s), u"20270102T073000Z"_s);
        QCOMPARE(unescape(valueOf(parsed.at(1), u"SUMMARY"_s)), u"Token expires: two\nlines"_s);
        QCOMPARE(unescape(valueOf(parsed.at(2), u"SUMMARY"_s)),
                 u"Token expires: (no description)"_s);
        // The escaped forms are in the raw text.
        QVERIFY(unfold(ics).contains("staging\\; prod \\\\ canary"));
        QVERIFY(unfold(ics).contains("payments service\\,"));
        QVERIFY(unfold(ics).contains("two\\nlines"));

        // UIDs: unique, stable for the tenant and token id, another for another tenant.
        QSet<QString> uids;
        for (const Component &event : parsed) {
            const QString uid = valueOf(event, u"UID"_s);
            QVERIFY(!uid.isEmpty());
            uids.insert(uid);
            QVERIFY(!valueOf(event, u"DTEND"_s).isEmpty());
        }
        QCOMPARE(uids.size(), 3);
        QCOMPARE(valueOf(parsed.at(0), u"UID"_s), calendar.uid(u"tok-1"_s));
        const CalendarExport later(u"issuer|client"_s, u"Acme"_s, Stamp.addDays(5));
        QCOMPARE(later.uid(u"tok-1"_s), calendar.uid(u"tok-1"_s));
        QCOMPARE(events(later.toIcs(tokens)).at(0).at(0).value, calendar.uid(u"tok-1"_s));
        const CalendarExport other(u"other|client"_s, u"Other"_s, Stamp);
        QVERIFY(other.uid(u"tok-1"_s) != calendar.uid(u"tok-1"_s));
        QVERIFY(!ics.contains("mat-"));
    }

    void savedAllOrNothing() {
        QTemporaryDir dir;
        const CalendarExport calendar(u"k"_s, u"T"_s, Stamp);
        const QList<AccessToken> tokens{pat(u"a"_s, u"a"_s, Stamp.addDays(1))};
        const QString path = dir.filePath(u"expiries.ics"_s);
        QString error;
        QVERIFY2(calendar.save(path, tokens, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), calendar.toIcs(tokens));
        QVERIFY(!calendar.save(dir.filePath(u"missing/folder/x.ics"_s), tokens, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CalendarExport)
#include "tst_calendarexport.moc"
