#pragma once

#include "AppController.h"
#include "GraphQlClient.h"
#include "KeychainCredentialStore.h"
#include "LoginSession.h"
#include "Settings.h"
#include "Ticker.h"
#include "Workspace.h"

#include <QNetworkAccessManager>

class BrowserPlayer;
class SandboxProcess;

// The application as main.cpp wires it (real network, keychain, session, API, controller),
// pointed at the sandbox, signed in by clicking "Sign in" in the real login window while a
// BrowserPlayer plays the browser. For GUI tests that need a signed-in main window; a test that
// checks the login window first calls start(), looks, then signIn().
class SignedInApp {
public:
    explicit SignedInApp(const SandboxProcess &sandbox,
                         const QString &keychainService = QStringLiteral("TokenDesk-gui-test"),
                         TenantProfile::Generation generation = TenantProfile::Generation::V2);

    // Shows the login window (once; it looks for a stored session first).
    void start();
    // Starts (unless started), waits for the login window, clicks "Sign in" and waits until the
    // main window shows the user. `browser` must be installed as the http URL handler.
    bool signIn(QString *error, int timeoutMs = 30000);

    AppController &controller() { return m_controller; }
    Workspace &workspace() { return m_workspace; }
    Settings &settings() { return m_settings; }
    MainWindow *mainWindow() const { return m_controller.mainWindow(); }
    LoginSession &session() { return m_session; }
    Ticker &ticker() { return m_ticker; }
    CredentialStore *credentials() { return &m_credentials; }

private:
    QNetworkAccessManager m_network;
    KeychainCredentialStore m_credentials;
    LoginSession m_session;
    GraphQlClient m_client;
    Settings m_settings; // the application's QSettings, as main.cpp uses them
    Ticker m_ticker;
    Workspace m_workspace;
    AppController m_controller;
    bool m_started = false;
};
