#include "LoginSession.h"

#include "Changed.h"
#include "CredentialStore.h"
#include "Jwt.h"
#include "Logging.h"
#include "LoopbackReplyHandler.h"
#include "OAuthState.h"
#include "ReplyGuard.h"
#include "SecretMemory.h"
#include "TlsErrors.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QUrlQuery>

LoginSession::LoginSession(QNetworkAccessManager *network, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_discovery(network) {
    // Certificate errors of every request, including the token requests Qt makes, are kept
    // so that a refused certificate is named (LoopbackReplyHandler, refresh).
    TlsErrors::watch(m_network);
    // No request of the session follows a redirect, including the token requests Qt's flow
    // builds itself: Qt would send the code, the verifier or the refresh token to wherever a
    // 307 points. Its own requests also say so one by one (ReplyGuard::noRedirects).
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refresh(); });
    m_browserTimer.setSingleShot(true);
    connect(&m_browserTimer, &QTimer::timeout, this, [this] {
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_browserTimeout);
        const QString limit =
            minutes.count() >= 1
                ? tr("%n minute(s)", nullptr, int(minutes.count()))
                : tr("%n second(s)", nullptr,
                     int(std::chrono::duration_cast<std::chrono::seconds>(m_browserTimeout)
                             .count()));
        fail(tr("The sign-in page did not answer within %1. If you closed the browser tab, "
                "sign in again; otherwise check the tenant address.")
                 .arg(limit));
    });
}

LoginSession::~LoginSession() {
    closeListener();
}

void LoginSession::setProfile(const TenantProfile &profile) {
    if (profile.credentialKey() == m_profile.credentialKey()) {
        m_profile = profile; // same tenant: a display name or API URL changed
        return;
    }
    // Another tenant: forget this one's session in memory (its keychain entry stays).
    cancel();
    m_refreshTimer.stop();
    m_refreshing = false;
    m_refreshWaiters.clear();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_kind = CredentialKind::None;
    m_config = {};
    setState(State::SignedOut);
    m_profile = profile;
}

void LoginSession::setState(State state) {
    if (setChanged(m_state, state))
        Q_EMIT stateChanged(state);
}

void LoginSession::prefetchDiscovery() {
    if (m_profile.problem().isEmpty())
        m_discovery.prefetch(m_profile.issuer);
}

void LoginSession::signIn() {
    if (m_state != State::SignedOut && m_state != State::SignedIn)
        return;
    if (const QString problem = m_profile.problem(); !problem.isEmpty()) {
        Q_EMIT signInFailed(problem);
        return;
    }
    m_accessToken.clear();
    m_refreshToken.clear();
    setState(State::Discovering);
    const int attempt = ++m_attempt;
    m_discovery.fetch(m_profile.issuer, this,
                      [this, attempt](const OidcConfiguration &config, const QString &error) {
                          if (m_state != State::Discovering || attempt != m_attempt)
                              return;
                          if (!error.isEmpty())
                              return fail(error);
                          m_config = config;
                          startFlow();
                      });
}

void LoginSession::startFlow() {
    discardFlow();
    m_handler = new LoopbackReplyHandler(this);
    if (!m_handler->isListening()) {
        return fail(tr("TokenDesk could not open a port on 127.0.0.1 to receive the browser's "
                       "answer. Check that no firewall blocks local connections."));
    }
    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setClientIdentifier(m_profile.clientId);
    m_flow->setAuthorizationUrl(m_config.authorizationEndpoint);
    m_flow->setAccessTokenUrl(m_config.tokenEndpoint);
    m_flow->setScope(QStringLiteral("openid profile email"));
    m_pkce = Pkce::generate();
    m_flow->setModifyParametersFunction([this](QAbstractOAuth::Stage stage,
                                               QMultiMap<QString, QVariant> *parameters) {
        if (!m_pkce)
            return;
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            parameters->insert(QStringLiteral("code_challenge"), m_pkce->challenge());
            parameters->insert(QStringLiteral("code_challenge_method"), Pkce::method());
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken && m_sendCodeVerifier) {
            parameters->insert(QStringLiteral("code_verifier"), m_pkce->verifier());
        }
    });
    // The state comes from the system's secure generator, never from Qt 6.4's clock-seeded
    // default (CVE-2024-36048), and the listener accepts only callbacks that carry it.
    const QString state = OAuthState::generate();
    m_flow->setState(state);
    m_handler->expectState(state);
    // Our own checks run first: a callback the filter refuses never reaches the flow.
    m_handler->setFilter([this](const QUrlQuery &query) { return checkCallback(query); });
    connect(m_handler->server(), &LoopbackServer::callbackRefused, this,
            &LoginSession::onCallbackRefused);
    connect(m_handler, &LoopbackReplyHandler::tokenRequestFailed, this, &LoginSession::fail);
    m_flow->setReplyHandler(m_handler);
    connect(m_flow, &QAbstractOAuth::granted, this, &LoginSession::onGranted);
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                fail(LoopbackReplyHandler::describeOAuthError(error, description));
            });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        Q_EMIT authorizationUrlOpened(url);
        if (!QDesktopServices::openUrl(url))
            qCWarning(lcAuth) << "no browser could be opened";
    });
    setState(State::WaitingForBrowser);
    m_browserTimer.start(m_browserTimeout);
    m_flow->grant();
}

