#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

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

    // Everything the sandbox printed so far (stdout and stderr), e.g. for the secrets scan.
    // Without capturing, stderr goes to the test's own output.
    void setCaptureOutput(bool capture) { m_capture = capture; }
    QByteArray output();

    // A test-only admin call: POST /sandbox/admin/<pathAndQuery> (e.g.
    // "set-role?username=admin&role=USER"), waited for; false with *error unless it answered 2xx.
    bool admin(const QString &pathAndQuery, QString *error = nullptr,
               const QByteArray &jsonBody = {});
    // The GraphQL operations the sandbox served so far, in order (its --log-operations file,
    // which start() asks for unless the test gives its own), optionally only those named
    // `operationName`.
    QList<QJsonObject> operations(const QString &operationName = {}) const;
    QStringList operationNames() const;

private:
    QStringList m_arguments;
    QProcess m_process;
    QUrl m_baseUrl;
    bool m_capture = false;
    QByteArray m_output;
    QTemporaryDir m_scratch;
    QString m_operationLog;
};
