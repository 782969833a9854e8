#include "TenantProfile.h"

#include "DataRows.h"

#include <QTest>

class TestTenantProfile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void proposeFromModerneBaseUrl();
    void proposeFromOtherBaseUrl();
    void endpoint_data();
    void endpoint();
    void plainHttpMessageMentionsHttp();
    void isLoopbackHost_data();
    void isLoopbackHost();
    void problem();
    void credentialKey();
};

void TestTenantProfile::proposeFromModerneBaseUrl() {
    const TenantProfile profile =
        TenantProfile::proposeFromBaseUrl(QUrl(QStringLiteral("https://acme.moderne.io")));
    QCOMPARE(profile.baseUrl, QUrl(QStringLiteral("https://acme.moderne.io")));
    QCOMPARE(profile.issuer,
             QUrl(QStringLiteral("https://login.acme.moderne.io/auth/realms/acme")));
    QCOMPARE(profile.apiUrl, QUrl(QStringLiteral("https://api.acme.moderne.io/graphql")));
    QCOMPARE(profile.displayName, QStringLiteral("acme"));
    QCOMPARE(profile.clientId, QStringLiteral("tokendesk"));
    QCOMPARE(profile.generation, TenantProfile::Generation::V2); // new profiles: today's platform
    QVERIFY2(profile.problem().isEmpty(), qPrintable(profile.problem()));

    const TenantProfile withPath =
        TenantProfile::proposeFromBaseUrl(QUrl(QStringLiteral("https://globex.moderne.io/")));
    QCOMPARE(withPath.issuer,
             QUrl(QStringLiteral("https://login.globex.moderne.io/auth/realms/globex")));
    QCOMPARE(withPath.apiUrl, QUrl(QStringLiteral("https://api.globex.moderne.io/graphql")));
}

void TestTenantProfile::proposeFromOtherBaseUrl() {
    const TenantProfile profile =
        TenantProfile::proposeFromBaseUrl(QUrl(QStringLiteral("https://moderne.example.com")));
    QCOMPARE(profile.displayName, QStringLiteral("moderne.example.com"));
    QVERIFY(profile.issuer.isEmpty());
    QVERIFY(profile.apiUrl.isEmpty());
    QVERIFY(!profile.problem().isEmpty());

    // A look-alike host must not be mistaken for a moderne.io tenant.
    const TenantProfile lookAlike =
        TenantProfile::proposeFromBaseUrl(QUrl(QStringLiteral("https://evilmoderne.io")));
    QVERIFY(lookAlike.issuer.isEmpty());
}

// Whether TenantProfile accepts a URL as an endpoint: https, or plain http to this computer only.
void TestTenantProfile::endpoint_data() {
    const struct {
        const char *name;
        QString url;
        bool accepted;
    } rows[] = {
        {"https", QStringLiteral("https://login.acme.moderne.io/auth/realms/acme"), true},
        {"https with port", QStringLiteral("https://api.example.com:8443/graphql"), true},
        {"http 127.0.0.1 with port", QStringLiteral("http://127.0.0.1:8080"), true},
        {"http localhost", QStringLiteral("http://localhost"), true},
        {"http localhost path", QStringLiteral("http://localhost:9/auth/realms/x"), true},
        {"http 127.1.2.3", QStringLiteral("http://127.1.2.3"), true},
        {"http 127.255.255.255", QStringLiteral("http://127.255.255.255/"), true},
        {"http [::1]", QStringLiteral("http://[::1]:8080/graphql"), true},
        {"http example.com", QStringLiteral("http://example.com"), false},
        {"http 127.0.0.1.evil.com", QStringLiteral("http://127.0.0.1.evil.com"), false},
        {"http 127.evil.com", QStringLiteral("http://127.evil.com/"), false},
        {"http localhost.evil.com", QStringLiteral("http://localhost.evil.com/"), false},
        {"http userinfo trick", QStringLiteral("http://127.0.0.1@evil.com/"), false},
        {"http 10.0.0.1", QStringLiteral("http://10.0.0.1:8080"), false},
        {"http 128.0.0.1", QStringLiteral("http://128.0.0.1"), false},
        {"ftp", QStringLiteral("ftp://files.example.com/x"), false},
        {"ftp loopback", QStringLiteral("ftp://127.0.0.1/x"), false},
        {"file", QStringLiteral("file:///etc/passwd"), false},
        {"javascript", QStringLiteral("javascript:alert(1)"), false},
        {"empty", QString(), false},
        {"no scheme", QStringLiteral("acme.moderne.io"), false},
        {"https without host", QStringLiteral("https://"), false},
        {"invalid", QStringLiteral("https://exa mple.com:99999"), false},
    };
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    for (const auto &row : rows)
        QTest::newRow(row.name) << row.url << row.accepted;
}

