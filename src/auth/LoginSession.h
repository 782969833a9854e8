#pragma once

#include "LoopbackServer.h"
#include "OidcDiscovery.h"
#include "Pkce.h"
#include "TenantProfile.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class CredentialStore;
class LoopbackReplyHandler;
class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

// Signs a user in to a tenant's Keycloak in the system browser: OIDC discovery, authorization
// code flow with PKCE S256, a loopback redirect on 127.0.0.1, a state from the system's secure
// generator, and its own checks of the callback before Qt's flow sees it: the state first (an
// error without it is ignored), then the RFC 9207 `iss`, then error and code; and of what
// Qt 6.4 only logs (token endpoint errors).
// The access token stays in memory; the refresh token goes to the CredentialStore.
class LoginSession : public QObject {
    Q_OBJECT
public:
    enum class State {
        SignedOut,
        Restoring,
        Discovering,
        WaitingForBrowser,
        ExchangingCode,
        SignedIn
    };
    Q_ENUM(State)
    // What the session's bearer is: a login JWT (refreshed before it lapses) or a personal
    // access token the user pasted (mat-..., never refreshed).
    enum class CredentialKind { None, LoginToken, PersonalAccessToken };
    Q_ENUM(CredentialKind)

    LoginSession(QNetworkAccessManager *network, CredentialStore *store, QObject *parent = nullptr);
    ~LoginSession() override;

    void setProfile(const TenantProfile &profile);
    TenantProfile profile() const { return m_profile; }
    State state() const { return m_state; }

    QByteArray accessToken() const { return m_accessToken; }
    CredentialKind credentialKind() const { return m_kind; }
    QDateTime accessTokenExpiresAt() const { return m_expiresAt; }
    OidcConfiguration configuration() const { return m_config; }
    // The session's discovery, shared with others that need the issuer's document (JwksCache).
    OidcDiscovery *discovery() { return &m_discovery; }

    void setBrowserTimeout(std::chrono::milliseconds timeout) { m_browserTimeout = timeout; }
    std::chrono::milliseconds browserTimeout() const { return m_browserTimeout; }

    // How long before the login token lapses it is refreshed (at most a fifth of its lifetime).
    void setRefreshLead(std::chrono::seconds lead) { m_refreshLead = lead; }

    // Test seam: leave the PKCE code_verifier out of the token request.
    void setSendCodeVerifierForTesting(bool send) { m_sendCodeVerifier = send; }

public Q_SLOTS:
    // Fetches the tenant's discovery document ahead of a click (silent on failure).
    void prefetchDiscovery();
    void signIn();
    void cancel();
    // At launch: a stored session (refresh token or PAT) is restored without any window
    // asking. Ends in signedIn(), or restoreFailed() with a message (empty: nothing stored).
    void restore();
    // Renews the login token with the refresh token. Concurrent calls share one request.
    // `done(true)` once a fresh token is in place; `done(false)` if the session has ended.
    void refresh(std::function<void(bool ok)> done = {});
    // Signs in with a personal access token the caller has already checked with the API.
    void adoptPersonalAccessToken(const QByteArray &token);
    // Ends the session because the API refused it: clears the in-memory token and, with
    // forgetStored, the keychain entry; emits sessionEnded(message).
    void invalidate(const QString &message, bool forgetStored = true);
    // Forgets the session: revokes the refresh token where the server offers revocation,
    // deletes the keychain entry and clears the in-memory token.
    void signOut();

Q_SIGNALS:
    void stateChanged(LoginSession::State state);
    void authorizationUrlOpened(const QUrl &url);
    void signedIn();
    void signInFailed(const QString &message);
    void signedOut();
    void restoreFailed(const QString &message);
    // The bearer changed (a refresh): users of the token must take the new one.
    void accessTokenChanged();
    // The session can no longer be renewed (refresh token revoked or expired).
    void sessionEnded(const QString &message);
    // Something went wrong that does not end the session (e.g. the keychain refused to save).
    void warning(const QString &message);

private:
    void setState(State state);
    void startFlow();
    std::optional<LoopbackServer::Page> checkCallback(const QUrlQuery &query);
    void onCallbackRefused(const QUrlQuery &query);
    void onGranted();
    void fail(const QString &message);
    void closeListener();
    void discardFlow();
    void adoptTokens(const QByteArray &accessToken, const QByteArray &refreshToken,
                     qint64 expiresIn);
    void scheduleRefresh();
    void requestRefresh();
    void finishRefresh(bool ok);
    void endSession(const QString &message, bool forgetStored = true);
    void storeCredential();
    void restoreWith(const QByteArray &stored);

    QNetworkAccessManager *m_network;
    CredentialStore *m_store;
    OidcDiscovery m_discovery;
    TenantProfile m_profile;
    OidcConfiguration m_config;
    State m_state = State::SignedOut;
    int m_attempt = 0; // sign-in or restore attempts; a stale discovery answer is ignored

    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<LoopbackReplyHandler> m_handler;
    std::optional<Pkce> m_pkce;
    QTimer m_browserTimer;
    std::chrono::milliseconds m_browserTimeout = std::chrono::minutes(5);
    bool m_sendCodeVerifier = true;

    QByteArray m_accessToken;
    QByteArray m_refreshToken;
    QDateTime m_expiresAt;
    CredentialKind m_kind = CredentialKind::None;
    std::chrono::seconds m_refreshLead = std::chrono::seconds(60);
    QTimer m_refreshTimer;
    QList<std::function<void(bool)>> m_refreshWaiters;
    bool m_refreshing = false;
    int m_refreshAttempt = 0;
};
