#pragma once

#include <QStringList>
#include <QVariant>
#include <Qt>

#include <optional>

// Roles that every item model answers the same way, so that one delegate in the GUI can draw
// them in any view.
namespace ItemRoles {
enum Role {
    // The cell's status as an ExpiryState (Soon, Expired, Never), for the status palette's
    // colours; invalid for a cell with nothing to say (normal text).
    ToneRole = Qt::UserRole + 200,
};

// The roles of the models whose rows are users and their tokens (the admin view of users, the
// hygiene board): the same three first, then each model's own from FirstOwnRole.
struct UserRowRoles {
    enum Role {
        SortRole = Qt::UserRole + 1, // the value the column sorts by
        IdRole,                      // a token's id (a user row: the user's id)
        EmailRole,                   // the user's, or the token owner's, email
        FirstOwnRole,
        ToneRole = ItemRoles::ToneRole
    };
};

// A horizontal header's text, the same way in every model: `titles` has one per column; nothing
// for another orientation or role (the model's base class answers those).
inline std::optional<QVariant> columnTitle(const QStringList &titles, int section,
                                           Qt::Orientation orientation, int role) {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return std::nullopt;
    return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}
} // namespace ItemRoles
