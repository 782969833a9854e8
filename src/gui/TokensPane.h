#pragma once

#include "ApiTypes.h"
#include "PaneBase.h"
#include "RotationJournal.h"

#include <QHash>
#include <QPointer>

namespace Ui {
class TokensPane;
}
class AccessTokenModel;
class QAction;
class QPushButton;
class AccessTokenService;
class AdminUsersPane;
class CreateTokenDialog;
class NewTokenDialog;
class QSortFilterProxyModel;
class QTableView;
class SavedTokens;
class TokenRotation;
class RotateTokenDialog;
class Session;
class UserModel;

// The Access tokens pane: the user's personal access tokens, sortable and filterable, created
// (with an expiry picker and a one-time reveal) and revoked here; for administrators also "All
// users" and the 14-day sign-in rule as a banner. Follows the Session: who is signed in
// decides the admin view and the banner, and a message goes when the tenant or user changes.
class TokensPane : public PaneBase {
    Q_OBJECT
public:
    // What the list area shows.
    enum class ListState { Loading, LoadFailed, Empty, List };
    Q_ENUM(ListState)

    TokensPane(const PaneContext &context, QWidget *parent = nullptr);
    ~TokensPane() override;

    QString navigationDetail() const override;

    void setClipboardClearDelay(int milliseconds) { m_clipboardDelayMs = milliseconds; }

    QTableView *view() const;
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    CreateTokenDialog *createDialog() const;
    NewTokenDialog *newTokenDialog() const;
    AdminUsersPane *adminPane() const { return m_adminPane; }
    UserModel *userModel() const { return m_userModel; }
    ListState listState() const { return m_listState; }
    QString message() const;
    QString bannerText() const;
    bool isAdminView() const;
    // The date admin-created tokens stop working unless the admin signs in again.
    QDateTime adminLapse() const;
    // The tokens created or saved here (prefixes, keychain entries).
    SavedTokens *savedTokens() const { return m_saved; }
    RotateTokenDialog *rotateDialog() const;
    // The rotations of this tenant (created on first use; the journal is shared with the CLI).
    TokenRotation *rotation();
    // The pane's actions, for the main window's Tokens menu: Create, Revoke, Remove stale
    // keychain entries.
    QList<QAction *> menuActions() const { return m_menuActions; }

public Q_SLOTS:
    void openCreateDialog();
    void revokeSelected();
    // Removes the keychain entries of tokens that no longer exist (after asking).
    void removeStaleEntries();
    // "Rotate…" on the selected token: the rotation dialog, then TokenRotation.
    void rotateSelected();
    // "Rotate…" on the token with this id (the expiry warning's "Renew"): selects it in "My
    // tokens" and opens the rotation dialog; false when the list has no such token.
    bool rotateToken(const QString &tokenId);
    // The rotation dialog for one of the user's own tokens (also from "All users").
    void rotate(const AccessToken &old);
    void showMyTokens();
    void showAllUsers();

private:
    void createActions();
    void onUserChanged();
    void updateState();
    void fitTokenColumn();
    void updateBanner();
    void setListState(ListState state);
    void showNewToken(CreatedAccessToken created);
    QList<AccessToken> selectedTokens() const;
    void updateSavedScope();
    void reconcileSaved();
    void showRowMenu(const QPoint &position);
    void startRotation(RotateTokenDialog *dialog);
    // Reads the pending revokes (old tokens a rotation replaced) for the list's marks.
    void refreshPendingRevokes();
    void confirmRevoke(const Rotation &pending);
    void handOver(const CreatedAccessToken &created, const AccessToken &old, bool keychain,
                  bool clipboard, bool mod, std::function<void(const QString &)> done);

    Ui::TokensPane *m_ui;
    PaneContext m_context;
    AccessTokenModel *m_model;
    AccessTokenService *m_service;
    Session *m_session;
    UserModel *m_userModel = nullptr;
    int m_clipboardDelayMs;
    int m_ticks = 0;
    ListState m_listState = ListState::Loading;
    std::optional<int> m_lastCap; // the tenant's cap, as the create dialog read it
    QSortFilterProxyModel *m_proxy;
    AdminUsersPane *m_adminPane = nullptr;
    QPointer<CreateTokenDialog> m_createDialog;
    QPointer<NewTokenDialog> m_newTokenDialog;
    QPointer<RotateTokenDialog> m_rotateDialog;
    TokenRotation *m_rotation = nullptr;
    QHash<QString, Rotation> m_pendingRevokes; // by the old token's id
    QAction *m_rotateAction = nullptr;
    QPushButton *m_rotateButton = nullptr;
    SavedTokens *m_saved;
    QList<QAction *> m_menuActions;
    QAction *m_revokeAction = nullptr;
    QAction *m_staleAction = nullptr;
    QPushButton *m_staleButton = nullptr;
    bool m_loadFailed = false;
};
