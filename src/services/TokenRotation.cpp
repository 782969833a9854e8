#include "TokenRotation.h"

#include "AccessTokenApi.h"
#include "AccessTokenService.h"

#include <QUuid>

TokenRotation::TokenRotation(AccessTokenApi *api, AccessTokenService *service, QString journalPath,
                             QString tenant, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_service(service)
    , m_journalPath(std::move(journalPath))
    , m_tenant(std::move(tenant)) {}

void TokenRotation::fail(const QString &text) {
    Q_EMIT message(text, true);
}

bool TokenRotation::update(const QString &rotationId, const Edit &edit) {
    if (m_stopped)
        return false;
    Rotation::Step step;
    {
        RotationJournal journal(m_journalPath);
        QString error;
        if (!journal.open(&error)) {
            fail(error);
            return false;
        }
        Rotation *rotation = journal.find(rotationId);
        if (!rotation)
            return false;
        edit(*rotation);
        rotation->updatedAt = QDateTime::currentDateTimeUtc();
        step = rotation->step;
        if (!journal.save(&error)) {
            fail(error);
            return false;
        }
    } // the lock is released before anyone hears of the change
    Q_EMIT changed();
    if (stopsAfter(step))
        m_stopped = true;
    return true;
}

std::optional<Rotation> TokenRotation::rotation(const QString &rotationId) const {
    RotationJournal journal(m_journalPath);
    QString error;
    if (!journal.open(&error))
        return std::nullopt;
    if (const Rotation *r = journal.find(rotationId))
        return *r;
    return std::nullopt;
}

QList<Rotation> TokenRotation::pendingRevokes() const {
    RotationJournal journal(m_journalPath);
    QString error;
    QList<Rotation> pending;
    if (!journal.open(&error))
        return pending;
    for (const Rotation &r : journal.rotations())
        if (r.tenant == m_tenant && r.step == Rotation::Step::RevokeDue)
            pending << r;
    return pending;
}

QString TokenRotation::start(const AccessToken &old, const QList<AccessToken> &mine,
                             const RotationRules::Lifetime &lifetime, int revokeAfterSeconds) {
    const Rotation planned =
        RotationRules::plan(QUuid::createUuid().toString(QUuid::WithoutBraces), m_tenant, old, mine,
                            lifetime, revokeAfterSeconds, QDateTime::currentDateTime());
    {
        RotationJournal journal(m_journalPath);
        QString error;
        if (!journal.open(&error)) {
            fail(error);
            return {};
        }
        journal.rotations().append(planned);
        if (!journal.save(&error)) {
            fail(error);
            return {};
        }
    }
    Q_EMIT changed();
    if (stopsAfter(Rotation::Step::Planned)) {
        m_stopped = true;
        return planned.id;
    }
    create(planned.id);
    return planned.id;
}

void TokenRotation::create(const QString &rotationId) {
    std::optional<Rotation> planned;
    if (!update(rotationId, [&](Rotation &r) {
            r.step = Rotation::Step::CreateSent;
            r.createSentAt = QDateTime::currentDateTimeUtc();
            planned = r;
        }))
        return;
    const std::optional<QDateTime> expiresAt =
        planned->newExpiresAt ? std::optional<QDateTime>(planned->newExpiresAt->toLocalTime())
                              : std::nullopt;
    m_service->create(
        planned->description, expiresAt, this,
        [this, rotationId, planned](const ApiResult<CreatedAccessToken> &result) {
            if (m_stopped)
                return;
            if (result.error) {
                if (AccessTokenService::serverMayHaveActed(result.error)) {
                    // Left at create-sent: it is never sent again; resume() looks for what it
                    // made.
                    fail(tr("The new token for “%1” may or may not have been created: %2 It is "
                            "not asked for again; TokenDesk reloads the list and looks for it. "
                            "The old token is kept.")
                             .arg(planned->description, result.error.message));
                    return settleLostCreate(rotationId);
                }
                update(rotationId, [](Rotation &r) {
                    r.step = Rotation::Step::Abandoned;
                    r.note = QStringLiteral("the server refused to create the new token");
                });
                fail(tr("The new token for “%1” was not created: %2 The old token is kept.")
                         .arg(planned->description, result.error.message));
                return Q_EMIT finished(rotationId);
            }
            CreatedAccessToken created = *result.value;
            if (!update(rotationId, [&](Rotation &r) {
                    r.step = Rotation::Step::Created;
                    r.newId = created.token.id;
                    r.newCreated = created.token.created;
                })) {
                created.value.fill('\0');
                return;
            }
            if (m_stopped) { // test hook: as if the app ended with the value in memory
                created.value.fill('\0');
                return;
            }
            if (!m_handOver) {
                created.value.fill('\0');
                return revokeOrphan(rotationId, created.token.id);
            }
            m_handOver(created, [this, rotationId, newId = created.token.id](const QString &error) {
                if (m_stopped)
                    return;
                if (!error.isEmpty()) {
                    // Nobody holds the value: the new token goes, the old one stays.
                    fail(tr("The new value could not be handed over: %1").arg(error));
                    return revokeOrphan(rotationId, newId);
                }
                if (!update(rotationId,
                            [](Rotation &r) {
                                r.step = Rotation::Step::HandedOver;
                                r.handedOverAt = QDateTime::currentDateTimeUtc();
                            }) ||
                    m_stopped)
                    return;
                afterHandOver(rotationId);
            });
            created.value.fill('\0');
        });
}

void TokenRotation::afterHandOver(const QString &rotationId) {
    const std::optional<Rotation> r = rotation(rotationId);
    if (!r)
        return;
    if (r->revokeAfterSeconds == 0)
        return revokeOld(rotationId);
    if (!update(rotationId, [](Rotation &r) {
            r.step = Rotation::Step::RevokeDue;
            // Asking first: due far ahead, until the user says now (or cancels).
            r.revokeDueAt = r.revokeAfterSeconds > 0 ? r.handedOverAt.addSecs(r.revokeAfterSeconds)
                                                     : r.handedOverAt.addYears(100);
        }))
        return;
    Q_EMIT finished(rotationId);
    if (r->revokeAfterSeconds < 0)
        if (const std::optional<Rotation> pending = rotation(rotationId))
            Q_EMIT revokeAwaitsConfirmation(*pending);
}

void TokenRotation::revokeNow(const QString &rotationId) {
    const std::optional<Rotation> r = rotation(rotationId);
    if (r && r->step == Rotation::Step::RevokeDue)
        revokeOld(rotationId);
}

void TokenRotation::cancelRevoke(const QString &rotationId) {
    update(rotationId, [](Rotation &r) {
        if (r.step != Rotation::Step::RevokeDue)
            return;
        r.step = Rotation::Step::Done;
        r.note = QStringLiteral("the revoke of the old token was cancelled; it is kept");
    });
}

void TokenRotation::revokeDue() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Rotation &r : pendingRevokes())
        if (r.revokeDueAt.isValid() && r.revokeDueAt <= now)
            revokeOld(r.id);
}

