#include "LoopbackExchange.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

QByteArray loopbackExchange(quint16 port, const QByteArray &request, int timeoutMs) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; },
                         timeoutMs))
        return "<no connection>";
    socket.write(request);
    QByteArray answer;
    (void)QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() != QAbstractSocket::ConnectedState;
        },
        timeoutMs);
    return answer + socket.readAll();
}

int httpStatus(const QByteArray &answer) {
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

bool loopbackPortIsOpen(const QUrl &url) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
    return socket.waitForConnected(2000);
}
