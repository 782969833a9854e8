#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

#include <csignal>

#include <sys/prctl.h>

SandboxProcess::SandboxProcess(QStringList extraArguments)
    : m_arguments(std::move(extraArguments)) {}

SandboxProcess::~SandboxProcess() {
    stop();
}

bool SandboxProcess::start(QString *error) {
    QStringList arguments{QStringLiteral(TOKENDESK_SOURCE_DIR "/sandbox/server.mjs"),
                          QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--realm"),
                          realm()};
    arguments << m_arguments;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.setProcessChannelMode(m_capture ? QProcess::MergedChannels
                                              : QProcess::ForwardedErrorChannel);
    // If the test dies (a crash, a sanitizer abort), the sandbox dies with it: otherwise node
    // would keep the test's output pipe open and ctest would wait for its timeout.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start(QStringLiteral(TOKENDESK_NODE), arguments);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("node did not start: %1").arg(m_process.errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    QByteArray output;
    while (timer.elapsed() < 30000) {
        if (!m_process.waitForReadyRead(500) && m_process.state() != QProcess::Running)
            break;
        output += m_process.readAllStandardOutput();
        const qsizetype marker = output.indexOf("sandbox ready: ");
        const qsizetype end = output.indexOf('\n', marker);
        if (marker >= 0 && end > marker) {
            m_output = output;
            m_baseUrl =
                QUrl(QString::fromUtf8(output.mid(marker + 15, end - marker - 15).trimmed()));
            return m_baseUrl.isValid();
        }
    }
    *error = QStringLiteral("the sandbox did not report ready (exit code %1, output: %2)")
                 .arg(m_process.exitCode())
                 .arg(QString::fromUtf8(output.left(500)));
    return false;
}

QByteArray SandboxProcess::output() {
    m_output += m_process.readAll();
    return m_output;
}

void SandboxProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QUrl SandboxProcess::issuer() const {
    return url(QStringLiteral("/auth/realms/%1").arg(realm()));
}

QUrl SandboxProcess::apiUrl() const {
    return url(QStringLiteral("/graphql"));
}

QUrl SandboxProcess::url(const QString &path) const {
    QUrl result = m_baseUrl;
    result.setPath(path);
    return result;
}

TenantProfile SandboxProcess::profile(const QString &displayName) const {
    TenantProfile result;
    result.displayName = displayName;
    result.issuer = issuer();
    result.apiUrl = apiUrl();
    result.clientId = QStringLiteral("tokendesk");
    return result;
}

void SandboxProcess::logOperations() {
    m_logDir = std::make_unique<QTemporaryDir>();
    m_arguments << QStringLiteral("--log-operations")
                << m_logDir->filePath(QStringLiteral("operations.jsonl"));
}

QList<QJsonObject> SandboxProcess::loggedOperations(const QString &operation) const {
    if (!m_logDir)
        qFatal("SandboxProcess::loggedOperations() needs logOperations() before start()");
    QList<QJsonObject> result;
    QFile file(m_logDir->filePath(QStringLiteral("operations.jsonl")));
    if (!file.open(QIODevice::ReadOnly))
        return result; // nothing logged yet
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (!object.isEmpty() &&
            (operation.isEmpty() ||
             object.value(QLatin1String("operationName")).toString() == operation))
            result.append(object);
    }
    return result;
}

QStringList SandboxProcess::loggedOperationNames() const {
    QStringList names;
    for (const QJsonObject &object : loggedOperations({}))
        names << object.value(QLatin1String("operationName")).toString();
    return names;
}

bool SandboxProcess::admin(const QString &pathAndQuery) {
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    QUrl target = url(QStringLiteral("/sandbox/admin/") + pathAndQuery.left(question));
    if (question >= 0)
        target.setQuery(pathAndQuery.mid(question + 1));
    return adminRequest("POST", target);
}

QJsonObject SandboxProcess::adminJson(const QString &pathAndQuery, const QByteArray &verb) {
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    QUrl target = url(QStringLiteral("/sandbox/admin/") + pathAndQuery.left(question));
    if (question >= 0)
        target.setQuery(pathAndQuery.mid(question + 1));
    QByteArray answer;
    if (!adminRequest(verb, target, {}, &answer))
        return {};
    return QJsonDocument::fromJson(answer).object();
}

bool SandboxProcess::revokeSessions(const QString &username) {
    QUrl target = url(QStringLiteral("/sandbox/admin/revoke-sessions"));
    target.setQuery(QStringLiteral("username=") + username);
    return adminRequest("POST", target);
}

bool SandboxProcess::injectFault(const QJsonObject &fault) {
    return adminRequest("POST", url(QStringLiteral("/sandbox/admin/faults")),
                        QJsonDocument(fault).toJson(QJsonDocument::Compact));
}

bool SandboxProcess::clearFaults() {
    return adminRequest("DELETE", url(QStringLiteral("/sandbox/admin/faults")));
}

int SandboxProcess::queuedFaults() {
    QByteArray answer;
    if (!adminRequest("GET", url(QStringLiteral("/sandbox/admin/faults")), {}, &answer))
        return -1;
    const QJsonValue faults =
        QJsonDocument::fromJson(answer).object().value(QLatin1String("faults"));
    return faults.isArray() ? int(faults.toArray().size()) : -1;
}

bool SandboxProcess::adminRequest(const QByteArray &verb, const QUrl &target,
                                  const QByteArray &body, QByteArray *answer) {
    QNetworkRequest request(target);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer && finished)
        *answer = reply->readAll();
    if (!finished || status != 200)
        qWarning("sandbox %s %s: %s", verb.constData(), qPrintable(target.path()),
                 finished ? qPrintable(QStringLiteral("HTTP %1").arg(status)) : "no answer");
    reply->deleteLater();
    return finished && status == 200;
}
