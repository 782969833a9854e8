#pragma once

#include "ApiTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// The signed-in user's own personal access token expiries as an iCalendar file (RFC 5545): one
// VEVENT per token that expires (at its expiry, with a reminder a week before), none for a token
// that never expires. Each event's UID is stable for the tenant and the token id, so importing a
// newer export updates the events instead of duplicating them. Lines end in CRLF and are folded
// at 75 octets (never inside a UTF-8 character); TEXT values escape "\", ";", "," and line
// breaks. Never a token value (nothing here has one).
class CalendarExport {
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)
public:
    // `tenantKey`: what tells the tenant apart (its credential key), for the UIDs; `tenantName`:
    // how the events name it. `stamp`: the export's time (DTSTAMP).
    CalendarExport(QString tenantKey, QString tenantName, QDateTime stamp);

    // The events of `tokens` (those without an expiry are left out).
    QByteArray toIcs(const QList<AccessToken> &tokens) const;
    // How many events toIcs() makes of `tokens`.
    static int eventCount(const QList<AccessToken> &tokens);
    // All or nothing (QSaveFile); false and `error` when the file cannot be written.
    bool save(const QString &path, const QList<AccessToken> &tokens,
              QString *error = nullptr) const;

    // The UID of a token's event: the same for the same tenant and token id, different for
    // another tenant.
    QString uid(const QString &tokenId) const;

    // RFC 5545 3.3.11: "\" "; " "," and line breaks escaped.
    static QString escapeText(const QString &text);
    // RFC 5545 3.1: one content line, folded at 75 octets, ending in CRLF.
    static QByteArray foldLine(const QByteArray &line);
    // 20261206T031400Z
    static QByteArray utcDateTime(const QDateTime &time);

private:
    QString m_tenantKey;
    QString m_tenantName;
    QDateTime m_stamp;
};
