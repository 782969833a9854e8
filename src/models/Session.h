#pragma once

#include "ApiTypes.h"
#include "TenantListModel.h"

#include <QDateTime>
#include <QObject>

#include <optional>

// Who is signed in where: the tenants (one list model for every view of them) and the current
// one, the user and role the API confirmed, which credential the session uses and the login
// token's state. The one object the windows watch: they read it and react to its signals
// instead of being told by the wiring. Whatever a window says about one tenant or user (a
// notice, a message) belongs to that identity and goes when identityChanged() fires.
class Session : public QObject {
    Q_OBJECT
public:
    enum class State { SignedOut, SignedIn, Ended };
    Q_ENUM(State)
    // What the API calls carry: the login JWT (renewed before it lapses) or a personal access
    // token the user pasted (mat-…, never renewed).
    enum class Credential { None, LoginToken, PersonalAccessToken };
    Q_ENUM(Credential)

    explicit Session(QObject *parent = nullptr);

    TenantListModel *tenants() { return &m_tenants; }
    const TenantListModel *tenants() const { return &m_tenants; }
    TenantProfile tenant() const { return m_tenants.current(); }
    // The tenant as a confirmation or a notice names it: "Acme (acme.moderne.io)" (the display
    // name and the host of its tenant URL, else of its API URL).
    QString tenantLabel() const;
    // "Tenant: <label>", the line that destructive confirmations end with.
    QString tenantLine() const;

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    const std::optional<CurrentUser> &user() const { return m_user; }
    QString email() const { return m_user ? m_user->email : QString(); }
    QString role() const { return m_user ? m_user->role : QString(); }
    bool isAdmin() const;
    Credential credential() const { return m_credential; }
    // The login JWT (empty while a personal access token is in use or nobody is signed in).
    QByteArray loginToken() const { return m_loginToken; }
    QDateTime loginTokenExpiresAt() const { return m_loginTokenExpiresAt; }
    // When this sign-in happened (the start of the session, not a renewal).
    QDateTime signedInAt() const { return m_signedInAt; }
    // The reason the session ended (State::Ended).
    QString endReason() const { return m_endReason; }
    // Changes whenever the tenant or the user changes.
    quint64 identity() const { return m_identity; }

    // The wiring's side: the API confirmed `user`; the credential and the login token in use.
    void signIn(const CurrentUser &user, Credential credential, const QByteArray &loginToken,
                const QDateTime &loginTokenExpiresAt);
    // The API reports the same user again (e.g. after Refresh), maybe with another role.
    void updateUser(const CurrentUser &user);
    // The login token was renewed.
    void setLoginToken(const QByteArray &loginToken, const QDateTime &expiresAt);
    // The server ended the session (refresh refused, token revoked): the windows keep what the
    // user was doing and say why; signing in again as the same user carries on.
    void end(const QString &reason);
    void signOut();

Q_SIGNALS:
    void tenantChanged(const TenantProfile &tenant);
    void stateChanged(Session::State state);
    // Signed in (as the same or another user), or signed out.
    void userChanged();
    // The tenant or the user changed: notices and messages raised before belong to the past.
    void identityChanged();
    void loginTokenChanged();

private:
    void setState(State state);
    void bumpIdentity();

    TenantListModel m_tenants;
    QString m_tenantKey; // the current tenant's credential key, to see real changes
    State m_state = State::SignedOut;
    std::optional<CurrentUser> m_user;
    Credential m_credential = Credential::None;
    QByteArray m_loginToken;
    QDateTime m_loginTokenExpiresAt;
    QDateTime m_signedInAt;
    QString m_endReason;
    quint64 m_identity = 0;
};
