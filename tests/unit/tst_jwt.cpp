#include "Base64Url.h"
#include "Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {
QByteArray part(const QJsonObject &object) {
    return Base64Url::encode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A syntactically valid (unsigned: the signature is just bytes) JWS in compact serialization.
QByteArray makeToken(const QJsonObject &header, const QJsonObject &payload,
                     const QByteArray &signature = QByteArrayLiteral("not-a-real-signature")) {
    return part(header) + '.' + part(payload) + '.' + Base64Url::encode(signature);
}

QJsonObject keycloakHeader() {
    return {{QStringLiteral("alg"), QStringLiteral("RS256")},
            {QStringLiteral("typ"), QStringLiteral("JWT")},
            {QStringLiteral("kid"), QStringLiteral("k1")}};
}

constexpr qint64 IssuedAt = 1798761600; // 2027-01-01T00:00:00Z
constexpr qint64 ExpiresAt = IssuedAt + 300;

QJsonObject keycloakPayload() {
    return {
        {QStringLiteral("iss"), QStringLiteral("https://login.acme.moderne.io/auth/realms/acme")},
        {QStringLiteral("sub"), QStringLiteral("3f1c-user")},
        {QStringLiteral("email"), QStringLiteral("jane@acme.test")},
        {QStringLiteral("preferred_username"), QStringLiteral("jane")},
        {QStringLiteral("iat"), IssuedAt},
        {QStringLiteral("exp"), ExpiresAt},
        {QStringLiteral("realm_access"),
         QJsonObject{{QStringLiteral("roles"),
                      QJsonArray{QStringLiteral("offline_access"), QStringLiteral("admin")}}}}};
}

// RFC 7515, appendix A.2.1: the RS256 example JWS.
const QByteArray Rfc7515A2 =
    "eyJhbGciOiJSUzI1NiJ9"
    ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVl"
    "fQ"
    ".cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5"
    "jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_"
    "nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07"
    "Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-"
    "eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUT"
    "I8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw";
} // namespace

class TestJwt : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodesValidToken();
    void stripsBearerAndWhitespace_data();
    void stripsBearerAndWhitespace();
    void rfc7515AppendixA2();
    void recognisesJwe();
    void wrongPartCount_data();
    void wrongPartCount();
    void personalAccessTokenIsNamed();
    void emptyInput_data();
    void emptyInput();
    void badBase64InPart_data();
    void badBase64InPart();
    void headerNotJson();
    void payloadNotJson();
    void jsonArrayIsNotAnObject();
    void realmRoles();
    void missingClaims();
    void timesAreUtc();
    void nonNumericTimesAreAbsent();
    void outOfRangeTimes();
    void hugeInputIsHandled();
};

void TestJwt::decodesValidToken() {
    const QByteArray signature("\x01\x02\x03\xff", 4);
    const QByteArray token = makeToken(keycloakHeader(), keycloakPayload(), signature);
    const Jwt jwt = Jwt::decode(token);
    QVERIFY2(jwt.isValid(), qPrintable(jwt.error()));
    QCOMPARE(jwt.kind(), Jwt::Kind::Jws);
    QVERIFY(jwt.error().isEmpty());
    QCOMPARE(jwt.header(), keycloakHeader());
    QCOMPARE(jwt.payload(), keycloakPayload());
    QCOMPARE(jwt.algorithm(), QStringLiteral("RS256"));
    QCOMPARE(jwt.keyId(), QStringLiteral("k1"));
    QCOMPARE(jwt.issuer(), QStringLiteral("https://login.acme.moderne.io/auth/realms/acme"));
    QCOMPARE(jwt.subject(), QStringLiteral("3f1c-user"));
    QCOMPARE(jwt.email(), QStringLiteral("jane@acme.test"));
    QCOMPARE(jwt.preferredUsername(), QStringLiteral("jane"));
    QCOMPARE(jwt.signature(), signature);
    QCOMPARE(jwt.rawParts().size(), 3);
    QCOMPARE(jwt.signingInput(), token.left(token.lastIndexOf('.')));
}

void TestJwt::stripsBearerAndWhitespace_data() {
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("suffix");
    QTest::newRow("Bearer") << QByteArray("Bearer ") << QByteArray();
    QTest::newRow("bearer lower case") << QByteArray("bearer ") << QByteArray();
    QTest::newRow("BEARER") << QByteArray("BEARER ") << QByteArray();
    QTest::newRow("whitespace") << QByteArray("  \t\n") << QByteArray("\r\n  ");
    QTest::newRow("whitespace and Bearer") << QByteArray("\n  Bearer   ") << QByteArray("\n");
}

