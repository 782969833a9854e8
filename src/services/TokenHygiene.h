#pragma once

#include "ApiTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

// The hygiene board's rules: what is wrong with a personal access token, given its owner, the
// tenant's cap, its generation and now. Pure, so tests drive it with any `now`.
class TokenHygiene {
    Q_DECLARE_TR_FUNCTIONS(TokenHygiene)
public:
    enum Flag {
        NeverExpires = 0x01,    // no expiry at all
        OutlivesCap = 0x02,     // lives longer than the tenant's current cap (made before the cap)
        Expired = 0x04,         // expired, but the platform still lists it
        InactiveOwner = 0x08,   // the owner has not been active for more than N days (or never)
        Duplicate = 0x10,       // another token of the same owner has the same description
        AdminRuleLapsed = 0x20, // v1: an administrator's token that no longer works (14-day rule)
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    static constexpr int DefaultInactiveDays = 90;
    static constexpr int AdminSignInDays = 14; // v1's rule for administrators' tokens
    // A token's lifetime may exceed the cap by this much (the server checks the cap a moment
    // after it stamps `created`).
    static constexpr qint64 CapToleranceSeconds = 60;

    // What the flags are judged against.
    struct Context {
        QDateTime now;
        std::optional<int> capDays; // the tenant's maxExpiryDays; empty = no cap
        int inactiveDays = DefaultInactiveDays;
        bool v1 = false; // the tenant's generation is v1 (the 14-day rule applies)
    };
    // Whose token it is.
    struct Owner {
        QString email;
        QString role; // ADMIN or USER
        std::optional<QDateTime> lastActive;
    };

    // Every flag, in the order the summary strip shows them.
    static QList<Flag> all();
    // The flag's short name (the strip, the Flags column) and a sentence on it (tooltips).
    static QString name(Flag flag);
    static QString explanation(Flag flag, const Context &context);

    // The flags of `token` of `owner`; `duplicate`: another token of the owner has the same
    // description (see duplicateKey()).
    static Flags flagsOf(const AccessToken &token, const Owner &owner, const Context &context,
                         bool duplicate);
    // What makes two descriptions of one owner "the same": trimmed, case-insensitive; empty for
    // a token without a description (never a duplicate: there is nothing repeated to see).
    static QString duplicateKey(const AccessToken &token);
    // v1: when an administrator's tokens stop working (last active + 14 days); invalid when the
    // owner was never active.
    static QDateTime adminLapse(const Owner &owner);
    static bool isAdmin(const Owner &owner);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(TokenHygiene::Flags)
