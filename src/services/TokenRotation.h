#pragma once

#include "ApiTypes.h"
#include "RotationJournal.h"
#include "RotationRules.h"

#include <QObject>

#include <functional>
#include <optional>

class AccessTokenApi;
class AccessTokenService;

// Drives rotations of personal access tokens for the app, step by step through the rotation
// journal (shared with tokendesk-cli; the lock is held only while a step is written): plan,
// createAccessToken (sent once: a lost answer is never answered by a second create), hand-off
// of the new value (the HandOver callback: keychain, clipboard, `mod`), then the old token's
// revoke — at once, after a grace period, or when the user confirms. The old token is never
// revoked before the hand-off succeeded. resume() settles what an earlier run left.
class TokenRotation : public QObject {
    Q_OBJECT
public:
    // Called with the new value (in memory only); calls `done` with an empty error when the
    // value was handed over.
    using HandOver = std::function<void(const CreatedAccessToken &created,
                                        std::function<void(const QString &error)> done)>;
    // revokeAfterSeconds: 0 at once, > 0 after that long, AskFirst when the user confirms.
    static constexpr int AskFirst = -1;

    TokenRotation(AccessTokenApi *api, AccessTokenService *service, QString journalPath,
                  QString tenant, QObject *parent = nullptr);

    void setHandOver(HandOver handOver) { m_handOver = std::move(handOver); }
    // Test hook: after the journal records `step`, nothing more happens (as if the app ended).
    void setStopAfter(std::optional<Rotation::Step> step) { m_stopAfter = step; }

    // Starts a rotation of `old` (`mine`: the user's tokens); returns its id.
    QString start(const AccessToken &old, const QList<AccessToken> &mine,
                  const RotationRules::Lifetime &lifetime, int revokeAfterSeconds);
    // Settles every unfinished rotation of this tenant in the journal.
    void resume();
    // A pending revoke: now, or never (the old token is kept).
    void revokeNow(const QString &rotationId);
    void cancelRevoke(const QString &rotationId);
    // Revokes whose time has come (call now and then).
    void revokeDue();

    // The rotations of this tenant waiting for the old token's revoke (RevokeDue).
    QList<Rotation> pendingRevokes() const;
    std::optional<Rotation> rotation(const QString &rotationId) const;

Q_SIGNALS:
    void changed();
    // What happened, for the user.
    void message(const QString &text, bool error);
    void finished(const QString &rotationId);
    // The new value was handed over and the user chose to confirm the old token's revoke: ask
    // now (revokeNow() when they agree; otherwise it stays pending).
    void revokeAwaitsConfirmation(const Rotation &rotation);

private:
    using Edit = std::function<void(Rotation &)>;
    // Opens the journal, applies `edit` to the rotation, saves and closes; false on failure.
    bool update(const QString &rotationId, const Edit &edit);
    bool stopsAfter(Rotation::Step step) const { return m_stopAfter && *m_stopAfter == step; }
    void create(const QString &rotationId);
    void afterHandOver(const QString &rotationId);
    void revokeOld(const QString &rotationId);
    void settleLostCreate(const QString &rotationId);
    // After a stop or a lost answer to the revoke: the list says whether the old token is gone.
    // Still there: `resend` sends the revoke again (a restart), else it waits for the user.
    void settleRevokeSent(const QString &rotationId, bool resend);
    void revokeOrphan(const QString &rotationId, const QString &newId);
    void listMine(std::function<void(const QList<AccessToken> &)> done, QString after = {},
                  QList<AccessToken> so = {});
    void fail(const QString &text);

    AccessTokenApi *m_api;
    AccessTokenService *m_service;
    QString m_journalPath;
    QString m_tenant;
    HandOver m_handOver;
    std::optional<Rotation::Step> m_stopAfter;
    bool m_stopped = false;
};
