#pragma once

#include "ExpiryScheduler.h"

#include <QWidget>

class QCheckBox;
class QSpinBox;

// The Notifications page of the settings dialog: which warnings to give and how early.
class NotificationSettingsWidget : public QWidget {
    Q_OBJECT
public:
    explicit NotificationSettingsWidget(const NotificationSettings &settings,
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
