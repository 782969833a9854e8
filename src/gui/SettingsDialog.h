#pragma once

#include "ExpiryScheduler.h"
#include "Settings.h"

#include <QDialog>

class NotificationSettingsWidget;
class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;

// Settings: General (language, clipboard clear delay), Notifications (which expiry warnings,
// how early) and Tenants (the profiles, edited in their own dialog).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    enum Page { GeneralPage, NotificationsPage, TenantsPage };

    SettingsDialog(const GeneralSettings &general, const NotificationSettings &notifications,
                   QWidget *parent = nullptr);

    GeneralSettings general() const;
    NotificationSettings notifications() const;
    void showPage(Page page);

Q_SIGNALS:
    void manageTenantsRequested();

private:
    void updateLanguageNote();

    QTabWidget *m_tabs;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QSpinBox *m_clipboardSeconds;
    NotificationSettingsWidget *m_notifications;
    QString m_startLanguage;
};
