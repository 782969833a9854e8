#include "AppController.h"

#include "GraphQlClient.h"
#include "InspectorWindow.h"
#include "JwksCache.h"
#include "Logging.h"
#include "LoginSession.h"
#include "LoginTokenPane.h"
#include "LoginWindow.h"
#include "MainWindow.h"
#include "ModerneApi.h"
#include "Session.h"
#include "Settings.h"
#include "TenantsDialog.h"
#include "Ticker.h"
#include "Workspace.h"

#include <QEvent>
#include <QPixmapCache>
#include <QTimer>

#include <memory>

namespace {

Session::Credential credentialOf(LoginSession::CredentialKind kind) {
    switch (kind) {
    case LoginSession::CredentialKind::LoginToken:
        return Session::Credential::LoginToken;
    case LoginSession::CredentialKind::PersonalAccessToken:
        return Session::Credential::PersonalAccessToken;
    case LoginSession::CredentialKind::None:
        break;
    }
    return Session::Credential::None;
}

} // namespace

AppController::AppController(LoginSession *loginSession, Workspace *workspace,
                             CredentialStore *credentials, Settings *settings, QObject *parent)
    : AppController(loginSession, workspace, credentials, settings, nullptr, parent) {}

AppController::AppController(LoginSession *loginSession, Workspace *workspace,
                             CredentialStore *credentials, Settings *settings,
                             LoginWindow *loginWindow, QObject *parent)
    : QObject(parent)
    , m_loginSession(loginSession)
    , m_workspace(workspace)
    , m_session(workspace->session())
    , m_client(workspace->client())
    , m_credentials(credentials)
    , m_settings(settings)
    , m_jwks(new JwksCache(m_client->network(), m_loginSession->discovery(), this)) {
    // Qt's pixmap cache wakes the process every 30 s for as long as it holds anything, on top of
    // the one shared tick a second. What it would keep here (the SVG icons, the style's bevels)
    // is cheap to draw again, so it keeps nothing: set before the first window renders an icon.
    QPixmapCache::setCacheLimit(0);
    m_loginWindow = loginWindow ? loginWindow : new LoginWindow;
    m_loginWindow->setObjectName(QStringLiteral("loginWindow"));
    m_loginWindow->setTenants(m_session->tenants());
    connect(m_loginWindow, &LoginWindow::signInRequested, m_loginSession, &LoginSession::signIn);
    connect(m_loginWindow, &LoginWindow::cancelRequested, m_loginSession, &LoginSession::cancel);
    connect(m_loginWindow, &LoginWindow::personalAccessTokenSubmitted, this,
            &AppController::signInWithPersonalAccessToken);
    connect(m_loginWindow, &LoginWindow::tenantChosen, this, &AppController::switchTenant);
    connect(m_loginWindow, &LoginWindow::manageTenantsRequested, this,
            &AppController::manageTenants);

    connect(m_loginSession, &LoginSession::stateChanged, this, &AppController::onStateChanged);
    connect(m_loginSession, &LoginSession::signInFailed, this,
            [this](const QString &message) { showLogin(message); });
    connect(m_loginSession, &LoginSession::restoreFailed, this,
            [this](const QString &message) { showLogin(message); });
    connect(m_loginSession, &LoginSession::signedIn, this, &AppController::onSignedIn);
    connect(m_loginSession, &LoginSession::sessionEnded, this, &AppController::onSessionEnded);
    connect(m_loginSession, &LoginSession::accessTokenChanged, this, [this] {
        m_client->setBearerToken(m_loginSession->accessToken());
        if (m_session->isSignedIn() &&
            m_loginSession->credentialKind() == LoginSession::CredentialKind::LoginToken)
            m_session->setLoginToken(m_loginSession->accessToken(),
                                     m_loginSession->accessTokenExpiresAt());
    });
    connect(m_loginSession, &LoginSession::warning, this, [this](const QString &message) {
        qCWarning(lcGui) << message;
        if (m_mainWindow && m_mainWindow->isVisible())
            m_mainWindow->showNotice(message);
    });

    // A request refused with 401 first renews the login token, once; reads are then repeated.
    m_client->setTokenRefresher([this](std::function<void(bool, QByteArray)> done) {
        if (m_checkingPersonalAccessToken)
            return done(false, {});
        m_loginSession->refresh([this, done = std::move(done)](bool ok) {
            done(ok, ok ? m_loginSession->accessToken() : QByteArray());
        });
    });
    connect(m_client, &GraphQlClient::unauthorized, this, [this] {
        // Before the main window shows a user, the call that failed reports it itself.
        if (m_checkingPersonalAccessToken ||
            m_loginSession->state() != LoginSession::State::SignedIn || !m_session->isSignedIn())
            return;
        if (m_loginSession->credentialKind() == LoginSession::CredentialKind::PersonalAccessToken) {
            m_loginSession->invalidate(tr("The platform no longer accepts your personal access "
                                          "token (it was revoked or has expired). Sign in again."));
        } else {
            // The refresh itself did not help: the server refuses this login token.
            m_loginSession->invalidate(tr("The platform no longer accepts your sign-in. Sign in "
                                          "again; nothing you entered is lost."));
        }
    });
    connect(m_session, &Session::tenantChanged, this, &AppController::applyProfile);
}

