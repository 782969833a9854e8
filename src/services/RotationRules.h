#pragma once

#include "ApiTypes.h"
#include "RotationJournal.h"

#include <QList>
#include <QStringList>

#include <optional>

// The decisions of a token rotation that do not depend on who drives it (tokendesk-cli today,
// the app next): the new token's lifetime within the tenant's cap, the rotation as planned
// before createAccessToken is sent, and, when the create's answer was lost, which tokens it may
// have made (never a reason to send the create again).
class RotationRules {
public:
    static constexpr qint64 Day = 86400;

    struct Lifetime {
        std::optional<qint64> seconds; // the new token's; empty = never expires
        std::optional<qint64> wanted;  // before the cap; empty = never expires
        bool capped = false;           // the cap made it shorter than wanted
    };

    // `overrideDays` when given, else the old token's lifetime (at least a day; none when the
    // old one never expires), shortened to `capDays` (empty or 0: no cap).
    static Lifetime lifetimeFor(const AccessToken &old, std::optional<int> overrideDays,
                                std::optional<int> capDays);

    // A rotation of `old`, planned (nothing sent yet): `mine` is the user's list of tokens (the
    // ones with the same description are remembered, to tell a token the create made from them).
    static Rotation plan(const QString &rotationId, const QString &tenant, const AccessToken &old,
                         const QList<AccessToken> &mine, const Lifetime &lifetime,
                         int revokeAfterSeconds, const QDateTime &now);

    // The tokens that a createAccessToken of `rotation` whose answer was lost may have made: the
    // same description, not the old one, not known before, created since it was sent (five
    // minutes' slack for the server's clock).
    static QList<AccessToken> madeBy(const Rotation &rotation, const QList<AccessToken> &mine);

    // Marks `rotation` abandoned after its create's answer was lost and `made` (from madeBy) was
    // not exactly one token; the note names the candidates.
    static void abandonAfterLostCreate(Rotation &rotation, const QList<AccessToken> &made);

    static QStringList idsOf(const QList<AccessToken> &tokens);
};
