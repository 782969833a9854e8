#include "GraphQlClient.h"

#include "Logging.h"
#include "ReplyGuard.h"
#include "SecretMemory.h"
#include "TlsErrors.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>

#include <cstring>

namespace {

// A request body that can be read once and never rewound. Qt's HTTP code silently sends a
// request again when the server closes the connection before answering ("FIXME: we
// shouldn't send the same broken request again!" in qhttpnetworkconnectionchannel.cpp),
// even a POST. A mutation must never be sent twice: with this body Qt cannot rewind it and
// reports ContentReSendError instead.
// `sent` is called once: by handOver() (its reply reports it sent), or when it goes away.
class OneShotBody : public QIODevice {
public:
    OneShotBody(QByteArray data, std::function<void()> sent, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
        , m_sent(std::move(sent)) {
        open(QIODevice::ReadOnly);
    }
    ~OneShotBody() override { handOver(); }
    void handOver() {
        if (m_sent)
            std::exchange(m_sent, {})();
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
    std::function<void()> m_sent;
};

QDateTime parseHttpDate(const QByteArray &value) {
    // RFC 7231 IMF-fixdate, e.g. "Sun, 22 Nov 2026 19:56:00 GMT"
    QDateTime date = QDateTime::fromString(QString::fromLatin1(value).chopped(4),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    date.setTimeZone(QTimeZone::utc());
    return date;
}
} // namespace

GraphQlClient::GraphQlClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network) {
    m_afterBodiesCap.setSingleShot(true);
    m_afterBodiesCap.setInterval(20);
    connect(&m_afterBodiesCap, &QTimer::timeout, this, &GraphQlClient::runAfterBodies);
}

namespace {
QByteArray readResource(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

QByteArray GraphQlClient::document(const QString &operationName) {
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(operationName);
    if (it == cache.end()) {
        QByteArray text = readResource(QStringLiteral(":/graphql/%1.graphql").arg(operationName));
        // The fragments it spreads (...Name, not an inline "... on Type"), and theirs, once
        // each, from resources/graphql/fragments/<Name>.graphql.
        static const QRegularExpression spread(
            QStringLiteral("\\.\\.\\.\\s*(?!on\\b)([_A-Za-z]\\w*)"));
        QStringList appended;
        for (qsizetype scanned = 0; !text.isEmpty() && scanned < text.size();) {
            const QString rest = QString::fromUtf8(text.mid(scanned));
            scanned = text.size();
            for (const QRegularExpressionMatch &match : spread.globalMatch(rest)) {
                const QString name = match.captured(1);
                if (appended.contains(name))
                    continue;
                appended << name;
                const QByteArray fragment =
                    readResource(QStringLiteral(":/graphql/fragments/%1.graphql").arg(name));
                if (fragment.isEmpty())
                    qCWarning(lcApi)
                        << "operation" << operationName << "spreads unknown fragment" << name;
                text += '\n' + fragment;
            }
        }
        it = cache.insert(operationName, text);
    }
    return it.value();
}

GraphQlClient::Response GraphQlClient::parseBody(const QByteArray &body, int httpStatus) {
    Response response;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        response.error.kind = ApiError::Kind::BadResponse;
        response.error.httpStatus = httpStatus;
        response.error.message =
            tr("The server's answer is not valid GraphQL JSON (%1). The API URL may point at "
               "the wrong service.")
                .arg(parseError.error == QJsonParseError::NoError ? tr("not an object")
                                                                  : parseError.errorString());
        return response;
    }
    const QJsonObject object = document.object();
    response.data = object.value(QLatin1String("data")).toObject();
    const QJsonArray errors = object.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const QJsonValue &error : errors) {
            const QString message = error.toObject().value(QLatin1String("message")).toString();
            if (!message.isEmpty() && !messages.contains(message))
                messages << message;
            if (response.error.code.isEmpty())
                response.error.code = error.toObject()
                                          .value(QLatin1String("extensions"))
                                          .toObject()
                                          .value(QLatin1String("code"))
                                          .toString();
        }
        response.error.kind = ApiError::Kind::GraphQl;
        response.error.httpStatus = httpStatus;
        response.error.message = messages.isEmpty() ? tr("The server reported an error without "
                                                         "a message.")
                                                    : messages.join(QLatin1Char('\n'));
    } else if (!object.contains(QLatin1String("data"))) {
        response.error.kind = ApiError::Kind::BadResponse;
        response.error.httpStatus = httpStatus;
        response.error.message = tr("The server's answer has neither data nor errors.");
    }
    return response;
}

QUrl GraphQlClient::resolveFileUrl(const QString &relativeUrl) const {
    const QUrl relative(relativeUrl);
    if (!relative.isValid() || relativeUrl.isEmpty())
        return {};
    QUrl base = m_endpoint;
    base.setPath(QStringLiteral("/"));
    base.setQuery(QString());
    const QUrl url = base.resolved(relative);
    if (url.scheme() != m_endpoint.scheme() || url.host() != m_endpoint.host() ||
        url.port() != m_endpoint.port() || !url.userInfo().isEmpty())
        return {};
    return url;
}

void GraphQlClient::getFile(const QString &relativeUrl, QObject *context,
                            std::function<void(const ApiResult<QByteArray> &)> callback) {
    const QUrl url = resolveFileUrl(relativeUrl);
    if (url.isEmpty()) {
        ApiResult<QByteArray> result;
        result.error.kind = ApiError::Kind::BadResponse;
        result.error.message =
            tr("The server named a file outside the API (%1); TokenDesk did not fetch it.")
                .arg(relativeUrl.left(200));
        QMetaObject::invokeMethod(
            context, [callback, result] { callback(result); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    if (!m_bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearer);
    request.setTransferTimeout(120000);
    ReplyGuard::noRedirects(request);
    QNetworkReply *reply = m_network->get(request);
    ReplyGuard::limit(reply, 16 * ReplyGuard::GraphQlLimit);
    TlsErrors::watch(reply);
    qCDebug(lcApi) << "-> GET" << url.path();
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, url, guard, callback] {
        reply->deleteLater();
        if (!guard)
            return;
        ApiResult<QByteArray> result;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = ReplyGuard::tooLarge(reply) ? QByteArray() : reply->readAll();
        if (const QString refused = ReplyGuard::refusal(reply, tr("The API"), url);
            !refused.isEmpty()) {
            result.error.kind = ApiError::Kind::Http;
            result.error.message = refused;
        } else if (status == 401) {
            result.error.kind = ApiError::Kind::Unauthorized;
            result.error.httpStatus = status;
            result.error.message = tr("The API refused the sign-in for %1.").arg(url.path());
        } else if (status >= 200 && status < 300) {
            result.value = bytes;
        } else if (status != 0) {
            result.error.kind = ApiError::Kind::Http;
            result.error.httpStatus = status;
            const QString said =
                QJsonDocument::fromJson(bytes).object().value(QLatin1String("message")).toString();
            result.error.message =
                said.isEmpty() ? tr("The Moderne API answered HTTP %1.").arg(status)
                               : tr("The Moderne API answered HTTP %1: %2").arg(status).arg(said);
        } else {
            result.error.kind = ApiError::Kind::Network;
            result.error.message = reply->errorString();
        }
        callback(result);
    });
}

void GraphQlClient::execute(const QString &operationName, const QJsonObject &variables,
                            QObject *context, Callback callback, Peek peek) {
    send(operationName, variables, context, std::move(callback), false, 0, std::move(peek));
}

void GraphQlClient::afterBodiesSent(QObject *context, std::function<void()> then) {
    if (m_bodiesWaiting == 0) {
        then();
        return;
    }
    m_afterBodies.push_back({QPointer<QObject>(context), std::move(then)});
    if (!m_afterBodiesCap.isActive())
        m_afterBodiesCap.start();
}

void GraphQlClient::bodySent() {
    if (--m_bodiesWaiting > 0 || m_afterBodies.empty())
        return;
    // After the event that reported it: what waits runs in an event of its own.
    QMetaObject::invokeMethod(this, &GraphQlClient::runAfterBodies, Qt::QueuedConnection);
}

void GraphQlClient::runAfterBodies() {
    m_afterBodiesCap.stop();
    const auto waiting = std::exchange(m_afterBodies, {});
    for (const auto &[context, then] : waiting) {
        if (context)
            then();
    }
}

bool GraphQlClient::isRead(const QString &operationName) {
    return document(operationName).trimmed().startsWith("query");
}

void GraphQlClient::send(const QString &operationName, const QJsonObject &variables,
                         QObject *context, Callback callback, bool isRetry, int attempt,
                         Peek peek) {
    const QByteArray query = document(operationName);
    Q_ASSERT_X(!query.isEmpty(), "GraphQlClient", "unknown operation document");
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/graphql-response+json, application/json");
    if (!m_bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearer);
    if (m_platformV2)
        request.setRawHeader("X-Moderne-Platform-Version", "v2");
    request.setTransferTimeout(30000);
    // The bearer goes to the configured API only: a redirect is an error, never followed.
    ReplyGuard::noRedirects(request);
    QJsonObject body{{QStringLiteral("query"), QString::fromUtf8(query)},
                     {QStringLiteral("operationName"), operationName}};
    if (!variables.isEmpty())
        body.insert(QStringLiteral("variables"), variables);
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // Qt would send the request again by itself after a closed connection: never for a
    // mutation, and for a read only through the retry policy below (counted, with backoff).
    request.setHeader(QNetworkRequest::ContentLengthHeader, payload.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    // Qt reads the body at once, but its network thread still asks for it through this
    // thread's event loop when it writes the request: until the reply reports it all sent.
    ++m_bodiesWaiting;
    auto *once = new OneShotBody(
        payload,
        [guard = QPointer<GraphQlClient>(this)] {
            if (guard)
                guard->bodySent();
        },
        nullptr);
    QNetworkReply *reply = m_network->post(request, once);
    once->setParent(reply);
    connect(reply, &QNetworkReply::uploadProgress, once, [once](qint64 sent, qint64 total) {
        if (total > 0 && sent >= total)
            once->handOver();
    });
    ReplyGuard::limit(reply, ReplyGuard::GraphQlLimit);
    TlsErrors::watch(reply);
    qCDebug(lcApi) << "->" << operationName
                   << (isRetry ? "(again, after renewing the sign-in)" : "");
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, operationName, variables, guard, callback = std::move(callback), isRetry,
             attempt, peek = std::move(peek)] {
                reply->deleteLater();
                if (guard)
                    finish(reply, operationName, variables, guard, callback, isRetry, attempt,
                           peek);
            });
}

void GraphQlClient::finish(QNetworkReply *reply, const QString &operationName,
                           const QJsonObject &variables, QObject *context, Callback callback,
                           bool isRetry, int attempt, Peek peek) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Response response;
    if (reply->hasRawHeader("Date")) {
        response.serverDate = parseHttpDate(reply->rawHeader("Date"));
        if (response.serverDate.isValid())
            Q_EMIT responseDate(response.serverDate);
    }
    const QByteArray bytes = ReplyGuard::tooLarge(reply) ? QByteArray() : reply->readAll();
    bool refusedOutright = false;
    if (const QString refused = ReplyGuard::refusal(reply, tr("The API"), m_endpoint);
        !refused.isEmpty()) {
        // A redirect or an oversized answer: the same again next time, never retried.
        response.error.kind = ApiError::Kind::Http;
        response.error.httpStatus = status;
        response.error.message = refused;
        refusedOutright = true;
    } else if (status == 401) {
        const bool isRead = GraphQlClient::isRead(operationName);
        if (m_refresher && !isRetry) {
            QPointer<QObject> guard(context);
            m_refresher([this, operationName, variables, guard, callback, isRead,
                         peek](bool ok, QByteArray token) {
                if (!guard)
                    return;
                if (ok) {
                    SecretMemory::replace(m_bearer, token);
                    if (isRead)
                        return send(operationName, variables, guard, callback, true, 0, peek);
                    Response notDone;
                    notDone.error.kind = ApiError::Kind::Unauthorized;
                    notDone.error.httpStatus = 401;
                    notDone.error.message = tr("Your sign-in had expired, so the server did not do "
                                               "this. It has been renewed: try again.");
                    return callback(notDone);
                }
                Response refused;
                refused.error.kind = ApiError::Kind::Unauthorized;
                refused.error.httpStatus = 401;
                refused.error.message = tr("You are signed out: the server no longer accepts your "
                                           "sign-in. Sign in again; nothing you entered is lost.");
                Q_EMIT unauthorized();
                callback(refused);
            });
            return;
        }
        response.error.kind = ApiError::Kind::Unauthorized;
        response.error.httpStatus = 401;
        response.error.message = tr("You are signed out: the server no longer accepts your "
                                    "sign-in. Sign in again; nothing you entered is lost.");
        Q_EMIT unauthorized();
    } else if (status == 0 && TlsErrors::isCertificateFailure(reply)) {
        // Not transient, never retried: nothing was sent.
        response.error.kind = ApiError::Kind::Network;
        response.error.message =
            TlsErrors::describe(reply, tr("the Moderne API at %1").arg(m_endpoint.host()));
        refusedOutright = true;
    } else if (status == 0 && (reply->error() == QNetworkReply::RemoteHostClosedError ||
                               reply->error() == QNetworkReply::ContentReSendError)) {
        response.error.kind = ApiError::Kind::Network;
        response.error.message = tr("The connection to the Moderne API at %1 was closed before "
                                    "it answered.")
                                     .arg(m_endpoint.host());
    } else if (status == 0 && reply->error() == QNetworkReply::OperationCanceledError) {
        response.error.kind = ApiError::Kind::Network;
        response.error.message =
            tr("The Moderne API at %1 did not answer in time.").arg(m_endpoint.host());
    } else if (status == 0) {
        response.error.kind = ApiError::Kind::Network;
        response.error.message = tr("The Moderne API at %1 could not be reached (%2). "
                                    "Check your network connection.")
                                     .arg(m_endpoint.host(), reply->errorString());
    } else if (status >= 300 && !reply->header(QNetworkRequest::ContentTypeHeader)
                                     .toString()
                                     .contains(QLatin1String("json"))) {
        response.error.kind = ApiError::Kind::Http;
        response.error.httpStatus = status;
        response.error.message =
            tr("The Moderne API answered HTTP %1 (%2). Try again in a moment.")
                .arg(status)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    } else {
        if (peek && status == 200) {
            peek(bytes);
            if (m_bodiesWaiting > 0) {
                // The peek sent the next request. Its body reaches Qt's network thread through
                // this thread: parsing this answer first would hold it back from the server.
                afterBodiesSent(context, [=, this] {
                    conclude(answer(bytes, status, response.serverDate), status, false,
                             operationName, variables, context, callback, isRetry, attempt, peek);
                });
                return;
            }
        }
        response = answer(bytes, status, response.serverDate);
    }
    conclude(response, status, refusedOutright, operationName, variables, context, callback,
             isRetry, attempt, peek);
}

