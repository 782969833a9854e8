#include "TimeFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace TimeFormat {

namespace {
QString span(qint64 seconds) {
    constexpr qint64 minute = 60, hour = 3600, day = 86400;
    // Rounded to the nearest unit: 2 days 23 hours reads "3 days".
    // The count is computed before the translate() call: lupdate 6.4 never finishes a file where
    // the numerus argument is itself a function call.
    const auto rounded = [seconds](qint64 unit) { return int((seconds + unit / 2) / unit); };
    if (seconds < hour - minute / 2) {
        const int n = std::max(1, rounded(minute));
        return QCoreApplication::translate("TimeFormat", "%n minute(s)", nullptr, n);
    }
    if (seconds < day - hour / 2) {
        const int n = rounded(hour);
        return QCoreApplication::translate("TimeFormat", "%n hour(s)", nullptr, n);
    }
    if (seconds < 60 * day) {
        const int n = rounded(day);
        return QCoreApplication::translate("TimeFormat", "%n day(s)", nullptr, n);
    }
    if (seconds < 730 * day) {
        const int n = rounded(30 * day);
        return QCoreApplication::translate("TimeFormat", "%n month(s)", nullptr, n);
    }
    const int n = rounded(365 * day);
    return QCoreApplication::translate("TimeFormat", "%n year(s)", nullptr, n);
}
} // namespace

QString relative(const QDateTime &when, const QDateTime &now) {
    const qint64 delta = now.secsTo(when);
    if (std::abs(delta) < 45)
        return QCoreApplication::translate("TimeFormat", "just now");
    if (delta > 0)
        return QCoreApplication::translate("TimeFormat", "in %1").arg(span(delta));
    return QCoreApplication::translate("TimeFormat", "%1 ago").arg(span(-delta));
}

QString exact(const QDateTime &when) {
    const QDateTime local = when.toLocalTime();
    return QLocale().toString(local, QLocale::LongFormat);
}

QString countdown(qint64 seconds) {
    if (seconds < 0)
        seconds = 0;
    const qint64 h = seconds / 3600, m = (seconds % 3600) / 60, s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

} // namespace TimeFormat
