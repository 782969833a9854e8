#pragma once

#include "CredentialStore.h"

// CredentialStore over QtKeychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Manager). The insecure plain-text fallback is never enabled. Every job has a timeout so a
// locked or prompting keychain never hangs the window.
class KeychainCredentialStore : public CredentialStore {
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QString service, QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void read(const QString &key, ReadCallback callback) override;
    void write(const QString &key, const QByteArray &secret, DoneCallback callback) override;
    void remove(const QString &key, DoneCallback callback) override;

private:
    QString m_service;
    int m_timeoutMs = 10000;
};