void TestJwt::stripsBearerAndWhitespace() {
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, suffix);
    const QByteArray token = makeToken(keycloakHeader(), keycloakPayload());
    QCOMPARE(Jwt::normalize(prefix + token + suffix), token);
    const Jwt jwt = Jwt::decode(prefix + token + suffix);
    QVERIFY2(jwt.isValid(), qPrintable(jwt.error()));
    QCOMPARE(jwt.preferredUsername(), QStringLiteral("jane"));
    QCOMPARE(jwt.signingInput(), token.left(token.lastIndexOf('.')));
}

void TestJwt::rfc7515AppendixA2() {
    const Jwt jwt = Jwt::decode(Rfc7515A2);
    QVERIFY2(jwt.isValid(), qPrintable(jwt.error()));
    QCOMPARE(jwt.header(), QJsonObject({{QStringLiteral("alg"), QStringLiteral("RS256")}}));
    QCOMPARE(jwt.algorithm(), QStringLiteral("RS256"));
    QCOMPARE(jwt.issuer(), QStringLiteral("joe"));
    QCOMPARE(jwt.payload().value(QLatin1String("http://example.com/is_root")), QJsonValue(true));
    QCOMPARE(jwt.payload().size(), 3);
    QCOMPARE(jwt.expiresAt(),
             std::optional(QDateTime::fromSecsSinceEpoch(1300819380, QTimeZone::utc())));
    QVERIFY(!jwt.issuedAt().has_value());
    QCOMPARE(jwt.signature().size(), 256); // RSA-2048
    QCOMPARE(jwt.signingInput(), Rfc7515A2.left(Rfc7515A2.lastIndexOf('.')));
}

void TestJwt::recognisesJwe() {
    // RFC 7516 appendix A.1 shape: protected header, encrypted key, IV, ciphertext, tag.
    const QByteArray header = part({{QStringLiteral("alg"), QStringLiteral("RSA-OAEP")},
                                    {QStringLiteral("enc"), QStringLiteral("A256GCM")}});
    const QByteArray token = header +
                             ".OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGe"
                             ".48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_"
                             "EFShS8iB7j6jiSdiwkIr3ajwQzaBtQD_A.XFBoMYUZodetZdvTiFvSkQ";
    const Jwt jwt = Jwt::decode(token);
    QCOMPARE(jwt.kind(), Jwt::Kind::Jwe);
    QVERIFY(!jwt.isValid());
    QVERIFY(jwt.error().contains(QLatin1String("encrypted")));
    QCOMPARE(jwt.header().value(QLatin1String("enc")).toString(), QStringLiteral("A256GCM"));
    QVERIFY(jwt.payload().isEmpty());
}

void TestJwt::wrongPartCount_data() {
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("parts");
    const QByteArray h = part(keycloakHeader());
    const QByteArray p = part(keycloakPayload());
    QTest::newRow("1 part") << h << 1;
    QTest::newRow("2 parts") << QByteArray(h + '.' + p) << 2;
    QTest::newRow("4 parts") << QByteArray(h + '.' + p + ".c2ln.ZXh0cmE") << 4;
    QTest::newRow("6 parts") << QByteArray(h + ".a.b.c.d.e") << 6;
}

void TestJwt::wrongPartCount() {
    QFETCH(QByteArray, token);
    QFETCH(int, parts);
    const Jwt jwt = Jwt::decode(token);
    QVERIFY(!jwt.isValid());
    QCOMPARE(jwt.kind(), Jwt::Kind::Malformed);
    QVERIFY2(jwt.error().contains(QString::number(parts)), qPrintable(jwt.error()));
    QVERIFY2(jwt.error().contains(QLatin1String("three parts")), qPrintable(jwt.error()));
    QVERIFY(jwt.payload().isEmpty());
}

void TestJwt::personalAccessTokenIsNamed() {
    // A PAT pasted where a JWT is expected: said for what it is, not "three parts".
    const Jwt jwt = Jwt::decode("mat-0123456789abcdefghijklmnopqrstuv");
    QVERIFY(!jwt.isValid());
    QVERIFY2(jwt.error().contains(QLatin1String("personal access token")), qPrintable(jwt.error()));
    QVERIFY2(!jwt.error().contains(QLatin1String("three parts")), qPrintable(jwt.error()));
    QVERIFY2(!jwt.error().contains(QLatin1String("0123456789")), qPrintable(jwt.error()));
}

