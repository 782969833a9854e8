#pragma once

#include "HygieneRevokeDialog.h"
#include "PaneBase.h"
#include "RevocationReceipt.h"
#include "TokenHygiene.h"

#include <QHash>

#include <optional>

#include <memory>

namespace Ui {
class HygienePane;
}
class AccessTokenService;
class HygieneFilterModel;
class HygieneModel;
class QAbstractButton;
class QButtonGroup;
class QTableView;
class QTimer;
class Session;
class Settings;

// The hygiene board (administrators): every user's tokens in one table with their flags (never
// expires, outlives the cap, expired, owner inactive, same description, v1's 14-day rule), a
// strip of counts per flag that filters the table, sorting by any column, and Revoke for a
// selection across owners: a preview of exactly what goes, per owner, then each revoke sent
// once (a lost answer is said, never sent again), the list read again, and a receipt to save.
// Nothing is asked of the server until an administrator opens it; a USER session sends nothing.
class HygienePane : public PaneBase {
    Q_OBJECT
public:
    HygienePane(const PaneContext &context, QWidget *parent = nullptr);
    ~HygienePane() override;

    QString navigationDetail() const override;
    void aboutToShow(std::function<void()> show) override;
    QTableView *view() const;
    HygieneModel *model() const { return m_model; }
    HygieneFilterModel *filterModel() const { return m_filter; }
    // The strip's button for a flag (0: every token).
    QAbstractButton *flagButton(int flag) const;
    // The tenant's cap has been read (or could not be).
    bool isCapKnown() const { return m_capKnown; }
    bool isRevoking() const { return m_revoking; }
    // The receipt of the last bulk revoke, while there is one.
    const std::optional<RevocationReceipt> &receipt() const { return m_receipt; }
    QString message() const;

public Q_SLOTS:
    // Reads the cap and every page of tokens again.
    void reload();
    // The preview of revoking the selected tokens (opened, deleted on close); nullptr when
    // nothing is selected or the session may not.
    HygieneRevokeDialog *revokeSelected();
    // Revokes what `plan` names (what the preview's action does).
    void revoke(const QList<HygieneRevokeDialog::OwnerTokens> &plan);
    // Saves the last receipt to `path` (JSON for .json, else CSV); false with a message when not.
    bool saveReceipt(const QString &path);

Q_SIGNALS:
    // A bulk revoke is over (its receipt is ready).
    void revocationFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool mayAct() const;
    void updateContext();
    void showRowMenu(const QPoint &position);
    void updateStrip();
    void updateState();
    // While pages come in: updateState() at most every StateInterval ms (each new count text
    // makes the window lay out again, wrapped labels and all); at once otherwise.
    void scheduleState();
    void chooseReceiptFile();
    void revokeNext(std::shared_ptr<QList<HygieneRevokeDialog::OwnerTokens>> pending);
    void finishRevocation();

    std::unique_ptr<Ui::HygienePane> m_ui;
    HygieneModel *m_model;
    HygieneFilterModel *m_filter;
    AccessTokenService *m_service;
    Session *m_session;
    Settings *m_settings;
    QButtonGroup *m_flags;
    QTimer *m_stateTimer;
    std::optional<int> m_cap;
    bool m_capKnown = false;
    bool m_revoking = false;
    quint64 m_loadedIdentity = 0;
    std::optional<RevocationReceipt> m_receipt;
};
