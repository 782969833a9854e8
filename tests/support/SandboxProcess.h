#pragma once

#include <QProcess>
#include <QStringList>
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

private:
    QStringList m_arguments;
    QProcess m_process;
    QUrl m_baseUrl;
    bool m_capture = false;
    QByteArray m_output;
};
