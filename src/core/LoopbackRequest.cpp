#include "LoopbackRequest.h"

#include <QUrl>

#include <algorithm>

namespace {

LoopbackRequest rejected(int status, const char *reason) {
    LoopbackRequest request;
    request.verdict = LoopbackRequest::Verdict::Rejected;
    request.status = status;
    request.reason = QString::fromLatin1(reason);
    return request;
}

bool isTokenChar(char c) {
    // RFC 9110 tchar, enough for a method.
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

LoopbackRequest LoopbackRequest::parse(const QByteArray &bytes, qsizetype maxSize) {
    if (bytes.size() > maxSize)
        return rejected(431, "request too large");
    if (bytes.indexOf("\r\n\r\n") < 0)
        return {};
    const QList<QByteArray> requestLine = bytes.left(bytes.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return rejected(400, "malformed request line");
    const QByteArray &method = requestLine.at(0);
    if (method.isEmpty() || !std::all_of(method.begin(), method.end(), isTokenChar))
        return rejected(400, "malformed method");
    const QByteArray &target = requestLine.at(1);
    // Origin form only ("/path?query"): an absolute URL or "*" is not what a redirect sends.
    if (!target.startsWith('/'))
        return rejected(400, "request target is not a path");
    const QUrl url = QUrl::fromEncoded(target);
    if (!url.isValid() || !url.scheme().isEmpty() || !url.authority().isEmpty())
        return rejected(400, "malformed request target");

    LoopbackRequest request;
    request.verdict = Verdict::Accepted;
    request.method = method;
    request.path = url.path(QUrl::FullyDecoded);
    if (!request.path.startsWith(QLatin1Char('/')))
        return rejected(400, "request target is not a path");
    request.query = QUrlQuery(url);
    return request;
}

QByteArray LoopbackRequest::response(int status, const QByteArray &htmlBody) {
    const QByteArray reason = status == 200   ? "OK"
                              : status == 404 ? "Not Found"
                              : status == 405 ? "Method Not Allowed"
                              : status == 410 ? "Gone"
                              : status == 431 ? "Request Header Fields Too Large"
                                              : "Bad Request";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(htmlBody.size()) + "\r\n";
    response +=
        "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n";
    response += htmlBody;
    return response;
}
