// The loopback listener (LoopbackServer, the one behind both the sign-in's reply handler and
// the SCM listener) under hostile traffic, over raw sockets: it binds 127.0.0.1 only (every
// other IPv4 and IPv6 address is refused), ignores stray and malformed requests without
// crashing or reporting a callback, reports exactly the callback on its own path and with the
// expected state (checked before anything else, refused before one is expected), and holds a
// bounded number of connections, none of them for long.
#include "LoopbackExchange.h"
#include "LoopbackReplyHandler.h"
#include "LoopbackServer.h"

#include <QElapsedTimer>
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
        return loopbackExchange(port, bytes);
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
        handler.expectState(QStringLiteral("the-state"));
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
        handler.expectState(QStringLiteral("the-state"));
        QSignalSpy callbacks(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
        const QByteArray answer = exchange(handler.port(), request);
        QVERIFY2(answer.startsWith(statusLine), answer.left(100).constData());
        QCOMPARE(callbacks.count(), 0);
        QVERIFY(handler.isListening());
    }

    // The state before anything else: until the listener is told which authorization it waits
    // for, every callback is refused (400) and handed to nobody; then only that state passes.
    // An error without the right state is no different from any other forged callback.
    void theStateIsCheckedBeforeAnythingElse_data() {
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("a code, nothing expected yet") << QByteArray("code=c&state=s");
        QTest::newRow("an error without state") << QByteArray("error=access_denied&"
                                                              "error_description=%3Cb%3Ex%3C/b%3E");
        QTest::newRow("an error with another state")
            << QByteArray("error=access_denied&state=forged");
        QTest::newRow("a code with another state") << QByteArray("code=c&state=forged");
        QTest::newRow("a code without state") << QByteArray("code=c");
        QTest::newRow("the state as a prefix") << QByteArray("code=c&state=the-stat");
        QTest::newRow("the state twice, wrong first")
            << QByteArray("code=c&state=forged&state=the-state");
    }

    void theStateIsCheckedBeforeAnythingElse() {
        QFETCH(QByteArray, query);
        LoopbackServer server;
        QVERIFY(server.listen());
        int handled = 0;
        server.setHandler([&handled](const QUrlQuery &) {
            ++handled;
            return LoopbackServer::Page{200, QStringLiteral("ok"), QStringLiteral("ok")};
        });
        QSignalSpy refused(&server, &LoopbackServer::callbackRefused);
        const bool beforeExpecting = QTest::currentDataTag() == QByteArray("a code, nothing "
                                                                           "expected yet");
        if (!beforeExpecting)
            server.expectState(QStringLiteral("the-state"));
        const QByteArray answer =
            exchange(server.port(), "GET /callback?" + query + " HTTP/1.1\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.left(100).constData());
        QVERIFY(answer.contains("does not belong"));
        QCOMPARE(handled, 0);
        QCOMPARE(refused.count(), 1);
        QVERIFY(server.isListening());
        // The right state still gets through afterwards.
        server.expectState(QStringLiteral("the-state"));
        QVERIFY(exchange(server.port(), "GET /callback?code=c&state=the-state HTTP/1.1\r\n\r\n")
                    .startsWith("HTTP/1.1 200 "));
        QCOMPARE(handled, 1);
    }

    // The sign-in's reply handler is the same server: without the state the flow never hears
    // of an error (Qt's flow would end the sign-in with whatever text it carried).
    void theSignInHandlerPassesOnlyItsState() {
        LoopbackReplyHandler handler;
        QSignalSpy callbacks(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
        QVERIFY(exchange(handler.port(), "GET /callback?error=access_denied HTTP/1.1\r\n\r\n")
                    .startsWith("HTTP/1.1 400 "));
        handler.expectState(QStringLiteral("s"));
        QVERIFY(
            exchange(handler.port(), "GET /callback?error=access_denied&state=x HTTP/1.1\r\n\r\n")
                .startsWith("HTTP/1.1 400 "));
        QCOMPARE(callbacks.count(), 0);
        QVERIFY(exchange(handler.port(), "GET /callback?code=c&state=s HTTP/1.1\r\n\r\n")
                    .startsWith("HTTP/1.1 200 "));
        QCOMPARE(callbacks.count(), 1);
    }

    // The callback path is the owner's: any other path is 404 and reported nowhere.
    void theCallbackPathIsConfigurable() {
        LoopbackServer server;
        server.setCallbackPath(QStringLiteral("/scm/return"));
        QVERIFY(server.listen());
        server.expectState(QStringLiteral("s"));
        QCOMPARE(server.callbackUrl(),
                 QUrl(QStringLiteral("http://127.0.0.1:%1/scm/return").arg(server.port())));
        int handled = 0;
        server.setHandler([&handled](const QUrlQuery &) {
            ++handled;
            return LoopbackServer::Page{};
        });
        QSignalSpy refused(&server, &LoopbackServer::callbackRefused);
        QVERIFY(exchange(server.port(), "GET /callback?code=c&state=s HTTP/1.1\r\n\r\n")
                    .startsWith("HTTP/1.1 404 "));
        QCOMPARE(handled, 0);
        QCOMPARE(refused.count(), 0);
        QVERIFY(exchange(server.port(), "GET /scm/return?code=c&state=s HTTP/1.1\r\n\r\n")
                    .startsWith("HTTP/1.1 200 "));
        QCOMPARE(handled, 1);
    }

    // Many idle peers: at most maxConnections are held, the rest closed at once, and every
    // connection that sends no whole request is closed after the idle timeout. Afterwards the
    // real callback is still served.
    void connectionsAreCappedAndIdleOnesDropped() {
        LoopbackServer server;
        server.setIdleTimeout(std::chrono::milliseconds(4000));
        QCOMPARE(server.maxConnections(), 16);
        QVERIFY(server.listen());
        server.expectState(QStringLiteral("s"));
        constexpr int Peers = 60;
        std::vector<std::unique_ptr<QTcpSocket>> peers;
        for (int i = 0; i < Peers; ++i) {
            peers.push_back(std::make_unique<QTcpSocket>());
            peers.back()->connectToHost(QHostAddress::LocalHost, server.port());
        }
        // Half a request from each: never finished.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(peers.begin(), peers.end(), [](const auto &peer) {
                    return peer->state() != QAbstractSocket::ConnectingState &&
                           peer->state() != QAbstractSocket::HostLookupState;
                });
            },
            5000));
        for (const auto &peer : peers)
            if (peer->state() == QAbstractSocket::ConnectedState)
                peer->write("GET /callback?co");
        const auto stillOpen = [&] {
            return int(std::count_if(peers.begin(), peers.end(), [](const auto &peer) {
                return peer->state() == QAbstractSocket::ConnectedState;
            }));
        };
        QTRY_VERIFY_WITH_TIMEOUT(stillOpen() <= server.maxConnections(), 2000);
        QVERIFY2(server.connectionCount() <= server.maxConnections(),
                 qPrintable(QString::number(server.connectionCount())));
        qInfo("%d of %d idle peers held", server.connectionCount(), Peers);
        QVERIFY(server.connectionCount() > 0);
        // After the idle timeout nobody is held any more.
        QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, 8000);
        QTRY_COMPARE_WITH_TIMEOUT(stillOpen(), 0, 8000);
        QVERIFY(exchange(server.port(), "GET /callback?code=c&state=s HTTP/1.1\r\n\r\n")
                    .startsWith("HTTP/1.1 200 "));
    }

    // A peer that sends its request a byte at a time is still cut off at the idle timeout.
    void aSlowRequestIsCutOff() {
        LoopbackServer server;
        server.setIdleTimeout(std::chrono::milliseconds(500));
        QVERIFY(server.listen());
        QTcpSocket peer;
        peer.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(peer.waitForConnected(2000));
        const QByteArray request("GET /callback?code=c&state=s HTTP/1.1\r\nX: ");
        QElapsedTimer clock;
        clock.start();
        int sent = 0;
        while (peer.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 5000) {
            peer.write(request.mid(sent++ % request.size(), 1));
            QTest::qWait(50);
        }
        QVERIFY2(peer.state() != QAbstractSocket::ConnectedState, "still connected after 5 s");
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
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
