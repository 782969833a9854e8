#pragma once

#include "Jwk.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class OidcDiscovery;
class QNetworkAccessManager;
class QNetworkReply;

// The issuer's JSON Web Key Set, found through OIDC discovery (jwks_uri) and cached per issuer.
// A token whose kid is not in the cached set makes it fetch the set once more (keys rotate);
// after that the answer is "key not found". Callers asking while a set is on its way share
// that one fetch. Failures come back as a sentence.
class JwksCache : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const Jwks &keys, const QString &error)>;

    // With `discovery`, the issuer's document comes from there (shared with the sign-in);
    // without, the cache has its own.
    explicit JwksCache(QNetworkAccessManager *network, OidcDiscovery *discovery = nullptr,
                       QObject *parent = nullptr);

    // Calls back once (possibly at once, from the cache).
    void keys(const QUrl &issuer, const QString &kid, QObject *context, Callback callback);

    // How many times a key set was fetched (for tests of the cache).
    int fetchCount() const { return m_fetches; }

    // Sends the request for the key set at `url` the way TokenDesk asks for any key set (JSON,
    // a 15 s transfer timeout, no redirect, read up to ReplyGuard::JwksLimit); the caller reads
    // the reply and deletes it.
    static QNetworkReply *requestKeySet(QNetworkAccessManager *network, const QUrl &url);

private:
    struct Waiter {
        QPointer<QObject> context;
        Callback callback;
    };
    void fetch(const QUrl &issuer);
    void finish(const QString &key, const Jwks &keys, const QString &error);

    QNetworkAccessManager *m_network;
    OidcDiscovery *m_discovery;
    QHash<QString, Jwks> m_cache;
    QHash<QString, QList<Waiter>> m_waiting;
    int m_fetches = 0;
};
