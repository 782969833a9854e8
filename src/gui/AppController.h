#pragma once

#include "ApiTypes.h"
#include "InspectorWindow.h"
#include "LoginWindow.h"
#include "MainWindow.h"
#include "TenantProfile.h"

#include <QObject>
#include <QPointer>

class AccessTokenModel;

class CredentialStore;
class GraphQlClient;
class JwksCache;
class LoginSession;
class ModerneApi;
class ScmConnectionModel;
class TenantProfileStore;
class Ticker;

// Wires the sign-in to the windows: the login window while signed out, the main window
// (created on first use) once the API has confirmed who the user is. Owns the choice of
// tenant, the silent restore at launch, the renewal hook of the API client, and what the
// user sees when a session ends (the main window stays, with what the user was doing).
class AppController : public QObject {
    Q_OBJECT
public:
    // `profiles` may be nullptr (tests): then tenant profiles are not persisted.
    AppController(LoginSession *session, GraphQlClient *client, ModerneApi *api,
                  CredentialStore *credentials, Ticker *ticker,
                  TenantProfileStore *profiles = nullptr, QObject *parent = nullptr);
    ~AppController() override;

    // The tenants to choose from and the one to open.
    void setProfiles(const QList<TenantProfile> &profiles, int current);
    // Opens `profile` (added to the list when it is not there yet).
    void setProfile(const TenantProfile &profile);
    TenantProfile profile() const { return m_profile; }
    QList<TenantProfile> profiles() const { return m_profiles; }

    // Shows the login window at once, then restores a stored session silently (or, with
    // signInNow, starts the browser sign-in).
    void start(bool signInNow);

    LoginWindow *loginWindow() const { return m_loginWindow; }
    MainWindow *mainWindow() const { return m_mainWindow; }
    AccessTokenModel *accessTokenModel() const { return m_tokens; }
    ScmConnectionModel *scmConnectionModel() const { return m_scm; }

    // Another start of TokenDesk asked for this one: raise the window in use.
    void activate();
    // `tokendesk --inspect`: shows `token` in the main window's inspector, or in an inspector
    // window of its own while signed out.
    void inspect(const QByteArray &token);
    InspectorWindow *inspectorWindow() const { return m_inspectorWindow; }

public Q_SLOTS:
    void switchTenant(int index);
    void manageTenants();
    void signOut();

Q_SIGNALS:
    void userLoaded(const CurrentUser &user);
    // The login window shows this message (tests and the status bar listen).
    void loginMessageShown(const QString &message);

private:
    void onSignedIn();
    void onSessionEnded(const QString &message);
    void onStateChanged();
    void signInWithPersonalAccessToken(const QByteArray &token);
    void showUser(const CurrentUser &user);
    void showLogin(const QString &message = {}, bool isError = true);
    void applyProfile(const TenantProfile &profile);
    void updateTenantChoices();
    void clearData();
    MainWindow *ensureMainWindow();

    LoginSession *m_session;
    GraphQlClient *m_client;
    ModerneApi *m_api;
    CredentialStore *m_credentials;
    Ticker *m_ticker;
    JwksCache *m_jwks;
    TenantProfileStore *m_store;
    AccessTokenModel *m_tokens;
    ScmConnectionModel *m_scm;
    QList<TenantProfile> m_profiles;
    TenantProfile m_profile;
    std::optional<CurrentUser> m_user;        // who the main window shows
    std::optional<CurrentUser> m_checkedUser; // from checking a pasted personal access token
    bool m_checkingPersonalAccessToken = false;
    QPointer<LoginWindow> m_loginWindow;
    QPointer<MainWindow> m_mainWindow;
    QPointer<InspectorWindow> m_inspectorWindow;
};
