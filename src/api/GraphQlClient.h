#pragma once

#include "ApiTypes.h"
#include "SecretMemory.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <utility>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

// Sends the operation documents kept in resources/graphql/ to a GraphQL endpoint with a bearer,
// and turns every kind of failure (network, HTTP, 401, errors[], malformed JSON) into an ApiError
// with a specific message.
class GraphQlClient : public QObject {
    Q_OBJECT
public:
    struct Response {
        QJsonObject data;
        ApiError error;
        QDateTime serverDate; // from the Date header, for clock-skew display
    };
    using Callback = std::function<void(const Response &)>;
    // Shown an answer's body as it came (HTTP 200, before it is parsed), e.g. to read a page's
    // cursor early; the callback follows as usual.
    using Peek = std::function<void(const QByteArray &body)>;

    explicit GraphQlClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    QNetworkAccessManager *network() const { return m_network; }
    void setEndpoint(const QUrl &endpoint) { m_endpoint = endpoint; }
    QUrl endpoint() const { return m_endpoint; }
    void setBearerToken(const QByteArray &token) { SecretMemory::replace(m_bearer, token); }
    bool hasBearerToken() const { return !m_bearer.isEmpty(); }
    void setSendPlatformV2(bool send) { m_platformV2 = send; }

    // Called on a 401: renew the bearer and call back with true and the new token, or false.
    // With it, a read (query) that got 401 is sent once more with the new token; a mutation
    // is never repeated (the server did not act on it: the caller is told to try again).
    using TokenRefresher = std::function<void(std::function<void(bool ok, QByteArray token)>)>;
    void setTokenRefresher(TokenRefresher refresher) { m_refresher = std::move(refresher); }

    // A read (query) that fails on the way (network error, HTTP 5xx, an answer that is not
    // GraphQL JSON) is sent again up to `retries` times, waiting `firstDelayMs`, then three
    // times longer each time. A mutation is never sent again.
    void setReadRetries(int retries, int firstDelayMs) {
        m_readRetries = retries;
        m_firstRetryDelayMs = firstDelayMs;
    }
    static bool isRead(const QString &operationName);

    // Runs `then` once every request sent so far has been written out by Qt's network thread
    // (its reply reports its body sent): at once when none is waiting, at the latest after the
    // cap (20 ms unless set). That thread asks for a request's body through this thread's
    // event loop, so work done first (parsing a page, inserting its rows, painting) holds the
    // request back from the server for as long. `context` going away cancels it.
    void afterBodiesSent(QObject *context, std::function<void()> then);
    void setAfterBodiesCap(int ms) { m_afterBodiesCap.setInterval(ms); }

    // The text of resources/graphql/<operationName>.graphql; empty if there is none.
    static QByteArray document(const QString &operationName);

    // Calls back exactly once; `context` going away cancels the callback (and the peek).
    void execute(const QString &operationName, const QJsonObject &variables, QObject *context,
                 Callback callback, Peek peek = {});

    // execute() with a typed result: the request's error as is (a GraphQL errors[] with
    // partial data is still an error), else what `parser` (QJsonObject data, QString *reason
    // -> std::optional<T>) makes of the data, else BadResponse with the parser's reason.
    template <typename T, typename Parser>
    void executeTyped(const QString &operationName, const QJsonObject &variables, QObject *context,
                      Parser parser, std::function<void(const ApiResult<T> &)> callback,
                      Peek peek = {}) {
        execute(
            operationName, variables, context,
            [parser, callback = std::move(callback)](const Response &response) {
                ApiResult<T> result;
                if (response.error) {
                    result.error = response.error;
                    return callback(result);
                }
                QString reason;
                result.value = parser(response.data, &reason);
                if (!result.value) {
                    result.error.kind = ApiError::Kind::BadResponse;
                    result.error.message = reason;
                }
                callback(result);
            },
            std::move(peek));
    }

    // GETs a file the API names by a path relative to its base URL (e.g. a finished audit log
    // export's downloadUrl), with the same bearer. Refused without a request when the path
    // resolves to another scheme, host or port: the bearer goes to the configured API only.
    void getFile(const QString &relativeUrl, QObject *context,
                 std::function<void(const ApiResult<QByteArray> &)> callback);
    // Where getFile() would send its request; empty when that is not the API's origin.
    QUrl resolveFileUrl(const QString &relativeUrl) const;

    // Parses a GraphQL HTTP response body (exposed for tests and fuzzing).
    static Response parseBody(const QByteArray &body, int httpStatus);

Q_SIGNALS:
    // A request was refused with 401 and renewing the sign-in did not help.
    void unauthorized();
    void responseDate(const QDateTime &serverDate);
    // A read is being sent again after a transient failure (for a status line).
    void retrying(const QString &operationName, int attempt, const QString &reason);

private:
    void send(const QString &operationName, const QJsonObject &variables, QObject *context,
              Callback callback, bool isRetry, int attempt = 0, Peek peek = {});
    void finish(QNetworkReply *reply, const QString &operationName, const QJsonObject &variables,
                QObject *context, Callback callback, bool isRetry, int attempt, Peek peek);
    // A JSON answer's body as a Response (HTTP errors that explain themselves included).
    static Response answer(const QByteArray &bytes, int status, const QDateTime &serverDate);
    // Retries a transient failure of a read, else calls back.
    void conclude(Response response, int status, bool refusedOutright, const QString &operationName,
                  const QJsonObject &variables, QObject *context, Callback callback, bool isRetry,
                  int attempt, Peek peek);
    void bodySent();
    void runAfterBodies();

    QNetworkAccessManager *m_network;
    TokenRefresher m_refresher;
    QUrl m_endpoint;
    QByteArray m_bearer;
    bool m_platformV2 = false;
    int m_readRetries = 2;
    int m_firstRetryDelayMs = 500;
    int m_bodiesWaiting = 0; // requests whose body is not written out yet (afterBodiesSent)
    std::vector<std::pair<QPointer<QObject>, std::function<void()>>> m_afterBodies;
    QTimer m_afterBodiesCap;
};
