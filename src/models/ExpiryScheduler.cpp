#include "ExpiryScheduler.h"

#include "TimeFormat.h"

#include <QLocale>

#include <algorithm>

QDateTime ExpiryScheduler::warnFrom(const ExpiryEntry &entry) const {
    if (!entry.expiresAt.isValid())
        return {};
    switch (entry.kind) {
    case ExpiryEntry::Kind::LoginToken:
        if (!m_settings.loginToken || entry.willBeRefreshed)
            return {};
        return entry.expiresAt.addSecs(-60LL * m_settings.loginLeadMinutes);
    case ExpiryEntry::Kind::ScmToken:
        if (!m_settings.scmTokens || entry.willBeRefreshed) // v2: the platform renews it
            return {};
        return entry.expiresAt.addSecs(-60LL * m_settings.scmLeadMinutes);
    case ExpiryEntry::Kind::PersonalAccessToken: {
        if (!m_settings.personalAccessTokens)
            return {};
        const QDateTime from = entry.expiresAt.addDays(-m_settings.patLeadDays);
        if (m_sessionStart.isValid() && entry.created.isValid() && entry.created >= m_sessionStart)
            return std::max(from, entry.created.addDays(1)); // just created with this lifetime
        return from;
    }
    }
    return {};
}

QStringList ExpiryScheduler::announced() const {
    QStringList keys(m_fired.begin(), m_fired.end());
    keys.sort();
    return keys;
}

void ExpiryScheduler::restoreAnnounced(const QStringList &keys, const QDateTime &now) {
    m_fired.clear();
    for (const QString &key : keys) {
        // kind|key|expiry ms[|day]: keep what has not expired yet.
        const QStringList parts = key.split(QLatin1Char('|'));
        bool ok = false;
        const qint64 expiry = parts.size() >= 3 ? parts.at(2).toLongLong(&ok) : 0;
        if (ok && expiry > now.toMSecsSinceEpoch())
            m_fired.insert(key);
    }
}

QString ExpiryScheduler::firedKey(const ExpiryEntry &entry, const QDateTime &now) const {
    // The expiry is part of the key: a renewed token is warned about again.
    QString key = QString::number(int(entry.kind)) + QLatin1Char('|') + entry.key +
                  QLatin1Char('|') + QString::number(entry.expiresAt.toMSecsSinceEpoch());
    if (entry.kind == ExpiryEntry::Kind::PersonalAccessToken) // once a day
        key += QLatin1Char('|') + now.toLocalTime().date().toString(Qt::ISODate);
    return key;
}

QList<ExpiryWarning> ExpiryScheduler::takeDue(const QList<ExpiryEntry> &entries,
                                              const QDateTime &now) {
    QList<ExpiryWarning> due;
    for (const ExpiryEntry &entry : entries) {
        const QDateTime from = warnFrom(entry);
        if (!from.isValid() || now < from || now >= entry.expiresAt)
            continue;
        const QString key = firedKey(entry, now);
        if (m_fired.contains(key))
            continue;
        m_fired.insert(key);
        due.append(describe(entry, now));
    }
    return due;
}

std::optional<QDateTime> ExpiryScheduler::nextDue(const QList<ExpiryEntry> &entries,
                                                  const QDateTime &now) const {
    std::optional<QDateTime> next;
    const auto consider = [&next, &now](const QDateTime &when) {
        if (when.isValid() && when > now && (!next || when < *next))
            next = when;
    };
    for (const ExpiryEntry &entry : entries) {
        const QDateTime from = warnFrom(entry);
        if (!from.isValid() || now >= entry.expiresAt)
            continue;
        if (now < from) {
            consider(from);
        } else if (!m_fired.contains(firedKey(entry, now))) {
            consider(now.addMSecs(1)); // due now
        } else if (entry.kind == ExpiryEntry::Kind::PersonalAccessToken) {
            // Given today: again at the start of the next local day, if it has not expired.
            const QDateTime tomorrow = QDateTime(now.toLocalTime().date().addDays(1), QTime(0, 0));
            if (tomorrow < entry.expiresAt)
                consider(tomorrow);
        }
    }
    return next;
}

ExpiryWarning ExpiryScheduler::describe(const ExpiryEntry &entry, const QDateTime &now) const {
    ExpiryWarning warning;
    warning.entry = entry;
    const QString in = TimeFormat::relative(entry.expiresAt, now);
    const QString at =
        QLocale().toString(entry.expiresAt.toLocalTime().time(), QLocale::ShortFormat);
    switch (entry.kind) {
    case ExpiryEntry::Kind::LoginToken:
        warning.title = tr("Your login token expires %1").arg(in);
        warning.message =
            tr("TokenDesk's sign-in ends at %1. Sign in again to keep working.").arg(at);
        break;
    case ExpiryEntry::Kind::ScmToken:
        warning.title = tr("%1 token expires %2").arg(entry.label, in);
        warning.message =
            tr("Moderne's access to %1 ends at %2. Connect it again in SCM connections.")
                .arg(entry.label, at);
        break;
    case ExpiryEntry::Kind::PersonalAccessToken:
        warning.title = tr("Access token “%1” expires %2").arg(entry.label, in);
        warning.message = tr("It stops working on %1. Create a new token before then.")
                              .arg(TimeFormat::exact(entry.expiresAt));
        break;
    }
    return warning;
}
