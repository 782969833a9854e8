#pragma once

#include "PaneBase.h"

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

// The panes' ids (stable: the settings remember the last pane by its id).
namespace PaneId {
inline constexpr QStringView Tokens = u"tokens";
inline constexpr QStringView Scm = u"scm";
inline constexpr QStringView LoginToken = u"login-token";
inline constexpr QStringView Activity = u"activity";
inline constexpr QStringView Hygiene = u"hygiene";
} // namespace PaneId

// One pane of the main window: who may see it, how it is listed and how it is made.
struct PaneDescriptor {
    enum class Audience { Everyone, Administrators };

    QString id;
    QString title;    // translated; the navigation entry's first line
    QString menuText; // translated, with its mnemonic; the View menu's entry
    QString icon;     // a line icon (resources/icons), drawn in the palette's text colour
    QKeySequence shortcut;
    Audience audience = Audience::Everyone;
    std::function<PaneBase *(const PaneContext &context, QWidget *parent)> create;
};

// The list the main window builds its navigation, stack, View menu and shortcuts from.
// Adding a pane = one class with its form, one line in standard(), and its tests.
class PaneRegistry {
public:
    // TokenDesk's panes in navigation order; the first nine get Ctrl+1 … Ctrl+9.
    static QList<PaneDescriptor> standard();
};
