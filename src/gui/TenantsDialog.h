#pragma once

#include "TenantProfile.h"

#include <QDialog>

namespace Ui {
class TenantsDialog;
}

// Add, edit and remove tenant profiles. From a base URL https://<tenant>.moderne.io it proposes
// the issuer and API URL; every field stays editable. Refuses plain http:// except loopback.
// OK keeps the edited list and never switches tenant: switching is its own button ("Switch to
// this tenant", which also keeps the edits); the tenant in use is shown in bold.
class TenantsDialog : public QDialog {
    Q_OBJECT
public:
    TenantsDialog(const QList<TenantProfile> &profiles, int current, QWidget *parent = nullptr);
    ~TenantsDialog() override;

    QList<TenantProfile> profiles() const { return m_profiles; }
    // The row selected in the list.
    int currentIndex() const;
    // The row (in profiles()) to switch to, when closed with "Switch to this tenant"; else -1.
    int switchTo() const { return m_switchTo; }
    // The first problem of any profile, or empty (exposed for tests).
    QString validate() const;

    void accept() override;

private:
    void showProfile(int row);
    void storeFields();
    void proposeFromBaseUrl();
    void updateGenerationNote();
    void updateSwitchButton();
    void switchToSelected();
    static int generationRow(TenantProfile::Generation generation);

    Ui::TenantsDialog *m_ui;
    QList<TenantProfile> m_profiles;
    int m_shown = -1;
    int m_switchTo = -1;
    QString m_inUseKey;  // the credential key of the tenant in use
    QList<bool> m_named; // per profile: false while it has the placeholder name of "Add"
};
