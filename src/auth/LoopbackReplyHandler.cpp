#include "LoopbackReplyHandler.h"

#include "Logging.h"
#include "LoopbackRequest.h"
#include "ReplyGuard.h"
#include "TlsErrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace {

const char *const CallbackPage = R"(<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>TokenDesk</title>
<style>body{font-family:sans-serif;margin:4em auto;max-width:32em;text-align:center;color:#222}
h1{font-size:1.4em}</style></head>
<body><h1>TokenDesk received your sign-in.</h1>
<p>You can close this tab and return to TokenDesk.</p></body></html>)";
const char *const NotFoundPage = R"(<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>TokenDesk</title></head>
<body><p>There is nothing here.</p></body></html>)";
const char *const BadRequestPage = R"(<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>TokenDesk</title></head>
<body><p>TokenDesk did not understand this request.</p></body></html>)";
} // namespace

LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    : QOAuthOobReplyHandler(parent)
    , m_server(new QTcpServer(this)) {
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReplyHandler::onNewConnection);
    if (m_server->listen(QHostAddress::LocalHost, 0))
        m_port = m_server->serverPort();
    else
        qCWarning(lcAuth) << "sign-in listener could not listen:" << m_server->errorString();
}

LoopbackReplyHandler::~LoopbackReplyHandler() = default;

QString LoopbackReplyHandler::callback() const {
    // What QOAuthHttpServerReplyHandler answered, with the port taken when listening started.
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_port))
        .toString(QUrl::EncodeDelimiters);
}

bool LoopbackReplyHandler::isListening() const {
    return m_server->isListening();
}

void LoopbackReplyHandler::close() {
    m_server->close();
}

void LoopbackReplyHandler::onNewConnection() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void LoopbackReplyHandler::onReadyRead(QTcpSocket *socket) {
    const QByteArray buffer = socket->property("request").toByteArray() + socket->readAll();
    const LoopbackRequest request = LoopbackRequest::parse(buffer);
    if (request.verdict == LoopbackRequest::Verdict::Incomplete) {
        socket->setProperty("request", buffer);
        return;
    }
    socket->setProperty("request", QVariant());
    const auto answer = [socket](int status, const char *html) {
        socket->write(LoopbackRequest::response(status, QByteArray(html)));
        socket->disconnectFromHost();
    };
    if (request.verdict == LoopbackRequest::Verdict::Rejected) {
        qCDebug(lcAuth) << "sign-in listener refused a request:" << request.reason;
        return answer(request.status, BadRequestPage);
    }
    if (request.path != QLatin1String("/callback")) {
        qCDebug(lcAuth) << "sign-in listener: nothing on another path";
        return answer(404, NotFoundPage);
    }
    if (request.method != "GET")
        return answer(405, BadRequestPage);
    // As QOAuthHttpServerReplyHandler reported them: the query items as sent, which
    // QOAuth2AuthorizationCodeFlow and LoginSession percent-decode themselves.
    QVariantMap data;
    const auto items = request.query.queryItems(QUrl::PrettyDecoded);
    for (const auto &[name, value] : items)
        data.insert(name, value);
    answer(200, CallbackPage);
    Q_EMIT callbackReceived(data);
}

QString LoopbackReplyHandler::describeOAuthError(const QString &error, const QString &description) {
    // Qt 6.4 leaves '+' for spaces in descriptions taken from a query string.
    QString detail = description;
    detail.replace(QLatin1Char('+'), QLatin1Char(' '));
    detail = QUrl::fromPercentEncoding(detail.toUtf8());
    if (error == QLatin1String("invalid_grant"))
        return tr("The sign-in server refused the authorization code (%1). Sign in again.")
            .arg(detail.isEmpty() ? error : detail);
    if (error == QLatin1String("access_denied"))
        return tr("Access was denied at the sign-in page (%1).")
            .arg(detail.isEmpty() ? error : detail);
    if (error == QLatin1String("invalid_client") || error == QLatin1String("unauthorized_client"))
        return tr("The sign-in server does not know the client id (%1). Check the client id in "
                  "the tenant settings.")
            .arg(detail.isEmpty() ? error : detail);
    if (detail.isEmpty())
        return tr("The sign-in server reported “%1”.").arg(error);
    return tr("The sign-in server reported “%1”: %2").arg(error, detail);
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply) {
    // A redirect (never followed: the code and verifier stay with the token endpoint) or an
    // answer larger than the network manager's limit.
    if (const QString refused =
            ReplyGuard::refusal(reply, tr("The sign-in server's token endpoint"));
        !refused.isEmpty()) {
        Q_EMIT tokenRequestFailed(refused);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError) {
        if (TlsErrors::isCertificateFailure(reply)) {
            Q_EMIT tokenRequestFailed(TlsErrors::describe(
                reply, tr("the sign-in server's token endpoint at %1").arg(reply->url().host())));
            return;
        }
        if (status == 0) {
            Q_EMIT tokenRequestFailed(tr("The sign-in server's token endpoint could not be "
                                         "reached (%1). Check your network, then sign in again.")
                                          .arg(reply->errorString()));
            return;
        }
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const QString error = body.value(QLatin1String("error")).toString();
        qCWarning(lcAuth) << "token endpoint answered HTTP" << status << error;
        if (!error.isEmpty()) {
            Q_EMIT tokenRequestFailed(describeOAuthError(
                error, body.value(QLatin1String("error_description")).toString()));
        } else {
            Q_EMIT tokenRequestFailed(
                tr("The sign-in server's token endpoint answered HTTP %1. Try again later.")
                    .arg(status));
        }
        return;
    }
    const QByteArray peeked = reply->peek(reply->bytesAvailable());
    const QJsonObject body = QJsonDocument::fromJson(peeked).object();
    if (body.value(QLatin1String("access_token")).toString().isEmpty()) {
        Q_EMIT tokenRequestFailed(tr("The sign-in server's token endpoint answered without an "
                                     "access token. Check the issuer URL in the tenant settings."));
        return;
    }
    QOAuthOobReplyHandler::networkReplyFinished(reply);
}
