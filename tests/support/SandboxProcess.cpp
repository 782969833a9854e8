#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

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
    const qsizetype given = m_arguments.indexOf(QStringLiteral("--log-operations"));
    if (given >= 0 && given + 1 < m_arguments.size()) {
        m_operationLog = m_arguments.at(given + 1);
    } else if (m_scratch.isValid()) {
        m_operationLog = m_scratch.filePath(QStringLiteral("operations.jsonl"));
        arguments << QStringLiteral("--log-operations") << m_operationLog;
    }
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

bool SandboxProcess::admin(const QString &pathAndQuery, QString *error,
                           const QByteArray &jsonBody) {
    QNetworkAccessManager network;
    QUrl target = m_baseUrl;
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    target.setPath(QStringLiteral("/sandbox/admin/") + pathAndQuery.left(question));
    if (question >= 0)
        target.setQuery(pathAndQuery.mid(question + 1));
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(request, jsonBody.isEmpty() ? QByteArray("{}") : jsonBody);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    if (status >= 200 && status < 300)
        return true;
    if (error)
        *error = QStringLiteral("sandbox admin %1: HTTP %2 %3")
                     .arg(pathAndQuery)
                     .arg(status)
                     .arg(QString::fromUtf8(body.left(300)));
    return false;
}

QList<QJsonObject> SandboxProcess::operations(const QString &operationName) const {
    QList<QJsonObject> result;
    QFile file(m_operationLog);
    if (m_operationLog.isEmpty() || !file.open(QIODevice::ReadOnly))
        return result;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (!object.isEmpty() &&
            (operationName.isEmpty() ||
             object.value(QLatin1String("operationName")).toString() == operationName))
            result.append(object);
    }
    return result;
}

QStringList SandboxProcess::operationNames() const {
    QStringList names;
    for (const QJsonObject &object : operations())
        names << object.value(QLatin1String("operationName")).toString();
    return names;
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
