// The sign-in's loopback listener under hostile traffic, over raw sockets: it binds 127.0.0.1
// only (every other IPv4 and IPv6 address is refused), ignores stray and malformed requests
// without crashing or reporting a callback, and reports exactly the callback on its own path.
#include "LoopbackReplyHandler.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

class tst_LoopbackListener : public QObject {
    Q_OBJECT
private:
    // Sends raw bytes, returns what came back before the server closed or 3 s passed. The
    // listener lives in this thread: wait with the event loop turning, never blocking.
    static QByteArray exchange(quint16 port, const QByteArray &bytes) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; },
                             3000))
            return "<no connection>";
        socket.write(bytes);
        QByteArray answer;
        (void)QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return socket.state() != QAbstractSocket::ConnectedState;
            },
            3000);
        answer += socket.readAll();
        return answer;
    }

private Q_SLOTS:
    void bindsTheLoopbackAddressOnly() {
        LoopbackReplyHandler handler;
        QVERIFY(handler.isListening());
        QVERIFY(handler.port() > 0);
        // Every other address is refused: the machine's own IPv4 and IPv6 addresses, and the
        // loopback addresses that are not 127.0.0.1 (::1, 127.0.0.2), which every machine has,
        // so that something is always tried even without a network.
        QList<QHostAddress> others{QHostAddress(QHostAddress::LocalHostIPv6),
                                   QHostAddress(QStringLiteral("127.0.0.2"))};
        for (const QHostAddress &address : QNetworkInterface::allAddresses())
            if (!address.isLoopback())
                others << address;
        int ipv4 = 0;
        int ipv6 = 0;
        for (const QHostAddress &address : std::as_const(others)) {
            (address.protocol() == QAbstractSocket::IPv6Protocol ? ipv6 : ipv4) += 1;
            QTcpSocket socket;
            socket.connectToHost(address, handler.port());
            QVERIFY2(!socket.waitForConnected(2000),
                     qPrintable(QStringLiteral("reachable on %1").arg(address.toString())));
        }
        QVERIFY2(
            ipv4 > 0 && ipv6 > 0,
            qPrintable(QStringLiteral("tried %1 IPv4 and %2 IPv6 addresses").arg(ipv4).arg(ipv6)));
        // ...while 127.0.0.1 itself answers (the refusals above are not a dead listener's).
        QTcpSocket own;
        own.connectToHost(QHostAddress::LocalHost, handler.port());
        QVERIFY(own.waitForConnected(2000));
        qInfo("refused on %d IPv4 and %d IPv6 address(es) other than 127.0.0.1", ipv4, ipv6);
    }

    void strayAndMalformedRequestsAreIgnored_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("other path")
            << QByteArray("GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTest::newRow("root") << QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTest::newRow("binary garbage") << QByteArray("\x00\x01\x02\xff\xfe\r\n\r\n", 8);
        QTest::newRow("no request line") << QByteArray("\r\n\r\n");
        QTest::newRow("only a method") << QByteArray("GET\r\n\r\n");
        QTest::newRow("bad percent-encoding")
            << QByteArray("GET /other?code=%zz&state=%%% HTTP/1.1\r\n\r\n");
        QTest::newRow("huge header")
            << (QByteArray("GET /x HTTP/1.1\r\nX-Big: ") + QByteArray(1 << 20, 'a') + "\r\n\r\n");
        QTest::newRow("huge query")
            << (QByteArray("GET /other?") + QByteArray(1 << 20, 'q') + " HTTP/1.1\r\n\r\n");
        QTest::newRow("unterminated") << QByteArray("GET /callback?code=abc");
    }

    void strayAndMalformedRequestsAreIgnored() {
        QFETCH(QByteArray, request);
        LoopbackReplyHandler handler;
        QSignalSpy callbacks(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
        (void)exchange(handler.port(), request);
        QTest::qWait(100);
        QCOMPARE(callbacks.count(), 0);
        QVERIFY(handler.isListening());
        // Still serves its real callback afterwards.
        const QByteArray answer = exchange(
            handler.port(),
            "GET /callback?code=the-code&state=the-state HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_COMPARE(callbacks.count(), 1);
        QVERIFY2(answer.contains("close this tab"),
                 answer.left(300).toPercentEncoding().constData());
        const QVariantMap data = callbacks.constFirst().constFirst().toMap();
        QCOMPARE(data.value(QStringLiteral("code")).toString(), QStringLiteral("the-code"));
        QCOMPARE(data.value(QStringLiteral("state")).toString(), QStringLiteral("the-state"));
    }

    // Only the browser's redirect (a GET) is a callback: a POST to the callback path is refused
    // and reports nothing; other paths get 404; malformed requests 400 (LoopbackRequest).
    void answersWithTheRightStatus_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::newRow("POST to the callback")
            << QByteArray("POST /callback HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello")
            << QByteArray("HTTP/1.1 405 ");
        QTest::newRow("other path")
            << QByteArray("GET /favicon.ico HTTP/1.1\r\n\r\n") << QByteArray("HTTP/1.1 404 ");
        QTest::newRow("absolute URL")
            << QByteArray("GET http://evil.example/callback?code=x HTTP/1.1\r\n\r\n")
            << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("huge header") << (QByteArray("GET /callback HTTP/1.1\r\nX-Big: ") +
                                         QByteArray(1 << 20, 'a') + "\r\n\r\n")
                                     << QByteArray("HTTP/1.1 431 ");
    }

    void answersWithTheRightStatus() {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, statusLine);
        LoopbackReplyHandler handler;
        QSignalSpy callbacks(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
        const QByteArray answer = exchange(handler.port(), request);
        QVERIFY2(answer.startsWith(statusLine), answer.left(100).constData());
        QCOMPARE(callbacks.count(), 0);
        QVERIFY(handler.isListening());
    }

    // The redirect URI the flow sends is the listener's own address.
    void callbackIsTheListenersAddress() {
        LoopbackReplyHandler handler;
        QCOMPARE(handler.callback(),
                 QStringLiteral("http://127.0.0.1:%1/callback").arg(handler.port()));
    }

    void closesWhenAsked() {
        LoopbackReplyHandler handler;
        const quint16 port = handler.port();
        handler.close();
        QVERIFY(!handler.isListening());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!socket.waitForConnected(1000));
    }
};

QTEST_MAIN(tst_LoopbackListener)
#include "tst_loopback_listener.moc"
