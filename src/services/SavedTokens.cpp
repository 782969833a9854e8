#include "SavedTokens.h"

#include "CredentialStore.h"
#include "Logging.h"
#include "SecretMemory.h"
#include "Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <memory>

namespace {
// The old scheme is probed for at most this many descriptions (one keychain read each).
constexpr int MaxLegacyProbes = 200;
} // namespace

struct Migration {
    QString tenantKey;
    struct Candidate {
        QString description;
        QStringList ids; // the tokens with that description
    };
    QList<Candidate> queue;
    QStringList moved;
    QStringList ambiguous;
    QStringList failed;
};

SavedTokens::SavedTokens(CredentialStore *store, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings) {}

QString SavedTokens::keyFor(const QString &tenantKey, const QString &id) {
    return QStringLiteral("pat:%1#id=%2").arg(tenantKey, id);
}

QString SavedTokens::legacyKeyFor(const QString &tenantKey, const QString &description) {
    return QStringLiteral("pat:%1:%2").arg(tenantKey, description);
}

QString SavedTokens::prefixOf(const QByteArray &value) {
    if (!value.startsWith("mat-") || value.size() <= PrefixLength)
        return {};
    return QString::fromLatin1(value.left(PrefixLength));
}

void SavedTokens::setScope(const QString &tenantKey, const QString &user) {
    if (tenantKey == m_tenantKey && user == m_user)
        return;
    m_tenantKey = tenantKey;
    m_user = user;
    m_staleIds.clear();
    load();
    Q_EMIT changed();
}

void SavedTokens::load() {
    m_records.clear();
    m_migrated = false;
    if (m_tenantKey.isEmpty())
        return;
    const QByteArray json =
        m_settings ? m_settings->savedTokens(m_tenantKey) : m_memory.value(m_tenantKey);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    m_migrated = root.value(QLatin1String("migrated")).toBool();
    for (const QJsonValue &value : root.value(QLatin1String("tokens")).toArray()) {
        const QJsonObject o = value.toObject();
        Record record;
        record.id = o.value(QLatin1String("id")).toString();
        record.description = o.value(QLatin1String("description")).toString();
        record.prefix = o.value(QLatin1String("prefix")).toString().left(PrefixLength);
        record.user = o.value(QLatin1String("user")).toString();
        record.inKeychain = o.value(QLatin1String("keychain")).toBool();
        if (!record.id.isEmpty())
            m_records << record;
    }
}

void SavedTokens::store() {
    if (m_tenantKey.isEmpty())
        return;
    QJsonArray tokens;
    for (const Record &record : std::as_const(m_records))
        tokens.append(QJsonObject{{QStringLiteral("id"), record.id},
                                  {QStringLiteral("description"), record.description},
                                  {QStringLiteral("prefix"), record.prefix},
                                  {QStringLiteral("user"), record.user},
                                  {QStringLiteral("keychain"), record.inKeychain}});
    const QByteArray json =
        tokens.isEmpty() && !m_migrated
            ? QByteArray()
            : QJsonDocument(QJsonObject{{QStringLiteral("migrated"), m_migrated},
                                        {QStringLiteral("tokens"), tokens}})
                  .toJson(QJsonDocument::Compact);
    if (m_settings)
        m_settings->setSavedTokens(m_tenantKey, json);
    else
        m_memory.insert(m_tenantKey, json);
}

std::optional<SavedTokens::Record> SavedTokens::record(const QString &id) const {
    for (const Record &record : m_records)
        if (record.id == id)
            return record;
    return std::nullopt;
}

bool SavedTokens::isSaved(const QString &id) const {
    const auto r = record(id);
    return r && r->inKeychain;
}

QString SavedTokens::prefix(const QString &id) const {
    const auto r = record(id);
    return r ? r->prefix : QString();
}

void SavedTokens::noteCreated(const AccessToken &token, const QByteArray &value) {
    if (m_tenantKey.isEmpty() || token.id.isEmpty())
        return;
    Record record;
    record.id = token.id;
    record.description = token.description;
    record.prefix = prefixOf(value);
    record.user = m_user;
    m_records.erase(std::remove_if(m_records.begin(), m_records.end(),
                                   [&](const Record &r) { return r.id == token.id; }),
                    m_records.end());
    m_records << record;
    store();
    Q_EMIT changed();
}

void SavedTokens::noteSaved(const QString &id) {
    for (Record &record : m_records) {
        if (record.id == id) {
            record.inKeychain = true;
            store();
            Q_EMIT changed();
            return;
        }
    }
}

void SavedTokens::forget(const QStringList &ids, DoneCallback done) {
    QStringList keys;
    const qsizetype before = m_records.size();
    m_records.erase(std::remove_if(m_records.begin(), m_records.end(),
                                   [&](const Record &r) {
                                       if (!ids.contains(r.id))
                                           return false;
                                       if (r.inKeychain)
                                           keys << keyFor(r.id);
                                       return true;
                                   }),
                    m_records.end());
    for (const QString &id : ids)
        m_staleIds.removeAll(id);
    if (m_records.size() != before) {
        store();
        Q_EMIT changed();
    }
    if (!m_store || keys.isEmpty()) {
        if (done)
            done({});
        return;
    }
    auto remaining = std::make_shared<int>(int(keys.size()));
    auto errors = std::make_shared<QStringList>();
    for (const QString &key : std::as_const(keys)) {
        m_store->remove(key, [remaining, errors, done](const QString &error) {
            if (!error.isEmpty()) {
                qCWarning(lcKeychain) << "removing a saved token failed:" << error;
                errors->append(error);
            }
            if (--*remaining == 0 && done)
                done(errors->isEmpty() ? QString() : errors->constFirst());
        });
    }
}

