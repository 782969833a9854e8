#pragma once

// tests/security/hostile-server.mjs as a child process: an "origin" that plays the issuer and
// the API (the first path segment chooses how it misbehaves) and an "elsewhere" origin that
// its redirects point at, which logs whatever reaches it.
#include "CredentialStore.h"

#include <QByteArrayList>
#include <QProcess>
#include <QTest>
#include <QUrl>

#include <csignal>

#include <sys/prctl.h>

class HostileServer {
public:
    ~HostileServer() {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    // "" once listening, else why not.
    QString start(const QString &jwksFile = {}) {
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments{
            QStringLiteral(TOKENDESK_SOURCE_DIR "/tests/security/hostile-server.mjs")};
        if (!jwksFile.isEmpty())
            arguments << jwksFile;
        m_process.start(QStringLiteral(TOKENDESK_NODE), arguments);
        if (!QTest::qWaitFor(
                [&] {
                    m_output += m_process.readAllStandardOutput();
                    return m_output.contains('\n') || m_process.state() == QProcess::NotRunning;
                },
                15000))
            return QStringLiteral("the server did not start");
        const QByteArrayList words = m_output.left(m_output.indexOf('\n')).split(' ');
        if (words.size() != 3 || words.at(0) != "listening")
            return QString::fromUtf8(m_output);
        m_origin = quint16(words.at(1).toUInt());
        m_elsewhere = quint16(words.at(2).toUInt());
        m_output.clear();
        return {};
    }

    QUrl issuer(const QString &scenario) const { return origin(QLatin1Char('/') + scenario); }
    QUrl origin(const QString &path) const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_origin).arg(path));
    }
    QUrl elsewhere(const QString &path) const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_elsewhere).arg(path));
    }

    // The logged lines that start with `prefix`, e.g. "request elsewhere", "answer /x".
    QByteArrayList lines(const QByteArray &prefix) {
        m_output += m_process.readAllStandardOutput();
        QByteArrayList found;
        for (const QByteArray &line : m_output.split('\n'))
            if (line.startsWith(prefix))
                found << line;
        return found;
    }
    QByteArray log() {
        m_output += m_process.readAllStandardOutput();
        return m_output;
    }

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_origin = 0;
    quint16 m_elsewhere = 0;
};

// A keychain in memory (what is stored is not the subject here).
class MemoryStore : public CredentialStore {
public:
    using CredentialStore::CredentialStore;
    QHash<QString, QByteArray> secrets;
    void read(const QString &key, ReadCallback callback) override {
        ReadResult result;
        result.found = secrets.contains(key);
        result.secret = secrets.value(key);
        callback(result);
    }
    void write(const QString &key, const QByteArray &secret, DoneCallback callback) override {
        secrets.insert(key, secret);
        callback({});
    }
    void remove(const QString &key, DoneCallback callback) override {
        secrets.remove(key);
        callback({});
    }
};
