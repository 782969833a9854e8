#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

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
// never from hard-coded paths.
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

    // Calls back once, with either a configuration or an error message.
    void fetch(const QUrl &issuer, Callback callback);
    void abort();

private:
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
};
