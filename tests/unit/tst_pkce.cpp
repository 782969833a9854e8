#include "Base64Url.h"
#include "Pkce.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

class TestPkce : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rfc7636AppendixB();
    void methodIsS256();
    void generatedVerifierShape();
    void generatedVerifiersDiffer();
    void challengeMatchesVerifier();
};

void TestPkce::rfc7636AppendixB() {
    const Pkce pkce(QByteArrayLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    QCOMPARE(pkce.verifier(), QByteArrayLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    QCOMPARE(pkce.challenge(), QByteArrayLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestPkce::methodIsS256() {
    QCOMPARE(Pkce::method(), QByteArrayLiteral("S256"));
}

void TestPkce::generatedVerifierShape() {
    for (int i = 0; i < 50; ++i) {
        const QByteArray verifier = Pkce::generate().verifier();
        // 32 bytes of entropy, base64url without padding: 43 characters (RFC 7636 section 4.1).
        QCOMPARE(verifier.size(), 43);
        const auto decoded = Base64Url::decode(verifier);
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->size(), 32);
        for (const char c : verifier) {
            const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                    (c >= '0' && c <= '9') || c == '-' || c == '_';
            QVERIFY2(unreserved, "verifier contains a character outside base64url");
        }
    }
}

void TestPkce::generatedVerifiersDiffer() {
    QSet<QByteArray> seen;
    for (int i = 0; i < 100; ++i)
        seen.insert(Pkce::generate().verifier());
    QCOMPARE(seen.size(), 100);

    // No byte position stays constant across many verifiers (catches partially filled buffers).
    QList<QByteArray> raw;
    for (int i = 0; i < 64; ++i)
        raw << *Base64Url::decode(Pkce::generate().verifier());
    for (int position = 0; position < 32; ++position) {
        bool varies = false;
        for (const QByteArray &bytes : raw)
            varies = varies || bytes.at(position) != raw.constFirst().at(position);
        QVERIFY2(varies, qPrintable(QStringLiteral("byte %1 never changes").arg(position)));
    }
}

void TestPkce::challengeMatchesVerifier() {
    const Pkce pkce = Pkce::generate();
    const QByteArray expected =
        QCryptographicHash::hash(pkce.verifier(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(pkce.challenge(), expected);
    QCOMPARE(pkce.challenge().size(), 43);
    QVERIFY(pkce.challenge() != pkce.verifier());
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
