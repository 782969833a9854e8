#pragma once

#include "ApiTypes.h"

#include <QMainWindow>

namespace Ui {
class MainWindow;
}
class AccessTokenModel;
class LoginTokenPane;
class QLabel;
class ScmConnectionModel;
class ScmPane;
class TokensPane;

// The main window: navigation on the left (each entry with a live figure), the panes on the
// right, who is signed in on the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Pane { AccessTokensPane, ScmConnectionsPane, LoginTokenPaneIndex };

    MainWindow(AccessTokenModel *tokens, ScmConnectionModel *scm, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setTenantName(const QString &name);
    void setUser(const CurrentUser &user);
    void setLoginToken(const QByteArray &token);
    void showPane(Pane pane);
    QString statusText() const;

Q_SIGNALS:
    void refreshRequested();
    void signOutRequested();

private:
    void updateNavigation();

    Ui::MainWindow *m_ui;
    AccessTokenModel *m_tokens;
    ScmConnectionModel *m_scm;
    TokensPane *m_tokensPane;
    ScmPane *m_scmPane;
    LoginTokenPane *m_loginTokenPane;
    QLabel *m_statusLabel;
    QString m_tenantName;
};
