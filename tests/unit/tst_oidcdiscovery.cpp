#include "FakeNetworkAccessManager.h"
#include "OidcDiscovery.h"

#include "DataRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {
const QUrl Issuer(QStringLiteral("https://login.acme.moderne.io/auth/realms/acme"));

QJsonObject keycloakDocument(const QString &issuer = Issuer.toString()) {
    const QString base = issuer + QLatin1String("/protocol/openid-connect");
    return {{QStringLiteral("issuer"), issuer},
            {QStringLiteral("authorization_endpoint"), base + QLatin1String("/auth")},
            {QStringLiteral("token_endpoint"), base + QLatin1String("/token")},
            {QStringLiteral("jwks_uri"), base + QLatin1String("/certs")},
            {QStringLiteral("userinfo_endpoint"), base + QLatin1String("/userinfo")},
            {QStringLiteral("end_session_endpoint"), base + QLatin1String("/logout")},
            {QStringLiteral("revocation_endpoint"), base + QLatin1String("/revoke")},
            {QStringLiteral("grant_types_supported"),
             QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
            {QStringLiteral("code_challenge_methods_supported"),
             QJsonArray{QStringLiteral("plain"), QStringLiteral("S256")}}};
}

QByteArray toJson(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct Outcome {
    bool called = false;
    int calls = 0;
    OidcConfiguration config;
    QString error;
};
} // namespace

class TestOidcDiscovery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void discoveryUrl_data();
    void discoveryUrl();
    void parseKeycloak();
    void parseAcceptsIssuerWithTrailingSlash();
    void parseWrongIssuer();
    void parseNotJson_data();
    void parseNotJson();
    void parseMissingEndpoint_data();
    void parseMissingEndpoint();
    void parseRefusesPlainHttpEndpoint();
    void parseAcceptsLoopbackHttp();
    void parseRequiresS256();
    void fetchSuccess();
    void fetchWithTrailingSlash();
    void fetchHttp404();
    void fetchTransportError();
    void fetchBadDocument();
    void secondFetchComesFromMemory();
    void concurrentFetchesShareOneRequest();
    void prefetchServesTheNextFetch();
    void failuresAreNotKept();
    void staleDocumentIsFetchedAgain();
    void forgetFetchesAgain();
    void goneContextIsNotCalled();

private:
    Outcome fetch(FakeNetworkAccessManager &network, const QUrl &issuer);
};

Outcome TestOidcDiscovery::fetch(FakeNetworkAccessManager &network, const QUrl &issuer) {
    OidcDiscovery discovery(&network);
    Outcome outcome;
    discovery.fetch(issuer, nullptr,
                    [&outcome](const OidcConfiguration &config, const QString &error) {
                        outcome.called = true;
                        ++outcome.calls;
                        outcome.config = config;
                        outcome.error = error;
                    });
    if (!QTest::qWaitFor([&outcome] { return outcome.called; }, 3000))
        return outcome;
    QTest::qWait(20); // a second callback would arrive here
    return outcome;
}

void TestOidcDiscovery::discoveryUrl_data() {
    QTest::addColumn<QUrl>("issuer");
    QTest::addColumn<QUrl>("expected");
    const QUrl expected(QStringLiteral(
        "https://login.acme.moderne.io/auth/realms/acme/.well-known/openid-configuration"));
    QTest::newRow("plain") << Issuer << expected;
    QTest::newRow("trailing slash")
        << QUrl(QStringLiteral("https://login.acme.moderne.io/auth/realms/acme/")) << expected;
    QTest::newRow("host only") << QUrl(QStringLiteral("http://127.0.0.1:8080"))
                               << QUrl(QStringLiteral(
                                      "http://127.0.0.1:8080/.well-known/openid-configuration"));
}

void TestOidcDiscovery::discoveryUrl() {
    QFETCH(QUrl, issuer);
    QFETCH(QUrl, expected);
    QCOMPARE(OidcDiscovery::discoveryUrl(issuer), expected);
}

