// A session that lasts, end to end against the sandbox with a 5-second login token: silent
// refresh across several lifetimes, 401 handling (reads repeated once, mutations never),
// restore after a restart, sign-out (keychain entry gone, refresh token refused), revoked and
// expired refresh tokens, and a session on a personal access token.
#include "BrowserPlayer.h"
#include "Jwt.h"
#include "SandboxProcess.h"
#include "SignedInApi.h"

#include <QCryptographicHash>
#include <QGuiApplication>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;

class tst_SessionE2e : public QObject {
    Q_OBJECT
private:
    CredentialStore::ReadResult readStored(const TenantProfile &p) {
        std::optional<CredentialStore::ReadResult> result;
        m_store.read(p.credentialKey(), [&](const CredentialStore::ReadResult &r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 15000);
        return result.value_or(CredentialStore::ReadResult{false, {}, QStringLiteral("timeout")});
    }

    // The token endpoint's answer to a refresh_token grant (status code only).
    int refreshWith(const SandboxProcess &sandbox, const QByteArray &refreshToken) {
        QNetworkRequest request(
            QUrl(sandbox.issuer().toString() + QStringLiteral("/protocol/openid-connect/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(
            QStringLiteral("refresh_token"),
            QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(refreshToken))));
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("tokendesk"));
        QNetworkReply *reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 15000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    ApiResult<CurrentUser> currentUser(ModerneApi &api) {
        return awaitApi<CurrentUser>([&](auto done) { api.users()->currentUser(this, done); });
    }

    // Asks the API to create a token named `description`; its answer, or nothing when none came
    // within 30 s.
    std::optional<ApiResult<CreatedAccessToken>> createToken(ModerneApi &api,
                                                             const QString &description) {
        std::optional<ApiResult<CreatedAccessToken>> created;
        api.tokens()->create(description, std::nullopt, this,
                             [&](const ApiResult<CreatedAccessToken> &r) { created = r; });
        (void)QTest::qWaitFor([&] { return created.has_value(); }, 30000);
        return created;
    }

    // The session, client and API as the app wires them, signed in as the browser's user.
    std::unique_ptr<SignedInApi> signedIn() {
        auto app = std::make_unique<SignedInApi>(QStringLiteral("TokenDesk-auth-e2e"));
        const QString failure = app->signIn(m_sandbox, m_browser);
        if (!failure.isEmpty()) {
            QTest::qFail(qPrintable(QStringLiteral("sign-in failed: ") + failure), __FILE__,
                         __LINE__);
            return {};
        }
        return app;
    }

    // Signs in as signedIn() does, then gives the client a token the API refuses (what a lapsed
    // login token looks like to it); callsOfTheRefused() lists the calls of `operation` from then.
    std::unique_ptr<SignedInApi> signedInWithARefusedToken(const QString &operation) {
        auto app = signedIn();
        if (!app)
            return {};
        m_refusedOperation = operation;
        m_loggedBeforeRefusal = m_sandbox.loggedOperations(operation).size();
        app->client.setBearerToken("not-a-valid-token");
        return app;
    }
    QList<QJsonObject> callsOfTheRefused() const {
        return m_sandbox.loggedOperations(m_refusedOperation).mid(m_loggedBeforeRefusal);
    }

    SandboxProcess m_sandbox{{QStringLiteral("--access-token-lifetime"), QStringLiteral("5")}};
    QNetworkAccessManager m_network;
    KeychainCredentialStore m_store{QStringLiteral("TokenDesk-auth-e2e")};
    BrowserPlayer m_browser;
    QString m_refusedOperation;
    qsizetype m_loggedBeforeRefusal = 0;

private Q_SLOTS:
    void initTestCase() {
        m_sandbox.logOperations();
        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString());
    }

    void init() {
        m_browser.setCredentials(QStringLiteral("admin"), QStringLiteral("admin-password"));
        m_browser.reset();
    }

