#include "AuditApi.h"

#include "ApiParsing.h"
#include "GraphQlClient.h"

#include <QJsonArray>

namespace {
QJsonObject filterOf(const char *op, const QJsonValue &value) {
    return QJsonObject{{QLatin1String(op), value}};
}
} // namespace

QJsonObject AuditApi::where(const AuditFilter &filter) {
    QJsonObject where;
    QJsonObject timestamp;
    if (filter.since)
        timestamp.insert(QStringLiteral("_gte"), ApiParsing::toRfc3339(*filter.since));
    if (filter.until)
        timestamp.insert(QStringLiteral("_lte"), ApiParsing::toRfc3339(*filter.until));
    if (!timestamp.isEmpty())
        where.insert(QStringLiteral("timestamp"), timestamp);
    if (const QString actor = filter.actorEmail.trimmed(); !actor.isEmpty())
        where.insert(QStringLiteral("user"),
                     QJsonObject{{QStringLiteral("email"), filterOf("_icontains", actor)}});
    if (const QString target = filter.target.trimmed(); !target.isEmpty())
        where.insert(QStringLiteral("target"), filterOf("_eq", target));
    if (const QString action = filter.action.trimmed(); !action.isEmpty())
        where.insert(QStringLiteral("action"), filterOf("_eq", action));
    if (!filter.outcome.isEmpty())
        where.insert(QStringLiteral("outcome"), filterOf("_eq", filter.outcome));
    if (const QString text = filter.text.trimmed(); !text.isEmpty())
        where.insert(QStringLiteral("description"), filterOf("_icontains", text));
    QJsonArray anyOf;
    for (const QString &mention : filter.mentions) {
        const QString needle = mention.trimmed();
        if (needle.isEmpty())
            continue;
        anyOf.append(QJsonObject{{QStringLiteral("description"), filterOf("_icontains", needle)}});
        anyOf.append(QJsonObject{{QStringLiteral("target"), filterOf("_icontains", needle)}});
    }
    if (!anyOf.isEmpty())
        where.insert(QStringLiteral("_or"), anyOf);
    return where;
}

void AuditApi::events(int first, const QString &after, const AuditFilter &filter, QObject *context,
                      Callback<AuditEventPage> callback) {
    QJsonObject variables = ApiParsing::pageVariables(first, after);
    if (const QJsonObject w = where(filter); !w.isEmpty())
        variables.insert(QStringLiteral("where"), w);
    m_client->executeTyped<AuditEventPage>(QStringLiteral("AuditLogs"), variables, context,
                                           &parseEvents, std::move(callback));
}

void AuditApi::startExport(const QString &format, const std::optional<QDateTime> &since,
                           const std::optional<QDateTime> &until, int first, QObject *context,
                           Callback<AuditLogsDownload> callback) {
    QJsonObject variables{{QStringLiteral("format"), format}};
    if (since)
        variables.insert(QStringLiteral("since"), ApiParsing::toRfc3339(*since));
    if (until)
        variables.insert(QStringLiteral("until"), ApiParsing::toRfc3339(*until));
    if (first > 0)
        variables.insert(QStringLiteral("first"), first);
    m_client->executeTyped<AuditLogsDownload>(QStringLiteral("DownloadAuditLogs"), variables,
                                              context, &parseStarted, std::move(callback));
}

void AuditApi::exportStatus(const QString &id, QObject *context,
                            Callback<AuditLogsDownload> callback) {
    m_client->executeTyped<AuditLogsDownload>(QStringLiteral("AuditLogsDownload"),
                                              QJsonObject{{QStringLiteral("id"), id}}, context,
                                              &parseStatus, std::move(callback));
}

void AuditApi::fetchExport(const QString &downloadUrl, QObject *context,
                           Callback<QByteArray> callback) {
    m_client->getFile(downloadUrl, context, std::move(callback));
}

std::optional<AuditEvent> AuditApi::parseEvent(const QJsonObject &node, QString *error) {
    AuditEvent event;
    event.id = node.value(QLatin1String("id")).toString();
    event.actorEmail =
        node.value(QLatin1String("user")).toObject().value(QLatin1String("email")).toString();
    event.target = node.value(QLatin1String("target")).toString();
    event.action = node.value(QLatin1String("action")).toString();
    event.actionType = node.value(QLatin1String("actionType")).toString();
    event.outcome = node.value(QLatin1String("outcome")).toString();
    event.description = node.value(QLatin1String("description")).toString();
    const auto timestamp = ApiParsing::dateTime(node.value(QLatin1String("timestamp")));
    if (event.id.isEmpty() || !timestamp) {
        *error = ApiParsing::missing(event.id.isEmpty() ? "an audit event's id"
                                                        : "an audit event's time");
        return std::nullopt;
    }
    event.timestamp = *timestamp;
    return event;
}

std::optional<AuditEventPage> AuditApi::parseEvents(const QJsonObject &data, QString *error) {
    return ApiParsing::connection<AuditEvent>(data.value(QLatin1String("auditLogs")).toObject(),
                                              &parseEvent, "the audit events", error);
}

std::optional<AuditLogsDownload> AuditApi::parseDownload(const QJsonObject &node, QString *error) {
    AuditLogsDownload download;
    download.id = node.value(QLatin1String("id")).toString();
    const QString type = node.value(QLatin1String("__typename")).toString();
    if (download.id.isEmpty()) {
        *error = ApiParsing::missing("the export's id");
        return std::nullopt;
    }
    download.format = node.value(QLatin1String("format")).toString();
    download.startedAt =
        ApiParsing::dateTime(node.value(QLatin1String("startedAt"))).value_or(QDateTime());
    download.finishedAt =
        ApiParsing::dateTime(node.value(QLatin1String("finishedAt"))).value_or(QDateTime());
    if (type == QLatin1String("AuditLogsDownloadProcessing")) {
        download.state = AuditLogsDownload::State::Processing;
    } else if (type == QLatin1String("AuditLogsDownloadFinished")) {
        download.state = AuditLogsDownload::State::Finished;
        download.downloadUrl = node.value(QLatin1String("downloadUrl")).toString();
        if (download.downloadUrl.isEmpty()) {
            *error = ApiParsing::missing("the export's download URL");
            return std::nullopt;
        }
    } else if (type == QLatin1String("AuditLogsDownloadError")) {
        download.state = AuditLogsDownload::State::Error;
        download.message = node.value(QLatin1String("message")).toString();
    } else {
        *error = ApiParsing::missing("the export's state");
        return std::nullopt;
    }
    return download;
}

std::optional<AuditLogsDownload> AuditApi::parseStarted(const QJsonObject &data, QString *error) {
    return parseDownload(data.value(QLatin1String("downloadAuditLogs")).toObject(), error);
}

std::optional<AuditLogsDownload> AuditApi::parseStatus(const QJsonObject &data, QString *error) {
    const QJsonArray edges = data.value(QLatin1String("auditLogsDownloads"))
                                 .toObject()
                                 .value(QLatin1String("edges"))
                                 .toArray();
    if (edges.isEmpty()) {
        *error = ApiParsing::missing("the export");
        return std::nullopt;
    }
    return parseDownload(edges.first().toObject().value(QLatin1String("node")).toObject(), error);
}
