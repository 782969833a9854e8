// A session that lasts, end to end against the sandbox with a 5-second login token: silent
// refresh across several lifetimes, 401 handling (reads repeated once, mutations never),
// restore after a restart, sign-out (keychain entry gone, refresh token refused), revoked and
// expired refresh tokens, and a session on a personal access token.
#include "BrowserPlayer.h"
#include "GraphQlClient.h"
#include "Jwt.h"
#include "KeychainCredentialStore.h"
#include "LoginSession.h"
#include "ModerneApi.h"
#include "SandboxProcess.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;

namespace {

// The sandbox's operation log (one JSON object per line) of this test run.
QTemporaryDir &scratch() {
    static QTemporaryDir dir;
    return dir;
}

QString operationLog() {
    return scratch().filePath(QStringLiteral("operations.jsonl"));
}

QList<QJsonObject> loggedOperations(const QString &name) {
    QList<QJsonObject> result;
    QFile file(operationLog());
    if (!file.open(QIODevice::ReadOnly))
        return result;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QLatin1String("operationName")).toString() == name)
            result.append(object);
    }
    return result;
}

} // namespace

class tst_SessionE2e : public QObject {
    Q_OBJECT
private:
    TenantProfile profile(const SandboxProcess &sandbox) const {
        TenantProfile p;
        p.displayName = QStringLiteral("Local sandbox");
        p.issuer = sandbox.issuer();
        p.apiUrl = sandbox.apiUrl();
        p.clientId = QStringLiteral("tokendesk");
        return p;
    }

    bool signIn(LoginSession &session) {
        QSignalSpy signedIn(&session, &LoginSession::signedIn);
        QSignalSpy failed(&session, &LoginSession::signInFailed);
        session.signIn();
        if (!QTest::qWaitFor([&] { return signedIn.count() + failed.count() > 0; }, 30000))
            return false;
        if (!failed.isEmpty())
            qWarning("sign-in failed: %s", qPrintable(failed.constFirst().constFirst().toString()));
        return failed.isEmpty();
    }

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

