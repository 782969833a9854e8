#pragma once

#include "ApiTypes.h"
#include "CredentialStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class Settings;

// The personal access tokens created or saved here, per tenant: their prefixes (`mat-` and four
// characters, what the web UI shows — never more) and which ones the OS keychain holds. A saved
// value is keyed by tenant and token id (keyFor), so two tokens of one name never overwrite each
// other. Entries of the old scheme (tenant and description) are moved to the new key once, when
// exactly one token has that description; ambiguous ones are left and reported. An entry goes
// when its token is revoked; entries whose tokens are gone from a complete list are "stale" and
// offered for deletion. The index lives in the settings (no settings: in memory); values only in
// the keychain.
class SavedTokens : public QObject {
    Q_OBJECT
public:
    struct Record {
        QString id;
        QString description;
        QString prefix; // "mat-AbCd"; empty when unknown
        QString user;   // whose token it is (email)
        bool inKeychain = false;
    };
    using DoneCallback = std::function<void(const QString &error)>;

    // `store` and `settings` may be nullptr (no keychain; an index in memory only).
    SavedTokens(CredentialStore *store, Settings *settings, QObject *parent = nullptr);

    // The keychain key of a token's value.
    static QString keyFor(const QString &tenantKey, const QString &id);
    // The key of the old scheme, by description.
    static QString legacyKeyFor(const QString &tenantKey, const QString &description);
    // What may be kept and shown of a value: `mat-` and its next four characters.
    static QString prefixOf(const QByteArray &value);
    static constexpr int PrefixLength = 8;

    // The tenant (its key) and the user (email) whose tokens follow.
    void setScope(const QString &tenantKey, const QString &user);
    QString tenantKey() const { return m_tenantKey; }
    QString keyFor(const QString &id) const { return keyFor(m_tenantKey, id); }

    std::optional<Record> record(const QString &id) const;
    bool isSaved(const QString &id) const;
    QString prefix(const QString &id) const;
    bool hasKeychain() const { return m_store != nullptr; }

    // A token created here: remembers its prefix (never its value).
    void noteCreated(const AccessToken &token, const QByteArray &value);
    // The keychain now holds the value of `id` (written by the reveal under keyFor(id)).
    void noteSaved(const QString &id);
    // These tokens are gone (revoked here or found gone): their keychain entries go too.
    void forget(const QStringList &ids, DoneCallback done = {});
    // Every token of `user` was revoked.
    void forgetUser(const QString &user);

    // After a complete list of the user's tokens: finds the stale entries and, once per tenant,
    // moves the old description-keyed entries to their token's id.
    void reconcile(const QList<AccessToken> &tokens);
    // Entries of this user whose tokens are not in the last complete list.
    QList<Record> stale() const;
    void removeStale(DoneCallback done);

Q_SIGNALS:
    void changed();
    // The move of old entries ended; `report` says what was moved and what was left (empty:
    // there was nothing to move).
    void migrated(const QString &report);

private:
    void load();
    void store();
    void migrateNext(std::shared_ptr<struct Migration> migration);

    QPointer<CredentialStore> m_store;
    Settings *m_settings;
    QString m_tenantKey;
    QString m_user;
    QList<Record> m_records;
    bool m_migrated = false;
    bool m_migrating = false;
    QStringList m_staleIds;
    // Without settings: the index of each tenant, in memory.
    QHash<QString, QByteArray> m_memory;
};
