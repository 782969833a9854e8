#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// What an administrator's bulk action did, for their own records: who acted, on which tenant,
// when, and per token its owner, id, description and outcome. Never a token value (the
// platform gives none for existing tokens, and nothing here asks for one).
// CSV: a header row, RFC 4180 quoting, CRLF line ends, times in UTC RFC 3339, one row per token
// with the receipt's tenant, actor and action repeated so each row stands alone. JSON: one object
// {tenant, actor, action, time, entries: [{owner, id, description, outcome, message, time}]}.
class RevocationReceipt {
    Q_DECLARE_TR_FUNCTIONS(RevocationReceipt)

public:
    struct Entry {
        QString owner;
        QString tokenId;
        QString description;
        QString outcome; // "revoked", "failed" or "unknown" (the answer was lost)
        QString message; // the server's or the network's words, when not "revoked"
        QDateTime at;    // when the answer came; the receipt's time when left empty
    };

    RevocationReceipt(QString tenant, QString actor, QString action, QDateTime when);

    void add(const Entry &entry);
    const QList<Entry> &entries() const { return m_entries; }
    int count(const QString &outcome) const;

    QByteArray toCsv() const;
    QByteArray toJson() const;
    // Writes JSON when `path` ends in ".json" (any case), else CSV. All or nothing (QSaveFile);
    // false and `error` when the file cannot be written.
    bool save(const QString &path, QString *error = nullptr) const;

private:
    QDateTime timeOf(const Entry &entry) const;

    QString m_tenant;
    QString m_actor;
    QString m_action;
    QDateTime m_when;
    QList<Entry> m_entries;
};
