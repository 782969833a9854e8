#pragma once

#include <QWidget>

namespace Ui {
class InspectorWindow;
}
class JwksCache;
class LoginTokenPane;
class Ticker;

// The token inspector on its own, for `tokendesk --inspect` while no main window is open
// (signed out): the same pane as in the main window, verifying against the current tenant.
class InspectorWindow : public QWidget {
    Q_OBJECT
public:
    InspectorWindow(JwksCache *jwks, Ticker *ticker, QWidget *parent = nullptr);
    ~InspectorWindow() override;

    LoginTokenPane *pane() const;

private:
    Ui::InspectorWindow *m_ui;
};
