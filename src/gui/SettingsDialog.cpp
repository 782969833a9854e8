#include "SettingsDialog.h"

#include "NotificationSettingsWidget.h"
#include "ui_SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>

SettingsDialog::SettingsDialog(const GeneralSettings &general,
                               const NotificationSettings &notifications, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_startLanguage(general.language) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));

    // General
    const QLocale system = QLocale::system();
    // The C locale (no LANG) has no language name: then just "System default".
    const QString systemName =
        system.language() == QLocale::C ? QString() : system.nativeLanguageName();
    m_ui->language->addItem(systemName.isEmpty() ? tr("System default")
                                                 : tr("System default (%1)").arg(systemName),
                            QString());
    // Each language by its own name, as language menus do.
    for (const QString &code : GeneralSettings::availableLanguages())
        m_ui->language->addItem(GeneralSettings::nativeName(code), code);
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(general.language)));
    // The form laid the page out while the list was still empty, and a combo box keeps the
    // minimum it measured then: keep it as wide as its longest entry, as before the form.
    m_ui->language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->language->setMinimumWidth(m_ui->language->sizeHint().width());
    m_ui->clipboardSeconds->setValue(general.clipboardClearSeconds);
    connect(m_ui->language, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateLanguageNote);
    updateLanguageNote();

    // Notifications
    m_ui->notificationSettings->setSettings(notifications);

    // Tenants
    connect(m_ui->manageTenants, &QPushButton::clicked, this,
            &SettingsDialog::manageTenantsRequested);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(sizeHint().expandedTo(QSize(520, 340)));
}

SettingsDialog::~SettingsDialog() {
    delete m_ui;
}

GeneralSettings SettingsDialog::general() const {
    GeneralSettings s;
    s.language = m_ui->language->currentData().toString();
    s.clipboardClearSeconds = m_ui->clipboardSeconds->value();
    return s;
}

NotificationSettings SettingsDialog::notifications() const {
    return m_ui->notificationSettings->settings();
}

void SettingsDialog::showPage(Page page) {
    m_ui->tabs->setCurrentIndex(page);
}

void SettingsDialog::updateLanguageNote() {
    const bool changed = m_ui->language->currentData().toString() != m_startLanguage;
    m_ui->languageNote->setText(
        changed ? tr("TokenDesk uses the new language the next time it starts.") : QString());
    m_ui->languageNote->setVisible(changed);
}