void TestOidcDiscovery::parseKeycloak() {
    QString error = QStringLiteral("stale");
    const OidcConfiguration config =
        OidcDiscovery::parse(toJson(keycloakDocument()), Issuer, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString base = Issuer.toString() + QLatin1String("/protocol/openid-connect");
    QCOMPARE(config.issuer, Issuer);
    QCOMPARE(config.authorizationEndpoint, QUrl(base + QLatin1String("/auth")));
    QCOMPARE(config.tokenEndpoint, QUrl(base + QLatin1String("/token")));
    QCOMPARE(config.jwksUri, QUrl(base + QLatin1String("/certs")));
    QCOMPARE(config.userinfoEndpoint, QUrl(base + QLatin1String("/userinfo")));
    QCOMPARE(config.endSessionEndpoint, QUrl(base + QLatin1String("/logout")));
    QCOMPARE(config.revocationEndpoint, QUrl(base + QLatin1String("/revoke")));
    QCOMPARE(config.codeChallengeMethods,
             QStringList({QStringLiteral("plain"), QStringLiteral("S256")}));
}

void TestOidcDiscovery::parseAcceptsIssuerWithTrailingSlash() {
    QString error;
    const OidcConfiguration config = OidcDiscovery::parse(
        toJson(keycloakDocument()), QUrl(Issuer.toString() + QLatin1Char('/')), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!config.tokenEndpoint.isEmpty());
}

void TestOidcDiscovery::parseWrongIssuer() {
    const QString other = QStringLiteral("https://login.evil.example/auth/realms/acme");
    QString error;
    const OidcConfiguration config =
        OidcDiscovery::parse(toJson(keycloakDocument(other)), Issuer, &error);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(other), qPrintable(error));
    QVERIFY2(error.contains(Issuer.toString()), qPrintable(error));
    QVERIFY(config.tokenEndpoint.isEmpty());
    QVERIFY(config.authorizationEndpoint.isEmpty());

    // Another realm on the same server is another issuer too.
    QJsonObject otherRealm = keycloakDocument();
    otherRealm.insert(QStringLiteral("issuer"),
                      QStringLiteral("https://login.acme.moderne.io/auth/realms/master"));
    OidcDiscovery::parse(toJson(otherRealm), Issuer, &error);
    QVERIFY(error.contains(QLatin1String("master")));
}

void TestOidcDiscovery::parseNotJson_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Login</body></html>");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << toJson(keycloakDocument()).chopped(10);
    QTest::newRow("array") << QByteArray("[]");
}

void TestOidcDiscovery::parseNotJson() {
    QFETCH(QByteArray, body);
    QString error;
    const OidcConfiguration config = OidcDiscovery::parse(body, Issuer, &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(config.tokenEndpoint.isEmpty());
}

void TestOidcDiscovery::parseMissingEndpoint_data() {
    addDataRows<QString>("field",
                         {
                             {"token_endpoint", QStringLiteral("token_endpoint")},
                             {"authorization_endpoint", QStringLiteral("authorization_endpoint")},
                         });
}

void TestOidcDiscovery::parseMissingEndpoint() {
    QFETCH(QString, field);
    QJsonObject document = keycloakDocument();
    document.remove(field);
    QString error;
    const OidcConfiguration config = OidcDiscovery::parse(toJson(document), Issuer, &error);
    QVERIFY2(error.contains(field), qPrintable(error));
    QVERIFY(config.issuer.isEmpty());
}

void TestOidcDiscovery::parseRefusesPlainHttpEndpoint() {
    QJsonObject document = keycloakDocument();
    document.insert(QStringLiteral("token_endpoint"),
                    QStringLiteral("http://login.acme.moderne.io/auth/realms/acme/protocol/"
                                   "openid-connect/token"));
    QString error;
    const OidcConfiguration config = OidcDiscovery::parse(toJson(document), Issuer, &error);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QLatin1String("http://")), qPrintable(error));
    QVERIFY(config.tokenEndpoint.isEmpty());

    QJsonObject authorization = keycloakDocument();
    authorization.insert(QStringLiteral("authorization_endpoint"),
                         QStringLiteral("http://127.0.0.1.evil.com/auth"));
    OidcDiscovery::parse(toJson(authorization), Issuer, &error);
    QVERIFY(!error.isEmpty());
}

