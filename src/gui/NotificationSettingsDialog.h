#pragma once

#include "ExpiryScheduler.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;

// Settings → Notifications: which warnings to give and how early.
class NotificationSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit NotificationSettingsDialog(const NotificationSettings &settings,
                                        QWidget *parent = nullptr);

    NotificationSettings settings() const;

private:
    QCheckBox *m_login;
    QSpinBox *m_loginLead;
    QCheckBox *m_scm;
    QSpinBox *m_scmLead;
    QCheckBox *m_pats;
    QSpinBox *m_patLead;
};
