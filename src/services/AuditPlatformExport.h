#pragma once

#include "ApiTypes.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

class AuditApi;
class QTimer;

// The platform's own export of the audit log: downloadAuditLogs(first, since, until, format),
// then auditLogsDownloads polled every `pollIntervalMs` while AuditLogsDownloadProcessing, then
// the finished file fetched from its downloadUrl (relative to the API's base URL, with the
// bearer) and saved at `path` (QSaveFile: nothing is left on a failure or a cancel). An
// AuditLogsDownloadError is reported with the platform's message. cancel() stops polling.
class AuditPlatformExport : public QObject {
    Q_OBJECT
public:
    explicit AuditPlatformExport(AuditApi *api, int pollIntervalMs = 2000,
                                 QObject *parent = nullptr);

    int pollInterval() const { return m_pollIntervalMs; }
    // `format`: CSV or CEF; empty since/until: unbounded; `first` 0: all.
    void start(const QString &format, const std::optional<QDateTime> &since,
               const std::optional<QDateTime> &until, const QString &path, int first = 0);
    void cancel();
    bool isRunning() const { return m_running; }
    int polls() const { return m_polls; }

Q_SIGNALS:
    // The platform is still preparing the file (started at `startedAt`, polled `polls` times).
    void processing(const QDateTime &startedAt, int polls);
    // The file is being fetched.
    void downloading();
    void finished(const QString &path, qint64 bytes);
    void failed(const QString &message);
    void canceled();

private:
    void onStatus(const ApiResult<AuditLogsDownload> &result);
    void fail(const QString &message);

    AuditApi *m_api;
    QTimer *m_poll;
    int m_pollIntervalMs;
    QString m_path;
    QString m_id;
    int m_polls = 0;
    bool m_running = false;
    quint64 m_generation = 0;
};