void TestOidcDiscovery::parseAcceptsLoopbackHttp() {
    const QUrl local(QStringLiteral("http://127.0.0.1:8180/auth/realms/sandbox"));
    QString error;
    const OidcConfiguration config =
        OidcDiscovery::parse(toJson(keycloakDocument(local.toString())), local, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(config.tokenEndpoint,
             QUrl(QStringLiteral("http://127.0.0.1:8180/auth/realms/sandbox/protocol/"
                                 "openid-connect/token")));
}

void TestOidcDiscovery::parseRequiresS256() {
    QJsonObject document = keycloakDocument();
    document.insert(QStringLiteral("code_challenge_methods_supported"),
                    QJsonArray{QStringLiteral("plain")});
    QString error;
    const OidcConfiguration config = OidcDiscovery::parse(toJson(document), Issuer, &error);
    QVERIFY2(error.contains(QLatin1String("S256")), qPrintable(error));
    QVERIFY(config.tokenEndpoint.isEmpty());
}

void TestOidcDiscovery::fetchSuccess() {
    FakeNetworkAccessManager network;
    network.enqueue(FakeNetworkAccessManager::json(toJson(keycloakDocument())));
    const Outcome outcome = fetch(network, Issuer);
    QVERIFY(outcome.called);
    QCOMPARE(outcome.calls, 1);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.config.tokenEndpoint,
             QUrl(Issuer.toString() + QLatin1String("/protocol/openid-connect/token")));
    QCOMPARE(network.requests().size(), 1);
    const auto &request = network.requests().constFirst();
    QCOMPARE(request.operation, QNetworkAccessManager::GetOperation);
    QCOMPARE(request.request.url(),
             QUrl(Issuer.toString() + QLatin1String("/.well-known/openid-configuration")));
}

void TestOidcDiscovery::fetchWithTrailingSlash() {
    FakeNetworkAccessManager network;
    network.enqueue(FakeNetworkAccessManager::json(toJson(keycloakDocument())));
    const Outcome outcome = fetch(network, QUrl(Issuer.toString() + QLatin1Char('/')));
    QVERIFY(outcome.called);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(network.requests().size(), 1);
    QCOMPARE(network.requests().constFirst().request.url(),
             QUrl(Issuer.toString() + QLatin1String("/.well-known/openid-configuration")));
}

void TestOidcDiscovery::fetchHttp404() {
    FakeNetworkAccessManager network;
    FakeNetworkAccessManager::Response response;
    response.status = 404;
    response.body = "<html>Not Found</html>";
    response.headers = {{"Content-Type", "text/html"}};
    network.enqueue(response);
    const Outcome outcome = fetch(network, Issuer);
    QVERIFY(outcome.called);
    QCOMPARE(outcome.calls, 1);
    QVERIFY2(outcome.error.contains(QLatin1String("404")), qPrintable(outcome.error));
    QVERIFY(outcome.config.tokenEndpoint.isEmpty());
}

void TestOidcDiscovery::fetchTransportError() {
    FakeNetworkAccessManager network;
    FakeNetworkAccessManager::Response response;
    response.error = QNetworkReply::HostNotFoundError;
    network.enqueue(response);
    const Outcome outcome = fetch(network, Issuer);
    QVERIFY(outcome.called);
    QCOMPARE(outcome.calls, 1);
    QVERIFY2(outcome.error.contains(QLatin1String("could not be reached")),
             qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(QLatin1String("login.acme.moderne.io")),
             qPrintable(outcome.error));
    QVERIFY(outcome.config.tokenEndpoint.isEmpty());
}

void TestOidcDiscovery::fetchBadDocument() {
    FakeNetworkAccessManager network;
    QJsonObject document = keycloakDocument(QStringLiteral("https://elsewhere.example/realms/x"));
    network.enqueue(FakeNetworkAccessManager::json(toJson(document)));
    const Outcome outcome = fetch(network, Issuer);
    QVERIFY(outcome.called);
    QVERIFY2(outcome.error.contains(QLatin1String("elsewhere.example")), qPrintable(outcome.error));
    QVERIFY(outcome.config.tokenEndpoint.isEmpty());
}

namespace {
// Fetches `issuer` and waits for the answer; the number of calls made.
int fetchAndWait(OidcDiscovery &discovery, const QUrl &issuer, QString *error = nullptr) {
    int calls = 0;
    discovery.fetch(issuer, nullptr, [&](const OidcConfiguration &, const QString &e) {
        ++calls;
        if (error)
            *error = e;
    });
    (void)QTest::qWaitFor([&] { return calls > 0; }, 3000);
    return calls;
}

// A fetch callback that expects no error and counts its calls in `calls`.
auto countSuccesses(int &calls) {
    return [&calls](const OidcConfiguration &, const QString &error) {
        QVERIFY(error.isEmpty());
        ++calls;
    };
}

// An OidcDiscovery over a fake issuer that answers `documents` requests with the Keycloak
// document, each `delayMs` late; further answers can be queued on `network`.
struct ServedDiscovery {
    explicit ServedDiscovery(int documents, int delayMs = 0) {
        for (int i = 0; i < documents; ++i)
            enqueueDocument(delayMs);
    }
    void enqueueDocument(int delayMs = 0) {
        FakeNetworkAccessManager::Response response =
            FakeNetworkAccessManager::json(toJson(keycloakDocument()));
        response.delayMs = delayMs;
        network.enqueue(response);
    }
    qsizetype requests() const { return network.requests().size(); }

