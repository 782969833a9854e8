#include "TokenHygiene.h"

QList<TokenHygiene::Flag> TokenHygiene::all() {
    return {NeverExpires, OutlivesCap, Expired, InactiveOwner, Duplicate, AdminRuleLapsed};
}

QString TokenHygiene::name(Flag flag) {
    switch (flag) {
    case NeverExpires:
        return tr("Never expires");
    case OutlivesCap:
        return tr("Outlives the cap");
    case Expired:
        return tr("Expired, still listed");
    case InactiveOwner:
        return tr("Owner inactive");
    case Duplicate:
        return tr("Same description");
    case AdminRuleLapsed:
        return tr("Admin 14-day rule");
    }
    return {};
}

QString TokenHygiene::explanation(Flag flag, const Context &context) {
    switch (flag) {
    case NeverExpires:
        return tr("The token never expires: whoever holds it can use it until it is revoked.");
    case OutlivesCap:
        return context.capDays
                   ? tr("The token lives longer than the tenant's current cap of %n day(s); it "
                        "was created before the cap.",
                        nullptr, *context.capDays)
                   : tr("The tenant has no cap on a token's lifetime.");
    case Expired:
        return tr("The token has expired but the platform still lists it.");
    case InactiveOwner:
        return tr("The owner has not been active for more than %n day(s), or never.", nullptr,
                  context.inactiveDays);
    case Duplicate:
        return tr("The owner has several tokens with this description (for example the CLI's "
                  "repeated logins).");
    case AdminRuleLapsed:
        return tr("v1: an administrator's tokens work only while the administrator has signed in "
                  "within the last %n day(s); this one no longer works.",
                  nullptr, AdminSignInDays);
    }
    return {};
}

QString TokenHygiene::duplicateKey(const AccessToken &token) {
    return token.description.trimmed().toCaseFolded();
}

bool TokenHygiene::isAdmin(const Owner &owner) {
    return owner.role.compare(QLatin1String("ADMIN"), Qt::CaseInsensitive) == 0;
}

QDateTime TokenHygiene::adminLapse(const Owner &owner) {
    if (!owner.lastActive || !owner.lastActive->isValid())
        return {};
    return owner.lastActive->addDays(AdminSignInDays);
}

TokenHygiene::Flags TokenHygiene::flagsOf(const AccessToken &token, const Owner &owner,
                                          const Context &context, bool duplicate) {
    Flags flags;
    const bool never = !token.expiresAt || !token.expiresAt->isValid();
    if (never)
        flags |= NeverExpires;
    else if (*token.expiresAt <= context.now)
        flags |= Expired;
    // An expired token outlives nothing any more.
    if (context.capDays && !flags.testFlag(Expired)) {
        const qint64 cap = qint64(*context.capDays) * 24 * 3600 + CapToleranceSeconds;
        if (never || token.created.secsTo(*token.expiresAt) > cap)
            flags |= OutlivesCap;
    }
    if (!owner.lastActive || !owner.lastActive->isValid() ||
        owner.lastActive->addDays(context.inactiveDays) < context.now)
        flags |= InactiveOwner;
    if (duplicate)
        flags |= Duplicate;
    if (context.v1 && isAdmin(owner)) {
        const QDateTime lapse = adminLapse(owner);
        if (!lapse.isValid() || lapse <= context.now)
            flags |= AdminRuleLapsed;
    }
    return flags;
}
