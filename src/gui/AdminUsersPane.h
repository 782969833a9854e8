#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;
class UserModel;

// "All users" (admins only): users holding tokens, each expandable to its tokens; revoke one
// token, or all of a user's tokens after typing the user's email to confirm.
class AdminUsersPane : public QWidget {
    Q_OBJECT
public:
    explicit AdminUsersPane(UserModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    UserModel *model() const { return m_model; }
    QString message() const;

public Q_SLOTS:
    void revokeSelectedToken();
    void revokeAllOfSelectedUser();

private:
    void updateState();
    void showMessage(const QString &text, bool error);

    UserModel *m_model;
    QTreeView *m_view;
    QPushButton *m_revoke;
    QPushButton *m_revokeAll;
    QPushButton *m_refresh;
    QLabel *m_summary;
    QLabel *m_message;
};
