#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

// The head of one HTTP request as a browser sends it to a loopback listener (RFC 8252): the
// request line of what arrived on the socket so far, checked and split into method, path and
// query. Pure and static (no socket, no state), so both listeners (sign-in and SCM connect)
// share it and it can be fuzzed. Headers are not interpreted and a body is never read.
struct LoopbackRequest {
    enum class Verdict {
        Incomplete, // no blank line yet: wait for more bytes
        Accepted,   // method, path and query are set
        Rejected,   // answer with `status` and close; `reason` says why (for logs)
    };

    // More than this before the blank line (or in all) is refused with 431.
    static constexpr qsizetype MaxSize = 16 * 1024;

    Verdict verdict = Verdict::Incomplete;
    int status = 0; // for Rejected: 400 or 431
    QString reason; // for Rejected: a short phrase, never the request itself
    QByteArray method;
    QString path;    // fully decoded, always starts with '/'
    QUrlQuery query; // as sent (use queryItemValue(name, QUrl::FullyDecoded) to decode)

    static LoopbackRequest parse(const QByteArray &bytes, qsizetype maxSize = MaxSize);

    // A complete response: status line, no-store/no-referrer headers, Connection: close and the
    // given HTML body.
    static QByteArray response(int status, const QByteArray &htmlBody);
};
