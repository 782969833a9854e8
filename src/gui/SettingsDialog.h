#pragma once

#include "ExpiryScheduler.h"
#include "Settings.h"

#include <QDialog>

namespace Ui {
class SettingsDialog;
}

// Settings: General (language, clipboard clear delay), Notifications (which expiry warnings,
// how early) and Tenants (the profiles, edited in their own dialog).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    enum Page { GeneralPage, NotificationsPage, TenantsPage };

    SettingsDialog(const GeneralSettings &general, const NotificationSettings &notifications,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    GeneralSettings general() const;
    NotificationSettings notifications() const;
    void showPage(Page page);

Q_SIGNALS:
    void manageTenantsRequested();

private:
    void updateLanguageNote();

    Ui::SettingsDialog *m_ui;
    QString m_startLanguage;
};
