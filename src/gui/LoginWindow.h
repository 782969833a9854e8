#pragma once

#include "TenantProfile.h"

#include <QWidget>

namespace Ui {
class LoginWindow;
}

// The small window shown while nobody is signed in: the tenant, "Sign in with browser",
// a waiting state with Cancel, and a clear message when something went wrong.
class LoginWindow : public QWidget {
    Q_OBJECT
public:
    explicit LoginWindow(QWidget *parent = nullptr);
    ~LoginWindow() override;

    // The tenants to choose from and the one selected.
    void setTenants(const QList<TenantProfile> &profiles, int current);
    void setTenant(const TenantProfile &profile);
    void setWaiting(bool waiting, const QString &text = {});
    void showMessage(const QString &message, bool isError = true);
    QString message() const;

Q_SIGNALS:
    void signInRequested();
    void cancelRequested();
    void personalAccessTokenSubmitted(const QByteArray &token);
    void tenantChosen(int index);
    void manageTenantsRequested();

private:
    void submitPersonalAccessToken();

    Ui::LoginWindow *m_ui;
};
