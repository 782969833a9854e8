#include "GraphQlClient.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimeZone>

namespace {

QDateTime parseHttpDate(const QByteArray &value)
{
    // RFC 7231 IMF-fixdate, e.g. "Sun, 22 Nov 2026 19:56:00 GMT"
    QDateTime date = QDateTime::fromString(QString::fromLatin1(value).chopped(4),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    date.setTimeZone(QTimeZone::utc());
    return date;
}
} // namespace

GraphQlClient::GraphQlClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

QByteArray GraphQlClient::document(const QString &operationName)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(operationName);
    if (it == cache.end()) {
        QFile file(QStringLiteral(":/graphql/%1.graphql").arg(operationName));
        QByteArray text;
        if (file.open(QIODevice::ReadOnly))
            text = file.readAll();
        it = cache.insert(operationName, text);
    }
    return it.value();
}

GraphQlClient::Response GraphQlClient::parseBody(const QByteArray &body, int httpStatus)
{
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

void GraphQlClient::execute(const QString &operationName, const QJsonObject &variables,
                            QObject *context, Callback callback)
{
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
    QJsonObject body{{QStringLiteral("query"), QString::fromUtf8(query)},
                     {QStringLiteral("operationName"), operationName}};
    if (!variables.isEmpty())
        body.insert(QStringLiteral("variables"), variables);
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    qCDebug(lcApi) << "->" << operationName;
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, operationName, guard, callback = std::move(callback)] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                Response response;
                if (reply->hasRawHeader("Date")) {
                    response.serverDate = parseHttpDate(reply->rawHeader("Date"));
                    if (response.serverDate.isValid())
                        Q_EMIT responseDate(response.serverDate);
                }
                const QByteArray bytes = reply->readAll();
                if (status == 401) {
                    response.error.kind = ApiError::Kind::Unauthorized;
                    response.error.httpStatus = 401;
                    response.error.message = tr("The server no longer accepts your sign-in. Sign "
                                                "in again.");
                    Q_EMIT unauthorized();
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
                    response.error.message = tr("The Moderne API answered HTTP %1 (%2). Try again "
                                                "in a moment.")
                                                 .arg(status)
                                                 .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                                          .toString());
                } else {
                    const QDateTime date = response.serverDate;
                    response = parseBody(bytes, status);
                    response.serverDate = date;
                    if (!response.error && status >= 300) {
                        response.error.kind = ApiError::Kind::Http;
                        response.error.httpStatus = status;
                        response.error.message = tr("The Moderne API answered HTTP %1.").arg(status);
                    }
                }
                qCDebug(lcApi) << "<-" << operationName << status
                               << (response.error ? response.error.message : QString());
                if (guard)
                    callback(response);
            });
}
