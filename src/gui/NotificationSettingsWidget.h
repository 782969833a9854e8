#pragma once

#include "Settings.h"

#include <QWidget>

namespace Ui {
class NotificationSettingsWidget;
}

// The Notifications page of the settings dialog: which warnings to give and how early.
class NotificationSettingsWidget : public QWidget {
    Q_OBJECT
public:
    explicit NotificationSettingsWidget(QWidget *parent = nullptr);
    ~NotificationSettingsWidget() override;

    void setSettings(const NotificationSettings &settings);
    NotificationSettings settings() const;

private:
    Ui::NotificationSettingsWidget *m_ui;
};
