#include "OidcDiscovery.h"

#include "Logging.h"
#include "ReplyGuard.h"
#include "TenantProfile.h"
#include "TlsErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

OidcDiscovery::OidcDiscovery(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network) {}

QUrl OidcDiscovery::discoveryUrl(const QUrl &issuer) {
    QUrl url = issuer.adjusted(QUrl::StripTrailingSlash);
    url.setPath(url.path() + QLatin1String("/.well-known/openid-configuration"));
    return url;
}

OidcConfiguration OidcDiscovery::parse(const QByteArray &json, const QUrl &expectedIssuer,
                                       QString *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = tr("The sign-in server's discovery document is not valid JSON (%1).")
                     .arg(parseError.errorString());
        return {};
    }
    const QJsonObject object = document.object();
    OidcConfiguration config;
    config.issuer = QUrl(object.value(QLatin1String("issuer")).toString());
    const auto url = [&object](const char *name) {
        return QUrl(object.value(QLatin1String(name)).toString());
    };
    config.authorizationEndpoint = url("authorization_endpoint");
    config.tokenEndpoint = url("token_endpoint");
    config.jwksUri = url("jwks_uri");
    config.userinfoEndpoint = url("userinfo_endpoint");
    config.endSessionEndpoint = url("end_session_endpoint");
    config.revocationEndpoint = url("revocation_endpoint");
    for (const QJsonValue &method :
         object.value(QLatin1String("code_challenge_methods_supported")).toArray())
        config.codeChallengeMethods << method.toString();

    if (config.issuer.adjusted(QUrl::StripTrailingSlash) !=
        expectedIssuer.adjusted(QUrl::StripTrailingSlash)) {
        *error = tr("The discovery document names the issuer “%1”, but TokenDesk asked “%2”. "
                    "Check the issuer URL in the tenant settings.")
                     .arg(config.issuer.toString(), expectedIssuer.toString());
        return {};
    }
    // Every other endpoint TokenDesk may call is held to the same rule (https, or plain http
    // on this computer only), whether or not it is used right now.
    const std::pair<const char *, QUrl> optional[] = {
        {"jwks_uri", config.jwksUri},
        {"revocation_endpoint", config.revocationEndpoint},
        {"userinfo_endpoint", config.userinfoEndpoint},
        {"end_session_endpoint", config.endSessionEndpoint},
    };
    for (const auto &[name, endpoint] : optional) {
        if (endpoint.isEmpty())
            continue;
        if (QString problem = TenantProfile::endpointProblem(endpoint); !problem.isEmpty()) {
            *error =
                tr("The discovery document's %1 is refused: %2").arg(QLatin1String(name), problem);
            return {};
        }
    }
    const std::pair<const char *, QUrl> required[] = {
        {"authorization_endpoint", config.authorizationEndpoint},
        {"token_endpoint", config.tokenEndpoint},
    };
    for (const auto &[name, endpoint] : required) {
        if (endpoint.isEmpty()) {
            *error = tr("The discovery document has no %1, so TokenDesk cannot sign in there.")
                         .arg(QLatin1String(name));
            return {};
        }
        if (QString problem = TenantProfile::endpointProblem(endpoint); !problem.isEmpty()) {
            *error = problem;
            return {};
        }
    }
    // PKCE S256 must be advertised: a server that does not say so may ignore the challenge.
    if (!config.codeChallengeMethods.contains(QLatin1String("S256"))) {
        *error = config.codeChallengeMethods.isEmpty()
                     ? tr("The sign-in server does not say that it supports PKCE with S256 (its "
                          "discovery document has no code_challenge_methods_supported), so "
                          "TokenDesk will not sign in there.")
                     : tr("The sign-in server does not support PKCE with S256, which TokenDesk "
                          "requires.");
        return {};
    }
    error->clear();
    return config;
}

QString OidcDiscovery::keyOf(const QUrl &issuer) {
    return issuer.adjusted(QUrl::StripTrailingSlash).toString();
}

bool OidcDiscovery::isFresh(const QString &key) const {
    const auto cached = m_cache.constFind(key);
    return cached != m_cache.constEnd() && !cached->freshUntil.hasExpired();
}

void OidcDiscovery::fetch(const QUrl &issuer, QObject *context, Callback callback) {
    const QString key = keyOf(issuer);
    if (isFresh(key)) {
        qCDebug(lcAuth) << "discovery of" << key << "from memory";
        callback(m_cache.value(key).config, {});
        return;
    }
    m_waiting[key].append({context, context != nullptr, std::move(callback)});
    request(issuer);
}

void OidcDiscovery::prefetch(const QUrl &issuer) {
    if (!isFresh(keyOf(issuer)))
        request(issuer);
}

void OidcDiscovery::request(const QUrl &issuer) {
    const QString key = keyOf(issuer);
    if (m_inFlight.contains(key))
        return; // the answer on its way serves this caller too
    m_inFlight.insert(key);
    QNetworkRequest request(discoveryUrl(issuer));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(15000);
    ReplyGuard::noRedirects(request);
    QNetworkReply *reply = m_network->get(request);
    ++m_requests;
    ReplyGuard::limit(reply, ReplyGuard::DiscoveryLimit);
    TlsErrors::watch(reply);
    qCDebug(lcAuth) << "discovery" << request.url().toString();
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, issuer] { finished(reply, issuer); });
}

void OidcDiscovery::forget(const QUrl &issuer) {
    m_cache.remove(keyOf(issuer));
}

void OidcDiscovery::finished(QNetworkReply *reply, const QUrl &issuer) {
    reply->deleteLater();
    OidcConfiguration config;
    QString error;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (const QString refused = ReplyGuard::refusal(reply, tr("The sign-in server"));
        !refused.isEmpty()) {
        error = refused;
    } else if (TlsErrors::isCertificateFailure(reply)) {
        error = TlsErrors::describe(reply, tr("the sign-in server at %1").arg(issuer.host()));
    } else if (reply->error() != QNetworkReply::NoError && status == 0) {
        error = tr("The sign-in server at %1 could not be reached (%2). Check the tenant "
                   "address and your network connection, then try again.")
                    .arg(issuer.host(), reply->errorString());
    } else if (status != 200) {
        error = tr("The sign-in server answered HTTP %1 for its discovery document at "
                   "%2. Check the issuer URL in the tenant settings.")
                    .arg(status)
                    .arg(reply->url().toString());
    } else {
        config = parse(reply->readAll(), issuer, &error);
    }
    const QString key = keyOf(issuer);
    m_inFlight.remove(key);
    if (error.isEmpty())
        m_cache.insert(key, {config, QDeadlineTimer(m_maxAge)});
    const QList<Waiter> waiting = m_waiting.take(key);
    for (const Waiter &waiter : waiting) {
        if (waiter.hasContext && !waiter.context)
            continue;
        waiter.callback(config, error);
    }
}
