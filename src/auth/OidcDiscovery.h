#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <chrono>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// The parts of an OpenID Provider's discovery document that TokenDesk uses.
struct OidcConfiguration {
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    QUrl userinfoEndpoint;
    QUrl endSessionEndpoint;
    QUrl revocationEndpoint;
    QStringList codeChallengeMethods;
};

// Fetches <issuer>/.well-known/openid-configuration. Endpoints always come from here,
// never from hard-coded paths. One instance serves the whole application: a document fetched
// less than maxAge() ago is answered from memory at once, and callers asking for an issuer
// whose document is on its way share that one request. Failures are never kept.
class OidcDiscovery : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const OidcConfiguration &config, const QString &error)>;

    explicit OidcDiscovery(QNetworkAccessManager *network, QObject *parent = nullptr);

    static QUrl discoveryUrl(const QUrl &issuer);

    // Parses and checks a discovery document. On failure returns an empty configuration and
    // sets *error to a sentence for the user.
    static OidcConfiguration parse(const QByteArray &json, const QUrl &expectedIssuer,
                                   QString *error);

    // Calls back once, with either a configuration or an error message: at once (before
    // returning) when the document is in memory, else when the one request for it ends. A
    // callback whose `context` is gone by then is not called.
    void fetch(const QUrl &issuer, QObject *context, Callback callback);
    // Starts fetching the document now (e.g. while the login window waits for a click), so
    // that the next fetch() is answered from memory. A failure here is silent: the next
    // fetch() asks again and reports it.
    void prefetch(const QUrl &issuer);
    // Drops the issuer's document from memory (e.g. after its endpoints failed).
    void forget(const QUrl &issuer);

    // One issuer, however its URL ends: the key of everything cached per issuer.
    static QString keyOf(const QUrl &issuer);

    void setMaxAge(std::chrono::milliseconds age) { m_maxAge = age; }
    std::chrono::milliseconds maxAge() const { return m_maxAge; }
    // How many documents were requested from the network (for tests).
    int requestCount() const { return m_requests; }

private:
    struct Waiter {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
    };
    struct Cached {
        OidcConfiguration config;
        QDeadlineTimer freshUntil;
    };
    bool isFresh(const QString &key) const;
    void request(const QUrl &issuer);
    void finished(QNetworkReply *reply, const QUrl &issuer);

    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_maxAge = std::chrono::minutes(10);
    QHash<QString, Cached> m_cache;
    QHash<QString, QList<Waiter>> m_waiting;
    QSet<QString> m_inFlight;
    int m_requests = 0;
};
