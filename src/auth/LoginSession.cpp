#include "LoginSession.h"

#include "CredentialStore.h"
#include "Logging.h"
#include "LoopbackReplyHandler.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QUrlQuery>

LoginSession::LoginSession(QNetworkAccessManager *network, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_discovery(network)
{
    m_browserTimer.setSingleShot(true);
    connect(&m_browserTimer, &QTimer::timeout, this, [this] {
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_browserTimeout);
        const QString limit = minutes.count() >= 1
                                  ? tr("%n minute(s)", nullptr, int(minutes.count()))
                                  : tr("%n second(s)", nullptr,
                                       int(std::chrono::duration_cast<std::chrono::seconds>(
                                               m_browserTimeout)
                                               .count()));
        fail(tr("The sign-in page did not answer within %1. If you closed the browser tab, "
                "sign in again; otherwise check the tenant address.")
                 .arg(limit));
    });
}

LoginSession::~LoginSession()
{
    closeListener();
}

void LoginSession::setProfile(const TenantProfile &profile)
{
    if (m_state != State::SignedOut)
        cancel();
    m_profile = profile;
}

void LoginSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void LoginSession::signIn()
{
    if (m_state != State::SignedOut && m_state != State::SignedIn)
        return;
    if (const QString problem = m_profile.problem(); !problem.isEmpty()) {
        Q_EMIT signInFailed(problem);
        return;
    }
    m_accessToken.clear();
    m_refreshToken.clear();
    setState(State::Discovering);
    m_discovery.fetch(m_profile.issuer, [this](const OidcConfiguration &config, const QString &error) {
        if (m_state != State::Discovering)
            return;
        if (!error.isEmpty())
            return fail(error);
        m_config = config;
        startFlow();
    });
}

void LoginSession::startFlow()
{
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
    m_flow->setModifyParametersFunction(
        [this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (!m_pkce)
                return;
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->insert(QStringLiteral("code_challenge"), m_pkce->challenge());
                parameters->insert(QStringLiteral("code_challenge_method"), Pkce::method());
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken && m_sendCodeVerifier) {
                parameters->insert(QStringLiteral("code_verifier"), m_pkce->verifier());
            }
        });
    // Our own checks run first: connected before the flow connects to the handler.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &LoginSession::onCallback);
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

void LoginSession::onCallback(const QVariantMap &data)
{
    if (m_state != State::WaitingForBrowser || !m_flow)
        return;
    m_browserTimer.stop();
    const QString error = data.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        return fail(LoopbackReplyHandler::describeOAuthError(
            error, data.value(QStringLiteral("error_description")).toString()));
    }
    const QString state = QUrl::fromPercentEncoding(data.value(QStringLiteral("state")).toByteArray());
    if (state != m_flow->state()) {
        return fail(tr("The browser's answer does not belong to this sign-in (the “state” value "
                       "does not match), so TokenDesk ignored it. It may come from an older "
                       "sign-in tab. Sign in again."));
    }
    if (data.value(QStringLiteral("code")).toString().isEmpty()) {
        return fail(tr("The browser came back without an authorization code. Sign in again."));
    }
    // Qt 6.4 builds the token request's redirect_uri from the listener's live port, right after
    // this slot: close the listener only on the next turn of the event loop.
    QMetaObject::invokeMethod(this, &LoginSession::closeListener, Qt::QueuedConnection);
    setState(State::ExchangingCode);
}

void LoginSession::onGranted()
{
    if (!m_flow || m_state == State::SignedOut)
        return;
    m_accessToken = m_flow->token().toUtf8();
    m_refreshToken = m_flow->refreshToken().toUtf8();
    m_expiresAt = m_flow->expirationAt();
    m_pkce.reset();
    closeListener();
    setState(State::SignedIn);
    qCInfo(lcAuth) << "signed in; access token expires" << m_expiresAt.toString(Qt::ISODate);
    if (!m_refreshToken.isEmpty()) {
        m_store->write(m_profile.credentialKey(), m_refreshToken, [this](const QString &error) {
            if (!error.isEmpty())
                Q_EMIT warning(tr("You are signed in, but the session could not be saved in "
                                  "the keychain, so you will have to sign in again next time. %1")
                                   .arg(error));
        });
    }
    Q_EMIT signedIn();
}

void LoginSession::fail(const QString &message)
{
    if (m_state == State::SignedOut || m_state == State::SignedIn)
        return;
    qCWarning(lcAuth) << "sign-in failed:" << message;
    m_browserTimer.stop();
    m_discovery.abort();
    closeListener();
    discardFlow();
    setState(State::SignedOut);
    Q_EMIT signInFailed(message);
}

void LoginSession::cancel()
{
    if (m_state == State::SignedOut || m_state == State::SignedIn)
        return;
    m_browserTimer.stop();
    m_discovery.abort();
    closeListener();
    discardFlow();
    setState(State::SignedOut);
}

void LoginSession::signOut()
{
    cancel();
    const QByteArray refreshToken = std::exchange(m_refreshToken, {});
    m_accessToken.fill('\0');
    m_accessToken.clear();
    discardFlow();
    if (!refreshToken.isEmpty() && m_config.revocationEndpoint.isValid()) {
        QNetworkRequest request(m_config.revocationEndpoint);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), QString::fromUtf8(refreshToken));
        form.addQueryItem(QStringLiteral("token_type_hint"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("client_id"), m_profile.clientId);
        QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    m_store->remove(m_profile.credentialKey(), [this](const QString &error) {
        if (!error.isEmpty())
            Q_EMIT warning(error);
    });
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

void LoginSession::closeListener()
{
    if (m_handler && m_handler->isListening())
        m_handler->close();
}

void LoginSession::discardFlow()
{
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