AppController::~AppController() {
    delete m_inspectorWindow;
    delete m_mainWindow;
    delete m_loginWindow;
}

Session *AppController::session() const {
    return m_session;
}

TenantProfile AppController::profile() const {
    return m_session->tenant();
}

QList<TenantProfile> AppController::profiles() const {
    return m_session->tenants()->profiles();
}

void AppController::setProfiles(const QList<TenantProfile> &profiles, int current) {
    m_session->tenants()->setProfiles(profiles, current);
}

void AppController::setProfile(const TenantProfile &profile) {
    TenantListModel *tenants = m_session->tenants();
    tenants->setCurrentIndex(tenants->upsert(profile));
}

// The current tenant's endpoints for the sign-in and the API.
void AppController::applyProfile() {
    const TenantProfile profile = m_session->tenant();
    m_loginSession->setProfile(profile);
    m_client->setEndpoint(profile.apiUrl);
    m_client->setSendPlatformV2(profile.isV2());
}

void AppController::start(bool signInNow) {
    showLogin();
    // From the first frame on, the window says what happens next (and the buttons wait).
    m_loginWindow->setWaiting(true, signInNow ? tr("Contacting the sign-in server…")
                                              : tr("Looking for a saved session…"));
    // First paint first: the keychain and the network come after the login window has been
    // painted (or after 300 ms, if the window system never asks for a paint).
    auto begun = std::make_shared<bool>(false);
    auto begin = [this, signInNow, begun] {
        if (std::exchange(*begun, true))
            return;
        if (signInNow)
            m_loginSession->signIn();
        else
            m_loginSession->restore();
    };
    if (m_loginWindow->wasPainted()) {
        QTimer::singleShot(0, this, begin); // shown before the session existed (src/app)
        return;
    }
    connect(
        m_loginWindow, &LoginWindow::firstPainted, this,
        [this, begin] { QTimer::singleShot(0, this, begin); }, Qt::SingleShotConnection);
    QTimer::singleShot(300, this, begin);
}

void AppController::onStateChanged() {
    switch (m_loginSession->state()) {
    case LoginSession::State::Restoring:
        m_loginWindow->setWaiting(true, tr("Restoring your session…"));
        break;
    case LoginSession::State::Discovering:
        m_loginWindow->setWaiting(true, tr("Contacting the sign-in server…"));
        break;
    case LoginSession::State::WaitingForBrowser:
        m_loginWindow->setWaiting(true, tr("Waiting for the browser… Sign in there, then "
                                           "come back."));
        break;
    case LoginSession::State::ExchangingCode:
        m_loginWindow->setWaiting(true, tr("Finishing sign-in…"));
        buildMainWindowAhead();
        break;
    case LoginSession::State::SignedOut:
        m_loginWindow->setWaiting(false);
        // The next click goes straight to the browser: the issuer's document is fetched now.
        m_loginSession->prefetchDiscovery();
        break;
    case LoginSession::State::SignedIn:
        m_loginWindow->setWaiting(false);
        break;
    }
}

