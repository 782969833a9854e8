#include "AuditPlatformExport.h"

#include "AuditApi.h"
#include "Logging.h"

#include <QSaveFile>
#include <QTimer>

AuditPlatformExport::AuditPlatformExport(AuditApi *api, int pollIntervalMs, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_poll(new QTimer(this))
    , m_pollIntervalMs(pollIntervalMs) {
    m_poll->setSingleShot(true);
    m_poll->setInterval(pollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, [this] {
        const quint64 generation = m_generation;
        ++m_polls;
        m_api->exportStatus(m_id, this, [this, generation](const ApiResult<AuditLogsDownload> &r) {
            if (generation == m_generation && m_running)
                onStatus(r);
        });
    });
}

void AuditPlatformExport::start(const QString &format, const std::optional<QDateTime> &since,
                                const std::optional<QDateTime> &until, const QString &path,
                                int first) {
    cancel();
    ++m_generation;
    m_running = true;
    m_path = path;
    m_id.clear();
    m_polls = 0;
    const quint64 generation = m_generation;
    qCInfo(lcServices) << "platform audit export requested," << format;
    m_api->startExport(format, since, until, first, this,
                       [this, generation](const ApiResult<AuditLogsDownload> &r) {
                           if (generation == m_generation && m_running)
                               onStatus(r);
                       });
}

void AuditPlatformExport::cancel() {
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    m_poll->stop();
    qCInfo(lcServices) << "platform audit export: polling stopped by the user";
    Q_EMIT canceled();
}

void AuditPlatformExport::onStatus(const ApiResult<AuditLogsDownload> &result) {
    if (result.error) {
        fail(result.error.message);
        return;
    }
    const AuditLogsDownload &download = *result.value;
    m_id = download.id;
    switch (download.state) {
    case AuditLogsDownload::State::Processing:
        Q_EMIT processing(download.startedAt, m_polls);
        if (m_running)
            m_poll->start();
        return;
    case AuditLogsDownload::State::Error:
        fail(download.message.isEmpty() ? tr("The platform could not export the audit log.")
                                        : download.message);
        return;
    case AuditLogsDownload::State::Finished:
        break;
    }
    Q_EMIT downloading();
    const quint64 generation = m_generation;
    m_api->fetchExport(
        download.downloadUrl, this, [this, generation](const ApiResult<QByteArray> &file) {
            if (generation != m_generation || !m_running)
                return;
            if (file.error) {
                fail(file.error.message);
                return;
            }
            QSaveFile out(m_path);
            if (!out.open(QIODevice::WriteOnly) || out.write(*file.value) < 0 || !out.commit()) {
                fail(tr("%1 could not be saved: %2").arg(m_path, out.errorString()));
                return;
            }
            m_running = false;
            qCInfo(lcServices) << "platform audit export saved," << file.value->size() << "bytes";
            Q_EMIT finished(m_path, file.value->size());
        });
}

void AuditPlatformExport::fail(const QString &message) {
    ++m_generation;
    m_running = false;
    m_poll->stop();
    qCWarning(lcServices) << "platform audit export failed:" << message;
    Q_EMIT failed(message);
}
