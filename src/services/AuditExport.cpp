#include "AuditExport.h"

#include "AuditApi.h"
#include "Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
// RFC 3339 in UTC with the milliseconds the server gave ("2026-12-05T07:59:00.250Z").
QString utcTime(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

AuditExport::AuditExport(AuditApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api) {}

AuditExport::~AuditExport() {
    if (m_file)
        m_file->cancelWriting();
}

void AuditExport::setPageSize(int size) {
    m_pageSize = std::clamp(size, 1, int(MaxPageSize));
}

QByteArray AuditExport::csvLine(const QStringList &fields) {
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        QString field = fields.at(i);
        if (field.contains(QLatin1Char('"')) || field.contains(QLatin1Char(',')) ||
            field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
            field.replace(QLatin1String("\""), QLatin1String("\"\""));
            field = QLatin1Char('"') + field + QLatin1Char('"');
        }
        line += field.toUtf8();
    }
    return line;
}

QByteArray AuditExport::csvHeader() {
    return csvLine({QStringLiteral("User"), QStringLiteral("Target"), QStringLiteral("Action type"),
                    QStringLiteral("Action"), QStringLiteral("Description"), QStringLiteral("Time"),
                    QStringLiteral("Outcome"), QStringLiteral("Id")});
}

QByteArray AuditExport::csvRow(const AuditEvent &event) {
    return csvLine({event.actorEmail, event.target, event.actionType, event.action,
                    event.description, utcTime(event.timestamp), event.outcome, event.id});
}

QByteArray AuditExport::jsonObject(const AuditEvent &event) {
    const QJsonObject object{
        {QStringLiteral("id"), event.id},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("email"), event.actorEmail}}},
        {QStringLiteral("target"), event.target},
        {QStringLiteral("action"), event.action},
        {QStringLiteral("actionType"), event.actionType},
        {QStringLiteral("outcome"), event.outcome},
        {QStringLiteral("description"), event.description},
        {QStringLiteral("timestamp"), utcTime(event.timestamp)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool AuditExport::start(const AuditFilter &filter, Format format, const QString &path,
                        QString *error) {
    if (m_running)
        cancel();
    ++m_generation;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString message = tr("%1 cannot be written: %2").arg(path, m_file->errorString());
        m_file.reset();
        if (error)
            *error = message;
        return false;
    }
    m_filter = filter;
    m_format = format;
    m_after.clear();
    m_written = 0;
    m_pages = 0;
    m_total = 0;
    m_running = true;
    m_file->write(format == Format::Csv ? csvHeader() + "\r\n" : QByteArray("["));
    qCInfo(lcServices) << "audit export started," << (format == Format::Csv ? "CSV" : "JSON");
    requestNext();
    return true;
}

void AuditExport::cancel() {
    if (!m_running)
        return;
    ++m_generation; // the page on its way is dropped
    m_running = false;
    m_file->cancelWriting();
    m_file.reset();
    qCInfo(lcServices) << "audit export canceled after" << m_written << "events";
    Q_EMIT canceled();
}

void AuditExport::requestNext() {
    const quint64 generation = m_generation;
    const int first = m_pageSize;
    m_api->events(first, m_after, m_filter, this,
                  [this, generation, first](const ApiResult<AuditEventPage> &result) {
                      if (generation == m_generation && m_running)
                          onPage(result, first);
                  });
}

void AuditExport::onPage(const ApiResult<AuditEventPage> &result, int first) {
    if (result.error) {
        if (result.error.code == QLatin1String(AuditApi::CostRefusedCode) && first > MinPageSize) {
            m_pageSize = std::max(int(MinPageSize), first / 2);
            qCInfo(lcServices) << "audit export page of" << first
                               << "refused for its cost; asking for" << m_pageSize;
            requestNext();
            return;
        }
        fail(result.error.message);
        return;
    }
    const AuditEventPage &page = *result.value;
    ++m_pages;
    m_total = page.totalCount;
    for (const AuditEvent &event : page.items) {
        if (m_format == Format::Csv) {
            m_file->write(csvRow(event) + "\r\n");
        } else {
            m_file->write(m_written == 0 ? QByteArray("\n") : QByteArray(",\n"));
            m_file->write(jsonObject(event));
        }
        ++m_written;
    }
    m_after = page.endCursor;
    Q_EMIT progress(m_written, std::max(m_total, m_written), m_pages);
    if (!m_running)
        return; // canceled from a progress handler
    if (page.hasNextPage && !page.items.isEmpty() && !m_after.isEmpty()) {
        requestNext();
        return;
    }
    if (m_format == Format::Json)
        m_file->write(m_written == 0 ? QByteArray("]\n") : QByteArray("\n]\n"));
    const QString path = m_file->fileName();
    if (!m_file->commit()) {
        fail(tr("%1 could not be saved: %2").arg(path, m_file->errorString()));
        return;
    }
    m_file.reset();
    m_running = false;
    qCInfo(lcServices) << "audit export wrote" << m_written << "events in" << m_pages << "pages";
    Q_EMIT finished(path, m_written);
}

void AuditExport::fail(const QString &message) {
    ++m_generation;
    m_running = false;
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    qCWarning(lcServices) << "audit export failed after" << m_written << "events:" << message;
    Q_EMIT failed(message);
}
