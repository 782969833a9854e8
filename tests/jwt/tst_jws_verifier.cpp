// JWS verification with OpenSSL 3: the published vectors (RFC 7515 A.2 RS256, A.3 ES256,
// RFC 8037 A.4 Ed25519 at the signature level), keys made here for every other algorithm,
// and every way a token can fail, each with its verdict.
#include "Jwk.h"
#include "JwsVerifier.h"
#include "Jwt.h"
#include "TestKeys.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace {
QByteArray data(const QString &name) {
    QFile file(QStringLiteral(TOKENDESK_SOURCE_DIR "/tests/data/jwt/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}
const QJsonObject Claims{
    {QStringLiteral("sub"), QStringLiteral("u-1")},
    {QStringLiteral("iss"), QStringLiteral("https://login.acme.moderne.io/auth/realms/acme")},
    {QStringLiteral("exp"), 1900000000}};
using Status = JwsVerifier::Verdict::Status;
} // namespace

class tst_JwsVerifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc7515AppendixA2Rs256() {
        const Jwt jwt = Jwt::decode(data(QStringLiteral("rfc7515-a2-rs256.jwt")));
        QVERIFY2(jwt.isValid(), qPrintable(jwt.error()));
        const auto verdict =
            JwsVerifier::verify(jwt, Jwks::parse(data(QStringLiteral("rfc7515-a2-jwks.json"))));
        QCOMPARE(verdict.statusName(), QStringLiteral("valid"));
        QVERIFY(verdict.isValid());
    }

    void rfc7515AppendixA3Es256() {
        const Jwt jwt = Jwt::decode(data(QStringLiteral("rfc7515-a3-es256.jwt")));
        const auto verdict =
            JwsVerifier::verify(jwt, Jwks::parse(data(QStringLiteral("rfc7515-a3-jwks.json"))));
        QCOMPARE(verdict.statusName(), QStringLiteral("valid"));
    }

    void rfc8037AppendixA4Ed25519AtTheSignatureLevel() {
        const QList<QByteArray> parts = data(QStringLiteral("rfc8037-a4-ed25519.jws")).split('.');
        QCOMPARE(parts.size(), 3);
        const Jwks keys = Jwks::parse(data(QStringLiteral("rfc8037-a4-jwks.json")));
        QCOMPARE(keys.size(), 1);
        const QByteArray input = parts.at(0) + '.' + parts.at(1);
        const QByteArray signature =
            QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding);
        QCOMPARE(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding),
                 QByteArray("Example of Ed25519 signing"));
        QVERIFY(JwsVerifier::verifySignature(QStringLiteral("EdDSA"), input, signature,
                                             keys.keys().constFirst())
                    .isValid());
        QByteArray tampered = signature;
        tampered[5] = char(tampered.at(5) ^ 1);
        QCOMPARE(JwsVerifier::verifySignature(QStringLiteral("EdDSA"), input, tampered,
                                              keys.keys().constFirst())
                     .status,
                 Status::InvalidSignature);
    }

    void everyAlgorithm_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("alg");
        for (const char *alg : {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512"})
            QTest::newRow(alg) << QStringLiteral("RSA") << QString::fromLatin1(alg);
        QTest::newRow("ES256") << QStringLiteral("EC-P256") << QStringLiteral("ES256");
        QTest::newRow("ES384") << QStringLiteral("EC-P384") << QStringLiteral("ES384");
        QTest::newRow("ES512") << QStringLiteral("EC-P521") << QStringLiteral("ES512");
        QTest::newRow("EdDSA") << QStringLiteral("Ed25519") << QStringLiteral("EdDSA");
    }

    void everyAlgorithm() {
        QFETCH(QString, kind);
        QFETCH(QString, alg);
        const TestKey key = TestKey::generate(kind, QStringLiteral("k-") + alg);
        const TestKey other = TestKey::generate(kind, QStringLiteral("k-") + alg);
        const Jwks keys = Jwks::parse(jwks({key.jwk()}));
        const QByteArray token = key.sign(alg, Claims);
        const auto verdict = JwsVerifier::verify(Jwt::decode(token), keys);
        QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
        QCOMPARE(verdict.alg, alg);
        QCOMPARE(verdict.kid, key.kid());

        // Tampered payload: same signature, other claims.
        QList<QByteArray> parts = token.split('.');
        QJsonObject changed = Claims;
        changed.insert(QStringLiteral("sub"), QStringLiteral("admin"));
        parts[1] = base64Url(QJsonDocument(changed).toJson(QJsonDocument::Compact));
        QCOMPARE(JwsVerifier::verify(Jwt::decode(parts.join('.')), keys).status,
                 Status::InvalidSignature);
        // Tampered signature.
        parts = token.split('.');
        QByteArray signature = QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding);
        signature[signature.size() / 2] = char(signature.at(signature.size() / 2) ^ 0x40);
        parts[2] = base64Url(signature);
        QCOMPARE(JwsVerifier::verify(Jwt::decode(parts.join('.')), keys).status,
                 Status::InvalidSignature);
        // The wrong key under the same kid.
        QCOMPARE(JwsVerifier::verify(Jwt::decode(token), Jwks::parse(jwks({other.jwk()}))).status,
                 Status::InvalidSignature);
        // No key with that kid.
        QJsonObject renamed = key.jwk();
        renamed.insert(QStringLiteral("kid"), QStringLiteral("another"));
        const auto missing = JwsVerifier::verify(Jwt::decode(token), Jwks::parse(jwks({renamed})));
        QCOMPARE(missing.status, Status::KeyNotFound);
        QVERIFY(missing.reason.contains(key.kid()));
        // Not allowed by the caller.
        QCOMPARE(JwsVerifier::verify(Jwt::decode(token), keys, {QStringLiteral("HS256")}).status,
                 Status::AlgorithmNotAllowed);
    }

    void aTokenWithoutKidUsesTheOnlyFittingKey() {
        const TestKey key = TestKey::generate(QStringLiteral("RSA"), QStringLiteral("only"));
        const QByteArray token = key.sign(QStringLiteral("RS256"), Claims, /*withKid=*/false);
        const auto verdict =
            JwsVerifier::verify(Jwt::decode(token), Jwks::parse(jwks({key.jwk()})));
        QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
    }

    void algNoneIsALoudWarning() {
        const QByteArray token = base64Url(R"({"alg":"none","typ":"JWT"})") + '.' +
                                 base64Url(R"({"sub":"admin"})") + '.';
        const Jwt jwt = Jwt::decode(token);
        const auto verdict = JwsVerifier::verify(jwt, Jwks::parse(jwks({})));
        QCOMPARE(verdict.status, Status::AlgNone);
        QVERIFY(verdict.isWarning());
        QVERIFY(!verdict.isValid());
        QVERIFY(JwsVerifier::verdictWithoutKeys(jwt).has_value());
    }

    void hmacCannotBeVerifiedWithoutTheSecret() {
        const QByteArray token = base64Url(R"({"alg":"HS256","typ":"JWT"})") + '.' +
                                 base64Url(R"({"sub":"x"})") + '.' + base64Url(QByteArray(32, 'x'));
        const auto verdict = JwsVerifier::verify(Jwt::decode(token), Jwks::parse(jwks({})));
        QCOMPARE(verdict.status, Status::Hmac);
        QVERIFY(verdict.reason.contains(QStringLiteral("secret")));
    }

    void aJweIsRecognisedNotDecrypted() {
        const QByteArray token =
            base64Url(R"({"alg":"RSA-OAEP","enc":"A256GCM"})") + ".AAAA.BBBB.CCCC.DDDD";
        const Jwt jwt = Jwt::decode(token);
        QCOMPARE(jwt.kind(), Jwt::Kind::Jwe);
        const auto verdict = JwsVerifier::verify(jwt, Jwks::parse(jwks({})));
        QCOMPARE(verdict.status, Status::Jwe);
        QVERIFY(verdict.reason.contains(QStringLiteral("encrypted"), Qt::CaseInsensitive));
    }

    void malformedInputs_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        const QByteArray header = base64Url(R"({"alg":"RS256"})");
        QTest::newRow("truncated")
            << QByteArray(header + '.' + base64Url("{}")) << QStringLiteral("three parts");
        QTest::newRow("non-base64url")
            << QByteArray(header + ".e30.a+b/c") << QStringLiteral("base64url");
        QTest::newRow("header not JSON")
            << QByteArray(base64Url("not json") + ".e30.AAAA") << QStringLiteral("JSON");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("huge (1 MB)")
            << QByteArray(header + '.' + QByteArray(1 << 20, 'A') + ".AAAA") << QString();
    }

    void malformedInputs() {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const Jwt jwt = Jwt::decode(input);
        QCOMPARE(jwt.kind(), Jwt::Kind::Malformed);
        QVERIFY(!jwt.error().isEmpty());
        if (!expected.isEmpty())
            QVERIFY2(jwt.error().contains(expected, Qt::CaseInsensitive), qPrintable(jwt.error()));
        QCOMPARE(JwsVerifier::verify(jwt, Jwks::parse(jwks({}))).status, Status::Malformed);
    }

    void unusableKeysAreKeptWithAReason() {
        QString error;
        const Jwks keys = Jwks::parse(R"({"keys":[{"kty":"oct","k":"c2VjcmV0","kid":"h"},
            {"kty":"RSA","kid":"small","n":"AQAB","e":"AQAB"},
            {"kty":"EC","crv":"P-256","kid":"off","x":"AAAA","y":"AAAA"}]})",
                                      &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(keys.size(), 3);
        for (const Jwk &key : keys.keys()) {
            QVERIFY(!key.isUsable());
            QVERIFY(!key.problem().isEmpty());
        }
        QVERIFY(Jwks::parse("[]", &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(tst_JwsVerifier)
#include "tst_jws_verifier.moc"