    FakeNetworkAccessManager network;
    OidcDiscovery discovery{&network};
};
} // namespace

void TestOidcDiscovery::secondFetchComesFromMemory() {
    ServedDiscovery served(1);
    OidcDiscovery &discovery = served.discovery;
    QCOMPARE(fetchAndWait(discovery, Issuer), 1);
    // The second answer comes before fetch() returns, with no request.
    OidcConfiguration config;
    bool called = false;
    discovery.fetch(QUrl(Issuer.toString() + QLatin1Char('/')), nullptr,
                    [&](const OidcConfiguration &c, const QString &error) {
                        QVERIFY(error.isEmpty());
                        config = c;
                        called = true;
                    });
    QVERIFY(called);
    QCOMPARE(config.tokenEndpoint,
             QUrl(Issuer.toString() + QLatin1String("/protocol/openid-connect/token")));
    QCOMPARE(served.requests(), 1);
    QCOMPARE(discovery.requestCount(), 1);
}

void TestOidcDiscovery::concurrentFetchesShareOneRequest() {
    ServedDiscovery served(1, 50);
    int first = 0, second = 0;
    served.discovery.fetch(Issuer, nullptr, countSuccesses(first));
    served.discovery.fetch(Issuer, nullptr, countSuccesses(second));
    QCOMPARE(served.requests(), 1);
    QVERIFY(QTest::qWaitFor([&] { return first > 0 && second > 0; }, 3000));
    QTest::qWait(20);
    QCOMPARE(first, 1);
    QCOMPARE(second, 1);
    QCOMPARE(served.requests(), 1);
}

void TestOidcDiscovery::prefetchServesTheNextFetch() {
    ServedDiscovery served(1, 50);
    OidcDiscovery &discovery = served.discovery;
    discovery.prefetch(Issuer);
    discovery.prefetch(Issuer); // already on its way
    QCOMPARE(served.requests(), 1);
    QCOMPARE(fetchAndWait(discovery, Issuer), 1); // joins the prefetch
    QCOMPARE(served.requests(), 1);
    discovery.prefetch(Issuer); // fresh in memory: nothing to do
    QCOMPARE(served.requests(), 1);
}

void TestOidcDiscovery::failuresAreNotKept() {
    ServedDiscovery served(0);
    served.network.enqueue(FakeNetworkAccessManager::json("{}", 503));
    served.enqueueDocument();
    QString error;
    QCOMPARE(fetchAndWait(served.discovery, Issuer, &error), 1);
    QVERIFY2(error.contains(QLatin1String("503")), qPrintable(error));
    QCOMPARE(fetchAndWait(served.discovery, Issuer, &error), 1);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(served.requests(), 2);
}

void TestOidcDiscovery::staleDocumentIsFetchedAgain() {
    ServedDiscovery served(2);
    served.discovery.setMaxAge(std::chrono::milliseconds(30));
    QCOMPARE(fetchAndWait(served.discovery, Issuer), 1);
    QTest::qWait(60);
    QCOMPARE(fetchAndWait(served.discovery, Issuer), 1);
    QCOMPARE(served.requests(), 2);
}

void TestOidcDiscovery::forgetFetchesAgain() {
    ServedDiscovery served(2);
    QCOMPARE(fetchAndWait(served.discovery, Issuer), 1);
    served.discovery.forget(Issuer);
    QCOMPARE(fetchAndWait(served.discovery, Issuer), 1);
    QCOMPARE(served.requests(), 2);
}

void TestOidcDiscovery::goneContextIsNotCalled() {
    ServedDiscovery served(1, 30);
    auto *context = new QObject;
    bool goneCalled = false;
    served.discovery.fetch(Issuer, context,
                           [&](const OidcConfiguration &, const QString &) { goneCalled = true; });
    delete context;
    QCOMPARE(fetchAndWait(served.discovery, Issuer), 1); // the other caller still gets its answer
    QVERIFY(!goneCalled);
}
QTEST_GUILESS_MAIN(TestOidcDiscovery)
#include "tst_oidcdiscovery.moc"
