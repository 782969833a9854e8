#include "Session.h"

#include "Changed.h"
#include "SecretMemory.h"

Session::Session(QObject *parent)
    : QObject(parent) {
    connect(&m_tenants, &TenantListModel::currentChanged, this, [this] {
        const TenantProfile now = tenant();
        if (now.credentialKey() != m_tenantKey) {
            m_tenantKey = now.credentialKey();
            bumpIdentity();
        }
        Q_EMIT tenantChanged(now);
    });
}

QString Session::tenantLine() const {
    return tr("Tenant: %1").arg(tenantLabel());
}

QString Session::tenantLabel() const {
    const TenantProfile now = tenant();
    const QString host = !now.baseUrl.host().isEmpty() ? now.baseUrl.host() : now.apiUrl.host();
    if (host.isEmpty() || now.displayName.contains(host, Qt::CaseInsensitive))
        return now.displayName;
    if (now.displayName.isEmpty())
        return host;
    return tr("%1 (%2)").arg(now.displayName, host);
}

bool Session::isAdmin() const {
    return role().compare(QLatin1String("ADMIN"), Qt::CaseInsensitive) == 0;
}

void Session::bumpIdentity() {
    ++m_identity;
    Q_EMIT identityChanged();
}

void Session::setState(State state) {
    if (setChanged(m_state, state))
        Q_EMIT stateChanged(state);
}

void Session::signIn(const CurrentUser &user, Credential credential, const QByteArray &loginToken,
                     const QDateTime &loginTokenExpiresAt) {
    const bool otherUser = !m_user || m_user->email != user.email;
    m_user = user;
    m_credential = credential;
    SecretMemory::replace(m_loginToken, loginToken);
    m_loginTokenExpiresAt = loginTokenExpiresAt;
    m_endReason.clear();
    if (otherUser || m_state == State::SignedOut)
        m_signedInAt = QDateTime::currentDateTimeUtc();
    setState(State::SignedIn);
    if (otherUser)
        bumpIdentity();
    Q_EMIT userChanged();
    Q_EMIT loginTokenChanged();
}

void Session::updateUser(const CurrentUser &user) {
    if (!m_user || m_user->email != user.email)
        return;
    m_user = user;
    Q_EMIT userChanged();
}

void Session::setLoginToken(const QByteArray &loginToken, const QDateTime &expiresAt) {
    SecretMemory::replace(m_loginToken, loginToken);
    m_loginTokenExpiresAt = expiresAt;
    Q_EMIT loginTokenChanged();
}

void Session::end(const QString &reason) {
    m_endReason = reason;
    SecretMemory::wipe(m_loginToken);
    m_loginTokenExpiresAt = {};
    setState(State::Ended);
    Q_EMIT loginTokenChanged();
}

void Session::signOut() {
    const bool hadUser = m_user.has_value();
    m_user.reset();
    m_credential = Credential::None;
    SecretMemory::wipe(m_loginToken);
    m_loginTokenExpiresAt = {};
    m_signedInAt = {};
    m_endReason.clear();
    setState(State::SignedOut);
    if (hadUser)
        bumpIdentity();
    Q_EMIT userChanged();
    Q_EMIT loginTokenChanged();
}
