#pragma once

#include "TenantProfile.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// The Node sandbox (sandbox/server.mjs) on a free loopback port, for end-to-end tests.
class SandboxProcess {
public:
    explicit SandboxProcess(QStringList extraArguments = {});
    ~SandboxProcess();

    // Starts node and waits for its "sandbox ready: <url>" line.
    bool start(QString *error);
    void stop();

    QString realm() const { return QStringLiteral("moderne"); }
    QUrl baseUrl() const { return m_baseUrl; }
    QUrl issuer() const;
    QUrl apiUrl() const;
    QUrl url(const QString &path) const;

    // The tenant profile of this sandbox (issuer, API URL, client id "tokendesk", the name), as
    // the app's "Local sandbox" profile has it. The one place tests make it.
    TenantProfile profile(const QString &displayName = QStringLiteral("Local sandbox")) const;

    // Before start(): the sandbox logs every GraphQL request (--log-operations) to a scratch file.
    void logOperations();
    // The logged requests named `operation` (one JSON object each: operationName, status, fault),
    // oldest first; empty before the first one. An empty name: all of them.
    QList<QJsonObject> loggedOperations(const QString &operation) const;
    // The names of all logged requests, oldest first.
    QStringList loggedOperationNames() const;

    // The sandbox's test-only admin endpoints; each returns whether the sandbox said 200.
    bool revokeSessions(const QString &username); // every session and refresh token of the user
    bool injectFault(const QJsonObject &fault);   // POST /sandbox/admin/faults
    bool clearFaults();                           // DELETE /sandbox/admin/faults
    int queuedFaults();                           // GET /sandbox/admin/faults; -1 on error
    // Any other admin endpoint: POST /sandbox/admin/<pathAndQuery>, e.g.
    // "set-role?username=admin&role=USER" (see sandbox/README.md).
    bool admin(const QString &pathAndQuery);
    // The same, with the sandbox's JSON answer (empty on an error), e.g. "add-token?…".
    QJsonObject adminJson(const QString &pathAndQuery, const QByteArray &verb = "POST");

    // Everything the sandbox printed so far (stdout and stderr), e.g. for the secrets scan.
    // Without capturing, stderr goes to the test's own output.
    void setCaptureOutput(bool capture) { m_capture = capture; }
    QByteArray output();

private:
    bool adminRequest(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                      QByteArray *answer = nullptr);

    QStringList m_arguments;
    QProcess m_process;
    QUrl m_baseUrl;
    bool m_capture = false;
    QByteArray m_output;
    std::unique_ptr<QTemporaryDir> m_logDir;
    QNetworkAccessManager m_network;
};
