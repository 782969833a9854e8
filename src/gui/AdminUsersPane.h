#pragma once

#include "ApiTypes.h"
#include "PaneBase.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AdminUsersPane;
}
class AccessTokenService;
class QPushButton;
class QTimer;
class QTreeView;
class Session;
class UserModel;

// "All users" (administrators only): users holding tokens (or, optionally, every user), with
// their role, searchable by email, each expandable to its tokens; revoke one token, or all of a
// user's tokens after typing the user's email to confirm (each confirmation names the tenant).
class AdminUsersPane : public QWidget {
    Q_OBJECT
public:
    AdminUsersPane(const PaneContext &context, QWidget *parent = nullptr);
    ~AdminUsersPane() override;

    QTreeView *view() const;
    UserModel *model() const { return m_model; }
    QString message() const;

Q_SIGNALS:
    // "Rotate…" on one of the signed-in administrator's own tokens (never another user's: the
    // new value is handed over on this computer).
    void rotateRequested(const AccessToken &token);
    // "Show history" on a token's row.
    void historyRequested(const AccessToken &token);
    // "Offboard <email>…" on a user's row or one of their tokens.
    void offboardRequested(const QString &email);

public Q_SLOTS:
    void revokeSelectedToken();
    void rotateSelectedToken();
    void revokeAllOfSelectedUser();

private:
    void updateState();
    // Whether `index` is a token of the signed-in user.
    bool isOwnToken(const QModelIndex &index) const;
    void applyFilter();
    void showRowMenu(const QPoint &position);

    std::unique_ptr<Ui::AdminUsersPane> m_ui;
    UserModel *m_model;
    AccessTokenService *m_service;
    Session *m_session;
    QTimer *m_searchDelay; // a search is sent once typing pauses
    QPushButton *m_rotate;
};
