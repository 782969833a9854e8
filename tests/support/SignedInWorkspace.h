#pragma once

// What a pane test against the sandbox needs before it makes its pane: the sandbox, the browser
// that signs in on it, an API signed in (SignedInApi) and a Workspace over that API whose session
// knows the tenant and the user the API confirmed, as the app's wiring tells it.
#include "BrowserPlayer.h"
#include "SandboxProcess.h"
#include "Session.h"
#include "SignedInApi.h"
#include "TenantListModel.h"
#include "Ticker.h"
#include "UserApi.h"
#include "Workspace.h"

#include <memory>

struct SignedInWorkspace {
    explicit SignedInWorkspace(QStringList sandboxArguments = {})
        : sandbox(std::move(sandboxArguments)) {}

    // For initTestCase's QCOMPARE(fixture.start(...), QString()): starts the sandbox with the
    // browser installed as the system browser, signs in as the administrator with the keychain
    // service `keychainService`, and makes the workspace for the sandbox's tenant named
    // `tenantName`. "" once done, else what failed.
    QString start(const QString &keychainService,
                  const QString &tenantName = QStringLiteral("Local sandbox")) {
        QString error = startSandboxWithBrowser(sandbox, browser);
        if (!error.isEmpty())
            return error;
        api = std::make_unique<SignedInApi>(keychainService);
        error = api->signIn(sandbox, browser);
        if (!error.isEmpty())
            return error;
        workspace = std::make_unique<Workspace>(&api->client, &ticker);
        workspace->session()->tenants()->setProfiles({sandbox.profile(tenantName)}, 0);
        return {};
    }

    // Then the workspace's session signed in as the user the API confirms, as the app's wiring
    // tells it: "" once done, else what failed.
    QString confirmUser() {
        const ApiResult<CurrentUser> me = awaitApi<CurrentUser>(
            [this](auto done) { api->api.users()->currentUser(workspace.get(), done); });
        if (me.error || !me.value)
            return QStringLiteral("the API did not confirm the user: %1").arg(me.error.message);
        workspace->session()->signIn(*me.value, Session::Credential::LoginToken, {}, {});
        return {};
    }

    SandboxProcess sandbox;
    BrowserPlayer browser;
    std::unique_ptr<SignedInApi> api;
    Ticker ticker;
    std::unique_ptr<Workspace> workspace; // after `ticker`: it goes first
};
