#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

// The date arithmetic of a new personal access token's expiry, pure and testable: the
// presets (exactly now + N days), a custom date (the end of that day in the given time zone),
// "No expiration", and the tenant's cap (maxExpiryDays), which rules out "No expiration" and
// anything later than now + maxExpiryDays. Every result is a date-time in `zone`, so that it
// goes out as RFC 3339 with that zone's offset.
//
// The cap is one rule, allowsExpiry(): an expiry is allowed when it is no later than
// latestExpiry() (now + maxExpiryDays × 24 h). The presets, the calendar's dates (the last
// one ends at the limit rather than at 23:59:59) and the sentences all follow from it.
class ExpiryPolicy {
    Q_DECLARE_TR_FUNCTIONS(ExpiryPolicy)
public:
    static constexpr int PresetDays[] = {7, 30, 90};
    static constexpr int DefaultPresetDays = 30;

    ExpiryPolicy(const QDateTime &now, const QTimeZone &zone, std::optional<int> maxExpiryDays);

    QDateTime now() const { return m_now; }
    QTimeZone zone() const { return m_zone; }
    std::optional<int> maxExpiryDays() const { return m_maxExpiryDays; }

    // now + days × 24 h, to the second (a preset must not exceed a cap of the same length,
    // which the server checks in elapsed time, across a daylight-saving change too).
    QDateTime presetExpiry(int days) const;
    bool allowsPreset(int days) const;
    bool allowsNoExpiry() const { return !m_maxExpiryDays; }

    // The one rule of the cap: `expiry` is no later than latestExpiry() (always, without a cap).
    bool allowsExpiry(const QDateTime &expiry) const;

    // 23:59:59 of `date` in the zone.
    QDateTime endOfDay(const QDate &date) const;
    // When a token for the custom date `date` expires: the end of that day, or the cap's limit
    // on the last day the cap allows.
    QDateTime expiryForDate(const QDate &date) const;
    // The first date whose end is still in the future (today, normally).
    QDate earliestDate() const;
    // The day of latestExpiry(), the last date that can be chosen; invalid without a cap.
    QDate latestDate() const;
    bool allowsDate(const QDate &date) const;
    // Empty when `date` can be chosen; otherwise why not, in a sentence.
    QString whyNot(const QDate &date) const;
    // The latest expiry the cap allows (invalid without a cap).
    QDateTime latestExpiry() const;
    // A sentence on the cap for the dialog; empty without one.
    QString capExplanation() const;

private:
    QDateTime m_now;
    QTimeZone m_zone;
    std::optional<int> m_maxExpiryDays;
};
