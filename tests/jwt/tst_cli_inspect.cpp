// tokendesk-cli inspect, the real binary: the token always on stdin (never on the command
// line), every verdict with its exit code and JSON, malformed input with one line on stderr,
// and the sandbox's real tokens verified through --issuer (discovery) and --jwks URL.
#include "BrowserPlayer.h"
#include "CliRun.h"
#include "KeychainCredentialStore.h"
#include "LoginSession.h"
#include "SandboxProcess.h"
#include "SignedInApi.h"
#include "TestKeys.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_CliInspect : public QObject {
    Q_OBJECT
private:
    using Run = CliRun;

    static Run inspect(const QByteArray &stdinText, const QStringList &arguments = {}) {
        return runCli(QStringLiteral(TOKENDESK_CLI),
                      QStringList{QStringLiteral("inspect")} + arguments, stdinText, 30000);
    }

    QString writeFile(const QString &name, const QByteArray &content) {
        return writeFileIn(m_dir, name, content);
    }

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox{{QStringLiteral("--access-token-lifetime"), QStringLiteral("60")}};
    QNetworkAccessManager m_network;
    BrowserPlayer m_browser;
    QByteArray m_sandboxToken;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString());
        KeychainCredentialStore store(QStringLiteral("TokenDesk-cli-test"));
        LoginSession session(&m_network, &store);
        session.setProfile(m_sandbox.profile());
        QCOMPARE(signInAndWait(session), QString());
        m_sandboxToken = session.accessToken();
        session.signOut();
    }

    void helpAndUsage() {
        QProcess help;
        help.start(QStringLiteral(TOKENDESK_CLI), {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(10000));
        QCOMPARE(help.exitCode(), 0);
        const QByteArray text = help.readAllStandardOutput();
        QVERIFY(text.contains("--jwks") && text.contains("--issuer") && text.contains("--now"));
        const Run both =
            inspect("x.y.z", {QStringLiteral("--jwks"), QStringLiteral("a"),
                              QStringLiteral("--issuer"), QStringLiteral("https://x")});
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.err.contains("not both"));
    }

    void theSandboxTokenVerifiesThroughDiscovery() {
        // With a "Bearer " prefix and a trailing newline, as pasted.
        const Run run = inspect("Bearer " + m_sandboxToken + "\n",
                                {QStringLiteral("--issuer"), m_sandbox.issuer().toString()});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject signature = run.json.value(QLatin1String("signature")).toObject();
        QCOMPARE(signature.value(QLatin1String("verified")).toBool(), true);
        QCOMPARE(signature.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
        QVERIFY(!signature.value(QLatin1String("kid")).toString().isEmpty());
        QCOMPARE(run.json.value(QLatin1String("expired")).toBool(), false);
        const double expiresIn = run.json.value(QLatin1String("expires_in")).toDouble();
        QVERIFY(expiresIn > 0 && expiresIn <= 60);
        QCOMPARE(run.json.value(QLatin1String("payload"))
                     .toObject()
                     .value(QLatin1String("email"))
                     .toString(),
                 QStringLiteral("admin@moderne.example"));
        QVERIFY(!run.out.contains(m_sandboxToken)); // the token itself is never printed
    }

    void theSandboxTokenVerifiesWithItsJwksUrl() {
        const QString certs =
            m_sandbox.issuer().toString() + QStringLiteral("/protocol/openid-connect/certs");
        QCOMPARE(inspect(m_sandboxToken, {QStringLiteral("--jwks"), certs}).exitCode, 0);
    }

    void anExpiredTokenWithAValidSignatureExitsZero() {
        const Run run =
            inspect(m_sandboxToken, {QStringLiteral("--issuer"), m_sandbox.issuer().toString(),
                                     QStringLiteral("--now"), QStringLiteral("4102444800")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(QLatin1String("expired")).toBool(), true);
        QVERIFY(run.json.value(QLatin1String("expires_in")).toDouble() < 0);
    }

    void verdicts_data() {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("jwksFile");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        const TestKey rsa = TestKey::generate(QStringLiteral("RSA"), QStringLiteral("r1"));
        const TestKey ec = TestKey::generate(QStringLiteral("EC-P256"), QStringLiteral("e1"));
        const TestKey ed = TestKey::generate(QStringLiteral("Ed25519"), QStringLiteral("d1"));
        const TestKey stranger = TestKey::generate(QStringLiteral("RSA"), QStringLiteral("r1"));
        const QString keys =
            writeFile(QStringLiteral("keys.json"), jwks({rsa.jwk(), ec.jwk(), ed.jwk()}));
        const QJsonObject claims{{QStringLiteral("sub"), QStringLiteral("u")},
                                 {QStringLiteral("exp"), 4102444800LL}};
        const QByteArray good = rsa.sign(QStringLiteral("RS256"), claims);
        QList<QByteArray> parts = good.split('.');
        parts[1] = base64Url(R"({"sub":"admin","exp":4102444800})");
        const QByteArray tamperedPayload = parts.join('.');
        parts = good.split('.');
        parts[2] = base64Url(QByteArray(256, '\x01'));
        const QByteArray tamperedSignature = parts.join('.');
        QTest::newRow("RS256 valid") << good << keys << 0 << QStringLiteral("valid");
        QTest::newRow("PS512 valid")
            << rsa.sign(QStringLiteral("PS512"), claims) << keys << 0 << QStringLiteral("valid");
        QTest::newRow("ES256 valid")
            << ec.sign(QStringLiteral("ES256"), claims) << keys << 0 << QStringLiteral("valid");
        QTest::newRow("EdDSA valid")
            << ed.sign(QStringLiteral("EdDSA"), claims) << keys << 0 << QStringLiteral("valid");
        QTest::newRow("tampered payload")
            << tamperedPayload << keys << 1 << QStringLiteral("invalid_signature");
        QTest::newRow("tampered signature")
            << tamperedSignature << keys << 1 << QStringLiteral("invalid_signature");
        QTest::newRow("wrong key") << stranger.sign(QStringLiteral("RS256"), claims) << keys << 1
                                   << QStringLiteral("invalid_signature");
        QTest::newRow("unknown kid")
            << TestKey::generate(QStringLiteral("RSA"), QStringLiteral("zz"))
                   .sign(QStringLiteral("RS256"), claims)
            << keys << 1 << QStringLiteral("key_not_found");
        QTest::newRow("alg none") << QByteArray(base64Url(R"({"alg":"none"})") + '.' +
                                                base64Url(R"({"sub":"a"})") + '.')
                                  << keys << 1 << QStringLiteral("alg_none");
        QTest::newRow("HS256") << QByteArray(base64Url(R"({"alg":"HS256"})") + '.' +
                                             base64Url(R"({"sub":"a"})") + ".c2ln")
                               << keys << 1 << QStringLiteral("hmac");
        QTest::newRow("JWE") << QByteArray(base64Url(R"({"alg":"RSA-OAEP","enc":"A128GCM"})") +
                                           ".AA.BB.CC.DD")
                             << keys << 1 << QStringLiteral("jwe");
        QTest::newRow("no keys given") << good << QString() << 1 << QStringLiteral("key_not_found");
    }

    void verdicts() {
        QFETCH(QByteArray, token);
        QFETCH(QString, jwksFile);
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        const QStringList arguments =
            jwksFile.isEmpty() ? QStringList() : QStringList{QStringLiteral("--jwks"), jwksFile};
        const Run run = inspect(token, arguments);
        QCOMPARE(run.exitCode, exitCode);
        const QJsonObject signature = run.json.value(QLatin1String("signature")).toObject();
        QCOMPARE(signature.value(QLatin1String("status")).toString(), status);
        QCOMPARE(signature.value(QLatin1String("verified")).toBool(), exitCode == 0);
        QVERIFY(!signature.value(QLatin1String("reason")).toString().isEmpty());
        QVERIFY(run.json.contains(QLatin1String("header")));
        QVERIFY(run.json.contains(QLatin1String("expired")));
    }

    void malformedInputExitsTwoWithOneLine_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("says");
        QTest::newRow("not three parts") << QByteArray("abc.def") << QStringLiteral("three parts");
        QTest::newRow("bad base64url")
            << QByteArray("eyJhbGciOiJSUzI1NiJ9.e30.a+b/") << QStringLiteral("base64url");
        QTest::newRow("header not JSON")
            << QByteArray(base64Url("nope") + ".e30.AAAA") << QStringLiteral("JSON");
        QTest::newRow("empty") << QByteArray("\n") << QString();
        QTest::newRow("1 MB of garbage") << QByteArray(1 << 20, '#') << QString();
    }

    void malformedInputExitsTwoWithOneLine() {
        QFETCH(QByteArray, input);
        QFETCH(QString, says);
        const Run run = inspect(input);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.startsWith("tokendesk-cli: malformed token: "));
        if (!says.isEmpty())
            QVERIFY2(run.err.contains(says.toUtf8()), run.err.constData());
    }

    // Read to the end however the pipe splits it: 17 MB is refused as a whole, 15 MB of garbage is
    // read as a whole and found malformed.
    void inputIsReadToTheEndAndCapped() {
        const Run huge = inspect(QByteArray(17 * 1024 * 1024, 'A'));
        QCOMPARE(huge.exitCode, 2);
        QVERIFY(huge.out.isEmpty());
        QVERIFY2(huge.err.contains("larger than 16 MB"), huge.err.constData());
        const Run large = inspect(QByteArray(15 * 1024 * 1024, 'A') + ".e30.AAAA");
        QCOMPARE(large.exitCode, 2);
        QVERIFY2(large.err.startsWith("tokendesk-cli: malformed token: "),
                 large.err.left(200).constData());
    }

    void anUnreachableIssuerStillDecodes() {
        const Run run =
            inspect(m_sandboxToken, {QStringLiteral("--issuer"),
                                     QStringLiteral("http://127.0.0.1:1/auth/realms/x")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json.value(QLatin1String("signature"))
                     .toObject()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("issuer_unreachable"));
        QCOMPARE(run.json.value(QLatin1String("payload"))
                     .toObject()
                     .value(QLatin1String("preferred_username"))
                     .toString(),
                 QStringLiteral("admin"));
    }
};

QTEST_MAIN(tst_CliInspect)
#include "tst_cli_inspect.moc"
