#pragma once

#include "ApiTypes.h"

#include <QDialog>
#include <QList>

namespace Ui {
class HygieneRevokeDialog;
}
class QPushButton;
class QTreeWidget;

// The hygiene board's dry run: exactly which tokens a bulk revoke will revoke, grouped by owner
// (description, id, expiry), with the tenant; nothing is sent until the action button is pressed.
class HygieneRevokeDialog : public QDialog {
    Q_OBJECT
public:
    // One owner's tokens to revoke.
    struct OwnerTokens {
        QString owner;
        QList<AccessToken> tokens;
    };

    HygieneRevokeDialog(const QList<OwnerTokens> &plan, const QString &tenantLine,
                        QWidget *parent = nullptr);
    ~HygieneRevokeDialog() override;

    const QList<OwnerTokens> &plan() const { return m_plan; }
    QTreeWidget *preview() const;
    QPushButton *actionButton() const { return m_action; }

private:
    Ui::HygieneRevokeDialog *m_ui;
    QList<OwnerTokens> m_plan;
    QPushButton *m_action;
};
