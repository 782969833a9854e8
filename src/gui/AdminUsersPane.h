#pragma once

#include "PaneBase.h"

#include <QWidget>

namespace Ui {
class AdminUsersPane;
}
class AccessTokenService;
class QTreeView;
class UserModel;

// "All users" (administrators only): users holding tokens, each expandable to its tokens;
// revoke one token, or all of a user's tokens after typing the user's email to confirm.
class AdminUsersPane : public QWidget {
    Q_OBJECT
public:
    AdminUsersPane(const PaneContext &context, QWidget *parent = nullptr);
    ~AdminUsersPane() override;

    QTreeView *view() const;
    UserModel *model() const { return m_model; }
    QString message() const;

public Q_SLOTS:
    void revokeSelectedToken();
    void revokeAllOfSelectedUser();

private:
    void updateState();

    Ui::AdminUsersPane *m_ui;
    UserModel *m_model;
    AccessTokenService *m_service;
};