std::optional<LoopbackServer::Page> LoginSession::checkCallback(const QUrlQuery &query) {
    // Only a callback with this sign-in's state gets here (LoopbackServer checked it first).
    const auto refused = [](const QString &text) {
        return LoopbackServer::Page{400, tr("Sign-in refused"), text};
    };
    if (m_state != State::WaitingForBrowser || !m_flow)
        return refused(tr("TokenDesk is not waiting for this sign-in. Return to TokenDesk."));
    const auto value = [&query](const QString &name) {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    };
    // RFC 9207: an answer naming another issuer is a mix-up, whatever else it says.
    if (query.hasQueryItem(QStringLiteral("iss"))) {
        const QString iss = value(QStringLiteral("iss"));
        if (QUrl(iss, QUrl::StrictMode).adjusted(QUrl::StripTrailingSlash) !=
            m_config.issuer.adjusted(QUrl::StripTrailingSlash)) {
            qCWarning(lcAuth) << "sign-in callback from another issuer refused";
            fail(tr("The browser's answer comes from the issuer “%1”, not from this tenant's "
                    "issuer “%2”, so TokenDesk ignored it. Sign in again.")
                     .arg(iss.left(200), m_config.issuer.toString()));
            return refused(tr("This answer comes from another sign-in server, so TokenDesk "
                              "ignored it. Return to TokenDesk."));
        }
    }
    m_browserTimer.stop();
    const QString error = value(QStringLiteral("error"));
    if (!error.isEmpty()) {
        // As sent: describeOAuthError decodes it (and its '+' for spaces) itself.
        fail(LoopbackReplyHandler::describeOAuthError(
            error, query.queryItemValue(QStringLiteral("error_description"), QUrl::PrettyDecoded)));
        return LoopbackServer::Page{
            200, tr("Not signed in"),
            tr("The sign-in server did not sign you in. Return to TokenDesk to see why.")};
    }
    if (value(QStringLiteral("code")).isEmpty()) {
        fail(tr("The browser came back without an authorization code. Sign in again."));
        return refused(tr("The answer has no authorization code. Return to TokenDesk and sign "
                          "in again."));
    }
    // One callback per sign-in. Qt 6.4 builds the token request's redirect_uri from the
    // listener's port right after this: close the listener only on the next turn of the loop.
    m_handler->server()->clearExpectedState();
    QMetaObject::invokeMethod(this, &LoginSession::closeListener, Qt::QueuedConnection);
    setState(State::ExchangingCode);
    return std::nullopt;
}

void LoginSession::onCallbackRefused(const QUrlQuery &query) {
    if (m_state != State::WaitingForBrowser || !m_flow)
        return;
    // Without this sign-in's state, an error (or a stray request) is not the sign-in server's
    // answer: anyone on this computer can send one. It is ignored and the sign-in goes on.
    if (!query.hasQueryItem(QStringLiteral("code"))) {
        qCWarning(lcAuth) << "ignored a callback without this sign-in's state";
        return;
    }
    fail(tr("The browser's answer does not belong to this sign-in (the “state” value "
            "does not match), so TokenDesk ignored it. It may come from an older "
            "sign-in tab. Sign in again."));
}

