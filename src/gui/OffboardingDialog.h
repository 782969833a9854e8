#pragma once

#include "PaneBase.h"
#include "RevocationReceipt.h"
#include "TypeToConfirmDialog.h"
#include "UserOffboarding.h"

#include <QDialog>
#include <QPointer>

#include <optional>

#include <memory>

namespace Ui {
class OffboardingDialog;
}
class AccessTokenService;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTimer;
class QTreeWidget;
class Session;
class Settings;

// Offboarding a user (administrators): pick or type their email (the tenant's users are offered
// as you type) and see their role, when they were last active, every token with its hygiene
// flags and the first page of the events they caused; then revoke all their tokens
// (revokeAllAccessTokens) or delete the user with their tokens (deleteUser), each confirmed by
// typing the email, with the tokens that look like automation listed first. Each action is sent
// once: a lost answer is said to be unknown, never sent again, and the user is read again.
// Afterwards a receipt (CSV/JSON, never a token value) can be saved. A USER session sends nothing.
class OffboardingDialog : public QDialog {
    Q_OBJECT
public:
    OffboardingDialog(const PaneContext &context, const QString &email = {},
                      QWidget *parent = nullptr);
    ~OffboardingDialog() override;

    QLineEdit *emailEdit() const;
    QTreeWidget *tokensTree() const;
    QTreeWidget *eventsTree() const;
    QPushButton *revokeAllButton() const;
    QPushButton *deleteUserButton() const;
    QPushButton *receiptButton() const;
    // The emails the picker offers now.
    QStringList emailChoices() const;
    // The user shown (after lookUp()), as the server held them then.
    const std::optional<UserOffboarding::Profile> &profile() const { return m_profile; }
    // The tokens that look like automation, with the line that lists them.
    const QList<UserOffboarding::Suspect> &suspects() const { return m_suspects; }
    QString automationText() const;
    QString summaryText() const;
    QString message() const;
    bool isLoading() const { return m_pending > 0; }
    bool isActing() const { return m_acting; }
    // The confirmation of the action asked for last, while it is open.
    TypeToConfirmDialog *confirmDialog() const { return m_confirm.data(); }
    const std::optional<RevocationReceipt> &receipt() const { return m_receipt; }

public Q_SLOTS:
    // Reads the user `email` (their tokens, their recent events) afresh.
    void lookUp(const QString &email);
    // The confirmations (opened, deleted on close); nullptr when there is nobody to act on.
    TypeToConfirmDialog *confirmRevokeAll();
    TypeToConfirmDialog *confirmDeleteUser();
    // Saves the receipt to `path` (JSON for .json, else CSV); false with a message when not.
    bool saveReceipt(const QString &path);

Q_SIGNALS:
    // A lookUp() is complete (the user, or why not, and their events).
    void loaded();
    // An action is over and the user has been read again (the receipt is ready).
    void actionFinished();

private:
    enum class Action { RevokeAll, DeleteUser };

    bool mayAct() const;
    void findEmails();
    void showProfile();
    void showEvents();
    void updateState();
    void finishLoading();
    TypeToConfirmDialog *confirm(Action action);
    void act(Action action, const QString &email);
    void chooseReceiptFile();
    TokenHygiene::Context hygieneContext() const;

    std::unique_ptr<Ui::OffboardingDialog> m_ui;
    Session *m_session;
    Settings *m_settings;
    AccessTokenService *m_service;
    UserOffboarding *m_offboarding;
    QStringListModel *m_emails;
    QTimer *m_emailDelay;
    QString m_email; // whose profile is asked for or shown
    std::optional<UserOffboarding::Profile> m_profile;
    QString m_profileError;
    QList<AuditEvent> m_events;
    QString m_eventsError;
    QList<UserOffboarding::Suspect> m_suspects;
    std::optional<int> m_cap;
    bool m_capAsked = false;
    int m_pending = 0;    // requests of the last lookUp() still out
    quint64 m_lookup = 0; // the last lookUp(); older answers are dropped
    bool m_acting = false;
    bool m_finishAction = false; // actionFinished() once the lookUp() after an action is in
    QPointer<TypeToConfirmDialog> m_confirm;
    std::optional<RevocationReceipt> m_receipt;
};
