#include "CalendarExport.h"

#include "Logging.h"

#include <QCryptographicHash>
#include <QSaveFile>

#include <initializer_list>
#include <utility>

CalendarExport::CalendarExport(QString tenantKey, QString tenantName, QDateTime stamp)
    : m_tenantKey(std::move(tenantKey))
    , m_tenantName(std::move(tenantName))
    , m_stamp(std::move(stamp)) {}

QString CalendarExport::escapeText(const QString &text) {
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            result += QLatin1String("\\\\");
        else if (c == QLatin1Char(';'))
            result += QLatin1String("\\;");
        else if (c == QLatin1Char(','))
            result += QLatin1String("\\,");
        else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            result += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n'))
            result += QLatin1String("\\n");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            result += QLatin1Char(' '); // other control characters are not allowed in TEXT
        else
            result += c;
    }
    return result;
}

QByteArray CalendarExport::foldLine(const QByteArray &line) {
    constexpr int Octets = 75;
    QByteArray result;
    result.reserve(line.size() + line.size() / Octets * 3 + 2);
    int used = 0; // octets on the current physical line
    int limit = Octets;
    qsizetype i = 0;
    while (i < line.size()) {
        // One UTF-8 character: its lead octet and its continuation octets (10xxxxxx).
        qsizetype next = i + 1;
        while (next < line.size() && (uchar(line.at(next)) & 0xC0) == 0x80)
            ++next;
        const int size = int(next - i);
        if (used + size > limit) {
            result += "\r\n "; // the continuation's leading space counts towards its 75
            used = 1;
            limit = Octets;
        }
        result += line.mid(i, size);
        used += size;
        i = next;
    }
    result += "\r\n";
    return result;
}

QByteArray CalendarExport::utcDateTime(const QDateTime &time) {
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QString CalendarExport::uid(const QString &tokenId) const {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_tenantKey.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(tokenId.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(32)) +
           QStringLiteral("@tokendesk.pat-expiry");
}

int CalendarExport::eventCount(const QList<AccessToken> &tokens) {
    return int(std::count_if(tokens.begin(), tokens.end(),
                             [](const AccessToken &token) { return token.expiresAt.has_value(); }));
}

QByteArray CalendarExport::toIcs(const QList<AccessToken> &tokens) const {
    QByteArray out;
    const auto line = [&out](const QByteArray &name, const QString &value) {
        out += foldLine(name + ':' + value.toUtf8());
    };
    const auto text = [&line](const QByteArray &name, const QString &value) {
        line(name, escapeText(value));
    };
    // Properties with fixed values, in order.
    const auto fixed =
        [&line](std::initializer_list<std::pair<const char *, const char *>> fields) {
            for (const auto &[name, value] : fields)
                line(name, QLatin1String(value));
        };
    fixed({{"BEGIN", "VCALENDAR"},
           {"VERSION", "2.0"},
           {"PRODID", "-//TokenDesk//Token expiries//EN"},
           {"CALSCALE", "GREGORIAN"},
           {"METHOD", "PUBLISH"}});
    text("X-WR-CALNAME", tr("Token expiries on %1").arg(m_tenantName));
    const QByteArray stamp = utcDateTime(m_stamp);
    for (const AccessToken &token : tokens) {
        if (!token.expiresAt)
            continue;
        const QString description = token.description.trimmed().isEmpty()
                                        ? tr("(no description)")
                                        : token.description.trimmed();
        const QDateTime expiry = token.expiresAt->toUTC();
        line("BEGIN", QStringLiteral("VEVENT"));
        line("UID", uid(token.id));
        line("DTSTAMP", QString::fromLatin1(stamp));
        line("DTSTART", QString::fromLatin1(utcDateTime(expiry)));
        line("DTEND", QString::fromLatin1(utcDateTime(expiry.addSecs(15 * 60))));
        text("SUMMARY", tr("Token expires: %1").arg(description));
        text("DESCRIPTION",
             tr("Your personal access token \"%1\" on %2 expires at %3 (UTC). Create a new one "
                "or rotate it before then.")
                 .arg(description, m_tenantName,
                      expiry.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        text("CATEGORIES", tr("TokenDesk"));
        fixed({{"TRANSP", "TRANSPARENT"},
               {"BEGIN", "VALARM"},
               {"ACTION", "DISPLAY"},
               {"TRIGGER", "-P7D"}});
        text("DESCRIPTION", tr("Token expires in 7 days: %1").arg(description));
        line("END", QStringLiteral("VALARM"));
        line("END", QStringLiteral("VEVENT"));
    }
    line("END", QStringLiteral("VCALENDAR"));
    return out;
}

bool CalendarExport::save(const QString &path, const QList<AccessToken> &tokens,
                          QString *error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(toIcs(tokens));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    qCInfo(lcServices) << "calendar of" << eventCount(tokens) << "token expiries saved";
    return true;
}
