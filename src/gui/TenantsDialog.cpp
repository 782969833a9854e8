#include "TenantsDialog.h"

#include "MessageBanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

TenantsDialog::TenantsDialog(const QList<TenantProfile> &profiles, int current, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_issuer(new QLineEdit(this))
    , m_apiUrl(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_platformV2(new QCheckBox(tr("Send “X-Moderne-Platform-Version: v2”"), this))
    , m_error(new MessageBanner(this)) {
    m_named = QList<bool>(profiles.size(), true);
    setObjectName(QStringLiteral("tenantsDialog"));
    setWindowTitle(tr("Tenants"));
    m_list->setObjectName(QStringLiteral("tenantList"));
    m_list->setAccessibleName(tr("Tenants"));
    const struct {
        QLineEdit *edit;
        const char *name;
        QString accessible;
        QString placeholder;
    } fields[] = {
        {m_name, "tenantName", tr("Display name"), tr("Acme")},
        {m_baseUrl, "tenantBaseUrl", tr("Tenant URL"), QStringLiteral("https://acme.moderne.io")},
        {m_issuer, "tenantIssuer", tr("Issuer URL"),
         QStringLiteral("https://login.acme.moderne.io/auth/realms/acme")},
        {m_apiUrl, "tenantApiUrl", tr("GraphQL API URL"),
         QStringLiteral("https://api.acme.moderne.io/graphql")},
        {m_clientId, "tenantClientId", tr("Client id"), QStringLiteral("tokendesk")},
    };
    for (const auto &field : fields) {
        field.edit->setObjectName(QLatin1String(field.name));
        field.edit->setAccessibleName(field.accessible);
        field.edit->setPlaceholderText(field.placeholder);
    }
    m_platformV2->setObjectName(QStringLiteral("tenantPlatformV2"));
    m_error->setObjectName(QStringLiteral("tenantError"));

    auto *propose = new QPushButton(tr("Fill in from tenant URL"), this);
    propose->setObjectName(QStringLiteral("proposeButton"));
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addTenantButton"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeTenantButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Display name:"), m_name);
    auto *baseRow = new QHBoxLayout;
    baseRow->addWidget(m_baseUrl, 1);
    baseRow->addWidget(propose);
    form->addRow(tr("Tenant URL:"), baseRow);
    form->addRow(tr("Issuer URL:"), m_issuer);
    form->addRow(tr("GraphQL API URL:"), m_apiUrl);
    form->addRow(tr("Client id:"), m_clientId);
    form->addRow(QString(), m_platformV2);
    form->addRow(m_error);

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    listColumn->addLayout(listButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn);
    columns->addLayout(form, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    for (const TenantProfile &profile : m_profiles)
        m_list->addItem(profile.displayName);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeFields();
        showProfile(row);
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (QListWidgetItem *item = m_list->currentItem())
            item->setText(text);
        if (m_shown >= 0 && m_shown < m_named.size())
            m_named[m_shown] = true;
    });
    connect(propose, &QPushButton::clicked, this, &TenantsDialog::proposeFromBaseUrl);
    connect(add, &QPushButton::clicked, this, [this] {
        storeFields();
        TenantProfile profile;
        profile.displayName = tr("New tenant");
        m_profiles.append(profile);
        m_named.append(false); // a placeholder name, replaced by a proposal
        m_list->addItem(profile.displayName);
        m_list->setCurrentRow(m_list->count() - 1);
        m_baseUrl->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_shown = -1;
        m_profiles.removeAt(row);
        m_named.removeAt(row);
        delete m_list->takeItem(row);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &TenantsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TenantsDialog::reject);
    m_list->setCurrentRow(current);
    resize(760, 360);
}

int TenantsDialog::currentIndex() const {
    return m_list->currentRow();
}

void TenantsDialog::showProfile(int row) {
    m_shown = row;
    const bool valid = row >= 0 && row < m_profiles.size();
    const TenantProfile profile = valid ? m_profiles.at(row) : TenantProfile();
    m_name->setText(profile.displayName);
    m_baseUrl->setText(profile.baseUrl.toString());
    m_issuer->setText(profile.issuer.toString());
    m_apiUrl->setText(profile.apiUrl.toString());
    m_clientId->setText(profile.clientId);
    m_platformV2->setChecked(profile.sendPlatformV2);
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_baseUrl, m_issuer, m_apiUrl,
                                                       m_clientId, m_platformV2})
        w->setEnabled(valid);
}

void TenantsDialog::storeFields() {
    if (m_shown < 0 || m_shown >= m_profiles.size())
        return;
    TenantProfile &profile = m_profiles[m_shown];
    profile.displayName = m_name->text().trimmed();
    profile.baseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    profile.issuer = QUrl(m_issuer->text().trimmed());
    profile.apiUrl = QUrl(m_apiUrl->text().trimmed());
    profile.clientId = m_clientId->text().trimmed();
    profile.sendPlatformV2 = m_platformV2->isChecked();
}

void TenantsDialog::proposeFromBaseUrl() {
    const TenantProfile proposal =
        TenantProfile::proposeFromBaseUrl(QUrl::fromUserInput(m_baseUrl->text().trimmed()));
    if (proposal.issuer.isEmpty()) {
        m_error->showError(tr("TokenDesk can only propose addresses for "
                              "https://<tenant>.moderne.io; fill in the issuer and API URL "
                              "yourself."));
        return;
    }
    m_error->clear();
    m_issuer->setText(proposal.issuer.toString());
    m_apiUrl->setText(proposal.apiUrl.toString());
    const bool named = m_shown >= 0 && m_shown < m_named.size() && m_named.at(m_shown);
    if (m_name->text().trimmed().isEmpty() || !named) {
        m_name->setText(proposal.displayName);
        if (QListWidgetItem *item = m_list->currentItem())
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

void TenantsDialog::accept() {
    storeFields();
    const QString problem = validate();
    m_error->showError(problem);
    if (problem.isEmpty())
        QDialog::accept();
}
