#pragma once

#include "ApiTypes.h"

#include <QWidget>

#include <functional>

class CredentialStore;
class JwksCache;
class Settings;
class Ticker;
class Workspace;

// What a pane is made with: the data side (Workspace: session, services, models), the settings,
// the keychain, the issuer's keys and the shared 1 Hz ticker. Owned elsewhere, outliving panes.
struct PaneContext {
    Workspace *workspace = nullptr;
    Settings *settings = nullptr;
    CredentialStore *credentials = nullptr; // may be nullptr (no keychain)
    JwksCache *jwks = nullptr;
    Ticker *ticker = nullptr;
};

// The base of every pane of the main window: a page of the stack with an entry in the navigation
// list, whose second line is a live figure ("12 tokens", "1 of 5 connected").
class PaneBase : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The navigation entry's second line; empty for none.
    virtual QString navigationDetail() const { return {}; }

    // The navigation is about to show this pane, which `show` does. A pane that reads data when
    // it is shown starts its requests here and calls `show` once they have been written out:
    // Qt's network thread asks for a request's body through this thread's event loop, so the
    // new page's first layout and paint would hold them back. By default, `show` at once.
    virtual void aboutToShow(std::function<void()> show) { show(); }

Q_SIGNALS:
    // navigationDetail() has changed.
    void navigationDetailChanged();
    // Administrators: "Show history" on a token's row; the main window opens the Activity pane
    // narrowed to the events naming it.
    void historyRequested(const AccessToken &token);
    // Administrators: "Offboard <email>…" on a user's or token's row; the main window opens the
    // offboarding dialog for that user.
    void offboardRequested(const QString &email);
};
