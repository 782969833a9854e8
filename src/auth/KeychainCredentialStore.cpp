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

// A job on `key` of `service` that never falls back to a plain file.
template <typename Job> Job *newJob(const QString &service, const QString &key) {
    auto *job = new Job(service);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// Runs a write or a delete: `callback` gets "" when it is done (a delete also when there was no
// entry: `isDelete`), else why not. `what` names it in the log.
void runDoneJob(QKeychain::Job *job, int timeoutMs, QObject *context, const char *what,
                bool isDelete, CredentialStore::DoneCallback callback) {
    runWithTimeout(job, timeoutMs, context,
                   [callback, timeoutMs, what, isDelete](QKeychain::Job *j) {
                       if (!j)
                           return callback(timeoutMessage(timeoutMs));
                       if (j->error() != QKeychain::NoError &&
                           !(isDelete && j->error() == QKeychain::EntryNotFound)) {
                           qCWarning(lcKeychain) << what << j->errorString();
                           return callback(describe(j));
                       }
                       callback({});
                   });
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject *parent)
    : CredentialStore(parent)
    , m_service(std::move(service)) {}

void KeychainCredentialStore::read(const QString &key, ReadCallback callback) {
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
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
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(secret);
    runDoneJob(job, m_timeoutMs, this, "write failed:", false, std::move(callback));
}

void KeychainCredentialStore::remove(const QString &key, DoneCallback callback) {
    runDoneJob(newJob<QKeychain::DeletePasswordJob>(m_service, key), m_timeoutMs, this,
               "delete failed:", true, std::move(callback));
}