void TestJwt::emptyInput_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \n\t ");
    QTest::newRow("only Bearer") << QByteArray("Bearer    ");
}

void TestJwt::emptyInput() {
    QFETCH(QByteArray, text);
    const Jwt jwt = Jwt::decode(text);
    QVERIFY(!jwt.isValid());
    QCOMPARE(jwt.kind(), Jwt::Kind::Malformed);
    QVERIFY(!jwt.error().isEmpty());
}

void TestJwt::badBase64InPart_data() {
    QTest::addColumn<int>("badPart");
    QTest::addColumn<QByteArray>("badText");
    QTest::newRow("header with +") << 1 << QByteArray("eyJhbGci+iJSUzI1NiJ9");
    QTest::newRow("header padded") << 1 << QByteArray("eyJhbGciOiJSUzI1NiJ9==");
    QTest::newRow("payload with space") << 2 << QByteArray("eyJz dWIiOiJ4In0");
    QTest::newRow("payload impossible length") << 2 << QByteArray("eyJzd");
    QTest::newRow("signature with /") << 3 << QByteArray("abc/def");
    QTest::newRow("signature padded") << 3 << QByteArray("c2lnbmF0dXJl=");
}

void TestJwt::badBase64InPart() {
    QFETCH(int, badPart);
    QFETCH(QByteArray, badText);
    QList<QByteArray> parts{part(keycloakHeader()), part(keycloakPayload()), QByteArray("c2ln")};
    parts[badPart - 1] = badText;
    const Jwt jwt = Jwt::decode(parts.join('.'));
    QVERIFY(!jwt.isValid());
    QCOMPARE(jwt.kind(), Jwt::Kind::Malformed);
    QVERIFY2(jwt.error().contains(QStringLiteral("Part %1").arg(badPart)), qPrintable(jwt.error()));
    for (int other = 1; other <= 3; ++other) {
        if (other != badPart)
            QVERIFY(!jwt.error().contains(QStringLiteral("Part %1").arg(other)));
    }
}

void TestJwt::headerNotJson() {
    const QByteArray token =
        Base64Url::encode("{\"alg\":\"RS256\"") + '.' + part(keycloakPayload()) + ".c2ln";
    const Jwt jwt = Jwt::decode(token);
    QVERIFY(!jwt.isValid());
    QVERIFY2(jwt.error().contains(QLatin1String("header")), qPrintable(jwt.error()));
    QVERIFY(!jwt.error().contains(QLatin1String("payload")));
}

void TestJwt::payloadNotJson() {
    const QByteArray token = part(keycloakHeader()) + '.' + Base64Url::encode("iss=joe") + ".c2ln";
    const Jwt jwt = Jwt::decode(token);
    QVERIFY(!jwt.isValid());
    QVERIFY2(jwt.error().contains(QLatin1String("payload")), qPrintable(jwt.error()));
    QVERIFY(jwt.payload().isEmpty());
}

void TestJwt::jsonArrayIsNotAnObject() {
    const QByteArray token = part(keycloakHeader()) + '.' + Base64Url::encode("[1,2,3]") + ".c2ln";
    const Jwt jwt = Jwt::decode(token);
    QVERIFY(!jwt.isValid());
    QVERIFY2(jwt.error().contains(QLatin1String("payload")), qPrintable(jwt.error()));
}

void TestJwt::realmRoles() {
    const Jwt jwt = Jwt::decode(makeToken(keycloakHeader(), keycloakPayload()));
    QVERIFY(jwt.isValid());
    QCOMPARE(jwt.realmRoles(),
             QStringList({QStringLiteral("offline_access"), QStringLiteral("admin")}));

    QJsonObject noRoles = keycloakPayload();
    noRoles.remove(QStringLiteral("realm_access"));
    QVERIFY(Jwt::decode(makeToken(keycloakHeader(), noRoles)).realmRoles().isEmpty());

    QJsonObject wrongShape = keycloakPayload();
    wrongShape.insert(QStringLiteral("realm_access"), QStringLiteral("admin"));
    QVERIFY(Jwt::decode(makeToken(keycloakHeader(), wrongShape)).realmRoles().isEmpty());
}

void TestJwt::missingClaims() {
    const Jwt jwt = Jwt::decode(makeToken({{QStringLiteral("alg"), QStringLiteral("none")}}, {}));
    QVERIFY2(jwt.isValid(), qPrintable(jwt.error()));
    QVERIFY(jwt.issuer().isEmpty());
    QVERIFY(jwt.email().isEmpty());
    QVERIFY(jwt.keyId().isEmpty());
    QVERIFY(!jwt.expiresAt().has_value());
    QVERIFY(!jwt.issuedAt().has_value());
}