void TokenRotation::revokeOld(const QString &rotationId) {
    std::optional<Rotation> r;
    if (!update(rotationId, [&](Rotation &rotation) {
            rotation.step = Rotation::Step::RevokeSent;
            r = rotation;
        }))
        return;
    m_service->revoke(
        {AccessToken{r->oldId, r->description, r->oldCreated, r->oldExpiresAt}}, {}, this,
        [this, rotationId, r](const QList<AccessTokenService::RevokeOutcome> &out) {
            if (m_stopped)
                return;
            const bool failed =
                out.isEmpty() ||
                out.constFirst().result == AccessTokenService::RevokeOutcome::Result::Failed;
            if (failed && out.constFirst().uncertain) {
                // The server may have revoked it: never sent again blindly; the list tells.
                fail(tr("The answer to the revoke of the old token “%1” was lost: %2 It may or "
                        "may not have been revoked; TokenDesk does not send it again but reloads "
                        "the list to see.")
                         .arg(r->description, out.constFirst().message));
                return settleRevokeSent(rotationId, false);
            }
            if (failed) {
                fail(
                    tr("The old token “%1” was not revoked: %2 TokenDesk tries "
                       "again when it starts.")
                        .arg(r->description, out.isEmpty() ? QString() : out.constFirst().message));
                return;
            }
            update(rotationId, [](Rotation &rotation) { rotation.step = Rotation::Step::Done; });
            Q_EMIT message(tr("Revoked the old token “%1”.").arg(r->description), false);
            Q_EMIT finished(rotationId);
        });
}

void TokenRotation::listMine(std::function<void(const QList<AccessToken> &)> done, QString after,
                             QList<AccessToken> so) {
    m_api->myTokens(
        100, after, this, [this, done, so](const ApiResult<AccessTokenPage> &page) mutable {
            if (page.error || !page.value)
                return fail(tr("The list of tokens could not be read: %1").arg(page.error.message));
            so.append(page.value->items);
            if (page.value->hasNextPage)
                return listMine(done, page.value->endCursor, so);
            done(so);
        });
}