    void keepsWorkingAcrossSeveralLifetimes() {
        const auto app = signedIn();
        QVERIFY(app);
        LoginSession &session = app->session;
        const Jwt first = Jwt::decode(session.accessToken());
        QCOMPARE(first.issuedAt()->secsTo(*first.expiresAt()), 5);

        ModerneApi &api = app->api;
        QSignalSpy renewed(&session, &LoginSession::accessTokenChanged);
        QSignalSpy ended(&session, &LoginSession::sessionEnded);
        QSignalSpy unauthorized(&app->client, &GraphQlClient::unauthorized);

        // 18 seconds: more than three lifetimes of the login token, a call every second.
        QSet<QByteArray> tokensSeen;
        for (int i = 0; i < 18; ++i) {
            const ApiResult<CurrentUser> user = currentUser(api);
            QVERIFY2(!user.error,
                     qPrintable(QStringLiteral("call %1: %2").arg(i).arg(user.error.message)));
            QCOMPARE(user.value->email, QStringLiteral("admin@moderne.example"));
            tokensSeen.insert(
                QCryptographicHash::hash(session.accessToken(), QCryptographicHash::Sha256));
            QTest::qWait(1000);
        }
        QVERIFY2(renewed.count() >= 3, qPrintable(QString::number(renewed.count())));
        QVERIFY(tokensSeen.size() >= 3);
        QCOMPARE(ended.count(), 0);
        QCOMPARE(unauthorized.count(), 0);
        // Renewed before it lapsed: the token in use is never past its exp.
        QVERIFY(session.accessTokenExpiresAt() > QDateTime::currentDateTimeUtc());
        // Every renewal replaced the keychain entry with the rotated refresh token.
        const CredentialStore::ReadResult stored = readStored(m_sandbox.profile());
        QVERIFY(stored.found);
        QVERIFY(stored.secret.startsWith("refresh:"));
        QCOMPARE(refreshWith(m_sandbox, stored.secret.mid(8)), 200);
        session.signOut();
    }

