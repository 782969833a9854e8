#include "JwksCache.h"

#include "Logging.h"
#include "OidcDiscovery.h"
#include "ReplyGuard.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

JwksCache::JwksCache(QNetworkAccessManager *network, OidcDiscovery *discovery, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_discovery(discovery ? discovery : new OidcDiscovery(network, this)) {}

void JwksCache::keys(const QUrl &issuer, const QString &kid, QObject *context, Callback callback) {
    const QString key = OidcDiscovery::keyOf(issuer);
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd() && (kid.isEmpty() || cached->containsKeyId(kid))) {
        callback(*cached, {});
        return;
    }
    QList<Waiter> &waiting = m_waiting[key];
    waiting.append({context, std::move(callback)});
    if (waiting.size() == 1)
        fetch(issuer); // else the set on its way answers this caller too
}

void JwksCache::finish(const QString &key, const Jwks &keys, const QString &error) {
    if (error.isEmpty())
        m_cache.insert(key, keys);
    const QList<Waiter> waiting = m_waiting.take(key);
    for (const Waiter &waiter : waiting) {
        if (waiter.context)
            waiter.callback(keys, error);
    }
}

QNetworkReply *JwksCache::requestKeySet(QNetworkAccessManager *network, const QUrl &url) {
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    request.setRawHeader("Accept", "application/json, application/jwk-set+json");
    ReplyGuard::noRedirects(request);
    QNetworkReply *reply = network->get(request);
    ReplyGuard::limit(reply, ReplyGuard::JwksLimit);
    return reply;
}

void JwksCache::fetch(const QUrl &issuer) {
    ++m_fetches;
    const QString key = OidcDiscovery::keyOf(issuer);
    m_discovery->fetch(
        issuer, this, [this, key](const OidcConfiguration &config, const QString &error) {
            if (!error.isEmpty() || !config.jwksUri.isValid()) {
                finish(key, {},
                       error.isEmpty()
                           ? tr("The issuer's discovery document names no key set (jwks_uri).")
                           : error);
                return;
            }
            QNetworkReply *reply = requestKeySet(m_network, config.jwksUri);
            connect(reply, &QNetworkReply::finished, this, [this, reply, key] {
                reply->deleteLater();
                if (const QString refused = ReplyGuard::refusal(reply, tr("The issuer's key set"));
                    !refused.isEmpty())
                    return finish(key, {}, refused);
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->error() != QNetworkReply::NoError || status != 200) {
                    return finish(key, {},
                                  tr("The issuer's keys at %1 could not be fetched (%2).")
                                      .arg(reply->url().toString(), status
                                                                        ? tr("HTTP %1").arg(status)
                                                                        : reply->errorString()));
                }
                QString error;
                const Jwks keys = Jwks::parse(reply->readAll(), &error);
                if (!error.isEmpty())
                    return finish(key, {}, tr("The issuer's key set is not usable: %1").arg(error));
                qCDebug(lcAuth) << "key set of" << key << ":" << keys.size() << "keys";
                finish(key, keys, {});
            });
        });
}
