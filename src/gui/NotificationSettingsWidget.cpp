#include "NotificationSettingsWidget.h"

#include "ui_NotificationSettingsWidget.h"

NotificationSettingsWidget::NotificationSettingsWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::NotificationSettingsWidget) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("notificationSettings"));
    connect(m_ui->notifyLogin, &QCheckBox::toggled, m_ui->loginLead, &QWidget::setEnabled);
    connect(m_ui->notifyScm, &QCheckBox::toggled, m_ui->scmLead, &QWidget::setEnabled);
    connect(m_ui->notifyPats, &QCheckBox::toggled, m_ui->patLead, &QWidget::setEnabled);
    setSettings(NotificationSettings());
}

NotificationSettingsWidget::~NotificationSettingsWidget() {
    delete m_ui;
}

void NotificationSettingsWidget::setSettings(const NotificationSettings &settings) {
    m_ui->notifyLogin->setChecked(settings.loginToken);
    m_ui->loginLead->setValue(settings.loginLeadMinutes);
    m_ui->notifyScm->setChecked(settings.scmTokens);
    m_ui->scmLead->setValue(settings.scmLeadMinutes);
    m_ui->notifyPats->setChecked(settings.personalAccessTokens);
    m_ui->patLead->setValue(settings.patLeadDays);
    m_ui->loginLead->setEnabled(settings.loginToken);
    m_ui->scmLead->setEnabled(settings.scmTokens);
    m_ui->patLead->setEnabled(settings.personalAccessTokens);
}

NotificationSettings NotificationSettingsWidget::settings() const {
    NotificationSettings s;
    s.loginToken = m_ui->notifyLogin->isChecked();
    s.loginLeadMinutes = m_ui->loginLead->value();
    s.scmTokens = m_ui->notifyScm->isChecked();
    s.scmLeadMinutes = m_ui->scmLead->value();
    s.personalAccessTokens = m_ui->notifyPats->isChecked();
    s.patLeadDays = m_ui->patLead->value();
    return s;
}
