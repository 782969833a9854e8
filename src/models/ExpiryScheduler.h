#pragma once

#include "ExpiryRules.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

#include <optional>

// Something that expires: the login token, an SCM token, a personal access token.
struct ExpiryEntry {
    using Kind = TokenKind;
    Kind kind = Kind::LoginToken;
    QString key;   // unique within its kind: origin, token id
    QString label; // what the user knows it by
    QDateTime created;
    QDateTime expiresAt;
    // Renewed silently before it lapses: the login token (by TokenDesk), a v2 tenant's SCM
    // credentials (by the platform). Never warned about.
    bool willBeRefreshed = false;
};

struct ExpiryWarning {
    ExpiryEntry entry;
    QString title;
    QString message;
};

// Decides when to warn, with no clock of its own: each warning is due once, from its lead time
// before the expiry until the expiry (PATs: once a day while within their lead days). Pure
// logic, so tests drive it with any `now`.
class ExpiryScheduler {
    Q_DECLARE_TR_FUNCTIONS(ExpiryScheduler)
public:
    void setSettings(const NotificationSettings &settings) { m_settings = settings; }
    const NotificationSettings &settings() const { return m_settings; }

    // The warnings due at `now` that have not been given yet; they are marked as given.
    QList<ExpiryWarning> takeDue(const QList<ExpiryEntry> &entries, const QDateTime &now);
    // When the next warning falls due (after `now`), if any: when to look again.
    std::optional<QDateTime> nextDue(const QList<ExpiryEntry> &entries, const QDateTime &now) const;

    // When the warning for `entry` starts (invalid if it is never warned about).
    QDateTime warnFrom(const ExpiryEntry &entry) const;

    // When this session started: a personal access token created since then was given its
    // lifetime by the user moments ago, so it is not warned about in its first day.
    void setSessionStart(const QDateTime &start) { m_sessionStart = start; }

    // The warnings given so far, as keys (kind, token id or origin, expiry, day: never a
    // value), to remember them across restarts; restoring drops keys whose expiry is past.
    QStringList announced() const;
    void restoreAnnounced(const QStringList &keys, const QDateTime &now);

private:
    QString firedKey(const ExpiryEntry &entry, const QDateTime &now) const;
    ExpiryWarning describe(const ExpiryEntry &entry, const QDateTime &now) const;

    NotificationSettings m_settings;
    QSet<QString> m_fired;
    QDateTime m_sessionStart;
};
Q_DECLARE_METATYPE(ExpiryWarning)
