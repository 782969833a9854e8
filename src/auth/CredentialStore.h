#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

// Where secrets live between runs: only the operating system's keychain in the app.
// All calls are asynchronous and call back exactly once.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    struct ReadResult {
        bool found = false;
        QByteArray secret;
        QString error; // non-empty when the store could not be read
    };
    using ReadCallback = std::function<void(const ReadResult &)>;
    using DoneCallback = std::function<void(const QString &error)>;

    using QObject::QObject;

    virtual void read(const QString &key, ReadCallback callback) = 0;
    virtual void write(const QString &key, const QByteArray &secret, DoneCallback callback) = 0;
    virtual void remove(const QString &key, DoneCallback callback) = 0;
};
