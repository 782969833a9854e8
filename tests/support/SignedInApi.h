#pragma once

// Signed-in API access against the sandbox for end-to-end tests that need no windows: the real
// browser sign-in (played over HTTP by a BrowserPlayer installed as the http URL handler), then
// GraphQlClient + ModerneApi wired to the session as the app wires them.
#include "ApiTypes.h"
#include "GraphQlClient.h"
#include "KeychainCredentialStore.h"
#include "LoginSession.h"
#include "ModerneApi.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

class BrowserPlayer;
class SandboxProcess;

// Starts session.signIn() and waits for its end: "" once signed in, else the failure message
// ("<sign-in timeout>" when neither came in time).
QString signInAndWait(LoginSession &session, int timeoutMs = 30000);

// The API client as the app wires it: the session's login token as bearer, renewed through the
// session on a 401 and whenever the session renews it.
void wireToSession(GraphQlClient &client, LoginSession &session);

// Calls an API method that answers through a callback, `call(done)`, and waits for the answer.
// No answer in time is an error result, never an empty success.
template <typename T, typename Call> ApiResult<T> awaitApi(Call call, int timeoutMs = 30000) {
    std::optional<ApiResult<T>> result;
    call([&result](const ApiResult<T> &r) { result = r; });
    if (QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return *result;
    ApiResult<T> none;
    none.error.kind = ApiError::Kind::Network;
    none.error.message = QStringLiteral("<no answer within %1 ms>").arg(timeoutMs);
    return none;
}

// A LoginSession, GraphQlClient and ModerneApi over their own network and keychain service,
// signed in against a sandbox.
struct SignedInApi {
    explicit SignedInApi(const QString &keychainService);

    // Signs in through the browser as `username`; returns the failure, or "" once signed in and
    // the API is wired to the session.
    QString signIn(const SandboxProcess &sandbox, BrowserPlayer &browser,
                   const QString &username = QStringLiteral("admin"),
                   const QString &password = QStringLiteral("admin-password"));

    QNetworkAccessManager network;
    KeychainCredentialStore credentials;
    LoginSession session;
    GraphQlClient client;
    ModerneApi api;
};

// Starts `sandbox` with `browser` as the http URL handler (startSandboxWithBrowser), then signs a
// new SignedInApi over the keychain service `keychainService` in as the admin: the first failure,
// or "" with `*app` signed in.
QString startSignedIn(SandboxProcess &sandbox, BrowserPlayer &browser,
                      const QString &keychainService, std::unique_ptr<SignedInApi> *app);
