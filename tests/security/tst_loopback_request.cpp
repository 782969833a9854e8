// LoopbackRequest::parse, the request-line parser both loopback listeners use: what it accepts,
// what it waits for, what it refuses and with which status, and how the query is decoded.
#include "LoopbackRequest.h"

#include <QTest>

using Verdict = LoopbackRequest::Verdict;

class tst_LoopbackRequest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void goodCallback() {
        const LoopbackRequest r = LoopbackRequest::parse(
            "GET /callback?code=abc%2B1&state=s%201&session_state=x HTTP/1.1\r\n"
            "Host: 127.0.0.1:4242\r\nUser-Agent: test\r\n\r\n");
        QCOMPARE(r.verdict, Verdict::Accepted);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, QStringLiteral("/callback"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
                 QStringLiteral("abc+1"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
                 QStringLiteral("s 1"));
        // As sent: the listeners that hand items on undecoded keep the encoding.
        QCOMPARE(r.query.queryItemValue(QStringLiteral("code"), QUrl::PrettyDecoded),
                 QStringLiteral("abc%2B1"));
        QCOMPARE(r.query.queryItems().size(), 3);
    }

    void errorCallback() {
        const LoopbackRequest r = LoopbackRequest::parse(
            "GET /callback?error=access_denied&error_description=The+user+said+no "
            "HTTP/1.1\r\n\r\n");
        QCOMPARE(r.verdict, Verdict::Accepted);
        QCOMPARE(r.query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QVERIFY(!r.query.hasQueryItem(QStringLiteral("code")));
    }

    void otherPathsAndMethodsAreReportedAsSent() {
        LoopbackRequest r = LoopbackRequest::parse("GET /favicon.ico HTTP/1.1\r\n\r\n");
        QCOMPARE(r.verdict, Verdict::Accepted);
        QCOMPARE(r.path, QStringLiteral("/favicon.ico"));
        QVERIFY(r.query.isEmpty());
        r = LoopbackRequest::parse("POST /callback HTTP/1.0\r\nContent-Length: 5\r\n\r\nhello");
        QCOMPARE(r.verdict, Verdict::Accepted);
        QCOMPARE(r.method, QByteArray("POST"));
        // The path is compared decoded.
        r = LoopbackRequest::parse("GET /call%62ack HTTP/1.1\r\n\r\n");
        QCOMPARE(r.path, QStringLiteral("/callback"));
    }

    void waitsForTheBlankLine() {
        QCOMPARE(LoopbackRequest::parse("").verdict, Verdict::Incomplete);
        QCOMPARE(LoopbackRequest::parse("GET /callback?code=abc").verdict, Verdict::Incomplete);
        QCOMPARE(LoopbackRequest::parse("GET /callback HTTP/1.1\r\nHost: x\r\n").verdict,
                 Verdict::Incomplete);
    }

    void refuses_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("no request line") << QByteArray("\r\n\r\n") << 400;
        QTest::newRow("only a method") << QByteArray("GET\r\n\r\n") << 400;
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe\r\n\r\n", 9) << 400;
        QTest::newRow("not HTTP/1") << QByteArray("GET /callback HTTP/2\r\n\r\n") << 400;
        QTest::newRow("extra space") << QByteArray("GET  /callback HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("method with a control char")
            << QByteArray("G\x01T /callback HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("absolute URL")
            << QByteArray("GET http://evil.example/callback?code=x HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("authority form")
            << QByteArray("GET //evil.example/callback?code=x HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("asterisk") << QByteArray("OPTIONS * HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("huge header") << (QByteArray("GET /callback HTTP/1.1\r\nX-Big: ") +
                                         QByteArray(LoopbackRequest::MaxSize, 'a') + "\r\n\r\n")
                                     << 431;
        QTest::newRow("huge and unterminated")
            << (QByteArray("GET /callback?") + QByteArray(LoopbackRequest::MaxSize + 1, 'q'))
            << 431;
    }

    void refuses() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        const LoopbackRequest r = LoopbackRequest::parse(bytes);
        QCOMPARE(r.verdict, Verdict::Rejected);
        QCOMPARE(r.status, status);
        QVERIFY(!r.reason.isEmpty());
        QVERIFY(r.method.isEmpty());
    }

    void percentEncodingEdgeCases() {
        // Broken escapes are taken as literal text, never a crash or a different item.
        LoopbackRequest r =
            LoopbackRequest::parse("GET /callback?code=%zz&state=%%% HTTP/1.1\r\n\r\n");
        QCOMPARE(r.verdict, Verdict::Accepted);
        QCOMPARE(r.query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
                 QStringLiteral("%zz"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
                 QStringLiteral("%%%"));
        // An encoded '&' and '=' stay inside the value.
        r = LoopbackRequest::parse("GET /callback?code=a%26state%3Devil&state=s HTTP/1.1\r\n\r\n");
        QCOMPARE(r.query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
                 QStringLiteral("a&state=evil"));
        QCOMPARE(r.query.allQueryItemValues(QStringLiteral("state")).size(), 1);
        // UTF-8 and an encoded NUL.
        r = LoopbackRequest::parse("GET /callback?x=%C3%A9%00y HTTP/1.1\r\n\r\n");
        QCOMPARE(r.query.queryItemValue(QStringLiteral("x"), QUrl::FullyDecoded),
                 QString(QChar(0xe9)) + QChar(0) + QLatin1Char('y'));
    }

    void responseIsComplete() {
        const QByteArray body = "<p>hi</p>";
        const QByteArray response = LoopbackRequest::response(404, body);
        QVERIFY(response.startsWith("HTTP/1.1 404 Not Found\r\n"));
        QVERIFY(response.contains("\r\nContent-Length: 9\r\n"));
        QVERIFY(response.contains("\r\nCache-Control: no-store\r\n"));
        QVERIFY(response.contains("\r\nConnection: close\r\n"));
        QVERIFY(response.endsWith("\r\n\r\n" + body));
    }
};

QTEST_GUILESS_MAIN(tst_LoopbackRequest)
#include "tst_loopback_request.moc"