void AppController::buildMainWindowAhead() {
    // While the token or refresh request is on its way, the (hidden) main window is built, so
    // that the answer shows it at once. The request leaves first: this runs on the next turn.
    if (m_mainWindow)
        return;
    QTimer::singleShot(0, this, [this] { ensureMainWindow(); });
}

void AppController::switchTenant(int index) {
    TenantListModel *tenants = m_session->tenants();
    if (index < 0 || index >= tenants->rowCount())
        return;
    const TenantProfile next = tenants->profileAt(index);
    if (next.credentialKey() == m_session->tenant().credentialKey()) {
        tenants->setCurrentIndex(index); // same tenant, maybe another name
        return;
    }
    // The current tenant's session stays in the keychain: coming back restores it.
    clearData();
    m_session->signOut();
    tenants->setCurrentIndex(index);
    if (m_settings)
        m_settings->setLastTenant(next);
    showLogin();
    m_loginSession->restore();
}

void AppController::manageTenants() {
    QWidget *parent = m_mainWindow && m_mainWindow->isVisible()
                          ? static_cast<QWidget *>(m_mainWindow)
                          : m_loginWindow.data();
    TenantListModel *tenants = m_session->tenants();
    auto *dialog = new TenantsDialog(tenants->profiles(), tenants->currentIndex(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<TenantProfile> edited = dialog->profiles();
        if (m_settings)
            m_settings->setTenants(edited);
        TenantListModel *tenants = m_session->tenants();
        // The list changes; the tenant in use stays current. OK never switches: only "Switch
        // to this tenant" does, or removing the tenant in use (then the first one opens).
        tenants->setProfiles(edited, -1);
        if (dialog->switchTo() >= 0)
            switchTenant(dialog->switchTo());
        else if (tenants->currentIndex() < 0 && !edited.isEmpty())
            switchTenant(0);
        else if (edited.isEmpty())
            showLogin(tr("Add a tenant to sign in to."));
    });
    dialog->open();
}

void AppController::showLogin(const QString &message, bool isError) {
    m_loginWindow->showMessage(message, isError);
    m_loginWindow->setWaiting(m_loginSession->state() != LoginSession::State::SignedOut &&
                              m_loginSession->state() != LoginSession::State::SignedIn);
    m_loginWindow->show();
    m_loginWindow->raise();
    m_loginWindow->activateWindow();
    if (!message.isEmpty())
        Q_EMIT loginMessageShown(message);
}

void AppController::clearData() {
    m_client->setBearerToken({});
    m_workspace->clear();
    if (m_mainWindow)
        m_mainWindow->hide();
}

void AppController::signOut() {
    clearData();
    m_loginSession->signOut();
    m_session->signOut();
    showLogin(tr("You are signed out. Your session on %1 has ended and TokenDesk has removed "
                 "it from the keychain.")
                  .arg(m_session->tenant().displayName),
              false);
}

void AppController::onSessionEnded(const QString &message) {
    // The main window stays as it is (an open dialog keeps its input); the login window
    // comes up on top and, once signed in again, the same window carries on.
    m_client->setBearerToken({});
    if (m_session->isSignedIn())
        m_session->end(message);
    showLogin(message);
}

void AppController::signInWithPersonalAccessToken(const QByteArray &token) {
    if (const QString problem = m_session->tenant().problem(); !problem.isEmpty()) {
        showLogin(problem);
        return;
    }
    m_loginSession->cancel();
    m_checkingPersonalAccessToken = true;
    m_client->setBearerToken(token);
    m_loginWindow->setWaiting(
        true, tr("Checking the token with %1…").arg(m_session->tenant().apiUrl.host()));
    m_workspace->api()->users()->currentUser(
        this, [this, token](const ApiResult<CurrentUser> &result) {
            m_checkingPersonalAccessToken = false;
            m_loginWindow->setWaiting(false);
            if (result.error) {
                m_client->setBearerToken({});
                if (result.error.kind == ApiError::Kind::Unauthorized) {
                    showLogin(tr("The platform refused this personal access token: it may be "
                                 "revoked, expired, or made for another tenant."));
                } else {
                    showLogin(tr("The token could not be checked: %1").arg(result.error.message));
                }
                return;
            }
            m_checkedUser = *result.value;
            // Stores it in the keychain, emits signedIn.
            m_loginSession->adoptPersonalAccessToken(token);
        });
}

