#include "ReplyGuard.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

constexpr char LimitProperty[] = "tokendesk.sizeLimit";
constexpr char TooLargeProperty[] = "tokendesk.tooLarge";

// A URL as said to the user: without user info, query or fragment (a redirect's query can
// carry anything).
QString shown(const QUrl &url) {
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void check(QNetworkReply *reply, qint64 received) {
    if (reply->property(TooLargeProperty).toBool() || reply->isFinished())
        return;
    const qint64 maxBytes = reply->property(LimitProperty).toLongLong();
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 seen = std::max(received, reply->bytesAvailable());
    if (seen <= maxBytes && !(declared.isValid() && declared.toLongLong() > maxBytes))
        return;
    reply->setProperty(TooLargeProperty, true);
    qCWarning(lcCore) << "stopped reading" << shown(reply->url()) << "after" << seen
                      << "bytes: more than" << maxBytes;
    reply->abort();
}

} // namespace

namespace ReplyGuard {

void noRedirects(QNetworkRequest &request) {
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
}

void limit(QNetworkReply *reply, qint64 maxBytes) {
    const bool first = !reply->property(LimitProperty).isValid();
    reply->setProperty(LimitProperty, maxBytes);
    if (!first)
        return;
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply,
                     [reply] { check(reply, reply->bytesAvailable()); });
    // Every piece as it is handed over (downloadProgress is throttled to one per 100 ms).
    // (Qt's HTTP thread hands over what it read meanwhile in one piece when data comes faster
    // than the event loop turns, so the abort can come some way past the limit. A read
    // buffer size would hold it back, but Qt 6.4 loses it for requests that start at once
    // and stalls GETs at exactly the size: not used.)
    QObject::connect(reply, &QNetworkReply::readyRead, reply,
                     [reply] { check(reply, reply->bytesAvailable()); });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply](qint64 received, qint64) { check(reply, received); });
}

bool tooLarge(const QNetworkReply *reply) {
    return reply->property(TooLargeProperty).toBool();
}

QUrl redirectTarget(const QNetworkReply *reply) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 300 || status > 399)
        return {};
    QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (target.isEmpty())
        target = QUrl::fromEncoded(reply->rawHeader("Location"));
    return target.isEmpty() ? QUrl() : reply->url().resolved(target);
}

QString sizeText(qint64 bytes) {
    if (bytes >= MegaByte && bytes % MegaByte == 0)
        return QCoreApplication::translate("ReplyGuard", "%1 MB").arg(bytes / MegaByte);
    return QCoreApplication::translate("ReplyGuard", "%n byte(s)", nullptr, int(bytes));
}

QString refusal(const QNetworkReply *reply, const QString &what, const QUrl &asked) {
    const QUrl url = asked.isEmpty() ? reply->url() : asked;
    if (tooLarge(reply))
        return QCoreApplication::translate("ReplyGuard",
                                           "%1 at %2 answered with more than %3; TokenDesk "
                                           "stopped reading.")
            .arg(what, shown(url), sizeText(reply->property(LimitProperty).toLongLong()));
    if (const QUrl target = redirectTarget(reply); !target.isEmpty())
        return QCoreApplication::translate("ReplyGuard",
                                           "%1 at %2 redirected to %3; TokenDesk did not follow "
                                           "it.")
            .arg(what, shown(url), shown(target));
    return {};
}

std::optional<QByteArray> readAtMost(QIODevice &device, qint64 maxBytes) {
    QByteArray content;
    char chunk[65536];
    for (;;) {
        const qint64 n = device.read(chunk, sizeof chunk);
        if (n <= 0)
            break;
        content.append(chunk, qsizetype(n));
        if (content.size() > maxBytes)
            return std::nullopt;
    }
    return content;
}

} // namespace ReplyGuard

GuardedNetworkAccessManager::GuardedNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent) {
    setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkReply *GuardedNetworkAccessManager::createRequest(Operation operation,
                                                          const QNetworkRequest &request,
                                                          QIODevice *outgoingData) {
    QNetworkRequest guarded(request);
    ReplyGuard::noRedirects(guarded);
    QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, guarded, outgoingData);
    ReplyGuard::limit(reply, m_defaultLimit);
    return reply;
}
