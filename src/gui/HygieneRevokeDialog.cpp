#include "HygieneRevokeDialog.h"

#include "TimeFormat.h"
#include "TokenDisplay.h"
#include "ui_HygieneRevokeDialog.h"

#include <QFont>
#include <QHeaderView>
#include <QPushButton>

HygieneRevokeDialog::HygieneRevokeDialog(const QList<OwnerTokens> &plan, const QString &tenantLine,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::HygieneRevokeDialog)
    , m_plan(plan) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("hygieneRevokeDialog"));
    int total = 0;
    for (const OwnerTokens &owner : plan)
        total += int(owner.tokens.size());
    setWindowTitle(tr("Revoke %n token(s)", nullptr, total));
    m_ui->summary->setText(
        tr("This revokes exactly the %n token(s) below, of %1 owner(s). Every script, CLI and "
           "plugin using them stops working at once, and it cannot be undone. Each is sent once; "
           "afterwards you can save a receipt.",
           nullptr, total)
            .arg(plan.size()));
    m_ui->tenantLine->setText(tenantLine);

    QTreeWidget *tree = m_ui->previewTree;
    QFont bold = tree->font();
    bold.setBold(true);
    for (const OwnerTokens &owner : plan) {
        auto *ownerItem = new QTreeWidgetItem(
            tree, {tr("%1 — %n token(s)", nullptr, int(owner.tokens.size())).arg(owner.owner)});
        ownerItem->setFont(0, bold);
        ownerItem->setData(0, Qt::UserRole, owner.owner);
        for (const AccessToken &token : owner.tokens) {
            auto *item = new QTreeWidgetItem(
                ownerItem,
                {TokenDisplay::description(token), token.id,
                 token.expiresAt ? TimeFormat::exact(*token.expiresAt) : tr("No expiration")});
            item->setData(0, Qt::UserRole, token.id);
        }
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);

    m_action = m_ui->buttons->addButton(tr("Revoke %n token(s)", nullptr, total),
                                        QDialogButtonBox::DestructiveRole);
    m_action->setObjectName(QStringLiteral("confirmHygieneRevoke"));
    m_action->setEnabled(total > 0);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_action, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

HygieneRevokeDialog::~HygieneRevokeDialog() {
    delete m_ui;
}

QTreeWidget *HygieneRevokeDialog::preview() const {
    return m_ui->previewTree;
}
