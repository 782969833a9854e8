#pragma once

#include "AppController.h"
#include "EventLoopWait.h"
#include "GraphQlClient.h"
#include "KeychainCredentialStore.h"
#include "LoginSession.h"
#include "TenantProfile.h"
#include "Ticker.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStringList>
#include <QUrl>

#include <sys/resource.h>

// The application's objects wired as main.cpp wires them, over the bench's own network access
// (`Network`: a QNetworkAccessManager that times or records the requests), for `profile` with
// the session kept under the keychain service `service`.
template <typename Network> struct BenchApp {
    BenchApp(const TenantProfile &profile, const QString &service)
        : credentials(service)
        , session(&network, &credentials)
        , client(&network)
        , workspace(&client, &ticker)
        , controller(&session, &workspace, &credentials) {
        controller.setProfile(profile);
    }

    // Starts the app on the session kept in the keychain (bench_app --prepare-session): true
    // once the signed-in user is loaded, false after a minute without.
    bool restore() {
        QSignalSpy loaded(&controller, &AppController::userLoaded);
        controller.start(false);
        return runUntil([&] { return loaded.count() > 0; }, 60000);
    }

    Network network;
    KeychainCredentialStore credentials;
    LoginSession session;
    GraphQlClient client;
    Ticker ticker;
    Workspace workspace;
    AppController controller;
};

// The value after `name` on the command line (with no `name`, the program's name).
inline QString argumentValue(const QString &name) {
    const QStringList args = QCoreApplication::arguments();
    return args.value(args.indexOf(name) + 1);
}

// The sandbox tenant the benchmarks use: --issuer URL --api-url URL.
inline TenantProfile sandboxProfile() {
    TenantProfile profile;
    profile.displayName = QStringLiteral("Local sandbox");
    profile.issuer = QUrl(argumentValue(QStringLiteral("--issuer")));
    profile.apiUrl = QUrl(argumentValue(QStringLiteral("--api-url")));
    return profile;
}

// This process's peak resident memory so far.
inline long maxRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
