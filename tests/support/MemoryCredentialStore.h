#pragma once

#include "CredentialStore.h"

#include <QHash>

// A keychain in memory, for tests whose subject is not what is stored: `entries` holds what
// was written and may be filled beforehand (e.g. a refresh token to restore from).
class MemoryCredentialStore : public CredentialStore {
public:
    using CredentialStore::CredentialStore;
    QHash<QString, QByteArray> entries;
    void read(const QString &key, ReadCallback callback) override {
        callback({entries.contains(key), entries.value(key), {}});
    }
    void write(const QString &key, const QByteArray &secret, DoneCallback callback) override {
        entries.insert(key, secret);
        callback({});
    }
    void remove(const QString &key, DoneCallback callback) override {
        entries.remove(key);
        callback({});
    }
};
