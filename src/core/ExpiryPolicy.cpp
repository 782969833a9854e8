#include "ExpiryPolicy.h"

#include <QLocale>

#include <algorithm>

namespace {
constexpr qint64 Day = 86400;
}

ExpiryPolicy::ExpiryPolicy(const QDateTime &now, const QTimeZone &zone,
                           std::optional<int> maxExpiryDays)
    : m_now(now.toTimeZone(zone))
    , m_zone(zone)
    , m_maxExpiryDays(maxExpiryDays) {
    if (m_maxExpiryDays && *m_maxExpiryDays < 0)
        m_maxExpiryDays = 0;
}

QDateTime ExpiryPolicy::presetExpiry(int days) const {
    return m_now.addSecs(qint64(days) * Day);
}

bool ExpiryPolicy::allowsExpiry(const QDateTime &expiry) const {
    return !m_maxExpiryDays || expiry <= latestExpiry();
}

bool ExpiryPolicy::allowsPreset(int days) const {
    return days > 0 && allowsExpiry(presetExpiry(days));
}

QDateTime ExpiryPolicy::endOfDay(const QDate &date) const {
    return QDateTime(date, QTime(23, 59, 59), m_zone);
}

QDateTime ExpiryPolicy::expiryForDate(const QDate &date) const {
    const QDateTime end = endOfDay(date);
    return allowsExpiry(end) ? end : std::max(latestExpiry(), m_now).toTimeZone(m_zone);
}

QDate ExpiryPolicy::earliestDate() const {
    const QDate today = m_now.date();
    return endOfDay(today) > m_now ? today : today.addDays(1);
}

QDateTime ExpiryPolicy::latestExpiry() const {
    return m_maxExpiryDays ? m_now.addSecs(qint64(*m_maxExpiryDays) * Day) : QDateTime();
}

QDate ExpiryPolicy::latestDate() const {
    return m_maxExpiryDays ? latestExpiry().toTimeZone(m_zone).date() : QDate();
}

bool ExpiryPolicy::allowsDate(const QDate &date) const {
    return whyNot(date).isEmpty();
}

QString ExpiryPolicy::whyNot(const QDate &date) const {
    if (!date.isValid())
        return tr("Choose a date.");
    if (date < earliestDate())
        return tr("A token cannot expire in the past: choose today or a later date.");
    if (m_maxExpiryDays && (date > latestDate() || expiryForDate(date) <= m_now))
        return tr("Your organization allows tokens for at most %n day(s): the latest date is %1.",
                  nullptr, *m_maxExpiryDays)
            .arg(QLocale().toString(latestDate(), QLocale::LongFormat));
    return {};
}

QString ExpiryPolicy::capExplanation() const {
    if (!m_maxExpiryDays)
        return {};
    const QLocale locale;
    const QDateTime limit = latestExpiry().toTimeZone(m_zone);
    return tr("Your organization's administrator limits personal access tokens to %n day(s), so "
              "\"No expiration\" and expiries after %1, %2 cannot be chosen.",
              nullptr, *m_maxExpiryDays)
        .arg(locale.toString(limit.date(), QLocale::LongFormat),
             locale.toString(limit.time(), QLocale::ShortFormat));
}
