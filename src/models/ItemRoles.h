#pragma once

#include <Qt>

// Roles that every item model answers the same way, so that one delegate in the GUI can draw
// them in any view.
namespace ItemRoles {
enum Role {
    // The cell's status as an ExpiryState (Soon, Expired, Never), for the status palette's
    // colours; invalid for a cell with nothing to say (normal text).
    ToneRole = Qt::UserRole + 200,
};
} // namespace ItemRoles