void LoginSession::onGranted() {
    if (!m_flow || m_state == State::SignedOut)
        return;
    const qint64 expiresIn = m_flow->expirationAt().isValid()
                                 ? QDateTime::currentDateTimeUtc().secsTo(m_flow->expirationAt())
                                 : -1;
    m_kind = CredentialKind::LoginToken;
    adoptTokens(m_flow->token().toUtf8(), m_flow->refreshToken().toUtf8(), expiresIn);
    m_pkce.reset();
    closeListener();
    setState(State::SignedIn);
    qCInfo(lcAuth) << "signed in; access token expires" << m_expiresAt.toString(Qt::ISODate);
    storeCredential();
    Q_EMIT signedIn();
}

void LoginSession::adoptTokens(const QByteArray &accessToken, const QByteArray &refreshToken,
                               qint64 expiresIn) {
    SecretMemory::replace(m_accessToken, accessToken);
    if (!refreshToken.isEmpty())
        SecretMemory::replace(m_refreshToken, refreshToken);
    if (expiresIn <= 0) {
        // No expires_in: take the JWT's own exp, if it has one.
        const auto exp = Jwt::decode(accessToken).expiresAt();
        expiresIn = exp ? QDateTime::currentDateTimeUtc().secsTo(*exp) : 300;
    }
    m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    scheduleRefresh();
}

void LoginSession::scheduleRefresh() {
    m_refreshTimer.stop();
    if (m_kind != CredentialKind::LoginToken || m_refreshToken.isEmpty() || !m_expiresAt.isValid())
        return;
    const qint64 lifetime =
        std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(m_expiresAt));
    // Refresh `lead` before it lapses, but never in the last fifth of a short lifetime.
    const qint64 lead = std::min<qint64>(m_refreshLead.count(), lifetime / 5);
    const qint64 inMs = std::max<qint64>(0, (lifetime - lead) * 1000 - 500);
    m_refreshTimer.start(std::chrono::milliseconds(inMs));
}

void LoginSession::storeCredential() {
    QByteArray secret;
    if (m_kind == CredentialKind::LoginToken && !m_refreshToken.isEmpty())
        secret = "refresh:" + m_refreshToken;
    else if (m_kind == CredentialKind::PersonalAccessToken)
        secret = "pat:" + m_accessToken;
    if (secret.isEmpty())
        return;
    m_store->write(m_profile.credentialKey(), secret, [this](const QString &error) {
        if (!error.isEmpty())
            Q_EMIT warning(tr("You are signed in, but the session could not be saved in the "
                              "keychain, so you will have to sign in again next time. %1")
                               .arg(error));
    });
}

void LoginSession::restore() {
    if (m_state != State::SignedOut)
        return;
    if (const QString problem = m_profile.problem(); !problem.isEmpty()) {
        Q_EMIT restoreFailed(problem);
        return;
    }
    setState(State::Restoring);
    const TenantProfile profile = m_profile;
    m_store->read(profile.credentialKey(), [this,
                                            profile](const CredentialStore::ReadResult &result) {
        if (m_state != State::Restoring || profile.credentialKey() != m_profile.credentialKey())
            return;
        if (!result.error.isEmpty()) {
            setState(State::SignedOut);
            Q_EMIT restoreFailed(tr("Your saved session could not be read. %1").arg(result.error));
            return;
        }
        if (!result.found) {
            setState(State::SignedOut);
            Q_EMIT restoreFailed({});
            return;
        }
        restoreWith(result.secret);
    });
}

void LoginSession::restoreWith(const QByteArray &stored) {
    if (stored.startsWith("pat:")) {
        m_kind = CredentialKind::PersonalAccessToken;
        SecretMemory::replace(m_accessToken, stored.mid(4));
        SecretMemory::wipe(m_refreshToken);
        m_expiresAt = {};
        setState(State::SignedIn);
        Q_EMIT signedIn();
        return;
    }
    if (!stored.startsWith("refresh:")) {
        setState(State::SignedOut);
        Q_EMIT restoreFailed(
            tr("The saved session is in a form TokenDesk does not know. Sign in again."));
        return;
    }
    m_kind = CredentialKind::LoginToken;
    SecretMemory::replace(m_refreshToken, stored.mid(8));
    const int attempt = ++m_attempt;
    m_discovery.fetch(m_profile.issuer, this,
                      [this, attempt](const OidcConfiguration &config, const QString &error) {
                          if (m_state != State::Restoring || attempt != m_attempt)
                              return;
                          if (!error.isEmpty()) {
                              SecretMemory::wipe(m_refreshToken);
                              m_kind = CredentialKind::None;
                              setState(State::SignedOut);
                              Q_EMIT restoreFailed(error);
                              return;
                          }
                          m_config = config;
                          refresh();
                      });
}

