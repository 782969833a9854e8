#include "JwksCache.h"

#include "Logging.h"
#include "OidcDiscovery.h"
#include "ReplyGuard.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

JwksCache::JwksCache(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network) {}

void JwksCache::keys(const QUrl &issuer, const QString &kid, QObject *context, Callback callback) {
    const QString key = issuer.adjusted(QUrl::StripTrailingSlash).toString();
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd() && (kid.isEmpty() || cached->containsKeyId(kid))) {
        callback(*cached, {});
        return;
    }
    fetch(issuer, context, std::move(callback));
}

void JwksCache::fetch(const QUrl &issuer, QObject *context, Callback callback) {
    ++m_fetches;
    auto *discovery = new OidcDiscovery(m_network, this);
    QPointer<QObject> guard(context);
    discovery->fetch(issuer, [this, discovery, issuer, guard,
                              callback](const OidcConfiguration &config, const QString &error) {
        discovery->deleteLater();
        if (!error.isEmpty() || !config.jwksUri.isValid()) {
            if (guard)
                callback({},
                         error.isEmpty()
                             ? tr("The issuer's discovery document names no key set (jwks_uri).")
                             : error);
            return;
        }
        QNetworkRequest request(config.jwksUri);
        request.setTransferTimeout(15000);
        request.setRawHeader("Accept", "application/json, application/jwk-set+json");
        ReplyGuard::noRedirects(request);
        QNetworkReply *reply = m_network->get(request);
        ReplyGuard::limit(reply, ReplyGuard::JwksLimit);
        connect(reply, &QNetworkReply::finished, this, [this, reply, issuer, guard, callback] {
            reply->deleteLater();
            if (const QString refused = ReplyGuard::refusal(reply, tr("The issuer's key set"));
                !refused.isEmpty()) {
                if (guard)
                    callback({}, refused);
                return;
            }
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError || status != 200) {
                if (guard)
                    callback({},
                             tr("The issuer's keys at %1 could not be fetched (%2).")
                                 .arg(reply->url().toString(),
                                      status ? tr("HTTP %1").arg(status) : reply->errorString()));
                return;
            }
            QString error;
            const Jwks keys = Jwks::parse(reply->readAll(), &error);
            if (!error.isEmpty()) {
                if (guard)
                    callback({}, tr("The issuer's key set is not usable: %1").arg(error));
                return;
            }
            qCDebug(lcAuth) << "key set of" << issuer.toString() << ":" << keys.size() << "keys";
            m_cache.insert(issuer.adjusted(QUrl::StripTrailingSlash).toString(), keys);
            if (guard)
                callback(keys, {});
        });
    });
}
