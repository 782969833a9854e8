#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLockFile>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// One rotation of a personal access token, as far as it got. Ids, description, steps and
// times only: never a token value.
struct Rotation {
    // In order. CreateSent: createAccessToken was sent (its answer may be lost); Created: the
    // new token's id is known and its value is in memory only; HandedOver: the value was
    // printed; RevokeDue: the old token is to be revoked at revokeDueAt; RevokeSent:
    // revokeAccessToken was sent. Abandoned: ended without a hand-over (the old token kept).
    enum class Step {
        Planned,
        CreateSent,
        Created,
        HandedOver,
        RevokeDue,
        RevokeSent,
        Done,
        Abandoned
    };

    QString id;     // of the rotation
    QString tenant; // the API URL
    QString oldId;
    QString description;
    QDateTime oldCreated;
    std::optional<QDateTime> oldExpiresAt;
    std::optional<QDateTime> newExpiresAt; // asked for; empty = never expires
    int revokeAfterSeconds = 0;
    QStringList knownIds; // tokens with the same description before the create was sent
    Step step = Step::Planned;
    QString newId;
    QDateTime newCreated;
    QDateTime startedAt;
    QDateTime createSentAt;
    QDateTime handedOverAt;
    QDateTime revokeDueAt;
    QDateTime updatedAt;
    QString note; // why it was abandoned

    bool isFinished() const { return step == Step::Done || step == Step::Abandoned; }

    static QString stepName(Step step);
    static std::optional<Step> stepFromName(const QString &name);
    QJsonObject toJson() const;
    static std::optional<Rotation> fromJson(const QJsonObject &object);
};

// The rotation journal: a JSON file (mode 0600) in TokenDesk's data folder, written whole and
// atomically (QSaveFile) after every step, and a lock file so that two runs never work on it
// at once.
class RotationJournal {
public:
    explicit RotationJournal(QString path);
    ~RotationJournal();

    // <AppDataLocation>/rotations.json (e.g. ~/.local/share/TokenDesk/TokenDesk/rotations.json).
    static QString defaultPath();

    QString path() const { return m_path; }
    // Takes the lock (waits up to `waitMs`), then reads the file (none yet: empty).
    bool open(QString *error, int waitMs = 10000);
    bool save(QString *error);

    QList<Rotation> &rotations() { return m_rotations; }
    Rotation *find(const QString &rotationId);

private:
    QString lockedMessage() const;

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QList<Rotation> m_rotations;
};
