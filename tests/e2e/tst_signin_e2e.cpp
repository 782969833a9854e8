// End to end: the real sign-in against the sandbox's oidc-provider, with the browser step
// played over HTTP, then currentUser through the app's API layer.
#include "BrowserPlayer.h"
#include "Jwt.h"
#include "SandboxProcess.h"
#include "SignedInApi.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;

class tst_SignInE2e : public QObject {
    Q_OBJECT
private:
    TenantProfile profile() const { return m_sandbox.profile(); }

    // currentUser through the API layer with the session's login token as bearer.
    ApiResult<CurrentUser> currentUser(GraphQlClient &client, const LoginSession &session) {
        client.setEndpoint(m_sandbox.apiUrl());
        client.setBearerToken(session.accessToken());
        ModerneApi api(&client);
        return awaitApi<CurrentUser>([&](auto done) { api.users()->currentUser(this, done); },
                                     15000);
    }

    static bool portIsOpen(const QUrl &url) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        return socket.waitForConnected(2000);
    }

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    KeychainCredentialStore m_store{QStringLiteral("TokenDesk-e2e")};
    BrowserPlayer m_browser;

private Q_SLOTS:
    void initTestCase() { QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString()); }

    void init() {
        m_browser.setCredentials(QStringLiteral("admin"), QStringLiteral("admin-password"));
        m_browser.setCallbackRewriter({});
        m_browser.setActive(true);
        m_browser.reset();
    }

    void signInAndLoadCurrentUser() {
        LoginSession session(&m_network, &m_store);
        session.setProfile(profile());
        const QString failure = signInAndWait(session);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(session.state(), LoginSession::State::SignedIn);

        // What the browser was sent to: the discovered endpoint, PKCE S256, loopback redirect.
        const QUrl opened = m_browser.openedUrl();
        const QUrlQuery query(opened);
        QCOMPARE(opened.path(),
                 m_sandbox.issuer().path() + QStringLiteral("/protocol/openid-connect/auth"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        const QUrl redirect(
            query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect.path(), QStringLiteral("/callback"));
        QVERIFY(m_browser.result().reachedCallback);
        QVERIFY(m_browser.result().body.contains("close this tab"));
        QVERIFY2(!portIsOpen(redirect), "the loopback listener must close after the callback");

        // The access token: a Keycloak-shaped RS256 JWT for the seeded admin.
        const Jwt jwt = Jwt::decode(session.accessToken());
        QVERIFY2(jwt.isValid(), qPrintable(jwt.error()));
        QCOMPARE(jwt.algorithm(), QStringLiteral("RS256"));
        QVERIFY(!jwt.keyId().isEmpty());
        QCOMPARE(jwt.issuer(), m_sandbox.issuer().toString());
        QCOMPARE(jwt.email(), QStringLiteral("admin@moderne.example"));
        QCOMPARE(jwt.preferredUsername(), QStringLiteral("admin"));
        QVERIFY(jwt.realmRoles().contains(QStringLiteral("admin")));
        QCOMPARE(jwt.payload().value(QStringLiteral("azp")).toString(),
                 QStringLiteral("tokendesk"));
        const qint64 lifetime = jwt.issuedAt()->secsTo(*jwt.expiresAt());
        QCOMPARE(lifetime, 3600);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(session.accessTokenExpiresAt()) -
                     3600) < 30);

        // The refresh token went to the keychain under the tenant's key.
        bool read = false;
        CredentialStore::ReadResult stored;
        m_store.read(profile().credentialKey(), [&](const CredentialStore::ReadResult &r) {
            stored = r;
            read = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(read, 15000);
        QVERIFY2(stored.error.isEmpty(), qPrintable(stored.error));
        QVERIFY(stored.found);
        QVERIFY(stored.secret.size() > 10);
        QVERIFY(stored.secret != session.accessToken());

        // currentUser through the API layer with the bearer.
        GraphQlClient client(&m_network);
        const ApiResult<CurrentUser> user = currentUser(client, session);
        QVERIFY2(!user.error, qPrintable(user.error.message));
        QCOMPARE(user.value->email, QStringLiteral("admin@moderne.example"));
        QCOMPARE(user.value->role, QStringLiteral("ADMIN"));
        QCOMPARE(user.value->username, QStringLiteral("admin"));

        ModerneApi api(&client);
        std::optional<ApiResult<AccessTokenPage>> page;
        api.tokens()->myTokens(50, {}, this,
                               [&](const ApiResult<AccessTokenPage> &r) { page = r; });
        QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 15000);
        QVERIFY2(!page->error, qPrintable(page->error.message));
        QVERIFY(page->value->totalCount > 0);
        QCOMPARE(page->value->items.size(), page->value->totalCount);

        // Without the bearer, the API refuses.
        client.setBearerToken({});
        std::optional<ApiResult<CurrentUser>> anonymous;
        api.users()->currentUser(this, [&](const ApiResult<CurrentUser> &r) { anonymous = r; });
        QTRY_VERIFY_WITH_TIMEOUT(anonymous.has_value(), 15000);
        QCOMPARE(anonymous->error.kind, ApiError::Kind::Unauthorized);

        session.signOut();
        QVERIFY(session.accessToken().isEmpty());
    }

    void signInAsUserHasRoleUser() {
        m_browser.setCredentials(QStringLiteral("user"), QStringLiteral("user-password"));
        LoginSession session(&m_network, &m_store);
        session.setProfile(profile());
        const QString failure = signInAndWait(session);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        GraphQlClient client(&m_network);
        const ApiResult<CurrentUser> user = currentUser(client, session);
        QVERIFY2(!user.error, qPrintable(user.error.message));
        QCOMPARE(user.value->email, QStringLiteral("user@moderne.example"));
        QCOMPARE(user.value->role, QStringLiteral("USER"));
        QVERIFY(!Jwt::decode(session.accessToken()).realmRoles().contains(QStringLiteral("admin")));
        session.signOut();
    }

    void wrongPasswordStaysOnTheLoginPage() {
        m_browser.setCredentials(QStringLiteral("admin"), QStringLiteral("not-the-password"));
        LoginSession session(&m_network, &m_store);
        session.setProfile(profile());
        QSignalSpy failed(&session, &LoginSession::signInFailed);
        QSignalSpy signedIn(&session, &LoginSession::signedIn);
        session.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(m_browser.result().done, 20000);
        QCOMPARE(m_browser.result().status, 200);
        QVERIFY(m_browser.result().body.contains("Invalid username or password."));
        QVERIFY(m_browser.result().body.contains("kc-form-login"));
        QVERIFY(!m_browser.result().reachedCallback);
        // The app keeps waiting: the user can correct the password in the browser.
        QCOMPARE(session.state(), LoginSession::State::WaitingForBrowser);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(signedIn.count(), 0);
        const QUrl redirect(
            QUrlQuery(m_browser.openedUrl())
                .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QVERIFY(portIsOpen(redirect));
        session.cancel();
        QCOMPARE(session.state(), LoginSession::State::SignedOut);
        QVERIFY2(!portIsOpen(redirect), "cancel must close the loopback listener");
    }

    void tamperedStateIsRejected() {
        m_browser.setCallbackRewriter([](const QUrl &url) {
            return withQueryItem(url, QStringLiteral("state"), QStringLiteral("forged-state"));
        });
        LoginSession session(&m_network, &m_store);
        session.setProfile(profile());
        const QString failure = signInAndWait(session);
        QVERIFY2(failure.contains(QStringLiteral("“state” value does not match")),
                 qPrintable(failure));
        QCOMPARE(session.state(), LoginSession::State::SignedOut);
        QVERIFY(session.accessToken().isEmpty());
    }

    void missingPkceVerifierIsRefused() {
        LoginSession session(&m_network, &m_store);
        session.setProfile(profile());
        session.setSendCodeVerifierForTesting(false);
        const QString failure = signInAndWait(session);
        QVERIFY2(failure.contains(QStringLiteral("refused the authorization code")),
                 qPrintable(failure));
        QVERIFY(m_browser.result().reachedCallback); // the browser step itself succeeded
        QCOMPARE(session.state(), LoginSession::State::SignedOut);
        QVERIFY(session.accessToken().isEmpty());
    }

    void unreachableIssuerIsReported() {
        TenantProfile p = profile();
        p.issuer = QUrl(QStringLiteral("http://127.0.0.1:9/auth/realms/nowhere"));
        LoginSession session(&m_network, &m_store);
        session.setProfile(p);
        const QString failure = signInAndWait(session);
        QVERIFY2(failure.contains(QStringLiteral("could not be reached")), qPrintable(failure));
        QCOMPARE(session.state(), LoginSession::State::SignedOut);
    }

    void wrongIssuerPathIsReported() {
        TenantProfile p = profile();
        p.issuer = m_sandbox.url(QStringLiteral("/auth/realms/no-such-realm"));
        LoginSession session(&m_network, &m_store);
        session.setProfile(p);
        const QString failure = signInAndWait(session);
        QVERIFY2(failure.contains(QStringLiteral("HTTP 404")), qPrintable(failure));
    }

    void closedBrowserTimesOutAndClosesTheListener() {
        m_browser.setActive(false);
        LoginSession session(&m_network, &m_store);
        session.setProfile(profile());
        session.setBrowserTimeout(1500ms);
        const QString failure = signInAndWait(session);
        QVERIFY2(failure.contains(QStringLiteral("did not answer within")), qPrintable(failure));
        const QUrl redirect(
            QUrlQuery(m_browser.openedUrl())
                .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QVERIFY(redirect.port() > 0);
        QVERIFY2(!portIsOpen(redirect), "the loopback listener must close after the timeout");
    }
};

QTEST_MAIN(tst_SignInE2e)
#include "tst_signin_e2e.moc"
