#pragma once

#include "ApiTypes.h"
#include "LoginWindow.h"
#include "MainWindow.h"
#include "TenantProfile.h"

#include <QObject>
#include <QPointer>

class AccessTokenModel;
class GraphQlClient;
class LoginSession;
class ModerneApi;
class ScmConnectionModel;

// Wires the sign-in to the windows: the login window while signed out, the main window
// (created on first use) once the API has confirmed who the user is.
class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(LoginSession *session, GraphQlClient *client, ModerneApi *api,
                  QObject *parent = nullptr);
    ~AppController() override;

    void setProfile(const TenantProfile &profile);
    void start(bool signInNow);

    LoginWindow *loginWindow() const { return m_loginWindow; }
    MainWindow *mainWindow() const { return m_mainWindow; }
    AccessTokenModel *accessTokenModel() const { return m_tokens; }
    ScmConnectionModel *scmConnectionModel() const { return m_scm; }

Q_SIGNALS:
    void userLoaded(const CurrentUser &user);

private:
    void onSignedIn();
    void showLogin(const QString &message = {});
    MainWindow *ensureMainWindow();

    LoginSession *m_session;
    GraphQlClient *m_client;
    ModerneApi *m_api;
    AccessTokenModel *m_tokens;
    ScmConnectionModel *m_scm;
    TenantProfile m_profile;
    QPointer<LoginWindow> m_loginWindow;
    QPointer<MainWindow> m_mainWindow;
};