void TokenRotation::resume() {
    QList<Rotation> all;
    {
        RotationJournal journal(m_journalPath);
        QString error;
        if (!journal.open(&error))
            return fail(error);
        all = journal.rotations();
    } // the lock is released: each step takes it again
    for (const Rotation &r : all) {
        if (r.tenant != m_tenant || r.isFinished())
            continue;
        switch (r.step) {
        case Rotation::Step::Planned:
            create(r.id); // nothing was sent yet
            break;
        case Rotation::Step::CreateSent:
            settleLostCreate(r.id);
            break;
        case Rotation::Step::Created:
            // The value lived in memory only and was not handed over: nobody can use it.
            revokeOrphan(r.id, r.newId);
            break;
        case Rotation::Step::HandedOver:
            afterHandOver(r.id);
            break;
        case Rotation::Step::RevokeDue:
            if (r.revokeDueAt <= QDateTime::currentDateTimeUtc())
                revokeOld(r.id);
            break;
        case Rotation::Step::RevokeSent:
            settleRevokeSent(r.id, true);
            break;
        case Rotation::Step::Done:
        case Rotation::Step::Abandoned:
            break;
        }
    }
}

void TokenRotation::settleRevokeSent(const QString &rotationId, bool resend) {
    listMine([this, rotationId, resend](const QList<AccessToken> &mine) {
        const std::optional<Rotation> r = rotation(rotationId);
        if (!r)
            return;
        for (const AccessToken &token : mine) {
            if (token.id != r->oldId)
                continue;
            if (resend)
                return revokeOld(rotationId);
            // Not revoked: pending again, until the user revokes it now or keeps it.
            update(rotationId, [](Rotation &rotation) {
                rotation.step = Rotation::Step::RevokeDue;
                rotation.revokeAfterSeconds = AskFirst;
                rotation.revokeDueAt = QDateTime::currentDateTimeUtc().addYears(100);
            });
            fail(tr("The old token “%1” is still there: its revoke waits for you (right-click "
                    "it to revoke it now or to keep it).")
                     .arg(r->description));
            return Q_EMIT finished(rotationId);
        }
        update(rotationId, [](Rotation &rotation) { rotation.step = Rotation::Step::Done; });
        if (!resend)
            Q_EMIT message(tr("The old token “%1” was revoked: the list no longer has it.")
                               .arg(r->description),
                           false);
        Q_EMIT finished(rotationId);
    });
}

void TokenRotation::settleLostCreate(const QString &rotationId) {
    listMine([this, rotationId](const QList<AccessToken> &mine) {
        const std::optional<Rotation> r = rotation(rotationId);
        if (!r)
            return;
        const QList<AccessToken> made = RotationRules::madeBy(*r, mine);
        if (made.size() == 1)
            return revokeOrphan(rotationId, made.constFirst().id);
        const QStringList ids = RotationRules::idsOf(made);
        update(rotationId,
               [&](Rotation &rotation) { RotationRules::abandonAfterLostCreate(rotation, made); });
        if (made.isEmpty())
            Q_EMIT message(tr("The rotation of “%1” created nothing; the old token is kept. "
                              "Rotate it again.")
                               .arg(r->description),
                           true);
        else
            fail(tr("The rotation of “%1” may have created one of %2, whose values were never "
                    "shown; revoke the one not in use. The old token is kept.")
                     .arg(r->description, ids.join(QStringLiteral(", "))));
        Q_EMIT finished(rotationId);
    });
}

void TokenRotation::revokeOrphan(const QString &rotationId, const QString &newId) {
    m_service->revoke(
        {AccessToken{newId, {}, {}, {}}}, {}, this,
        [this, rotationId, newId](const QList<AccessTokenService::RevokeOutcome> &out) {
            if (m_stopped)
                return;
            const std::optional<Rotation> r = rotation(rotationId);
            if (!r)
                return;
            if (out.isEmpty() ||
                out.constFirst().result == AccessTokenService::RevokeOutcome::Result::Failed)
                return fail(
                    tr("The token made by the interrupted rotation of “%1” (its value was "
                       "never handed over) could not be revoked: %2")
                        .arg(r->description, out.isEmpty() ? QString() : out.constFirst().message));
            update(rotationId, [&](Rotation &rotation) {
                rotation.step = Rotation::Step::Abandoned;
                rotation.newId = newId;
                rotation.note =
                    QStringLiteral("the new token's value was never handed over; it was revoked");
            });
            Q_EMIT message(tr("The rotation of “%1” was interrupted before the new value was "
                              "handed over: the new token was revoked, the old one is kept. "
                              "Rotate it again.")
                               .arg(r->description),
                           true);
            Q_EMIT finished(rotationId);
        });
}
