#pragma once

#include "ApiTypes.h"
#include "InspectorWindow.h"
#include "LoginWindow.h"
#include "MainWindow.h"
#include "TenantProfile.h"

#include <QObject>
#include <QPointer>

#include <optional>

class CredentialStore;
class GraphQlClient;
class JwksCache;
class LoginSession;
class Session;
class Settings;
class Workspace;

// The wiring between the sign-in (LoginSession) and the rest: it keeps the Session — the
// tenant, the user the API confirmed, the login token — up to date, and shows the login window
// while signed out and the main window (made on first use) once the API has confirmed who the
// user is. The windows read the Session themselves. Owns the silent restore at launch, the
// renewal hook of the API client, and what happens when a session ends (the main window stays,
// with what the user was doing).
class AppController : public QObject {
    Q_OBJECT
public:
    // `settings` may be nullptr (tests): then tenant profiles and preferences are not persisted.
    AppController(LoginSession *loginSession, Workspace *workspace, CredentialStore *credentials,
                  Settings *settings = nullptr, QObject *parent = nullptr);
    // With the login window already made (and perhaps shown) before the session existed: the
    // controller takes it over (and owns it from now on).
    AppController(LoginSession *loginSession, Workspace *workspace, CredentialStore *credentials,
                  Settings *settings, LoginWindow *loginWindow, QObject *parent = nullptr);
    ~AppController() override;

    Session *session() const;
    Workspace *workspace() const { return m_workspace; }

    // The tenants to choose from and the one to open.
    void setProfiles(const QList<TenantProfile> &profiles, int current);
    // Opens `profile` (added to the list when it is not there yet).
    void setProfile(const TenantProfile &profile);
    TenantProfile profile() const;
    QList<TenantProfile> profiles() const;

    // Shows the login window at once, then restores a stored session silently (or, with
    // signInNow, starts the browser sign-in).
    void start(bool signInNow);

    LoginWindow *loginWindow() const { return m_loginWindow; }
    MainWindow *mainWindow() const { return m_mainWindow; }

    // Another start of TokenDesk asked for this one: raise the window in use.
    void activate();
    // `tokendesk --inspect`: shows `token` in the main window's inspector, or in an inspector
    // window of its own while signed out.
    void inspect(const QByteArray &token);
    InspectorWindow *inspectorWindow() const { return m_inspectorWindow; }

public Q_SLOTS:
    void switchTenant(int index);
    // Refresh: the lists, and who the API says the user is (a role may have changed).
    void refresh();
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
    void applyProfile();
    void clearData();
    MainWindow *ensureMainWindow();
    void buildMainWindowAhead();

    LoginSession *m_loginSession;
    Workspace *m_workspace;
    Session *m_session;
    GraphQlClient *m_client;
    CredentialStore *m_credentials;
    Settings *m_settings;
    JwksCache *m_jwks;
    std::optional<CurrentUser> m_checkedUser; // from checking a pasted personal access token
    bool m_checkingPersonalAccessToken = false;
    QPointer<LoginWindow> m_loginWindow;
    QPointer<MainWindow> m_mainWindow;
    QPointer<InspectorWindow> m_inspectorWindow;
};
