#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUrl>

// The expiry forecast (administrators): which personal access tokens of all users expire in the
// next 7, 30, 60 or 90 days, counted per day or per week and grouped by owner, and the mailto:
// draft that reminds an owner of theirs. Pure: tests drive it with any `now` and time zone.
//
// The horizon is whole calendar days in `zone`: "the next N days" are today and the N - 1 days
// after it, so a token is in it when now < expiry < the start of day N (a token that has already
// expired is not forecast; one that never expires has nothing to forecast).
class ExpiryForecast {
    Q_DECLARE_TR_FUNCTIONS(ExpiryForecast)
public:
    enum class Granularity { Day, Week };

    // One token as the forecast needs it: whose, what it is called and when it expires. No value
    // (the platform gives none for existing tokens) — and the id is never put in a reminder.
    struct Token {
        QString ownerEmail;
        QString id;
        QString description;
        QDateTime expiresAt; // invalid: never expires
    };
    // One bar of the strip: the tokens expiring from `first` to `last` (calendar days, both
    // included).
    struct Bucket {
        QDate first;
        QDate last;
        int count = 0;
    };
    // One owner's tokens in the horizon, earliest first.
    struct OwnerGroup {
        QString email;
        QList<Token> tokens;
        int count() const { return int(tokens.size()); }
        QDateTime earliest() const {
            return tokens.isEmpty() ? QDateTime() : tokens.first().expiresAt;
        }
    };

    static constexpr int Horizons[] = {7, 30, 60, 90};

    // `horizonDays` >= 1; `zone` decides where a day begins (the computer's by default).
    ExpiryForecast(QList<Token> tokens, int horizonDays, QDateTime now,
                   QTimeZone zone = QTimeZone::systemTimeZone());

    int horizonDays() const { return m_horizonDays; }
    QDateTime now() const { return m_now; }
    // The end of the horizon (exclusive): the start of day N in the zone.
    QDateTime end() const { return m_end; }
    // Whether `expiresAt` falls in the horizon.
    bool contains(const QDateTime &expiresAt) const;
    // The tokens in the horizon, earliest first (ties by owner, then description).
    const QList<Token> &tokens() const { return m_tokens; }
    // Days for horizons up to 30 days, weeks beyond (the strip's default).
    static Granularity defaultGranularity(int horizonDays);
    // Every bucket of the horizon in order, empty ones included: N days, or ceil(N / 7) weeks
    // from today (the last one cut at the horizon's end).
    QList<Bucket> buckets(Granularity granularity) const;
    // The bucket a token in the horizon falls in (-1 when it is not in it).
    int bucketOf(const QDateTime &expiresAt, Granularity granularity) const;
    // The owners with tokens in the horizon, the soonest earliest expiry first (ties by email);
    // one group per email, compared case-insensitively.
    QList<OwnerGroup> owners() const;

    // The reminder for an owner: mailto:<email>?subject=…&body=…, percent-encoded (RFC 6068:
    // UTF-8, line breaks as %0D%0A). It names the owner's tokens by description and expiry date
    // only — never an id or a value. `tenant` names the tenant in the text.
    static QByteArray mailto(const OwnerGroup &owner, const QString &tenant,
                             const QTimeZone &zone = QTimeZone::systemTimeZone());
    static QUrl mailtoUrl(const OwnerGroup &owner, const QString &tenant,
                          const QTimeZone &zone = QTimeZone::systemTimeZone());
    // The reminder's subject and body in plain text (what mailto() encodes).
    static QString reminderSubject(const OwnerGroup &owner, const QString &tenant);
    static QString reminderBody(const OwnerGroup &owner, const QString &tenant,
                                const QTimeZone &zone = QTimeZone::systemTimeZone());

private:
    int dayOf(const QDateTime &expiresAt) const;

    int m_horizonDays;
    QDateTime m_now;
    QTimeZone m_zone;
    QDate m_today;
    QDateTime m_end;
    QList<Token> m_tokens;
};
