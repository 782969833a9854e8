#pragma once

#include <QDateTime>
#include <QString>

namespace TimeFormat {

// "in 27 days", "3 hours ago", "in 5 minutes", "just now".
QString relative(const QDateTime &when, const QDateTime &now);

// "Dec 19, 2026, 14:05 CET" in local time, for tooltips and anything the user must act on.
QString exact(const QDateTime &when);

// "42:10" or "1:02:03" for countdowns; negative durations give "0:00".
QString countdown(qint64 seconds);

} // namespace TimeFormat