void SavedTokens::forgetUser(const QString &user) {
    QStringList ids;
    for (const Record &record : std::as_const(m_records))
        if (record.user == user)
            ids << record.id;
    if (!ids.isEmpty())
        forget(ids);
}

QList<SavedTokens::Record> SavedTokens::stale() const {
    QList<Record> records;
    for (const Record &record : m_records)
        if (m_staleIds.contains(record.id))
            records << record;
    return records;
}

void SavedTokens::removeStale(DoneCallback done) {
    forget(m_staleIds, std::move(done));
}

void SavedTokens::reconcile(const QList<AccessToken> &tokens) {
    QSet<QString> present;
    for (const AccessToken &token : tokens)
        present.insert(token.id);
    QStringList stale;
    for (const Record &record : std::as_const(m_records))
        if (record.user == m_user && !present.contains(record.id))
            stale << record.id;
    const bool staleChanged = stale != m_staleIds;
    m_staleIds = stale;
    if (staleChanged)
        Q_EMIT changed();

    if (m_migrated || m_migrating || !m_store || m_tenantKey.isEmpty())
        return;
    auto migration = std::make_shared<Migration>();
    migration->tenantKey = m_tenantKey;
    QHash<QString, int> index;
    for (const AccessToken &token : tokens) {
        if (token.description.isEmpty() || isSaved(token.id))
            continue;
        auto it = index.find(token.description);
        if (it == index.end()) {
            if (migration->queue.size() >= MaxLegacyProbes)
                continue;
            index.insert(token.description, int(migration->queue.size()));
            migration->queue.append({token.description, {token.id}});
        } else {
            migration->queue[*it].ids << token.id;
        }
    }
    m_migrating = true;
    migrateNext(migration);
}

void SavedTokens::migrateNext(std::shared_ptr<Migration> migration) {
    if (migration->tenantKey != m_tenantKey || !m_store) {
        m_migrating = false; // another tenant: its own turn comes with its list
        return;
    }
    if (migration->queue.isEmpty()) {
        m_migrating = false;
        m_migrated = migration->failed.isEmpty();
        store();
        QStringList report;
        if (!migration->moved.isEmpty())
            report << tr("Moved %n keychain entry(s) to the token's id: %1.", nullptr,
                         int(migration->moved.size()))
                          .arg(migration->moved.join(QStringLiteral(", ")));
        if (!migration->ambiguous.isEmpty())
            report << tr("Left %n keychain entry(s) under the old name, because several tokens "
                         "have that description: %1.",
                         nullptr, int(migration->ambiguous.size()))
                          .arg(migration->ambiguous.join(QStringLiteral(", ")));
        if (!migration->failed.isEmpty())
            report << tr("Could not move the keychain entries of %1; TokenDesk tries again "
                         "next time.")
                          .arg(migration->failed.join(QStringLiteral(", ")));
        Q_EMIT changed();
        Q_EMIT migrated(report.join(QLatin1Char('\n')));
        return;
    }
    const Migration::Candidate candidate = migration->queue.takeFirst();
    const QString legacy = legacyKeyFor(migration->tenantKey, candidate.description);
    QPointer<SavedTokens> self(this);
    m_store->read(
        legacy, [self, migration, candidate, legacy](const CredentialStore::ReadResult &read) {
            QByteArray secret = read.secret;
            if (!self) {
                SecretMemory::wipe(secret);
                return;
            }
            const QString quoted = QStringLiteral("“%1”").arg(candidate.description);
            if (!read.error.isEmpty()) {
                migration->failed << quoted;
            } else if (read.found && candidate.ids.size() > 1) {
                migration->ambiguous << quoted;
            } else if (read.found && self->m_store) {
                const QString id = candidate.ids.constFirst();
                const QString key = keyFor(migration->tenantKey, id);
                const QString prefix = prefixOf(secret);
                self->m_store->write(
                    key, secret,
                    [self, migration, candidate, legacy, id, prefix, quoted](const QString &error) {
                        if (!self)
                            return;
                        if (!error.isEmpty()) {
                            migration->failed << quoted;
                            return self->migrateNext(migration);
                        }
                        if (migration->tenantKey == self->m_tenantKey) {
                            Record record;
                            record.id = id;
                            record.description = candidate.description;
                            record.prefix = prefix;
                            record.user = self->m_user;
                            record.inKeychain = true;
                            self->m_records << record;
                        }
                        migration->moved << quoted;
                        self->m_store->remove(legacy, [self, migration](const QString &) {
                            if (self)
                                self->migrateNext(migration);
                        });
                    });
                SecretMemory::wipe(secret);
                return;
            }
            SecretMemory::wipe(secret);
            self->migrateNext(migration);
        });
}
