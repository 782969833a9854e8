#include "ExpiryForecast.h"

#include <QHash>

#include <algorithm>

namespace {
// A description as one line of a reminder (a description may hold line breaks).
QString oneLine(const QString &description) {
    QString text = description.simplified();
    return text.isEmpty() ? ExpiryForecast::tr("(no description)") : text;
}
} // namespace

ExpiryForecast::ExpiryForecast(QList<Token> tokens, int horizonDays, QDateTime now, QTimeZone zone)
    : m_horizonDays(std::max(1, horizonDays))
    , m_now(std::move(now))
    , m_zone(std::move(zone)) {
    m_today = m_now.toTimeZone(m_zone).date();
    m_end = m_today.addDays(m_horizonDays).startOfDay(m_zone);
    for (Token &token : tokens) {
        if (contains(token.expiresAt))
            m_tokens.append(std::move(token));
    }
    std::stable_sort(m_tokens.begin(), m_tokens.end(), [](const Token &a, const Token &b) {
        if (a.expiresAt != b.expiresAt)
            return a.expiresAt < b.expiresAt;
        const int owner = a.ownerEmail.compare(b.ownerEmail, Qt::CaseInsensitive);
        if (owner != 0)
            return owner < 0;
        return a.description < b.description;
    });
}

bool ExpiryForecast::contains(const QDateTime &expiresAt) const {
    return expiresAt.isValid() && m_now < expiresAt && expiresAt < m_end;
}

ExpiryForecast::Granularity ExpiryForecast::defaultGranularity(int horizonDays) {
    return horizonDays <= 30 ? Granularity::Day : Granularity::Week;
}

int ExpiryForecast::dayOf(const QDateTime &expiresAt) const {
    return int(m_today.daysTo(expiresAt.toTimeZone(m_zone).date()));
}

QList<ExpiryForecast::Bucket> ExpiryForecast::buckets(Granularity granularity) const {
    const int span = granularity == Granularity::Day ? 1 : 7;
    const int count = (m_horizonDays + span - 1) / span;
    QList<Bucket> result;
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int firstDay = i * span;
        const int lastDay = std::min(m_horizonDays - 1, firstDay + span - 1);
        result.append({m_today.addDays(firstDay), m_today.addDays(lastDay), 0});
    }
    for (const Token &token : m_tokens) {
        const int bucket = bucketOf(token.expiresAt, granularity);
        if (bucket >= 0 && bucket < result.size())
            ++result[bucket].count;
    }
    return result;
}

int ExpiryForecast::bucketOf(const QDateTime &expiresAt, Granularity granularity) const {
    if (!contains(expiresAt))
        return -1;
    const int day = dayOf(expiresAt);
    return granularity == Granularity::Day ? day : day / 7;
}

QList<ExpiryForecast::OwnerGroup> ExpiryForecast::owners() const {
    QList<OwnerGroup> groups;
    QHash<QString, int> byEmail;
    for (const Token &token : m_tokens) { // earliest first, so each group is too
        const QString key = token.ownerEmail.toLower();
        auto it = byEmail.constFind(key);
        if (it == byEmail.constEnd()) {
            it = byEmail.insert(key, int(groups.size()));
            groups.append({token.ownerEmail, {}});
        }
        groups[*it].tokens.append(token);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const OwnerGroup &a, const OwnerGroup &b) {
        if (a.earliest() != b.earliest())
            return a.earliest() < b.earliest();
        return a.email.compare(b.email, Qt::CaseInsensitive) < 0;
    });
    return groups;
}

QString ExpiryForecast::reminderSubject(const OwnerGroup &owner, const QString &tenant) {
    return tr("%n personal access token(s) on %1 expire soon", nullptr, owner.count()).arg(tenant);
}

QString ExpiryForecast::reminderBody(const OwnerGroup &owner, const QString &tenant,
                                     const QTimeZone &zone) {
    QStringList lines;
    lines << tr("Hello,") << QString()
          << tr("these personal access tokens of yours on %1 expire soon:").arg(tenant)
          << QString();
    for (const Token &token : owner.tokens) {
        const QString date = token.expiresAt.toTimeZone(zone).date().toString(Qt::ISODate);
        lines << tr("- %1: expires on %2").arg(oneLine(token.description), date);
    }
    lines << QString()
          << tr("If you still need them, please create new ones (or rotate them) before they "
                "expire, and revoke the ones you no longer use.")
          << QString() << tr("Thank you.");
    return lines.join(QLatin1Char('\n'));
}

QByteArray ExpiryForecast::mailto(const OwnerGroup &owner, const QString &tenant,
                                  const QTimeZone &zone) {
    // RFC 6068: the address with its "@" as is; subject and body as UTF-8, every octet that is
    // not unreserved percent-encoded, line breaks as CRLF.
    const auto encode = [](const QString &text) {
        QString crlf = text;
        crlf.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        crlf.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        return QUrl::toPercentEncoding(crlf);
    };
    return QByteArrayLiteral("mailto:") + QUrl::toPercentEncoding(owner.email, "@") +
           QByteArrayLiteral("?subject=") + encode(reminderSubject(owner, tenant)) +
           QByteArrayLiteral("&body=") + encode(reminderBody(owner, tenant, zone));
}

QUrl ExpiryForecast::mailtoUrl(const OwnerGroup &owner, const QString &tenant,
                               const QTimeZone &zone) {
    return QUrl::fromEncoded(mailto(owner, tenant, zone), QUrl::StrictMode);
}
