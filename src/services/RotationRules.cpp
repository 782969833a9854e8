#include "RotationRules.h"

#include <algorithm>

RotationRules::Lifetime RotationRules::lifetimeFor(const AccessToken &old,
                                                   std::optional<int> overrideDays,
                                                   std::optional<int> capDays) {
    Lifetime lifetime;
    if (overrideDays)
        lifetime.wanted = *overrideDays * Day;
    else if (old.expiresAt)
        lifetime.wanted = std::max<qint64>(Day, old.created.secsTo(*old.expiresAt));
    lifetime.seconds = lifetime.wanted;
    if (capDays && *capDays > 0 && (!lifetime.wanted || *lifetime.wanted > *capDays * Day)) {
        lifetime.seconds = *capDays * Day;
        lifetime.capped = true;
    }
    return lifetime;
}

Rotation RotationRules::plan(const QString &rotationId, const QString &tenant,
                             const AccessToken &old, const QList<AccessToken> &mine,
                             const Lifetime &lifetime, int revokeAfterSeconds,
                             const QDateTime &now) {
    Rotation rotation;
    rotation.id = rotationId;
    rotation.tenant = tenant;
    rotation.oldId = old.id;
    rotation.description = old.description;
    rotation.oldCreated = old.created;
    rotation.oldExpiresAt = old.expiresAt;
    if (lifetime.seconds)
        rotation.newExpiresAt = now.addSecs(*lifetime.seconds);
    rotation.revokeAfterSeconds = revokeAfterSeconds;
    for (const AccessToken &token : mine)
        if (token.description == old.description)
            rotation.knownIds << token.id;
    rotation.startedAt = now.toUTC();
    rotation.updatedAt = rotation.startedAt;
    return rotation;
}

QList<AccessToken> RotationRules::madeBy(const Rotation &rotation, const QList<AccessToken> &mine) {
    QList<AccessToken> made;
    for (const AccessToken &token : mine) {
        if (token.description == rotation.description && token.id != rotation.oldId &&
            !rotation.knownIds.contains(token.id) &&
            (!rotation.createSentAt.isValid() ||
             token.created >= rotation.createSentAt.addSecs(-300)))
            made << token;
    }
    return made;
}

QStringList RotationRules::idsOf(const QList<AccessToken> &tokens) {
    QStringList ids;
    for (const AccessToken &token : tokens)
        ids << token.id;
    return ids;
}

void RotationRules::abandonAfterLostCreate(Rotation &rotation, const QList<AccessToken> &made) {
    const QStringList ids = idsOf(made);
    rotation.step = Rotation::Step::Abandoned;
    rotation.note =
        ids.isEmpty()
            ? QStringLiteral("create answer lost; nothing was created")
            : QStringLiteral("create answer lost; candidates %1").arg(ids.join(QLatin1Char(' ')));
}
