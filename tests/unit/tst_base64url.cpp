#include "Base64Url.h"

#include "DataRows.h"

#include <QTest>

class TestBase64Url : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void encode_data();
    void encode();
    void roundTripAllByteValues();
    void decodeAcceptsUrlAlphabet();
    void decodeRejects_data();
    void decodeRejects();
    void decodeEmpty();
};

void TestBase64Url::encode_data() {
    addDataTable<QByteArray, QByteArray>(
        {"input", "expected"},
        {
            // RFC 4648 section 10 vectors, without padding.
            {"empty", {QByteArray(), QByteArray()}},
            {"f", {"f", "Zg"}},
            {"fo", {"fo", "Zm8"}},
            {"foo", {"foo", "Zm9v"}},
            {"foob", {"foob", "Zm9vYg"}},
            {"fooba", {"fooba", "Zm9vYmE"}},
            {"foobar", {"foobar", "Zm9vYmFy"}},
            // Bytes that use the two characters that differ from standard base64.
            {"url alphabet", {QByteArray("\xfb\xff\xbf", 3), "-_-_"}},
            {"json", {R"({"alg":"RS256"})", "eyJhbGciOiJSUzI1NiJ9"}},
        });
}

void TestBase64Url::encode() {
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const QByteArray encoded = Base64Url::encode(input);
    QCOMPARE(encoded, expected);
    QVERIFY(!encoded.contains('='));
    QVERIFY(!encoded.contains('+'));
    QVERIFY(!encoded.contains('/'));
}

void TestBase64Url::roundTripAllByteValues() {
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    for (int length = 0; length <= all.size(); ++length) {
        const QByteArray input = all.left(length);
        const auto decoded = Base64Url::decode(Base64Url::encode(input));
        QVERIFY2(decoded.has_value(), qPrintable(QStringLiteral("length %1").arg(length)));
        QCOMPARE(*decoded, input);
    }
}

void TestBase64Url::decodeAcceptsUrlAlphabet() {
    const auto decoded = Base64Url::decode("-_-_");
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, QByteArray("\xfb\xff\xbf", 3));
    const auto foobar = Base64Url::decode("Zm9vYmE");
    QVERIFY(foobar.has_value());
    QCOMPARE(*foobar, QByteArray("fooba"));
}

void TestBase64Url::decodeRejects_data() {
    addDataRows<QByteArray>("input", {
                                         {"padding", "Zg=="},
                                         {"single padding", "Zm8="},
                                         {"padding in the middle", "Zg==Zg"},
                                         {"plus", "+/+/"},
                                         {"slash", "ab/c"},
                                         {"space", "Zm9v Yg"},
                                         {"leading space", " Zm9v"},
                                         {"trailing newline", "Zm9v\n"},
                                         {"tab", "Zm\t9v"},
                                         {"dot", "Zm9v.Yg"},
                                         {"nul", QByteArray("Zm\0v", 4)},
                                         {"non-ascii", "Zm9v\xc3\xa9"},
                                         {"impossible length 1", "Z"},
                                         {"impossible length 5", "Zm9vY"},
                                         {"impossible length 9", "Zm9vYmFyZ"},
                                     });
}

void TestBase64Url::decodeRejects() {
    QFETCH(QByteArray, input);
    QVERIFY(!Base64Url::decode(input).has_value());
}

void TestBase64Url::decodeEmpty() {
    const auto decoded = Base64Url::decode("");
    QVERIFY(decoded.has_value());
    QVERIFY(decoded->isEmpty());
}

QTEST_GUILESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"
