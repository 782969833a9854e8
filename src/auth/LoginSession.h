#pragma once

#include "OidcDiscovery.h"
#include "Pkce.h"
#include "TenantProfile.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

class CredentialStore;
class LoopbackReplyHandler;
class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

// Signs a user in to a tenant's Keycloak in the system browser: OIDC discovery, authorization
// code flow with PKCE S256, a loopback redirect on 127.0.0.1, and its own checks of what
// Qt 6.4 only logs (state mismatch, missing code, token endpoint errors).
// The access token stays in memory; the refresh token goes to the CredentialStore.
class LoginSession : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, Discovering, WaitingForBrowser, ExchangingCode, SignedIn };
    Q_ENUM(State)

    LoginSession(QNetworkAccessManager *network, CredentialStore *store, QObject *parent = nullptr);
    ~LoginSession() override;

    void setProfile(const TenantProfile &profile);
    TenantProfile profile() const { return m_profile; }
    State state() const { return m_state; }

    QByteArray accessToken() const { return m_accessToken; }
    QDateTime accessTokenExpiresAt() const { return m_expiresAt; }
    OidcConfiguration configuration() const { return m_config; }

    void setBrowserTimeout(std::chrono::milliseconds timeout) { m_browserTimeout = timeout; }
    std::chrono::milliseconds browserTimeout() const { return m_browserTimeout; }

    // Test seam: leave the PKCE code_verifier out of the token request.
    void setSendCodeVerifierForTesting(bool send) { m_sendCodeVerifier = send; }

public Q_SLOTS:
    void signIn();
    void cancel();
    // Forgets the session: revokes the refresh token where the server offers revocation,
    // deletes the keychain entry and clears the in-memory token.
    void signOut();

Q_SIGNALS:
    void stateChanged(LoginSession::State state);
    void authorizationUrlOpened(const QUrl &url);
    void signedIn();
    void signInFailed(const QString &message);
    void signedOut();
    // Something went wrong that does not end the session (e.g. the keychain refused to save).
    void warning(const QString &message);

private:
    void setState(State state);
    void startFlow();
    void onCallback(const QVariantMap &data);
    void onGranted();
    void fail(const QString &message);
    void closeListener();
    void discardFlow();

    QNetworkAccessManager *m_network;
    CredentialStore *m_store;
    OidcDiscovery m_discovery;
    TenantProfile m_profile;
    OidcConfiguration m_config;
    State m_state = State::SignedOut;

    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<LoopbackReplyHandler> m_handler;
    std::optional<Pkce> m_pkce;
    QTimer m_browserTimer;
    std::chrono::milliseconds m_browserTimeout = std::chrono::minutes(5);
    bool m_sendCodeVerifier = true;

    QByteArray m_accessToken;
    QByteArray m_refreshToken;
    QDateTime m_expiresAt;
};
