// TLS errors are shown, never ignored: against an HTTPS server with a self-signed certificate
// (made with `openssl req -x509` in a temp folder, served by tls-server.mjs), the GraphQL API
// and the issuer's discovery fail with a message that names the certificate problem, not a
// generic network error; so does the token request's reply handler; no HTTP request reaches
// the server and nothing is retried. A control case trusts the certificate and shows that the
// same server would have answered.
#include "AccessTokenModel.h"
#include "GraphQlClient.h"
#include "KeychainCredentialStore.h"
#include "LoginSession.h"
#include "LoopbackReplyHandler.h"
#include "ModerneApi.h"
#include "TlsErrors.h"

#include <QFile>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/prctl.h>

namespace {
// Qt's flow hands the token request's reply to its reply handler: do the same.
class ReplyHandler : public LoopbackReplyHandler {
public:
    using LoopbackReplyHandler::networkReplyFinished;
};

const QString Expected = QStringLiteral("The server's certificate is not trusted (self-signed "
                                        "certificate): TokenDesk did not connect to ");
} // namespace

class tst_TlsErrors : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QByteArray m_output;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;

    // The HTTP requests the server answered so far (each line "request METHOD /path").
    int requestsServed() {
        m_output += m_server.readAllStandardOutput();
        return int(m_output.count("request "));
    }

    QUrl url(const QString &path) const {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    ApiResult<CurrentUser> currentUser(ModerneApi &api) {
        std::optional<ApiResult<CurrentUser>> result;
        api.users()->currentUser(this, [&](const ApiResult<CurrentUser> &r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 15000);
        return result.value_or(ApiResult<CurrentUser>{});
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                       QStringLiteral("-out"), m_dir.filePath(QStringLiteral("cert.pem")),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(30000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAll().constData());

        m_server.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start(QStringLiteral(TOKENDESK_NODE),
                       {QStringLiteral(TOKENDESK_SOURCE_DIR "/tests/security/tls-server.mjs"),
                        m_dir.filePath(QStringLiteral("cert.pem")),
                        m_dir.filePath(QStringLiteral("key.pem"))});
        QVERIFY(QTest::qWaitFor(
            [&] {
                m_output += m_server.readAllStandardOutput();
                return m_output.contains('\n') || m_server.state() == QProcess::NotRunning;
            },
            15000));
        QVERIFY2(m_output.startsWith("listening "), m_output.constData());
        m_port = quint16(m_output.mid(10, m_output.indexOf('\n') - 10).toUInt());
        m_output.clear();
        QVERIFY(m_port > 0);
    }

    void cleanupTestCase() {
        m_server.kill();
        m_server.waitForFinished(5000);
    }

    void theGraphQlApiNamesTheCertificateProblem() {
        GraphQlClient client(&m_network);
        client.setEndpoint(url(QStringLiteral("/graphql")));
        client.setBearerToken("not-a-real-token");
        client.setReadRetries(2, 50);
        QSignalSpy retrying(&client, &GraphQlClient::retrying);
        ModerneApi api(&client);

        const ApiResult<CurrentUser> user = currentUser(api);
        QVERIFY(user.error);
        QVERIFY2(user.error.message.startsWith(Expected + QStringLiteral("the Moderne API at "
                                                                         "127.0.0.1")),
                 qPrintable(user.error.message));
        // Not a transient failure: not retried.
        QCOMPARE(retrying.count(), 0);

        // The model shows the same sentence.
        AccessTokenModel tokens(api.tokens(), nullptr);
        QSignalSpy failed(&tokens, &AccessTokenModel::loadFailed);
        tokens.reload();
        QVERIFY(failed.wait(15000));
        QVERIFY2(failed.constFirst().constFirst().toString().startsWith(Expected),
                 qPrintable(failed.constFirst().constFirst().toString()));
        QCOMPARE(tokens.rowCount(), 0);

        // A mutation says nothing was sent (not "may or may not have done it").
        std::optional<ApiResult<CreatedAccessToken>> created;
        api.tokens()->create(QStringLiteral("tls"), std::nullopt, this,
                             [&](const ApiResult<CreatedAccessToken> &r) { created = r; });
        QVERIFY(QTest::qWaitFor([&] { return created.has_value(); }, 15000));
        QVERIFY2(created->error.message.startsWith(Expected), qPrintable(created->error.message));
        QVERIFY(!created->error.message.contains(QLatin1String("may or may not")));

        QTest::qWait(300);
        QCOMPARE(requestsServed(), 0);
        QVERIFY2(m_output.contains("tls refused"), m_output.constData());
    }

    void theIssuersDiscoveryNamesTheCertificateProblem() {
        KeychainCredentialStore store(QStringLiteral("TokenDesk-tls-errors"));
        LoginSession session(&m_network, &store);
        TenantProfile profile;
        profile.displayName = QStringLiteral("Self-signed");
        profile.issuer = url(QStringLiteral("/auth/realms/moderne"));
        profile.apiUrl = url(QStringLiteral("/graphql"));
        profile.clientId = QStringLiteral("tokendesk");
        session.setProfile(profile);
        QSignalSpy failed(&session, &LoginSession::signInFailed);
        QSignalSpy opened(&session, &LoginSession::authorizationUrlOpened);
        session.signIn();
        QVERIFY(failed.wait(15000));
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.startsWith(Expected + QStringLiteral("the sign-in server at 127.0.0.1")),
                 qPrintable(message));
        QCOMPARE(opened.count(), 0);
        QCOMPARE(session.state(), LoginSession::State::SignedOut);
        QTest::qWait(300);
        QCOMPARE(requestsServed(), 0);
    }

    // The token request (made by Qt's OAuth flow on the session's network manager, which
    // LoginSession watches for certificate errors) is answered by the reply handler.
    void theTokenRequestNamesTheCertificateProblem() {
        QNetworkAccessManager network;
        TlsErrors::watch(&network);
        ReplyHandler handler;
        QSignalSpy failed(&handler, &LoopbackReplyHandler::tokenRequestFailed);
        QSignalSpy tokens(&handler, &QAbstractOAuthReplyHandler::tokensReceived);
        QNetworkRequest request(
            url(QStringLiteral("/auth/realms/moderne/protocol/openid-connect/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = network.post(request, "grant_type=authorization_code&code=abc");
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 15000));
        handler.networkReplyFinished(reply);
        reply->deleteLater();
        QCOMPARE(failed.count(), 1);
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.startsWith(Expected + QStringLiteral("the sign-in server's token "
                                                              "endpoint at 127.0.0.1")),
                 qPrintable(message));
        QCOMPARE(tokens.count(), 0);
        QTest::qWait(300);
        QCOMPARE(requestsServed(), 0);
    }

    // Control: once the certificate is trusted, the same server answers both (so the failures
    // above come from the certificate, and the server does count requests).
    void trustedTheSameServerAnswers() {
        const auto certificates =
            QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("cert.pem")));
        QCOMPARE(certificates.size(), 1);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(certificates);
        QSslConfiguration::setDefaultConfiguration(configuration);
        QNetworkAccessManager network; // a fresh one: no cached TLS session

        GraphQlClient client(&network);
        client.setEndpoint(url(QStringLiteral("/graphql")));
        ModerneApi api(&client);
        const ApiResult<CurrentUser> user = currentUser(api);
        QVERIFY2(!user.error.message.contains(QLatin1String("certificate")),
                 qPrintable(user.error.message));
        QCOMPARE(requestsServed(), 1);

        OidcDiscovery discovery(&network);
        std::optional<QString> error;
        discovery.fetch(url(QStringLiteral("/auth/realms/moderne")), nullptr,
                        [&](const OidcConfiguration &, const QString &e) { error = e; });
        QVERIFY(QTest::qWaitFor([&] { return error.has_value(); }, 15000));
        QVERIFY2(error->isEmpty(), qPrintable(*error));
        QCOMPARE(requestsServed(), 2);
    }
};

QTEST_MAIN(tst_TlsErrors)
#include "tst_tls_errors.moc"
