// Credentials never leave the configured origin (issue 15, item 1). Against
// hostile-server.mjs, whose "origin" answers a redirect to another port ("elsewhere"): the
// GraphQL API (302, with a bearer), the issuer's discovery, its key set, the token request of
// the sign-in (307, which would carry the code and the PKCE verifier along), the refresh
// (307, the refresh token) and the revocation at sign-out (307). None of them follows the
// redirect: "elsewhere" receives nothing (so no Authorization header either), and the API's
// error, as the token list shows it, says "The API at <url> redirected to <location>;
// TokenDesk did not follow it." Each uses a QNetworkAccessManager with Qt's default policy
// (which follows such redirects): the guarantee comes from TokenDesk's own requests.
#include "AccessTokenModel.h"
#include "GraphQlClient.h"
#include "HostileServerTest.h"
#include "JwksCache.h"
#include "LoginSession.h"
#include "ModerneApi.h"
#include "OidcDiscovery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class tst_Redirects : public HostileServerTest {
    Q_OBJECT
private:
    const QByteArray RefreshToken = "refresh-not-for-elsewhere";

    TenantProfile profile(const QString &scenario) const {
        return m_server.tenant(scenario, scenario, QStringLiteral("/graphql-redirect/graphql"));
    }

    // Nothing reached the other origin, with or without an Authorization header.
    void verifyNothingElsewhere() {
        QTest::qWait(200); // a request on its way would be logged by now
        const QByteArrayList reached = m_server.lines("request elsewhere");
        QVERIFY2(reached.isEmpty(), reached.join('\n').constData());
    }

    QString redirected(const QString &what, const QString &path) const {
        return QStringLiteral("%1 at %2 redirected to %3; TokenDesk did not follow it.")
            .arg(what, m_server.origin(path).toString(), m_server.elsewhere(path).toString());
    }

private Q_SLOTS:
    void theApiDoesNotFollowARedirectWithTheBearer() {
        QNetworkAccessManager network; // Qt's default: NoLessSafeRedirectPolicy
        GraphQlClient client(&network);
        client.setEndpoint(m_server.origin(QStringLiteral("/graphql-redirect/graphql")));
        client.setBearerToken("mat-not-for-elsewhere");
        client.setReadRetries(2, 50);
        ModerneApi api(&client);
        const QString expected =
            redirected(QStringLiteral("The API"), QStringLiteral("/graphql-redirect/graphql"));

        std::optional<ApiResult<CurrentUser>> user;
        api.users()->currentUser(this, [&](const ApiResult<CurrentUser> &r) { user = r; });
        QVERIFY(QTest::qWaitFor([&] { return user.has_value(); }, 15000));
        QVERIFY(user->error);
        QCOMPARE(user->error.message, expected);
        QCOMPARE(user->error.httpStatus, 302);
        // Not a transient failure: asked once, not again.
        QCOMPARE(m_server.lines("request origin POST /graphql-redirect/graphql").size(), 1);

        // The token list says the same sentence.
        AccessTokenModel tokens(api.tokens(), nullptr);
        QSignalSpy failed(&tokens, &AccessTokenModel::loadFailed);
        tokens.reload();
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.constFirst().constFirst().toString(), expected);
        QCOMPARE(tokens.rowCount(), 0);
        verifyNothingElsewhere();
    }

    void discoveryDoesNotFollowARedirect() {
        const std::optional<QString> error =
            discoveryError(QStringLiteral("discovery-redirect"), 15000);
        QVERIFY(error);
        QCOMPARE(*error, redirected(QStringLiteral("The sign-in server"),
                                    QStringLiteral(
                                        "/discovery-redirect/.well-known/openid-configuration")));
        verifyNothingElsewhere();
    }

    void theKeySetDoesNotFollowARedirect() {
        const std::optional<QString> error = keySetError(QStringLiteral("jwks-redirect"), 15000);
        QVERIFY(error);
        QCOMPARE(*error, redirected(QStringLiteral("The issuer's key set"),
                                    QStringLiteral("/jwks-redirect/certs")));
        verifyNothingElsewhere();
    }

    void theTokenRequestDoesNotFollowARedirect() {
        MemorySession fixture(profile(QStringLiteral("token-redirect")));
        LoginSession &session = fixture.session;
        QSignalSpy failed(&session, &LoginSession::signInFailed);
        QSignalSpy signedIn(&session, &LoginSession::signedIn);
        session.signIn();
        QVERIFY(failed.wait(15000));
        QCOMPARE(signedIn.count(), 0);
        QCOMPARE(failed.constFirst().constFirst().toString(),
                 redirected(QStringLiteral("The sign-in server's token endpoint"),
                            QStringLiteral("/token-redirect/token")));
        // The code was exchanged at the origin only (the body with code and verifier stayed).
        QCOMPARE(m_server.lines("request origin POST /token-redirect/token").size(), 1);
        verifyNothingElsewhere();
        QVERIFY(session.accessToken().isEmpty());
    }

    void theRefreshDoesNotFollowARedirect() {
        MemorySession fixture(profile(QStringLiteral("token-redirect")), RefreshToken);
        QVariantList failed;
        QVERIFY(fixture.restoreAndWait(&LoginSession::restoreFailed, 15000, &failed));
        const QString message = failed.constFirst().toString();
        QVERIFY2(message.contains(redirected(QStringLiteral("The sign-in server's token endpoint"),
                                             QStringLiteral("/token-redirect/token"))),
                 qPrintable(message));
        QCOMPARE(fixture.session.state(), LoginSession::State::SignedOut);
        verifyNothingElsewhere();
    }

    void theRevocationDoesNotFollowARedirect() {
        MemorySession fixture(profile(QStringLiteral("revoke-redirect")), RefreshToken);
        QVERIFY(fixture.restoreAndWait(&LoginSession::signedIn, 15000));
        fixture.session.signOut();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !m_server.lines("request origin POST /revoke-redirect/revoke").isEmpty();
            },
            15000));
        QTest::qWait(300);
        verifyNothingElsewhere();
    }
};

QTEST_MAIN(tst_Redirects)
#include "tst_redirects.moc"