GraphQlClient::Response GraphQlClient::answer(const QByteArray &bytes, int status,
                                              const QDateTime &serverDate) {
    Response response = parseBody(bytes, status);
    response.serverDate = serverDate;
    if (!response.error && status >= 300) {
        response.error.kind = ApiError::Kind::Http;
        response.error.httpStatus = status;
        response.error.message = tr("The Moderne API answered HTTP %1.").arg(status);
    } else if (status >= 500 && response.error.kind != ApiError::Kind::None) {
        // A server error that explains itself: still a server error (and transient).
        response.error.kind = ApiError::Kind::Http;
        response.error.httpStatus = status;
        response.error.message =
            tr("The Moderne API answered HTTP %1: %2").arg(status).arg(response.error.message);
    }
    return response;
}

void GraphQlClient::conclude(Response response, int status, bool refusedOutright,
                             const QString &operationName, const QJsonObject &variables,
                             QObject *context, Callback callback, bool isRetry, int attempt,
                             Peek peek) {
    qCDebug(lcApi) << "<-" << operationName << status
                   << (response.error ? response.error.message : QString());
    // Transient failures of a read: send it again, a limited number of times, with backoff.
    const bool transient =
        !refusedOutright && (response.error.kind == ApiError::Kind::Network ||
                             response.error.kind == ApiError::Kind::BadResponse ||
                             (response.error.kind == ApiError::Kind::Http && status >= 500));
    if (transient && attempt < m_readRetries && isRead(operationName)) {
        int delay = m_firstRetryDelayMs;
        for (int i = 0; i < attempt; ++i)
            delay *= 3;
        qCInfo(lcApi) << operationName << "failed (" << response.error.message << "); again in"
                      << delay << "ms";
        Q_EMIT retrying(operationName, attempt + 1, response.error.message);
        QPointer<QObject> guard(context);
        QTimer::singleShot(
            delay, this, [this, operationName, variables, guard, callback, isRetry, attempt, peek] {
                if (guard)
                    send(operationName, variables, guard, callback, isRetry, attempt + 1, peek);
            });
        return;
    }
    if (transient && attempt > 0)
        response.error.message =
            tr("%1 (tried %n time(s))", nullptr, attempt + 1).arg(response.error.message);
    if (transient && !isRead(operationName))
        response.error.message = tr("%1 The server may or may not have done it; TokenDesk did not "
                                    "send it again. The list shows what the server holds now.")
                                     .arg(response.error.message);
    callback(response);
}