    bool revokeSessionsOf(const SandboxProcess &sandbox, const QString &username) {
        QUrl url = sandbox.url(QStringLiteral("/sandbox/admin/revoke-sessions"));
        url.setQuery(QStringLiteral("username=") + username);
        QNetworkReply *reply = m_network.post(QNetworkRequest(url), QByteArray());
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 15000);
        const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        reply->deleteLater();
        return ok;
    }

    // The API client as the app wires it: a 401 renews the login token through the session.
    static void wire(GraphQlClient &client, LoginSession &session) {
        client.setBearerToken(session.accessToken());
        client.setTokenRefresher([&session](std::function<void(bool, QByteArray)> done) {
            session.refresh([&session, done](bool ok) { done(ok, session.accessToken()); });
        });
        QObject::connect(&session, &LoginSession::accessTokenChanged, &client,
                         [&client, &session] { client.setBearerToken(session.accessToken()); });
    }

    ApiResult<CurrentUser> currentUser(ModerneApi &api) {
        std::optional<ApiResult<CurrentUser>> result;
        api.users()->currentUser(this, [&](const ApiResult<CurrentUser> &r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 30000);
        return result.value_or(ApiResult<CurrentUser>{});
    }

    SandboxProcess m_sandbox{{QStringLiteral("--access-token-lifetime"), QStringLiteral("5"),
                              QStringLiteral("--log-operations"), operationLog()}};
    QNetworkAccessManager m_network;
    KeychainCredentialStore m_store{QStringLiteral("TokenDesk-auth-e2e")};
    BrowserPlayer m_browser;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(scratch().isValid());
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }

    void init() {
        m_browser.setCredentials(QStringLiteral("admin"), QStringLiteral("admin-password"));
        m_browser.reset();
    }

    void keepsWorkingAcrossSeveralLifetimes() {
        LoginSession session(&m_network, &m_store);
        session.setProfile(profile(m_sandbox));
        QVERIFY(signIn(session));
        const Jwt first = Jwt::decode(session.accessToken());
        QCOMPARE(first.issuedAt()->secsTo(*first.expiresAt()), 5);

        GraphQlClient client(&m_network);
        client.setEndpoint(m_sandbox.apiUrl());
        wire(client, session);
        ModerneApi api(&client);
        QSignalSpy renewed(&session, &LoginSession::accessTokenChanged);
        QSignalSpy ended(&session, &LoginSession::sessionEnded);
        QSignalSpy unauthorized(&client, &GraphQlClient::unauthorized);

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
        const CredentialStore::ReadResult stored = readStored(profile(m_sandbox));
        QVERIFY(stored.found);
        QVERIFY(stored.secret.startsWith("refresh:"));
        QCOMPARE(refreshWith(m_sandbox, stored.secret.mid(8)), 200);
        session.signOut();
    }

    void aReadRefusedWith401IsRepeatedOnce() {
        LoginSession session(&m_network, &m_store);
        session.setProfile(profile(m_sandbox));
        QVERIFY(signIn(session));
        GraphQlClient client(&m_network);
        client.setEndpoint(m_sandbox.apiUrl());
        wire(client, session);
        ModerneApi api(&client);
        QSignalSpy renewed(&session, &LoginSession::accessTokenChanged);
        const qsizetype before = loggedOperations(QStringLiteral("CurrentUser")).size();

        client.setBearerToken("not-a-valid-token"); // what a lapsed token looks like to the API
        const ApiResult<CurrentUser> user = currentUser(api);
        QVERIFY2(!user.error, qPrintable(user.error.message));
        QCOMPARE(renewed.count(), 1);
        const QList<QJsonObject> calls =
            loggedOperations(QStringLiteral("CurrentUser")).mid(before);
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).value(QLatin1String("status")).toInt(), 401);
        QCOMPARE(calls.at(1).value(QLatin1String("status")).toInt(), 200);
        session.signOut();
    }

    void aMutationRefusedWith401IsNeverRepeated() {
        LoginSession session(&m_network, &m_store);
        session.setProfile(profile(m_sandbox));
        QVERIFY(signIn(session));
        GraphQlClient client(&m_network);
        client.setEndpoint(m_sandbox.apiUrl());
        wire(client, session);
        ModerneApi api(&client);
        const qsizetype before = loggedOperations(QStringLiteral("CreateAccessToken")).size();

        client.setBearerToken("not-a-valid-token");
        std::optional<ApiResult<CreatedAccessToken>> created;
        api.tokens()->create(QStringLiteral("auth-e2e: refused once"), std::nullopt, this,
                             [&](const ApiResult<CreatedAccessToken> &r) { created = r; });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 30000);
        QCOMPARE(created->error.kind, ApiError::Kind::Unauthorized);
        QVERIFY2(created->error.message.contains(QStringLiteral("try again")),
                 qPrintable(created->error.message));
        QTest::qWait(500);
        const QList<QJsonObject> calls =
            loggedOperations(QStringLiteral("CreateAccessToken")).mid(before);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).value(QLatin1String("status")).toInt(), 401);

        // The sign-in was renewed meanwhile: doing it again (the user's choice) works.
        std::optional<ApiResult<CreatedAccessToken>> again;
        api.tokens()->create(QStringLiteral("auth-e2e: second try"), std::nullopt, this,
                             [&](const ApiResult<CreatedAccessToken> &r) { again = r; });
        QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), 30000);
        QVERIFY2(!again->error, qPrintable(again->error.message));
        QVERIFY(again->value->value.startsWith("mat-"));
        std::optional<ApiResult<bool>> revoked;
        api.tokens()->revoke(again->value->token.id, this,
                             [&](const ApiResult<bool> &r) { revoked = r; });
        QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 30000);
        QVERIFY(revoked->value.value_or(false));
        session.signOut();
    }

    void restartRestoresTheSessionFromTheKeychain() {
        {
            LoginSession session(&m_network, &m_store);
            session.setProfile(profile(m_sandbox));
            QVERIFY(signIn(session));
            QTRY_VERIFY_WITH_TIMEOUT(readStored(profile(m_sandbox)).found, 15000);
        } // the app quits
        m_browser.reset();

        // The next launch, with the same --issuer/--api-url/--client-id: the same key.
        TenantProfile again = profile(m_sandbox);
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
        wire(client, session);
        ModerneApi api(&client);
        const ApiResult<CurrentUser> user = currentUser(api);
        QVERIFY2(!user.error, qPrintable(user.error.message));
        QCOMPARE(user.value->email, QStringLiteral("admin@moderne.example"));
        session.signOut();
    }

    void restoreWithNothingStoredSaysNothing() {
        LoginSession session(&m_network, &m_store);
        TenantProfile other = profile(m_sandbox);
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
        session.setProfile(profile(m_sandbox));
        QVERIFY(signIn(session));
        CredentialStore::ReadResult stored;
        QTRY_VERIFY_WITH_TIMEOUT((stored = readStored(profile(m_sandbox))).found, 15000);
        const QByteArray oldRefreshToken = stored.secret.mid(8);
        QSignalSpy signedOut(&session, &LoginSession::signedOut);
        session.signOut();
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(session.accessToken().isEmpty());
        QCOMPARE(session.state(), LoginSession::State::SignedOut);
        QTRY_VERIFY_WITH_TIMEOUT(!readStored(profile(m_sandbox)).found, 15000);
        // The revocation is sent as the window returns to the login screen.
        QTRY_COMPARE_WITH_TIMEOUT(refreshWith(m_sandbox, oldRefreshToken), 400, 15000);
    }

    void aRevokedSessionEndsWithAClearMessage() {
        LoginSession session(&m_network, &m_store);
        session.setProfile(profile(m_sandbox));
        QVERIFY(signIn(session));
        QTRY_VERIFY_WITH_TIMEOUT(readStored(profile(m_sandbox)).found, 15000);
        QSignalSpy ended(&session, &LoginSession::sessionEnded);
        QVERIFY(revokeSessionsOf(m_sandbox, QStringLiteral("admin")));
        // The next renewal (within a second or so with a 5 s token) is refused.
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 15000);
        const QString message = ended.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("no longer accepts")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Sign in again")), qPrintable(message));
        QCOMPARE(session.state(), LoginSession::State::SignedOut);
        QVERIFY(session.accessToken().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!readStored(profile(m_sandbox)).found, 15000);
    }

    void aRevokedStoredSessionIsNotRestored() {
        {
            LoginSession session(&m_network, &m_store);
            session.setProfile(profile(m_sandbox));
            QVERIFY(signIn(session));
            QTRY_VERIFY_WITH_TIMEOUT(readStored(profile(m_sandbox)).found, 15000);
        }
        QVERIFY(revokeSessionsOf(m_sandbox, QStringLiteral("admin")));
        LoginSession session(&m_network, &m_store);
        session.setProfile(profile(m_sandbox));
        QSignalSpy signedIn(&session, &LoginSession::signedIn);
        QSignalSpy failed(&session, &LoginSession::restoreFailed);
        session.restore();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QCOMPARE(signedIn.count(), 0);
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("no longer accepts")), qPrintable(message));
        QTRY_VERIFY_WITH_TIMEOUT(!readStored(profile(m_sandbox)).found, 15000);
    }

    void anExpiredRefreshTokenEndsTheSession() {
        SandboxProcess shortLived({QStringLiteral("--access-token-lifetime"), QStringLiteral("60"),
                                   QStringLiteral("--refresh-token-lifetime"),
                                   QStringLiteral("2")});
        QString error;
        QVERIFY2(shortLived.start(&error), qPrintable(error));
        LoginSession session(&m_network, &m_store);
        session.setProfile(profile(shortLived));
        QVERIFY(signIn(session));
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
        QTRY_VERIFY_WITH_TIMEOUT(!readStored(profile(shortLived)).found, 15000);
    }

    void aPersonalAccessTokenSessionLastsAndRestores() {
        // A PAT to paste: made by a browser session (as a user would on the platform).
        QByteArray pat;
        QString patId;
        {
            LoginSession session(&m_network, &m_store);
            session.setProfile(profile(m_sandbox));
            QVERIFY(signIn(session));
            GraphQlClient client(&m_network);
            client.setEndpoint(m_sandbox.apiUrl());
            wire(client, session);
            ModerneApi api(&client);
            std::optional<ApiResult<CreatedAccessToken>> created;
            api.tokens()->create(QStringLiteral("auth-e2e: pasted"), std::nullopt, this,
                                 [&](const ApiResult<CreatedAccessToken> &r) { created = r; });
            QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 30000);
            QVERIFY2(!created->error, qPrintable(created->error.message));
            pat = created->value->value;
            patId = created->value->token.id;
            session.signOut();
        }
        LoginSession session(&m_network, &m_store);
        session.setProfile(profile(m_sandbox));
        session.adoptPersonalAccessToken(pat);
        QCOMPARE(session.state(), LoginSession::State::SignedIn);
        QCOMPARE(session.credentialKind(), LoginSession::CredentialKind::PersonalAccessToken);
        CredentialStore::ReadResult stored;
        QTRY_VERIFY_WITH_TIMEOUT((stored = readStored(profile(m_sandbox))).found, 15000);
        QVERIFY(stored.secret == "pat:" + pat);

        // Restored at the next launch, and the API takes it.
        LoginSession next(&m_network, &m_store);
        next.setProfile(profile(m_sandbox));
        QSignalSpy signedIn(&next, &LoginSession::signedIn);
        next.restore();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
        QCOMPARE(next.credentialKind(), LoginSession::CredentialKind::PersonalAccessToken);
        QVERIFY(next.accessToken() == pat);
        GraphQlClient client(&m_network);
        client.setEndpoint(m_sandbox.apiUrl());
        wire(client, next);
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
        QTRY_VERIFY_WITH_TIMEOUT(!readStored(profile(m_sandbox)).found, 15000);
    }
};

QTEST_MAIN(tst_SessionE2e)
#include "tst_session_e2e.moc"
