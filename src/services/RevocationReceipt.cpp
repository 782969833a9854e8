#include "RevocationReceipt.h"

#include "AuditExport.h"
#include "Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
QString utcTime(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

RevocationReceipt::RevocationReceipt(QString tenant, QString actor, QString action, QDateTime when)
    : m_tenant(std::move(tenant))
    , m_actor(std::move(actor))
    , m_action(std::move(action))
    , m_when(std::move(when)) {}

void RevocationReceipt::add(const Entry &entry) {
    m_entries.append(entry);
}

int RevocationReceipt::count(const QString &outcome) const {
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [&](const Entry &entry) { return entry.outcome == outcome; }));
}

QDateTime RevocationReceipt::timeOf(const Entry &entry) const {
    return entry.at.isValid() ? entry.at : m_when;
}

QByteArray RevocationReceipt::toCsv() const {
    QByteArray csv =
        AuditExport::csvLine(
            {QStringLiteral("Tenant"), QStringLiteral("Actor"), QStringLiteral("Action"),
             QStringLiteral("Time"), QStringLiteral("Owner"), QStringLiteral("Token id"),
             QStringLiteral("Description"), QStringLiteral("Outcome"), QStringLiteral("Message")}) +
        "\r\n";
    for (const Entry &entry : m_entries)
        csv +=
            AuditExport::csvLine({m_tenant, m_actor, m_action, utcTime(timeOf(entry)), entry.owner,
                                  entry.tokenId, entry.description, entry.outcome, entry.message}) +
            "\r\n";
    return csv;
}

QByteArray RevocationReceipt::toJson() const {
    QJsonArray entries;
    for (const Entry &entry : m_entries)
        entries.append(QJsonObject{{QStringLiteral("owner"), entry.owner},
                                   {QStringLiteral("id"), entry.tokenId},
                                   {QStringLiteral("description"), entry.description},
                                   {QStringLiteral("outcome"), entry.outcome},
                                   {QStringLiteral("message"), entry.message},
                                   {QStringLiteral("time"), utcTime(timeOf(entry))}});
    const QJsonObject receipt{{QStringLiteral("tenant"), m_tenant},
                              {QStringLiteral("actor"), m_actor},
                              {QStringLiteral("action"), m_action},
                              {QStringLiteral("time"), utcTime(m_when)},
                              {QStringLiteral("entries"), entries}};
    return QJsonDocument(receipt).toJson(QJsonDocument::Indented);
}

bool RevocationReceipt::save(const QString &path, QString *error) const {
    QSaveFile file(path);
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (file.open(QIODevice::WriteOnly) && file.write(json ? toJson() : toCsv()) >= 0 &&
        file.commit()) {
        qCInfo(lcServices) << "receipt saved," << m_entries.size() << "entries";
        return true;
    }
    if (error)
        *error = tr("%1 could not be saved: %2").arg(path, file.errorString());
    qCWarning(lcServices) << "receipt not saved:" << file.errorString();
    return false;
}
