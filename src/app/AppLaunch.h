#pragma once

#include <QByteArray>

class LoginWindow;
class QObject;
class Settings;

// What the first window's program (main.cpp) hands to the rest of TokenDesk (AppModule.cpp,
// built as the module tokendesk-app.so and loaded after the login window's first paint, so that
// Qt Network, Qt Network Authorization, OpenSSL and the keychain library are not loaded and
// linked before the window is on screen).
struct AppLaunch {
    Settings *settings = nullptr;
    LoginWindow *loginWindow = nullptr; // shown; the module's controller takes it over
    int currentTenant = -1;
    bool signIn = false;        // --sign-in: straight to the browser
    bool singleInstance = true; // listen for later starts (not with --new-instance)
    QByteArray inspected;       // --inspect: the token to show (wiped by both sides)
};

// The module's entry point: builds the session, the workspace and the controller around the
// login window and returns the object that owns them (deleting it tears them down).
using AppModuleStart = QObject *(*)(AppLaunch *launch);
#define TOKENDESK_MODULE_START "tokendesk_module_start"
