#pragma once

#include <QWidget>

class JwksCache;
class LoginTokenPane;
class Ticker;

// The token inspector on its own, for `tokendesk --inspect` while no main window is open
// (signed out): the same pane as in the main window, verifying against the current tenant.
class InspectorWindow : public QWidget {
    Q_OBJECT
public:
    InspectorWindow(JwksCache *jwks, Ticker *ticker, QWidget *parent = nullptr);

    LoginTokenPane *pane() const { return m_pane; }

private:
    LoginTokenPane *m_pane;
};
