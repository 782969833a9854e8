#pragma once

#include <QByteArray>
#include <QUrl>

// Plays a browser (or an attacker) on a loopback listener: connects to 127.0.0.1:`port`,
// writes `request` and returns everything answered until the listener closes the connection
// (or `timeoutMs` passes). Waits with the event loop turning, so a listener in the calling
// thread can answer. "<no connection>" when it could not connect.
QByteArray loopbackExchange(quint16 port, const QByteArray &request, int timeoutMs = 3000);

// The status code of an HTTP answer ("HTTP/1.1 400 …" → 400), 0 when it is none.
int httpStatus(const QByteArray &answer);

// Whether something listens on 127.0.0.1 at the port of `url` (a callback URL).
bool loopbackPortIsOpen(const QUrl &url);
