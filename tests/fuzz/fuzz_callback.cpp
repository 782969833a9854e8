// libFuzzer target: what a browser (or anything else on this machine) sends to a loopback
// listener, through LoopbackRequest::parse, the parser of both the sign-in and the SCM
// listeners, with its invariants checked; then the query decoded the ways the listeners do.
#include "LoopbackRequest.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const qsizetype limit : {LoopbackRequest::MaxSize, qsizetype(64)}) {
        const LoopbackRequest request = LoopbackRequest::parse(bytes, limit);
        switch (request.verdict) {
        case LoopbackRequest::Verdict::Incomplete:
            if (bytes.size() > limit || bytes.contains("\r\n\r\n"))
                std::abort();
            break;
        case LoopbackRequest::Verdict::Rejected:
            if ((request.status != 400 && request.status != 431) || request.reason.isEmpty() ||
                !request.method.isEmpty())
                std::abort();
            break;
        case LoopbackRequest::Verdict::Accepted: {
            if (bytes.size() > limit || request.method.isEmpty() ||
                !request.path.startsWith(QLatin1Char('/')) || !bytes.startsWith(request.method))
                std::abort();
            // What the listeners do with it.
            const auto items = request.query.queryItems(QUrl::PrettyDecoded);
            for (const auto &[name, value] : items)
                (void)request.query.queryItemValue(name, QUrl::FullyDecoded);
            (void)request.query.hasQueryItem(QStringLiteral("code"));
            break;
        }
        }
        (void)LoopbackRequest::response(request.status ? request.status : 200, bytes.left(64));
    }
    return 0;
}
