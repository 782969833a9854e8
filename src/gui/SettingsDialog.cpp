#include "SettingsDialog.h"

#include "NotificationSettingsWidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const GeneralSettings &general,
                               const NotificationSettings &notifications, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_clipboardSeconds(new QSpinBox(this))
    , m_notifications(new NotificationSettingsWidget(notifications, this))
    , m_startLanguage(general.language) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    // General
    auto *generalPage = new QWidget(m_tabs);
    m_language->setObjectName(QStringLiteral("language"));
    const QLocale system = QLocale::system();
    m_language->addItem(tr("System default (%1)").arg(system.nativeLanguageName()), QString());
    // Each language by its own name, as language menus do.
    for (const QString &code : GeneralSettings::availableLanguages())
        m_language->addItem(GeneralSettings::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(general.language)));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_clipboardSeconds->setObjectName(QStringLiteral("clipboardSeconds"));
    m_clipboardSeconds->setRange(5, 600);
    m_clipboardSeconds->setSuffix(tr(" s"));
    m_clipboardSeconds->setValue(general.clipboardClearSeconds);
    auto *clipboardHelp = new QLabel(
        tr("A token you copy is removed from the clipboard after this time, unless you have "
           "copied something else since."),
        generalPage);
    clipboardHelp->setWordWrap(true);
    auto *generalForm = new QFormLayout(generalPage);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), m_languageNote);
    generalForm->addRow(tr("Clear the &clipboard after:"), m_clipboardSeconds);
    generalForm->addRow(QString(), clipboardHelp);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);
    updateLanguageNote();
    m_tabs->addTab(generalPage, tr("General"));

    // Notifications
    m_tabs->addTab(m_notifications, tr("Notifications"));

    // Tenants
    auto *tenantsPage = new QWidget(m_tabs);
    auto *tenantsText = new QLabel(
        tr("Each tenant keeps its own sign-in: its URL, its Keycloak issuer, its GraphQL API and "
           "its client id. Switch between them from the Tenant menu."),
        tenantsPage);
    tenantsText->setWordWrap(true);
    auto *manage = new QPushButton(tr("&Manage tenants…"), tenantsPage);
    manage->setObjectName(QStringLiteral("manageTenants"));
    connect(manage, &QPushButton::clicked, this, &SettingsDialog::manageTenantsRequested);
    auto *tenantsLayout = new QVBoxLayout(tenantsPage);
    tenantsLayout->addWidget(tenantsText);
    tenantsLayout->addWidget(manage, 0, Qt::AlignLeft);
    tenantsLayout->addStretch(1);
    m_tabs->addTab(tenantsPage, tr("Tenants"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(520, 340)));
}

GeneralSettings SettingsDialog::general() const {
    GeneralSettings s;
    s.language = m_language->currentData().toString();
    s.clipboardClearSeconds = m_clipboardSeconds->value();
    return s;
}

NotificationSettings SettingsDialog::notifications() const {
    return m_notifications->settings();
}

void SettingsDialog::showPage(Page page) {
    m_tabs->setCurrentIndex(page);
}

void SettingsDialog::updateLanguageNote() {
    const bool changed = m_language->currentData().toString() != m_startLanguage;
    m_languageNote->setText(changed ? tr("TokenDesk uses the new language the next time it starts.")
                                    : QString());
    m_languageNote->setVisible(changed);
}
