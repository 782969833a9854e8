#include "BrowserPlayer.h"

#include "SandboxProcess.h"

#include <QDesktopServices>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

BrowserPlayer::BrowserPlayer(QObject *parent)
    : QObject(parent) {}

BrowserPlayer::~BrowserPlayer() {
    if (m_installed)
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void BrowserPlayer::install() {
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openUrl");
    m_installed = true;
}

QString startSandboxWithBrowser(SandboxProcess &sandbox, BrowserPlayer &browser) {
    QString error;
    if (!sandbox.start(&error))
        return error.isEmpty() ? QStringLiteral("the sandbox did not start") : error;
    browser.install();
    return {};
}

QUrl withQueryItem(const QUrl &url, const QString &name, const QString &value) {
    QUrlQuery query(url);
    query.removeAllQueryItems(name);
    query.addQueryItem(name, value);
    QUrl result = url;
    result.setQuery(query);
    return result;
}

void BrowserPlayer::setCredentials(const QString &username, const QString &password) {
    m_username = username;
    m_password = password;
}

void BrowserPlayer::openUrl(const QUrl &url) {
    m_openedUrl = url;
    m_result = {};
    m_hops = 0;
    // A fresh browser profile each time: no SSO session cookie from an earlier sign-in.
    m_network.setCookieJar(new QNetworkCookieJar(&m_network));
    m_redirectUri =
        QUrl(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    if (!m_active)
        return;
    // Not inside QDesktopServices::openUrl: start on the next turn of the event loop.
    QMetaObject::invokeMethod(
        this, [this, url] { get(url); }, Qt::QueuedConnection);
}

void BrowserPlayer::get(const QUrl &url) {
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handle(reply); });
}

void BrowserPlayer::handle(QNetworkReply *reply) {
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (++m_hops > 30)
        return finish(status, body, QStringLiteral("too many redirects"));
    if (status >= 300 && status < 400) {
        const QUrl location =
            reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        const bool isCallback =
            m_redirectUri.isValid() && location.host() == m_redirectUri.host() &&
            location.port() == m_redirectUri.port() && location.path() == m_redirectUri.path();
        if (isCallback) {
            m_result.reachedCallback = true;
            m_result.callbackUrl = m_rewriter ? m_rewriter(location) : location;
            QNetworkRequest request(m_result.callbackUrl);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply *callbackReply = m_network.get(request);
            connect(callbackReply, &QNetworkReply::finished, this, [this, callbackReply] {
                callbackReply->deleteLater();
                finish(callbackReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                       callbackReply->readAll(),
                       callbackReply->error() == QNetworkReply::NoError
                           ? QString()
                           : callbackReply->errorString());
            });
            return;
        }
        return get(location);
    }
    static const QRegularExpression formTag(
        QStringLiteral(R"re(<form\b[^>]*\bid="kc-form-login"[^>]*>)re"));
    static const QRegularExpression action(QStringLiteral(R"re(\baction="([^"]*)")re"));
    const QRegularExpressionMatch form = formTag.match(QString::fromUtf8(body));
    if (status == 200 && form.hasMatch() && m_result.formsSubmitted == 0) {
        QString target = action.match(form.captured(0)).captured(1);
        target.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        const QUrl postUrl = reply->url().resolved(QUrl(target));
        QUrlQuery fields;
        fields.addQueryItem(QStringLiteral("username"), m_username);
        fields.addQueryItem(QStringLiteral("password"), m_password);
        QNetworkRequest request(postUrl);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        ++m_result.formsSubmitted;
        QNetworkReply *post = m_network.post(request, fields.toString(QUrl::FullyEncoded).toUtf8());
        connect(post, &QNetworkReply::finished, this, [this, post] { handle(post); });
        return;
    }
    finish(status, body,
           reply->error() == QNetworkReply::NoError || status > 0 ? QString()
                                                                  : reply->errorString());
}

void BrowserPlayer::finish(int status, const QByteArray &body, const QString &error) {
    m_result.done = true;
    m_result.status = status;
    m_result.body = body;
    m_result.error = error;
    Q_EMIT finished();
}