void LoginSession::adoptPersonalAccessToken(const QByteArray &token) {
    cancel();
    m_refreshTimer.stop();
    m_kind = CredentialKind::PersonalAccessToken;
    SecretMemory::replace(m_accessToken, token);
    SecretMemory::wipe(m_refreshToken);
    m_expiresAt = {};
    setState(State::SignedIn);
    storeCredential();
    Q_EMIT signedIn();
}

void LoginSession::refresh(std::function<void(bool)> done) {
    if (done)
        m_refreshWaiters.append(std::move(done));
    if (m_kind != CredentialKind::LoginToken || m_refreshToken.isEmpty() ||
        !m_config.tokenEndpoint.isValid()) {
        finishRefresh(false);
        return;
    }
    if (m_refreshing)
        return;
    m_refreshing = true;
    m_refreshAttempt = 0;
    requestRefresh();
}

void LoginSession::requestRefresh() {
    QNetworkRequest request(m_config.tokenEndpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(20000);
    ReplyGuard::noRedirects(request);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), QString::fromUtf8(QUrl::toPercentEncoding(
                                                           QString::fromUtf8(m_refreshToken))));
    form.addQueryItem(QStringLiteral("client_id"),
                      QString::fromUtf8(QUrl::toPercentEncoding(m_profile.clientId)));
    const QByteArray usedRefreshToken = m_refreshToken;
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    ReplyGuard::limit(reply, ReplyGuard::TokenLimit);
    connect(reply, &QNetworkReply::finished, this, [this, reply, usedRefreshToken] {
        reply->deleteLater();
        if (!m_refreshing || usedRefreshToken != m_refreshToken)
            return; // signed out or superseded meanwhile
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // A redirect or an oversized answer: not taken, not tried again.
        const QString refused =
            ReplyGuard::refusal(reply, tr("The sign-in server's token endpoint"));
        const QJsonObject body =
            refused.isEmpty() ? QJsonDocument::fromJson(reply->readAll()).object() : QJsonObject();
        const QByteArray accessToken =
            body.value(QLatin1String("access_token")).toString().toUtf8();
        if (refused.isEmpty() && status == 200 && !accessToken.isEmpty()) {
            adoptTokens(accessToken, body.value(QLatin1String("refresh_token")).toString().toUtf8(),
                        qint64(body.value(QLatin1String("expires_in")).toDouble(-1)));
            qCInfo(lcAuth) << "login token refreshed; expires" << m_expiresAt.toString(Qt::ISODate);
            if (!body.value(QLatin1String("refresh_token")).toString().isEmpty())
                storeCredential();
            finishRefresh(true);
            return;
        }
        if (refused.isEmpty() && (status == 400 || status == 401)) {
            const QString error = body.value(QLatin1String("error")).toString();
            qCWarning(lcAuth) << "refresh refused:" << status << error;
            QString detail = body.value(QLatin1String("error_description")).toString();
            if (detail.isEmpty())
                detail = error.isEmpty() ? tr("HTTP %1").arg(status) : error;
            endSession(tr("Your session has ended: the sign-in server no longer accepts it. It "
                          "was signed out elsewhere, revoked by an administrator, or has "
                          "expired (the server said: %1). Sign in again.")
                           .arg(detail));
            return;
        }
        // Network trouble or a server error: try again a few times, then give up for now.
        // At launch, one failure is enough: the user is waiting in front of the window.
        if (refused.isEmpty() && m_state != State::Restoring && ++m_refreshAttempt <= 3) {
            const int delayMs = 1000 << m_refreshAttempt; // 2, 4, 8 s
            qCWarning(lcAuth) << "refresh failed, retrying in" << delayMs
                              << "ms:" << reply->errorString();
            QTimer::singleShot(delayMs, this, [this] {
                if (m_refreshing)
                    requestRefresh();
            });
            return;
        }
        const QString reason = !refused.isEmpty()                       ? refused
                               : TlsErrors::isCertificateFailure(reply) ? TlsErrors::problems(reply)
                               : status                                 ? tr("HTTP %1").arg(status)
                                                                        : reply->errorString();
        if (m_state == State::Restoring) {
            // Keep the saved session: it may work once the network is back.
            endSession(tr("Your saved session could not be restored because the sign-in server "
                          "did not answer (%1). It is kept for next time; sign in now, or try "
                          "again later.")
                           .arg(reason),
                       /*forgetStored=*/false);
            return;
        }
        const QString message =
            tr("TokenDesk could not renew your sign-in (%1). It will try again; "
               "check your network connection.")
                .arg(reason);
        Q_EMIT warning(message);
        m_refreshTimer.start(std::chrono::seconds(30));
        finishRefresh(false);
    });
}

