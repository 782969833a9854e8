#include "SignedInApi.h"

#include "BrowserPlayer.h"
#include "SandboxProcess.h"

#include <QSignalSpy>

QString signInAndWait(LoginSession &session, int timeoutMs) {
    QSignalSpy signedIn(&session, &LoginSession::signedIn);
    QSignalSpy failed(&session, &LoginSession::signInFailed);
    session.signIn();
    if (!QTest::qWaitFor([&] { return signedIn.count() + failed.count() > 0; }, timeoutMs))
        return QStringLiteral("<sign-in timeout>");
    return failed.isEmpty() ? QString() : failed.constFirst().constFirst().toString();
}

void wireToSession(GraphQlClient &client, LoginSession &session) {
    client.setBearerToken(session.accessToken());
    client.setTokenRefresher([&session](std::function<void(bool, QByteArray)> done) {
        session.refresh([&session, done](bool ok) { done(ok, session.accessToken()); });
    });
    QObject::connect(&session, &LoginSession::accessTokenChanged, &client,
                     [&client, &session] { client.setBearerToken(session.accessToken()); });
}

SignedInApi::SignedInApi(const QString &keychainService)
    : credentials(keychainService)
    , session(&network, &credentials)
    , client(&network)
    , api(&client) {}

QString SignedInApi::signIn(const SandboxProcess &sandbox, BrowserPlayer &browser,
                            const QString &username, const QString &password) {
    session.setProfile(sandbox.profile());
    browser.reset();
    browser.setCredentials(username, password);
    const QString failure = signInAndWait(session);
    if (!failure.isEmpty())
        return failure;
    client.setEndpoint(sandbox.apiUrl());
    wireToSession(client, session);
    return {};
}

QString startSignedIn(SandboxProcess &sandbox, BrowserPlayer &browser,
                      const QString &keychainService, std::unique_ptr<SignedInApi> *app) {
    const QString started = startSandboxWithBrowser(sandbox, browser);
    if (!started.isEmpty())
        return started;
    *app = std::make_unique<SignedInApi>(keychainService);
    return (*app)->signIn(sandbox, browser);
}
