#pragma once

// tests/security/hostile-server.mjs as a child process: an "origin" that plays the issuer and
// the API (the first path segment chooses how it misbehaves) and an "elsewhere" origin that
// its redirects point at, which logs whatever reaches it.
#include "LoginSession.h"
#include "MemoryCredentialStore.h"
#include "TenantProfile.h"

#include <QByteArrayList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
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
    // A tenant whose sign-in server is `scenario` and whose API is at `apiPath` of the origin.
    TenantProfile tenant(const QString &displayName, const QString &scenario,
                         const QString &apiPath) const {
        TenantProfile tenant;
        tenant.displayName = displayName;
        tenant.issuer = issuer(scenario);
        tenant.apiUrl = origin(apiPath);
        tenant.clientId = QStringLiteral("tokendesk");
        return tenant;
    }
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

// A LoginSession for `tenant` with a keychain in memory, holding `refreshToken` for the tenant
// when one is given (a session to restore), on `network` or else on a network manager of its
// own with Qt's default redirect policy.
class MemorySession {
public:
    explicit MemorySession(const TenantProfile &tenant, const QByteArray &refreshToken = {},
                           QNetworkAccessManager *network = nullptr)
        : session(network ? network : &m_network, &store) {
        session.setProfile(tenant);
        if (!refreshToken.isEmpty())
            store.entries.insert(tenant.credentialKey(), "refresh:" + refreshToken);
    }

    // Calls session.restore() and waits up to `timeoutMs` for the session's `signal`: whether
    // it came, with its arguments in `*arguments` when asked for.
    template <typename Signal>
    bool restoreAndWait(Signal signal, int timeoutMs, QVariantList *arguments = nullptr) {
        QSignalSpy spy(&session, signal);
        session.restore();
        if (!spy.wait(timeoutMs))
            return false;
        if (arguments)
            *arguments = spy.constFirst();
        return true;
    }

private:
    QNetworkAccessManager m_network;

public:
    MemoryCredentialStore store;
    LoginSession session;
};
