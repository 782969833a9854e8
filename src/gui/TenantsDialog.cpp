#include "TenantsDialog.h"

#include "MessageBanner.h"
#include "ui_TenantsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

TenantsDialog::TenantsDialog(const QList<TenantProfile> &profiles, int current, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::TenantsDialog)
    , m_profiles(profiles) {
    m_ui->setupUi(this);
    m_named = QList<bool>(profiles.size(), true);
    setObjectName(QStringLiteral("tenantsDialog"));

    m_inUseKey = m_profiles.value(current).credentialKey();
    for (const TenantProfile &profile : m_profiles) {
        auto *item = new QListWidgetItem(profile.displayName, m_ui->tenantList);
        if (!m_inUseKey.isEmpty() && profile.credentialKey() == m_inUseKey) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setToolTip(tr("The tenant in use"));
        }
    }
    connect(m_ui->tenantList, &QListWidget::currentRowChanged, this, [this](int row) {
        storeFields();
        showProfile(row);
    });
    connect(m_ui->switchTenantButton, &QPushButton::clicked, this,
            &TenantsDialog::switchToSelected);
    connect(m_ui->tenantName, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (QListWidgetItem *item = m_ui->tenantList->currentItem())
            item->setText(text);
        if (m_shown >= 0 && m_shown < m_named.size())
            m_named[m_shown] = true;
    });
    connect(m_ui->proposeButton, &QPushButton::clicked, this, &TenantsDialog::proposeFromBaseUrl);
    connect(m_ui->addTenantButton, &QPushButton::clicked, this, [this] {
        storeFields();
        TenantProfile profile;
        profile.displayName = tr("New tenant");
        m_profiles.append(profile);
        m_named.append(false); // a placeholder name, replaced by a proposal
        m_ui->tenantList->addItem(profile.displayName);
        m_ui->tenantList->setCurrentRow(m_ui->tenantList->count() - 1);
        m_ui->tenantBaseUrl->setFocus();
    });
    connect(m_ui->removeTenantButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->tenantList->currentRow();
        if (row < 0)
            return;
        m_shown = -1;
        m_profiles.removeAt(row);
        m_named.removeAt(row);
        delete m_ui->tenantList->takeItem(row);
        updateSwitchButton();
    });
    connect(m_ui->tenantGeneration, &QComboBox::currentIndexChanged, this,
            &TenantsDialog::updateGenerationNote);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &TenantsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &TenantsDialog::reject);
    m_ui->tenantList->setCurrentRow(current);
    updateSwitchButton();
}

TenantsDialog::~TenantsDialog() {
    delete m_ui;
}

// The rows of the generation box: v2 first (today's platform, the default), then v1.
int TenantsDialog::generationRow(TenantProfile::Generation generation) {
    return generation == TenantProfile::Generation::V2 ? 0 : 1;
}

// One line on what differs, for the generation chosen.
void TenantsDialog::updateGenerationNote() {
    const bool v1 =
        m_ui->tenantGeneration->currentIndex() == generationRow(TenantProfile::Generation::V1);
    m_ui->tenantGenerationNote->setText(
        v1 ? tr("v1: administrators' tokens work only within 14 days of their last sign-in; "
                "SCM tokens expire after 8 hours and must be connected again.")
           : tr("v2: tokens act with the owner's current role; the platform renews SCM "
                "credentials itself; no 14-day rule for administrators."));
}

int TenantsDialog::currentIndex() const {
    return m_ui->tenantList->currentRow();
}

void TenantsDialog::showProfile(int row) {
    m_shown = row;
    const bool valid = row >= 0 && row < m_profiles.size();
    const TenantProfile profile = valid ? m_profiles.at(row) : TenantProfile();
    m_ui->tenantName->setText(profile.displayName);
    m_ui->tenantBaseUrl->setText(profile.baseUrl.toString());
    m_ui->tenantIssuer->setText(profile.issuer.toString());
    m_ui->tenantApiUrl->setText(profile.apiUrl.toString());
    m_ui->tenantClientId->setText(profile.clientId);
    m_ui->tenantGeneration->setCurrentIndex(generationRow(profile.generation));
    updateGenerationNote();
    updateSwitchButton();
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->tenantName, m_ui->tenantBaseUrl, m_ui->tenantIssuer, m_ui->tenantApiUrl,
             m_ui->tenantClientId, m_ui->tenantGeneration})
        w->setEnabled(valid);
}

void TenantsDialog::storeFields() {
    if (m_shown < 0 || m_shown >= m_profiles.size())
        return;
    TenantProfile &profile = m_profiles[m_shown];
    profile.displayName = m_ui->tenantName->text().trimmed();
    profile.baseUrl = QUrl::fromUserInput(m_ui->tenantBaseUrl->text().trimmed());
    profile.issuer = QUrl(m_ui->tenantIssuer->text().trimmed());
    profile.apiUrl = QUrl(m_ui->tenantApiUrl->text().trimmed());
    profile.clientId = m_ui->tenantClientId->text().trimmed();
    profile.generation =
        m_ui->tenantGeneration->currentIndex() == generationRow(TenantProfile::Generation::V1)
            ? TenantProfile::Generation::V1
            : TenantProfile::Generation::V2;
}

void TenantsDialog::proposeFromBaseUrl() {
    const TenantProfile proposal = TenantProfile::proposeFromBaseUrl(
        QUrl::fromUserInput(m_ui->tenantBaseUrl->text().trimmed()));
    if (proposal.issuer.isEmpty()) {
        m_ui->tenantError->showError(
            tr("TokenDesk can only propose addresses for "
               "https://<tenant>.moderne.io; fill in the issuer and API URL "
               "yourself."));
        return;
    }
    m_ui->tenantError->clear();
    m_ui->tenantIssuer->setText(proposal.issuer.toString());
    m_ui->tenantApiUrl->setText(proposal.apiUrl.toString());
    const bool named = m_shown >= 0 && m_shown < m_named.size() && m_named.at(m_shown);
    if (m_ui->tenantName->text().trimmed().isEmpty() || !named) {
        m_ui->tenantName->setText(proposal.displayName);
        if (QListWidgetItem *item = m_ui->tenantList->currentItem())
            item->setText(proposal.displayName);
    }
}

QString TenantsDialog::validate() const {
    for (const TenantProfile &profile : m_profiles) {
        if (profile.displayName.isEmpty())
            return tr("Every tenant needs a display name.");
        if (const QString problem = profile.problem(); !problem.isEmpty())
            return tr("%1: %2").arg(profile.displayName, problem);
    }
    return {};
}

// "Switch to this tenant": for any tenant but the one in use (as saved when the dialog opened).
void TenantsDialog::updateSwitchButton() {
    const int row = m_ui->tenantList->currentRow();
    const bool inUse = row >= 0 && row < m_profiles.size() && !m_inUseKey.isEmpty() &&
                       m_profiles.at(row).credentialKey() == m_inUseKey;
    m_ui->switchTenantButton->setEnabled(row >= 0 && row < m_profiles.size() && !inUse);
}

void TenantsDialog::switchToSelected() {
    m_switchTo = m_ui->tenantList->currentRow();
    accept();
    if (result() != QDialog::Accepted)
        m_switchTo = -1; // a problem is shown; nothing switches
}

void TenantsDialog::accept() {
    storeFields();
    const QString problem = validate();
    m_ui->tenantError->showError(problem);
    if (problem.isEmpty())
        QDialog::accept();
}