void AppController::activate() {
    QWidget *window = m_mainWindow && m_mainWindow->isVisible()
                          ? static_cast<QWidget *>(m_mainWindow)
                          : static_cast<QWidget *>(m_loginWindow);
    if (!window)
        return;
    window->show();
    if (window->isMinimized())
        window->showNormal();
    window->raise();
    window->activateWindow();
}

void AppController::inspect(const QByteArray &token) {
    if (m_mainWindow && m_mainWindow->isVisible()) {
        m_mainWindow->inspect(token);
        activate();
        return;
    }
    if (!m_inspectorWindow)
        m_inspectorWindow = new InspectorWindow(m_jwks, m_workspace->ticker());
    m_inspectorWindow->pane()->setTenant(m_session->tenant().issuer, m_session->tenant().apiUrl);
    m_inspectorWindow->pane()->inspect(token);
    m_inspectorWindow->show();
    m_inspectorWindow->raise();
    m_inspectorWindow->activateWindow();
}

MainWindow *AppController::ensureMainWindow() {
    if (!m_mainWindow) {
        PaneContext context;
        context.workspace = m_workspace;
        context.settings = m_settings;
        context.credentials = m_credentials;
        context.jwks = m_jwks;
        context.ticker = m_workspace->ticker();
        m_mainWindow = new MainWindow(context);
        connect(m_mainWindow, &MainWindow::refreshRequested, this, &AppController::refresh);
        connect(m_mainWindow, &MainWindow::signOutRequested, this, &AppController::signOut);
        connect(m_mainWindow, &MainWindow::tenantChosen, this, &AppController::switchTenant);
        connect(m_mainWindow, &MainWindow::manageTenantsRequested, this,
                &AppController::manageTenants);
    }
    return m_mainWindow;
}

void AppController::refresh() {
    m_workspace->reload();
    m_workspace->api()->users()->currentUser(this, [this](const ApiResult<CurrentUser> &result) {
        if (result.value)
            m_session->updateUser(*result.value);
    });
}

void AppController::onSignedIn() {
    m_client->setBearerToken(m_loginSession->accessToken());
    if (m_settings)
        m_settings->setLastTenant(m_session->tenant());
    if (m_checkedUser) {
        showUser(*std::exchange(m_checkedUser, std::nullopt));
        return;
    }
    m_loginWindow->setWaiting(true, tr("Loading your account…"));
    m_workspace->api()->users()->currentUser(this, [this](const ApiResult<CurrentUser> &result) {
        m_loginWindow->setWaiting(false);
        if (!result.error) {
            showUser(*result.value);
            return;
        }
        const bool refused = result.error.kind == ApiError::Kind::Unauthorized;
        const QString message =
            refused ? tr("Signed in, but the Moderne API at %1 does not accept this sign-in. "
                         "Check that the tenant's API URL and issuer belong together.")
                          .arg(m_session->tenant().apiUrl.toString())
                    : tr("Signed in, but your account could not be loaded: %1")
                          .arg(result.error.message);
        if (m_loginSession->state() == LoginSession::State::SignedIn)
            m_loginSession->invalidate(message, /*forgetStored=*/refused); // shows the login
        else
            showLogin(message);
    });
}

void AppController::showUser(const CurrentUser &user) {
    // Signed in again (same user, same tenant) after a session ended: the window carries on.
    const bool sameUser = m_session->user() && m_session->user()->email == user.email &&
                          m_mainWindow && m_mainWindow->isVisible();
    const bool loginToken =
        m_loginSession->credentialKind() == LoginSession::CredentialKind::LoginToken;
    m_session->signIn(user, credentialOf(m_loginSession->credentialKind()),
                      loginToken ? m_loginSession->accessToken() : QByteArray(),
                      loginToken ? m_loginSession->accessTokenExpiresAt() : QDateTime());
    MainWindow *window = ensureMainWindow();
    m_loginWindow->hideAndRelease();
    m_loginWindow->showMessage({});
    window->show();
    window->raise();
    window->activateWindow();
    if (Ticker *ticker = m_workspace->ticker())
        ticker->setActive(true);
    if (!sameUser)
        m_workspace->reload();
    Q_EMIT userLoaded(user);
}
