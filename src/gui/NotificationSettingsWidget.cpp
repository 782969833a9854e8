#include "NotificationSettingsWidget.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

NotificationSettingsWidget::NotificationSettingsWidget(const NotificationSettings &settings,
                                                       QWidget *parent)
    : QWidget(parent)
    , m_login(new QCheckBox(tr("Login token"), this))
    , m_loginLead(new QSpinBox(this))
    , m_scm(new QCheckBox(tr("SCM tokens"), this))
    , m_scmLead(new QSpinBox(this))
    , m_pats(new QCheckBox(tr("Personal access tokens"), this))
    , m_patLead(new QSpinBox(this)) {
    setObjectName(QStringLiteral("notificationSettings"));
    auto *intro = new QLabel(tr("TokenDesk warns you on the desktop before a token expires. "
                                "Choose what to be warned about and how early."),
                             this);
    intro->setWordWrap(true);

    m_login->setObjectName(QStringLiteral("notifyLogin"));
    m_login->setChecked(settings.loginToken);
    m_loginLead->setRange(1, 60);
    m_loginLead->setSuffix(tr(" min before"));
    m_loginLead->setValue(settings.loginLeadMinutes);
    m_loginLead->setToolTip(tr("Not when the login token will be renewed on its own."));
    m_scm->setObjectName(QStringLiteral("notifyScm"));
    m_scm->setChecked(settings.scmTokens);
    m_scmLead->setObjectName(QStringLiteral("scmLead"));
    m_scmLead->setRange(1, 480);
    m_scmLead->setSuffix(tr(" min before"));
    m_scmLead->setValue(settings.scmLeadMinutes);
    m_pats->setObjectName(QStringLiteral("notifyPats"));
    m_pats->setChecked(settings.personalAccessTokens);
    m_patLead->setRange(1, 90);
    m_patLead->setSuffix(tr(" days before, once a day"));
    m_patLead->setValue(settings.patLeadDays);
    m_loginLead->setAccessibleName(tr("Minutes of warning before the login token expires"));
    m_scmLead->setAccessibleName(tr("Minutes of warning before an SCM token expires"));
    m_patLead->setAccessibleName(tr("Days of warning before a personal access token expires"));

    auto *form = new QFormLayout;
    form->addRow(m_login, m_loginLead);
    form->addRow(m_scm, m_scmLead);
    form->addRow(m_pats, m_patLead);
    connect(m_login, &QCheckBox::toggled, m_loginLead, &QWidget::setEnabled);
    connect(m_scm, &QCheckBox::toggled, m_scmLead, &QWidget::setEnabled);
    connect(m_pats, &QCheckBox::toggled, m_patLead, &QWidget::setEnabled);
    m_loginLead->setEnabled(settings.loginToken);
    m_scmLead->setEnabled(settings.scmTokens);
    m_patLead->setEnabled(settings.personalAccessTokens);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
}

NotificationSettings NotificationSettingsWidget::settings() const {
    NotificationSettings s;
    s.loginToken = m_login->isChecked();
    s.loginLeadMinutes = m_loginLead->value();
    s.scmTokens = m_scm->isChecked();
    s.scmLeadMinutes = m_scmLead->value();
    s.personalAccessTokens = m_pats->isChecked();
    s.patLeadDays = m_patLead->value();
    return s;
}
