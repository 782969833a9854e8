#pragma once

#include "ApiTypes.h"

#include <QPointer>
#include <QWidget>

class AccessTokenModel;
class AdminUsersPane;
class CreateTokenDialog;
class CredentialStore;
class NewTokenDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabBar;
class QTableView;
class Ticker;
class UserModel;

// The Access tokens pane: the user's PATs, sortable and filterable, created (with an expiry
// picker and a one-time reveal) and revoked here; for admins also "All users" and the
// 14-day sign-in rule as a banner.
class TokensPane : public QWidget {
    Q_OBJECT
public:
    explicit TokensPane(AccessTokenModel *model, QWidget *parent = nullptr);

    void setTicker(Ticker *ticker);
    void setCredentialStore(CredentialStore *credentials) { m_credentials = credentials; }
    // The signed-in user: the role decides the admin view and the banner.
    void setUser(const CurrentUser &user);
    // When this session signed in (the 14-day rule counts from the later of this and lastActive).
    void setSignedInAt(const QDateTime &when);
    void setClipboardClearDelay(int milliseconds) { m_clipboardDelayMs = milliseconds; }

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    CreateTokenDialog *createDialog() const;
    NewTokenDialog *newTokenDialog() const;
    AdminUsersPane *adminPane() const { return m_adminPane; }
    UserModel *userModel() const { return m_userModel; }
    QString message() const;
    QString bannerText() const;
    bool isAdminView() const;
    // The date admin-created tokens stop working unless the admin signs in again.
    QDateTime adminLapse() const;

public Q_SLOTS:
    void openCreateDialog();
    void revokeSelected();
    void showMyTokens();
    void showAllUsers();

Q_SIGNALS:
    void notice(const QString &message);

private:
    void updateState();
    void updateBanner();
    void showMessage(const QString &text, bool error);
    void showNewToken(CreatedAccessToken created);
    QStringList selectedIds() const;

    AccessTokenModel *m_model;
    UserModel *m_userModel = nullptr;
    Ticker *m_ticker = nullptr;
    CredentialStore *m_credentials = nullptr;
    CurrentUser m_user;
    QDateTime m_signedInAt;
    int m_clipboardDelayMs;
    int m_ticks = 0;

    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_message;
    QLabel *m_statusMessage;
    QLabel *m_banner;
    QWidget *m_emptyPage;
    QLabel *m_emptyText;
    QPushButton *m_create;
    QPushButton *m_revoke;
    QStackedWidget *m_stack;
    QStackedWidget *m_sections;
    QTabBar *m_tabs;
    AdminUsersPane *m_adminPane = nullptr;
    QPointer<CreateTokenDialog> m_createDialog;
    QPointer<NewTokenDialog> m_newTokenDialog;
};
