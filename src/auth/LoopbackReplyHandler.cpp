#include "LoopbackReplyHandler.h"

#include "Logging.h"
#include "ReplyGuard.h"
#include "TlsErrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    : QOAuthOobReplyHandler(parent)
    , m_server(new LoopbackServer(this)) {
    m_server->setHandler([this](const QUrlQuery &query) { return onCallback(query); });
    (void)m_server->listen();
}

LoopbackReplyHandler::~LoopbackReplyHandler() = default;

QString LoopbackReplyHandler::callback() const {
    // What QOAuthHttpServerReplyHandler answered, with the port taken when listening started.
    return m_server->callbackUrl().toString(QUrl::EncodeDelimiters);
}

bool LoopbackReplyHandler::isListening() const {
    return m_server->isListening();
}

void LoopbackReplyHandler::close() {
    m_server->close();
}

LoopbackServer::Page LoopbackReplyHandler::onCallback(const QUrlQuery &query) {
    if (m_filter) {
        if (std::optional<LoopbackServer::Page> refusal = m_filter(query))
            return *refusal;
    }
    // As QOAuthHttpServerReplyHandler reported them: the query items as sent, which
    // QOAuth2AuthorizationCodeFlow and LoginSession percent-decode themselves.
    QVariantMap data;
    const auto items = query.queryItems(QUrl::PrettyDecoded);
    for (const auto &[name, value] : items)
        data.insert(name, value);
    Q_EMIT callbackReceived(data);
    return {200, tr("TokenDesk received your sign-in."),
            tr("You can close this tab and return to TokenDesk.")};
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