    void aReadRefusedWith401IsRepeatedOnce() {
        const auto app = signedInWithARefusedToken(QStringLiteral("CurrentUser"));
        QVERIFY(app);
        QSignalSpy renewed(&app->session, &LoginSession::accessTokenChanged);
        const ApiResult<CurrentUser> user = currentUser(app->api);
        QVERIFY2(!user.error, qPrintable(user.error.message));
        QCOMPARE(renewed.count(), 1);
        const QList<QJsonObject> calls = callsOfTheRefused();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).value(QLatin1String("status")).toInt(), 401);
        QCOMPARE(calls.at(1).value(QLatin1String("status")).toInt(), 200);
        app->session.signOut();
    }

    void aMutationRefusedWith401IsNeverRepeated() {
        const auto app = signedInWithARefusedToken(QStringLiteral("CreateAccessToken"));
        QVERIFY(app);
        const auto created = createToken(app->api, QStringLiteral("auth-e2e: refused once"));
        QVERIFY(created);
        QCOMPARE(created->error.kind, ApiError::Kind::Unauthorized);
        QVERIFY2(created->error.message.contains(QStringLiteral("try again")),
                 qPrintable(created->error.message));
        QTest::qWait(500);
        const QList<QJsonObject> calls = callsOfTheRefused();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).value(QLatin1String("status")).toInt(), 401);

        // The sign-in was renewed meanwhile: doing it again (the user's choice) works.
        const auto again = createToken(app->api, QStringLiteral("auth-e2e: second try"));
        QVERIFY(again);
        QVERIFY2(!again->error, qPrintable(again->error.message));
        QVERIFY(again->value->value.startsWith("mat-"));
        std::optional<ApiResult<bool>> revoked;
        app->api.tokens()->revoke(again->value->token.id, this,
                                  [&](const ApiResult<bool> &r) { revoked = r; });
        QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 30000);
        QVERIFY(revoked->value.value_or(false));
        app->session.signOut();
    }

    void restartRestoresTheSessionFromTheKeychain() {
        {
            LoginSession session(&m_network, &m_store);
            session.setProfile(m_sandbox.profile());
            QCOMPARE(signInAndWait(session), QString());
            QTRY_VERIFY_WITH_TIMEOUT(readStored(m_sandbox.profile()).found, 15000);
        } // the app quits
        m_browser.reset();

        // The next launch, with the same --issuer/--api-url/--client-id: the same key.
        TenantProfile again = m_sandbox.profile();
        again.displayName = QStringLiteral("renamed meanwhile");
        LoginSession session(&m_network, &m_store);
        session.setProfile(again);
        QSignalSpy signedIn(&session, &LoginSession::signedIn);
        QSignalSpy failed(&session, &LoginSession::restoreFailed);
        session.restore();
        QCOMPARE(session.state(), LoginSession::State::Restoring);
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.count() + failed.count() > 0, 30000);
        QCOMPARE(failed.count(), 0);
        QVERIFY2(m_browser.openedUrl().isEmpty(), "a restore never opens the browser");
        QCOMPARE(session.credentialKind(), LoginSession::CredentialKind::LoginToken);
        GraphQlClient client(&m_network);
        client.setEndpoint(m_sandbox.apiUrl());
        wireToSession(client, session);
        ModerneApi api(&client);
        const ApiResult<CurrentUser> user = currentUser(api);
        QVERIFY2(!user.error, qPrintable(user.error.message));
        QCOMPARE(user.value->email, QStringLiteral("admin@moderne.example"));
        session.signOut();
    }

    void restoreWithNothingStoredSaysNothing() {
        LoginSession session(&m_network, &m_store);
        TenantProfile other = m_sandbox.profile();
        other.clientId = QStringLiteral("tokendesk-never-signed-in");
        session.setProfile(other);
        QSignalSpy failed(&session, &LoginSession::restoreFailed);
        session.restore();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        QVERIFY(failed.constFirst().constFirst().toString().isEmpty());
        QCOMPARE(session.state(), LoginSession::State::SignedOut);
    }

    void signOutRemovesTheKeychainEntryAndTheServerRefusesTheOldRefreshToken() {
        LoginSession session(&m_network, &m_store);
        session.setProfile(m_sandbox.profile());
        QCOMPARE(signInAndWait(session), QString());
        CredentialStore::ReadResult stored;
        QTRY_VERIFY_WITH_TIMEOUT((stored = readStored(m_sandbox.profile())).found, 15000);
        const QByteArray oldRefreshToken = stored.secret.mid(8);
        QSignalSpy signedOut(&session, &LoginSession::signedOut);
        session.signOut();
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(session.accessToken().isEmpty());
        QCOMPARE(session.state(), LoginSession::State::SignedOut);
        QTRY_VERIFY_WITH_TIMEOUT(!readStored(m_sandbox.profile()).found, 15000);
        // The revocation is sent as the window returns to the login screen.
        QTRY_COMPARE_WITH_TIMEOUT(refreshWith(m_sandbox, oldRefreshToken), 400, 15000);
    }

    void aRevokedSessionEndsWithAClearMessage() {
        LoginSession session(&m_network, &m_store);
        session.setProfile(m_sandbox.profile());
        QCOMPARE(signInAndWait(session), QString());
        QTRY_VERIFY_WITH_TIMEOUT(readStored(m_sandbox.profile()).found, 15000);
        QSignalSpy ended(&session, &LoginSession::sessionEnded);
        QVERIFY(m_sandbox.revokeSessions(QStringLiteral("admin")));
        // The next renewal (within a second or so with a 5 s token) is refused.
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 15000);
        const QString message = ended.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("no longer accepts")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Sign in again")), qPrintable(message));
        QCOMPARE(session.state(), LoginSession::State::SignedOut);
        QVERIFY(session.accessToken().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!readStored(m_sandbox.profile()).found, 15000);
    }

    void aRevokedStoredSessionIsNotRestored() {
        {
            LoginSession session(&m_network, &m_store);
            session.setProfile(m_sandbox.profile());
            QCOMPARE(signInAndWait(session), QString());
            QTRY_VERIFY_WITH_TIMEOUT(readStored(m_sandbox.profile()).found, 15000);
        }
        QVERIFY(m_sandbox.revokeSessions(QStringLiteral("admin")));
        LoginSession session(&m_network, &m_store);
        session.setProfile(m_sandbox.profile());
        QSignalSpy signedIn(&session, &LoginSession::signedIn);
        QSignalSpy failed(&session, &LoginSession::restoreFailed);
        session.restore();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QCOMPARE(signedIn.count(), 0);
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("no longer accepts")), qPrintable(message));
        QTRY_VERIFY_WITH_TIMEOUT(!readStored(m_sandbox.profile()).found, 15000);
    }

    void anExpiredRefreshTokenEndsTheSession() {
        SandboxProcess shortLived({QStringLiteral("--access-token-lifetime"), QStringLiteral("60"),
                                   QStringLiteral("--refresh-token-lifetime"),
                                   QStringLiteral("2")});
        QString error;
        QVERIFY2(shortLived.start(&error), qPrintable(error));
        LoginSession session(&m_network, &m_store);
        session.setProfile(shortLived.profile());
        QCOMPARE(signInAndWait(session), QString());
        QTest::qWait(3000);
        QSignalSpy ended(&session, &LoginSession::sessionEnded);
        std::optional<bool> ok;
        session.refresh([&](bool result) { ok = result; });
        QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 15000);
        QVERIFY(!*ok);
        QCOMPARE(ended.count(), 1);
        QVERIFY2(
            ended.constFirst().constFirst().toString().contains(QStringLiteral("Sign in again")),
            qPrintable(ended.constFirst().constFirst().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!readStored(shortLived.profile()).found, 15000);
    }

    void aPersonalAccessTokenSessionLastsAndRestores() {
        // A PAT to paste: made by a browser session (as a user would on the platform).
        QByteArray pat;
        QString patId;
        {
            const auto app = signedIn();
            QVERIFY(app);
            LoginSession &session = app->session;
            ModerneApi &api = app->api;
            const auto created = createToken(api, QStringLiteral("auth-e2e: pasted"));
            QVERIFY(created);
            QVERIFY2(!created->error, qPrintable(created->error.message));
            pat = created->value->value;
            patId = created->value->token.id;
            session.signOut();
        }
        LoginSession session(&m_network, &m_store);
        session.setProfile(m_sandbox.profile());
        session.adoptPersonalAccessToken(pat);
        QCOMPARE(session.state(), LoginSession::State::SignedIn);
        QCOMPARE(session.credentialKind(), LoginSession::CredentialKind::PersonalAccessToken);
        CredentialStore::ReadResult stored;
        QTRY_VERIFY_WITH_TIMEOUT((stored = readStored(m_sandbox.profile())).found, 15000);
        QVERIFY(stored.secret == "pat:" + pat);

        // Restored at the next launch, and the API takes it.
        LoginSession next(&m_network, &m_store);
        next.setProfile(m_sandbox.profile());
        QSignalSpy signedIn(&next, &LoginSession::signedIn);
        next.restore();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
        QCOMPARE(next.credentialKind(), LoginSession::CredentialKind::PersonalAccessToken);
        QVERIFY(next.accessToken() == pat);
        GraphQlClient client(&m_network);
        client.setEndpoint(m_sandbox.apiUrl());
        wireToSession(client, next);
        ModerneApi api(&client);
        ApiResult<CurrentUser> user = currentUser(api);
        QVERIFY2(!user.error, qPrintable(user.error.message));
        QCOMPARE(user.value->email, QStringLiteral("admin@moderne.example"));

        // Revoked elsewhere: the next call is refused, and there is no login token to renew.
        std::optional<ApiResult<bool>> revoked;
        api.tokens()->revoke(patId, this, [&](const ApiResult<bool> &r) { revoked = r; });
        QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 30000);
        QSignalSpy unauthorized(&client, &GraphQlClient::unauthorized);
        user = currentUser(api);
        QCOMPARE(user.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(unauthorized.count(), 1);
        next.signOut();
        QTRY_VERIFY_WITH_TIMEOUT(!readStored(m_sandbox.profile()).found, 15000);
    }
};

QTEST_MAIN(tst_SessionE2e)
#include "tst_session_e2e.moc"
