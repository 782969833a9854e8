#pragma once

#include "TenantProfile.h"

#include <QWidget>

namespace Ui {
class LoginWindow;
}
class TenantListModel;

// The small window shown while nobody is signed in: the tenant, "Sign in with browser",
// a waiting state with Cancel, and a clear message when something went wrong.
class LoginWindow : public QWidget {
    Q_OBJECT
public:
    explicit LoginWindow(QWidget *parent = nullptr);
    ~LoginWindow() override;

    // The tenants to choose from (the session's model; the current one is selected).
    void setTenants(TenantListModel *tenants);
    void setWaiting(bool waiting, const QString &text = {});
    void showMessage(const QString &message, bool isError = true);
    QString message() const;
    // True once the window has been painted (its first frame is on screen).
    bool wasPainted() const { return m_painted; }
    // Hides the window and gives back its native window and backing store (half a megabyte
    // of pixels) while the main window is in use; show() creates them again.
    void hideAndRelease();

Q_SIGNALS:
    void signInRequested();
    void cancelRequested();
    void personalAccessTokenSubmitted(const QByteArray &token);
    void tenantChosen(int index);
    void manageTenantsRequested();
    // The window's first paint has been delivered (once).
    void firstPainted();

protected:
    bool event(QEvent *event) override;

private:
    void submitPersonalAccessToken();
    void showCurrentTenant();

    TenantListModel *m_tenants = nullptr;
    bool m_painted = false;
    Ui::LoginWindow *m_ui;
};
