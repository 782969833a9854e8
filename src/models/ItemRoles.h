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

// A horizontal header's text, the same way in every model: `titles` has one per column; nothing
// for another orientation or role (the model's base class answers those).
inline std::optional<QVariant> columnTitle(const QStringList &titles, int section,
                                           Qt::Orientation orientation, int role) {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return std::nullopt;
    return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}
} // namespace ItemRoles
