// The inspector's key cache: discovery then jwks_uri, one fetch per issuer, one more fetch
// for a kid it does not know (keys rotate), and failures as sentences. The network is fake.
#include "FakeNetworkAccessManager.h"
#include "JwksCache.h"
#include "OidcDiscovery.h"
#include "TestKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class tst_JwksCache : public QObject {
    Q_OBJECT
private:
    const QUrl m_issuer{QStringLiteral("https://login.acme.moderne.io/auth/realms/acme")};

    FakeNetworkAccessManager::Response discovery() const {
        const QString base = m_issuer.toString();
        return FakeNetworkAccessManager::json(
            QJsonDocument(QJsonObject{{QStringLiteral("issuer"), base},
                                      {QStringLiteral("authorization_endpoint"),
                                       base + QStringLiteral("/protocol/openid-connect/auth")},
                                      {QStringLiteral("token_endpoint"),
                                       base + QStringLiteral("/protocol/openid-connect/token")},
                                      {QStringLiteral("jwks_uri"),
                                       base + QStringLiteral("/protocol/openid-connect/certs")},
                                      {QStringLiteral("code_challenge_methods_supported"),
                                       QJsonArray{QStringLiteral("S256")}}})
                .toJson());
    }

    std::pair<Jwks, QString> keys(JwksCache &cache, const QString &kid) {
        std::optional<std::pair<Jwks, QString>> result;
        cache.keys(m_issuer, kid, this, [&](const Jwks &k, const QString &e) { result = {k, e}; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 5000);
        return result.value_or(std::pair<Jwks, QString>{{}, QStringLiteral("timeout")});
    }

private Q_SLOTS:
    void fetchesOnceAndAgainForAnUnknownKid() {
        const TestKey first = TestKey::generate(QStringLiteral("EC-P256"), QStringLiteral("one"));
        const TestKey second = TestKey::generate(QStringLiteral("EC-P256"), QStringLiteral("two"));
        FakeNetworkAccessManager network;
        network.enqueue(discovery());
        network.enqueue(FakeNetworkAccessManager::json(jwks({first.jwk()})));
        network.enqueue(FakeNetworkAccessManager::json(jwks({first.jwk(), second.jwk()})));
        JwksCache cache(&network);

        auto [set, error] = keys(cache, QStringLiteral("one"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(set.containsKeyId(QStringLiteral("one")));
        QCOMPARE(cache.fetchCount(), 1);
        QCOMPARE(network.requests().size(), 2); // discovery, jwks_uri
        QCOMPARE(network.requests().at(1).request.url().path(),
                 QStringLiteral("/auth/realms/acme/protocol/openid-connect/certs"));

        std::tie(set, error) = keys(cache, QStringLiteral("one"));
        QCOMPARE(cache.fetchCount(), 1); // from the cache
        QCOMPARE(network.requests().size(), 2);

        // Rotated: the key set is fetched once more (the discovery document is still fresh).
        std::tie(set, error) = keys(cache, QStringLiteral("two"));
        QVERIFY(set.containsKeyId(QStringLiteral("two")));
        QCOMPARE(cache.fetchCount(), 2);
        QCOMPARE(network.requests().size(), 3);
        QCOMPARE(network.requests().at(2).request.url().path(),
                 QStringLiteral("/auth/realms/acme/protocol/openid-connect/certs"));
    }

    void failuresComeBackAsSentences() {
        FakeNetworkAccessManager network;
        network.enqueue(discovery());
        network.enqueue(FakeNetworkAccessManager::json("not json at all", 200));
        network.enqueue(FakeNetworkAccessManager::json("{}", 503));
        JwksCache cache(&network);
        auto [set, error] = keys(cache, QStringLiteral("x"));
        QVERIFY(set.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("not usable")), qPrintable(error));
        std::tie(set, error) = keys(cache, QStringLiteral("x"));
        QVERIFY2(error.contains(QStringLiteral("HTTP 503")), qPrintable(error));
        QCOMPARE(network.requests().size(), 3); // discovery once, the key set twice
    }

    void concurrentCallersShareOneFetch() {
        const TestKey key = TestKey::generate(QStringLiteral("EC-P256"), QStringLiteral("one"));
        FakeNetworkAccessManager network;
        FakeNetworkAccessManager::Response slowDiscovery = discovery();
        slowDiscovery.delayMs = 30;
        network.enqueue(slowDiscovery);
        network.enqueue(FakeNetworkAccessManager::json(jwks({key.jwk()})));
        JwksCache cache(&network);
        int answers = 0;
        for (int i = 0; i < 3; ++i)
            cache.keys(m_issuer, QStringLiteral("one"), this,
                       [&](const Jwks &set, const QString &e) {
                           QVERIFY2(e.isEmpty(), qPrintable(e));
                           QVERIFY(set.containsKeyId(QStringLiteral("one")));
                           ++answers;
                       });
        QVERIFY(QTest::qWaitFor([&] { return answers == 3; }, 5000));
        QTest::qWait(20);
        QCOMPARE(answers, 3);
        QCOMPARE(cache.fetchCount(), 1);
        QCOMPARE(network.requests().size(), 2); // one discovery, one key set
    }

    void sharesTheSignInsDiscovery() {
        const TestKey key = TestKey::generate(QStringLiteral("EC-P256"), QStringLiteral("one"));
        FakeNetworkAccessManager network;
        network.enqueue(discovery());
        network.enqueue(FakeNetworkAccessManager::json(jwks({key.jwk()})));
        OidcDiscovery shared(&network);
        bool fetched = false;
        shared.fetch(m_issuer, nullptr,
                     [&](const OidcConfiguration &, const QString &) { fetched = true; });
        QVERIFY(QTest::qWaitFor([&] { return fetched; }, 5000));
        JwksCache cache(&network, &shared);
        auto [set, error] = keys(cache, QStringLiteral("one"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(network.requests().size(), 2); // the key set only: discovery came from memory
        QCOMPARE(shared.requestCount(), 1);
    }
};

QTEST_MAIN(tst_JwksCache)
#include "tst_jwks_cache.moc"
