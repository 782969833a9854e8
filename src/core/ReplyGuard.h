#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkReply;
class QNetworkRequest;

// What TokenDesk accepts from a server or a file: no redirect is ever followed (Qt would copy
// the Authorization header and the request body to another origin, and take that origin's
// answer as the configured one's), and no answer or file is read beyond a size limit (the
// reply is aborted as soon as the limit is passed, never buffered whole first).
namespace ReplyGuard {

inline constexpr qint64 MegaByte = 1024 * 1024;
inline constexpr qint64 DiscoveryLimit = 1 * MegaByte; // OIDC discovery documents
inline constexpr qint64 JwksLimit = 1 * MegaByte;      // JSON Web Key Sets (answers and files)
inline constexpr qint64 TokenLimit = 1 * MegaByte;     // token and revocation endpoints
inline constexpr qint64 GraphQlLimit = 32 * MegaByte;  // one GraphQL answer

// The request never follows a redirect: a 3xx is the answer (see refusal()).
void noRedirects(QNetworkRequest &request);

// Aborts `reply` as soon as its declared (Content-Length) or received body passes `maxBytes`;
// tooLarge() then says so. Calling it again changes the limit.
void limit(QNetworkReply *reply, qint64 maxBytes);
bool tooLarge(const QNetworkReply *reply);

// Where a 3xx answer with a Location points (resolved against the request), else empty.
QUrl redirectTarget(const QNetworkReply *reply);

// "1 MB", "32 MB".
QString sizeText(qint64 bytes);

// The sentence for a reply that redirected or was too large, else empty. `what` begins the
// sentence and names who was asked, e.g. "The API": "The API at <url> redirected to
// <location>; TokenDesk did not follow it." or "The API at <url> answered with more than
// 32 MB; TokenDesk stopped reading." `asked` is the URL to name (default: the reply's).
QString refusal(const QNetworkReply *reply, const QString &what, const QUrl &asked = {});

// Reads `device` to its end but never more than `maxBytes` (a device such as /dev/zero is
// refused after maxBytes + 1 bytes): the content, or std::nullopt when it is larger.
std::optional<QByteArray> readAtMost(QIODevice &device, qint64 maxBytes);

} // namespace ReplyGuard

// The application's QNetworkAccessManager: every request it sends, including those Qt's OAuth
// flow builds itself (the token request), follows no redirect and is read up to a limit (the
// request's own, set with ReplyGuard::limit() after sending, or defaultLimit()).
class GuardedNetworkAccessManager : public QNetworkAccessManager {
    Q_OBJECT
public:
    explicit GuardedNetworkAccessManager(QObject *parent = nullptr);
    qint64 defaultLimit() const { return m_defaultLimit; }
    void setDefaultLimit(qint64 bytes) { m_defaultLimit = bytes; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    qint64 m_defaultLimit = ReplyGuard::TokenLimit;
};