void LoginSession::finishRefresh(bool ok) {
    m_refreshing = false;
    if (ok && m_state == State::Restoring) {
        setState(State::SignedIn);
        Q_EMIT signedIn();
    } else if (ok) {
        Q_EMIT accessTokenChanged();
    }
    const auto waiters = std::exchange(m_refreshWaiters, {});
    for (const auto &waiter : waiters)
        waiter(ok);
}

void LoginSession::invalidate(const QString &message, bool forgetStored) {
    if (m_state != State::SignedIn && m_state != State::Restoring)
        return;
    endSession(message, forgetStored);
}

void LoginSession::endSession(const QString &message, bool forgetStored) {
    const bool restoring = m_state == State::Restoring;
    m_refreshTimer.stop();
    SecretMemory::wipe(m_accessToken);
    SecretMemory::wipe(m_refreshToken);
    m_kind = CredentialKind::None;
    // A refused credential is worthless: do not offer it again at the next launch.
    if (forgetStored)
        m_store->remove(m_profile.credentialKey(), [](const QString &) {});
    setState(State::SignedOut);
    finishRefresh(false);
    if (restoring)
        Q_EMIT restoreFailed(message);
    else
        Q_EMIT sessionEnded(message);
}

void LoginSession::fail(const QString &message) {
    if (m_state == State::SignedOut || m_state == State::SignedIn)
        return;
    qCWarning(lcAuth) << "sign-in failed:" << message;
    m_browserTimer.stop();
    ++m_attempt;                          // an answer to this attempt's discovery is ignored
    m_discovery.forget(m_profile.issuer); // the next attempt reads the document afresh
    closeListener();
    discardFlow();
    setState(State::SignedOut);
    Q_EMIT signInFailed(message);
}

void LoginSession::cancel() {
    if (m_state == State::SignedOut || m_state == State::SignedIn)
        return;
    m_refreshing = false;
    m_browserTimer.stop();
    ++m_attempt; // an answer to this attempt's discovery is ignored
    closeListener();
    discardFlow();
    setState(State::SignedOut);
}

void LoginSession::signOut() {
    cancel();
    m_refreshTimer.stop();
    m_refreshing = false;
    m_refreshWaiters.clear();
    const QByteArray refreshToken = std::exchange(m_refreshToken, {});
    SecretMemory::wipe(m_accessToken);
    m_kind = CredentialKind::None;
    discardFlow();
    // End the Keycloak session: revoke the refresh token where discovery offers revocation.
    // (A pasted personal access token is only forgotten here, never revoked.)
    if (!refreshToken.isEmpty() && m_config.revocationEndpoint.isValid()) {
        QNetworkRequest request(m_config.revocationEndpoint);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), QString::fromUtf8(QUrl::toPercentEncoding(
                                                       QString::fromUtf8(refreshToken))));
        form.addQueryItem(QStringLiteral("token_type_hint"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("client_id"),
                          QString::fromUtf8(QUrl::toPercentEncoding(m_profile.clientId)));
        ReplyGuard::noRedirects(request);
        QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        ReplyGuard::limit(reply, ReplyGuard::TokenLimit);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    m_store->remove(m_profile.credentialKey(), [this](const QString &error) {
        if (!error.isEmpty())
            Q_EMIT warning(error);
    });
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

void LoginSession::closeListener() {
    if (m_handler && m_handler->isListening())
        m_handler->close();
}

void LoginSession::discardFlow() {
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
    }
    if (m_handler) {
        m_handler->close();
        m_handler->disconnect(this);
        m_handler->deleteLater();
    }
    m_flow.clear();
    m_handler.clear();
    m_pkce.reset();
}
