#pragma once

// A signed-in API against the sandbox for the PAT tests: the real browser sign-in (played over
// HTTP), then GraphQlClient + ModerneApi with the login token as bearer.
#include "BrowserPlayer.h"
#include "GraphQlClient.h"
#include "KeychainCredentialStore.h"
#include "LoginSession.h"
#include "ModerneApi.h"
#include "SandboxProcess.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

struct PatsSession {
    QNetworkAccessManager network;
    KeychainCredentialStore credentials{QStringLiteral("TokenDesk-pats-test")};
    LoginSession session{&network, &credentials};
    GraphQlClient client{&network};
    ModerneApi api{&client};

    // Returns the failure, or an empty string once signed in.
    QString signIn(const SandboxProcess &sandbox, BrowserPlayer &browser, const QString &username,
                   const QString &password) {
        TenantProfile profile;
        profile.displayName = QStringLiteral("Local sandbox");
        profile.issuer = sandbox.issuer();
        profile.apiUrl = sandbox.apiUrl();
        profile.clientId = QStringLiteral("tokendesk");
        session.setProfile(profile);
        browser.reset();
        browser.setCredentials(username, password);
        QSignalSpy signedIn(&session, &LoginSession::signedIn);
        QSignalSpy failed(&session, &LoginSession::signInFailed);
        session.signIn();
        if (!QTest::qWaitFor([&] { return signedIn.count() + failed.count() > 0; }, 30000))
            return QStringLiteral("<sign-in timeout>");
        if (!failed.isEmpty())
            return failed.constFirst().constFirst().toString();
        client.setEndpoint(sandbox.apiUrl());
        client.setBearerToken(session.accessToken());
        return {};
    }
};
