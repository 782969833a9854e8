#include "RotationJournal.h"

#include "Rfc3339.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

const char *const StepNames[] = {"planned",    "create-sent", "created", "handed-over",
                                 "revoke-due", "revoke-sent", "done",    "abandoned"};

QJsonValue time(const QDateTime &dateTime) {
    return dateTime.isValid() ? QJsonValue(dateTime.toUTC().toString(Qt::ISODateWithMs))
                              : QJsonValue(QJsonValue::Null);
}

QDateTime readTime(const QJsonObject &object, const char *key) {
    const auto parsed = Rfc3339::parse(object.value(QLatin1String(key)).toString());
    return parsed ? *parsed : QDateTime();
}
} // namespace

QString Rotation::stepName(Step step) {
    return QString::fromLatin1(StepNames[int(step)]);
}

std::optional<Rotation::Step> Rotation::stepFromName(const QString &name) {
    for (int i = 0; i <= int(Step::Abandoned); ++i)
        if (name == QLatin1String(StepNames[i]))
            return Step(i);
    return std::nullopt;
}

QJsonObject Rotation::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("tenant"), tenant},
            {QStringLiteral("oldId"), oldId},
            {QStringLiteral("description"), description},
            {QStringLiteral("oldCreated"), time(oldCreated)},
            {QStringLiteral("oldExpiresAt"), time(oldExpiresAt.value_or(QDateTime()))},
            {QStringLiteral("newExpiresAt"), time(newExpiresAt.value_or(QDateTime()))},
            {QStringLiteral("revokeAfterSeconds"), revokeAfterSeconds},
            {QStringLiteral("knownIds"), QJsonArray::fromStringList(knownIds)},
            {QStringLiteral("step"), stepName(step)},
            {QStringLiteral("newId"), newId},
            {QStringLiteral("newCreated"), time(newCreated)},
            {QStringLiteral("startedAt"), time(startedAt)},
            {QStringLiteral("createSentAt"), time(createSentAt)},
            {QStringLiteral("handedOverAt"), time(handedOverAt)},
            {QStringLiteral("revokeDueAt"), time(revokeDueAt)},
            {QStringLiteral("updatedAt"), time(updatedAt)},
            {QStringLiteral("note"), note}};
}

std::optional<Rotation> Rotation::fromJson(const QJsonObject &object) {
    Rotation rotation;
    const auto step = stepFromName(object.value(QLatin1String("step")).toString());
    rotation.id = object.value(QLatin1String("id")).toString();
    rotation.oldId = object.value(QLatin1String("oldId")).toString();
    if (!step || rotation.id.isEmpty() || rotation.oldId.isEmpty())
        return std::nullopt;
    rotation.step = *step;
    rotation.tenant = object.value(QLatin1String("tenant")).toString();
    rotation.description = object.value(QLatin1String("description")).toString();
    rotation.oldCreated = readTime(object, "oldCreated");
    if (const QDateTime t = readTime(object, "oldExpiresAt"); t.isValid())
        rotation.oldExpiresAt = t;
    if (const QDateTime t = readTime(object, "newExpiresAt"); t.isValid())
        rotation.newExpiresAt = t;
    rotation.revokeAfterSeconds = object.value(QLatin1String("revokeAfterSeconds")).toInt();
    for (const QJsonValue &known : object.value(QLatin1String("knownIds")).toArray())
        rotation.knownIds << known.toString();
    rotation.newId = object.value(QLatin1String("newId")).toString();
    rotation.newCreated = readTime(object, "newCreated");
    rotation.startedAt = readTime(object, "startedAt");
    rotation.createSentAt = readTime(object, "createSentAt");
    rotation.handedOverAt = readTime(object, "handedOverAt");
    rotation.revokeDueAt = readTime(object, "revokeDueAt");
    rotation.updatedAt = readTime(object, "updatedAt");
    rotation.note = object.value(QLatin1String("note")).toString();
    return rotation;
}

RotationJournal::RotationJournal(QString path)
    : m_path(std::move(path)) {}

RotationJournal::~RotationJournal() = default;

QString RotationJournal::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/rotations.json");
}

// Names whoever holds the lock (the lock file says which program and process): tokendesk-cli,
// the app, or another program.
QString RotationJournal::lockedMessage() const {
    qint64 pid = 0;
    QString host;
    QString program;
    if (!m_lock || !m_lock->getLockInfo(&pid, &host, &program))
        return QCoreApplication::translate("RotationJournal",
                                           "The rotation journal (%1) is locked by another "
                                           "program; try again when it has finished.")
            .arg(m_path);
    // The two programs of this project, each with its own sentence.
    struct Holder {
        const char *program;
        const char *text;
    };
    static const Holder holders[] = {
        {"tokendesk-cli",
         QT_TRANSLATE_NOOP("RotationJournal",
                           "Another tokendesk-cli (process %1) is working on the rotation journal "
                           "(%2); try again when it has finished.")},
        {"tokendesk", QT_TRANSLATE_NOOP("RotationJournal",
                                        "TokenDesk (process %1) is rotating a token with the "
                                        "rotation journal (%2); try again when it has finished.")},
    };
    for (const Holder &holder : holders) {
        if (program == QLatin1String(holder.program))
            return QCoreApplication::translate("RotationJournal", holder.text).arg(pid).arg(m_path);
    }
    return QCoreApplication::translate("RotationJournal",
                                       "Another program (%1, process %2) holds the rotation "
                                       "journal (%3); try again when it has finished.")
        .arg(program)
        .arg(pid)
        .arg(m_path);
}

bool RotationJournal::open(QString *error, int waitMs) {
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("RotationJournal",
                                             "Cannot make the folder %1 for the rotation journal.")
                     .arg(folder);
        return false;
    }
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    if (!m_lock->tryLock(waitMs)) {
        *error = lockedMessage();
        return false;
    }
    m_rotations.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("RotationJournal",
                                             "Cannot read the rotation journal %1: %2.")
                     .arg(m_path, file.errorString());
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject()) {
        *error = QCoreApplication::translate(
                     "RotationJournal",
                     "The rotation journal %1 is damaged; move it away to start afresh.")
                     .arg(m_path);
        return false;
    }
    for (const QJsonValue &value : document.object().value(QLatin1String("rotations")).toArray()) {
        if (auto rotation = Rotation::fromJson(value.toObject()))
            m_rotations.append(std::move(*rotation));
    }
    return true;
}

bool RotationJournal::save(QString *error) {
    // Finished rotations are kept 30 days, for the record.
    const QDateTime horizon = QDateTime::currentDateTimeUtc().addDays(-30);
    m_rotations.removeIf([&](const Rotation &rotation) {
        return rotation.isFinished() && rotation.updatedAt.isValid() &&
               rotation.updatedAt < horizon;
    });
    QJsonArray list;
    for (const Rotation &rotation : m_rotations)
        list.append(rotation.toJson());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("RotationJournal",
                                             "Cannot write the rotation journal %1: %2.")
                     .arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(
                   QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("rotations"), list}})
                   .toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QCoreApplication::translate("RotationJournal",
                                             "Cannot write the rotation journal %1: %2.")
                     .arg(m_path, file.errorString());
        return false;
    }
    return true;
}

Rotation *RotationJournal::find(const QString &rotationId) {
    for (Rotation &rotation : m_rotations)
        if (rotation.id == rotationId)
            return &rotation;
    return nullptr;
}
