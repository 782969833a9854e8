#pragma once

#include "ApiResource.h"

#include <QJsonObject>

// The platform's audit log (administrators): pages of events (auditLogs, newest first, narrowed
// by an AuditFilter), and its own exports (downloadAuditLogs, auditLogsDownloads, the file).
// Reading the log is itself audited by the platform. Typed calls; static parsers.
class AuditApi : public ApiResource {
    Q_OBJECT
public:
    using ApiResource::ApiResource;

    // The GraphQL error code of a query refused for its estimated cost (Apollo's demand control).
    static constexpr const char *CostRefusedCode = "COST_ESTIMATED_TOO_EXPENSIVE";

    void events(int first, const QString &after, const AuditFilter &filter, QObject *context,
                Callback<AuditEventPage> callback);
    // Starts an export of [since, until] (empty: unbounded), at most `first` events (0: all).
    void startExport(const QString &format, const std::optional<QDateTime> &since,
                     const std::optional<QDateTime> &until, int first, QObject *context,
                     Callback<AuditLogsDownload> callback);
    void exportStatus(const QString &id, QObject *context, Callback<AuditLogsDownload> callback);
    // The file of a finished export, fetched with the bearer from the API's base URL.
    void fetchExport(const QString &downloadUrl, QObject *context, Callback<QByteArray> callback);

    // The query's `where` for `filter` (an empty object for no filter).
    static QJsonObject where(const AuditFilter &filter);
    static std::optional<AuditEventPage> parseEvents(const QJsonObject &data, QString *error);
    static std::optional<AuditEvent> parseEvent(const QJsonObject &node, QString *error);
    static std::optional<AuditLogsDownload> parseDownload(const QJsonObject &node, QString *error);
    static std::optional<AuditLogsDownload> parseStarted(const QJsonObject &data, QString *error);
    static std::optional<AuditLogsDownload> parseStatus(const QJsonObject &data, QString *error);
};