void TestTenantProfile::endpoint() {
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const QString problem = TenantProfile::endpointProblem(QUrl(url));
    if (accepted)
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY(!problem.isEmpty());
}

void TestTenantProfile::plainHttpMessageMentionsHttp() {
    const QString problem =
        TenantProfile::endpointProblem(QUrl(QStringLiteral("http://example.com")));
    QVERIFY(problem.contains(QLatin1String("http://")));
    QVERIFY(problem.contains(QLatin1String("https://")));
    QVERIFY(problem.contains(QLatin1String("example.com")));

    const QString ftp = TenantProfile::endpointProblem(QUrl(QStringLiteral("ftp://example.com")));
    QVERIFY(ftp.contains(QLatin1String("https://")));
}

void TestTenantProfile::isLoopbackHost_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.1.2.3") << QStringLiteral("127.1.2.3") << true;
    QTest::newRow("127.0.0") << QStringLiteral("127.0.0") << false;
    QTest::newRow("127.0.0.1.evil.com") << QStringLiteral("127.0.0.1.evil.com") << false;
    QTest::newRow("127.0.0.256") << QStringLiteral("127.0.0.256") << false;
    QTest::newRow("127.0.0.x") << QStringLiteral("127.0.0.x") << false;
    QTest::newRow("127.0.0.-1") << QStringLiteral("127.0.0.-1") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("example.com") << QStringLiteral("example.com") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTenantProfile::isLoopbackHost() {
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(TenantProfile::isLoopbackHost(host), loopback);
}

void TestTenantProfile::problem() {
    TenantProfile profile;
    profile.issuer = QUrl(QStringLiteral("http://127.0.0.1:8080/auth/realms/x"));
    profile.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/graphql"));
    QVERIFY(profile.problem().isEmpty());

    TenantProfile badApi = profile;
    badApi.apiUrl = QUrl(QStringLiteral("http://api.example.com/graphql"));
    QVERIFY(badApi.problem().contains(QLatin1String("api.example.com")));

    TenantProfile badIssuer = profile;
    badIssuer.issuer = QUrl(QStringLiteral("http://login.example.com/"));
    QVERIFY(badIssuer.problem().contains(QLatin1String("login.example.com")));

    TenantProfile noClient = profile;
    noClient.clientId = QStringLiteral("  ");
    QVERIFY(!noClient.problem().isEmpty());
}

void TestTenantProfile::credentialKey() {
    TenantProfile a;
    a.issuer = QUrl(QStringLiteral("https://login.acme.moderne.io/auth/realms/acme"));
    TenantProfile slash = a;
    slash.issuer = QUrl(QStringLiteral("https://login.acme.moderne.io/auth/realms/acme/"));
    TenantProfile otherIssuer = a;
    otherIssuer.issuer = QUrl(QStringLiteral("https://login.globex.moderne.io/auth/realms/globex"));
    TenantProfile otherClient = a;
    otherClient.clientId = QStringLiteral("moderne-cli");
    TenantProfile otherName = a;
    otherName.displayName = QStringLiteral("Acme production");
    otherName.apiUrl = QUrl(QStringLiteral("https://api.acme.moderne.io/graphql"));

    QVERIFY(!a.credentialKey().isEmpty());
    QCOMPARE(slash.credentialKey(), a.credentialKey());
    QVERIFY(otherIssuer.credentialKey() != a.credentialKey());
    QVERIFY(otherClient.credentialKey() != a.credentialKey());
    QCOMPARE(otherName.credentialKey(), a.credentialKey());
    QVERIFY(a.credentialKey().contains(QLatin1String("login.acme.moderne.io")));
    QVERIFY(otherClient.credentialKey().contains(QLatin1String("moderne-cli")));
}

QTEST_GUILESS_MAIN(TestTenantProfile)
#include "tst_tenantprofile.moc"
