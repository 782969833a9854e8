#include "KeychainCredentialStore.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <algorithm>
#include <memory>

namespace {

QString describe(QKeychain::Job *job) {
    return KeychainCredentialStore::tr(
               "The system keychain refused the request: %1. Unlock the keychain (for example "
               "GNOME Keyring or KWallet) and try again.")
        .arg(job->errorString());
}

// Starts a job, calls `onDone` once: with the job when it finishes, or with nullptr on timeout.
void runWithTimeout(QKeychain::Job *job, int timeoutMs, QObject *context,
                    std::function<void(QKeychain::Job *)> onDone) {
    auto called = std::make_shared<bool>(false);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [called, onDone](QKeychain::Job *j) {
        if (std::exchange(*called, true))
            return;
        onDone(j);
    });
    // The timer belongs to the job, so that it goes with it: a finished job leaves no timer
    // behind to wake the idle application up later.
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [called, onDone] {
        if (std::exchange(*called, true))
            return;
        onDone(nullptr);
    });
    timer->start(timeoutMs);
    job->start();
}

QString timeoutMessage(int timeoutMs) {
    return KeychainCredentialStore::tr(
        "The system keychain did not answer within %n second(s). It may be locked or "
        "waiting for a password prompt; unlock it and try again.",
        nullptr, std::max(1, (timeoutMs + 999) / 1000));
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject *parent)
    : CredentialStore(parent)
    , m_service(std::move(service)) {}

void KeychainCredentialStore::read(const QString &key, ReadCallback callback) {
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    const int timeout = m_timeoutMs;
    runWithTimeout(job, timeout, this, [callback, timeout](QKeychain::Job *j) {
        ReadResult result;
        if (!j) {
            result.error = timeoutMessage(timeout);
        } else if (j->error() == QKeychain::EntryNotFound) {
            result.found = false;
        } else if (j->error() != QKeychain::NoError) {
            qCWarning(lcKeychain) << "read failed:" << j->errorString();
            result.error = describe(j);
        } else {
            result.found = true;
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        }
        callback(result);
    });
}

void KeychainCredentialStore::write(const QString &key, const QByteArray &secret,
                                    DoneCallback callback) {
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(secret);
    const int timeout = m_timeoutMs;
    runWithTimeout(job, timeout, this, [callback, timeout](QKeychain::Job *j) {
        if (!j)
            return callback(timeoutMessage(timeout));
        if (j->error() != QKeychain::NoError) {
            qCWarning(lcKeychain) << "write failed:" << j->errorString();
            return callback(describe(j));
        }
        callback({});
    });
}

void KeychainCredentialStore::remove(const QString &key, DoneCallback callback) {
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    const int timeout = m_timeoutMs;
    runWithTimeout(job, timeout, this, [callback, timeout](QKeychain::Job *j) {
        if (!j)
            return callback(timeoutMessage(timeout));
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            qCWarning(lcKeychain) << "delete failed:" << j->errorString();
            return callback(describe(j));
        }
        callback({});
    });
}