void TestJwt::timesAreUtc() {
    const Jwt jwt = Jwt::decode(makeToken(keycloakHeader(), keycloakPayload()));
    QVERIFY(jwt.isValid());
    const auto exp = jwt.expiresAt();
    const auto iat = jwt.issuedAt();
    QVERIFY(exp.has_value());
    QVERIFY(iat.has_value());
    QCOMPARE(exp->toSecsSinceEpoch(), ExpiresAt);
    QCOMPARE(iat->toSecsSinceEpoch(), IssuedAt);
    QCOMPARE(exp->timeZone(), QTimeZone::utc());
    QCOMPARE(iat->timeZone(), QTimeZone::utc());
    QCOMPARE(exp->offsetFromUtc(), 0);
    QCOMPARE(*iat, QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(*exp, QDateTime(QDate(2027, 1, 1), QTime(0, 5), QTimeZone::utc()));
    // UTC wall-clock fields, whatever the local time zone of the machine running the test.
    QCOMPARE(iat->date(), QDate(2027, 1, 1));
    QCOMPARE(iat->time(), QTime(0, 0));
}

void TestJwt::nonNumericTimesAreAbsent() {
    QJsonObject payload = keycloakPayload();
    payload.insert(QStringLiteral("exp"), QStringLiteral("1798718700"));
    payload.insert(QStringLiteral("iat"), QJsonValue::Null);
    const Jwt jwt = Jwt::decode(makeToken(keycloakHeader(), payload));
    QVERIFY(jwt.isValid());
    QVERIFY(!jwt.expiresAt().has_value());
    QVERIFY(!jwt.issuedAt().has_value());
}

void TestJwt::outOfRangeTimes() {
    // Absurd numeric dates must not crash the decoder, and must not disturb the other claims.
    // Times outside 1970..9999 are no usable time: no date at all rather than an invalid one.
    QJsonObject payload = keycloakPayload();
    payload.insert(QStringLiteral("exp"), 1e300);
    payload.insert(QStringLiteral("iat"), -1);
    const Jwt jwt = Jwt::decode(makeToken(keycloakHeader(), payload));
    QVERIFY(jwt.isValid());
    QCOMPARE(jwt.preferredUsername(), QStringLiteral("jane"));
    QVERIFY(!jwt.expiresAt().has_value());
    QVERIFY(!jwt.issuedAt().has_value());
    payload.insert(QStringLiteral("exp"), 253402300799.0);
    QCOMPARE(Jwt::decode(makeToken(keycloakHeader(), payload)).expiresAt()->date().year(), 9999);
}

// Megabyte-sized inputs are decoded or refused with the right reason (how long that takes is
// measured by bench/bench_test_timings --jwt, not asserted here).
void TestJwt::hugeInputIsHandled() {
    constexpr int MegaByte = 1024 * 1024;

    // One megabyte of base64url without dots: one part.
    const Jwt onePart = Jwt::decode(QByteArray(MegaByte, 'A'));
    QVERIFY(!onePart.isValid());
    QVERIFY(onePart.error().contains(QLatin1String("1")));

    // One megabyte of dots: a million empty parts.
    const Jwt dots = Jwt::decode(QByteArray(MegaByte, '.'));
    QVERIFY(!dots.isValid());
    QCOMPARE(dots.kind(), Jwt::Kind::Malformed);

    // A well-formed token whose payload carries a megabyte-sized claim.
    QJsonObject payload = keycloakPayload();
    payload.insert(QStringLiteral("blob"), QString(MegaByte, QLatin1Char('x')));
    const QByteArray token = makeToken(keycloakHeader(), payload);
    QVERIFY(token.size() > MegaByte);
    const Jwt big = Jwt::decode(token);
    QVERIFY2(big.isValid(), qPrintable(big.error()));
    QCOMPARE(big.payload().value(QLatin1String("blob")).toString().size(), MegaByte);

    // A megabyte of garbage in the signature part.
    const Jwt badSignature = Jwt::decode(part(keycloakHeader()) + '.' + part(keycloakPayload()) +
                                         '.' + QByteArray(MegaByte, '~'));
    QVERIFY(!badSignature.isValid());
    QVERIFY(badSignature.error().contains(QLatin1String("Part 3")));
}

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
