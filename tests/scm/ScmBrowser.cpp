#include "ScmBrowser.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {
QNetworkRequest manual(const QUrl &url) {
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
}
} // namespace

ScmBrowser::ScmBrowser(QObject *parent)
    : QObject(parent) {}

void ScmBrowser::reset() {
    m_decision = Decision::Authorize;
    m_rewriter = {};
    m_visit = {};
}

void ScmBrowser::openUrl(const QUrl &url) {
    m_visit.openedUrl = url;
    if (m_decision == Decision::Ignore)
        return; // the user closed the tab
    QMetaObject::invokeMethod(
        this,
        [this, url] {
            QNetworkReply *reply = m_network.get(manual(url));
            connect(reply, &QNetworkReply::finished, this, [this, reply] { onPage(reply); });
        },
        Qt::QueuedConnection);
}

void ScmBrowser::onPage(QNetworkReply *reply) {
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString body = QString::fromUtf8(reply->readAll());
    if (status != 200)
        return finish(QStringLiteral("authorize page answered HTTP %1").arg(status));
    static const QRegularExpression form(
        QStringLiteral(R"re(<form\b[^>]*id="scm-authorize"[^>]*action="([^"]*)")re"));
    static const QRegularExpression hidden(
        QStringLiteral(R"re(<input type="hidden" name="([^"]+)" value="([^"]*)">)re"));
    const QRegularExpressionMatch match = form.match(body);
    if (!match.hasMatch())
        return finish(QStringLiteral("no authorize form on the page"));
    QUrlQuery fields;
    auto it = hidden.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch input = it.next();
        QString value = input.captured(2);
        value.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        fields.addQueryItem(input.captured(1), value);
    }
    fields.addQueryItem(QStringLiteral("decision"), m_decision == Decision::Deny
                                                        ? QStringLiteral("deny")
                                                        : QStringLiteral("authorize"));
    QNetworkRequest request = manual(reply->url().resolved(QUrl(match.captured(1))));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *post = m_network.post(request, fields.toString(QUrl::FullyEncoded).toUtf8());
    connect(post, &QNetworkReply::finished, this, [this, post] { onDecision(post); });
}

void ScmBrowser::onDecision(QNetworkReply *reply) {
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 302)
        return finish(QStringLiteral("authorize form answered HTTP %1").arg(status));
    const QUrl location = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    m_visit.callbackUrl = m_rewriter ? m_rewriter(location) : location;
    QNetworkReply *callback = m_network.get(manual(m_visit.callbackUrl));
    connect(callback, &QNetworkReply::finished, this, [this, callback] {
        callback->deleteLater();
        m_visit.callbackStatus =
            callback->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_visit.callbackBody = callback->readAll();
        finish(m_visit.callbackStatus == 0 ? callback->errorString() : QString());
    });
}

void ScmBrowser::finish(const QString &error) {
    m_visit.error = error;
    m_visit.done = true;
    Q_EMIT finished();
}
