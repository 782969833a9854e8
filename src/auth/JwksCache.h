#pragma once

#include "Jwk.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

class OidcDiscovery;
class QNetworkAccessManager;

// The issuer's JSON Web Key Set, found through OIDC discovery (jwks_uri) and cached per issuer.
// A token whose kid is not in the cached set makes it fetch the set once more (keys rotate);
// after that the answer is "key not found". Failures come back as a sentence.
class JwksCache : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const Jwks &keys, const QString &error)>;

    explicit JwksCache(QNetworkAccessManager *network, QObject *parent = nullptr);

    // Calls back once (possibly at once, from the cache).
    void keys(const QUrl &issuer, const QString &kid, QObject *context, Callback callback);

    // How many times a key set was fetched (for tests of the cache).
    int fetchCount() const { return m_fetches; }

private:
    void fetch(const QUrl &issuer, QObject *context, Callback callback);

    QNetworkAccessManager *m_network;
    QHash<QString, Jwks> m_cache;
    int m_fetches = 0;
};
