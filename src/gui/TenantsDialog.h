#pragma once

#include "TenantProfile.h"

#include <QDialog>

namespace Ui {
class TenantsDialog;
}

// Add, edit and remove tenant profiles. From a base URL https://<tenant>.moderne.io it proposes
// the issuer and API URL; every field stays editable. Refuses plain http:// except loopback.
class TenantsDialog : public QDialog {
    Q_OBJECT
public:
    TenantsDialog(const QList<TenantProfile> &profiles, int current, QWidget *parent = nullptr);
    ~TenantsDialog() override;

    QList<TenantProfile> profiles() const { return m_profiles; }
    int currentIndex() const;
    // The first problem of any profile, or empty (exposed for tests).
    QString validate() const;

    void accept() override;

private:
    void showProfile(int row);
    void storeFields();
    void proposeFromBaseUrl();
    void updateGenerationNote();
    static int generationRow(TenantProfile::Generation generation);

    Ui::TenantsDialog *m_ui;
    QList<TenantProfile> m_profiles;
    int m_shown = -1;
    QList<bool> m_named; // per profile: false while it has the placeholder name of "Add"
};
