#include "AppController.h"

#include "AccessTokenModel.h"
#include "GraphQlClient.h"
#include "InspectorWindow.h"
#include "JwksCache.h"
#include "Logging.h"
#include "LoginSession.h"
#include "LoginTokenPane.h"
#include "LoginWindow.h"
#include "MainWindow.h"
#include "ModerneApi.h"
#include "ScmConnectionModel.h"
#include "SessionStatusWidget.h"
#include "TenantProfileStore.h"
#include "TenantsDialog.h"
#include "Ticker.h"

#include <QEvent>
#include <QTimer>

#include <memory>

namespace {

// Calls back once, when `window` has been painted for the first time, then goes away.
class FirstPaintWatcher : public QObject {
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> painted)
        : QObject(window)
        , m_painted(std::move(painted)) {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            m_painted();
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_painted;
};

} // namespace

AppController::AppController(LoginSession *session, GraphQlClient *client, ModerneApi *api,
                             CredentialStore *credentials, Ticker *ticker,
                             TenantProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_client(client)
    , m_api(api)
    , m_credentials(credentials)
    , m_ticker(ticker)
    , m_jwks(new JwksCache(client->network(), this))
    , m_store(profiles)
    , m_tokens(new AccessTokenModel(api, this))
    , m_scm(new ScmConnectionModel(api, this))
    , m_loginWindow(new LoginWindow) {
    m_loginWindow->setObjectName(QStringLiteral("loginWindow"));
    connect(m_loginWindow, &LoginWindow::signInRequested, m_session, &LoginSession::signIn);
    connect(m_loginWindow, &LoginWindow::cancelRequested, m_session, &LoginSession::cancel);
    connect(m_loginWindow, &LoginWindow::personalAccessTokenSubmitted, this,
            &AppController::signInWithPersonalAccessToken);
    connect(m_loginWindow, &LoginWindow::tenantChosen, this, &AppController::switchTenant);
    connect(m_loginWindow, &LoginWindow::manageTenantsRequested, this,
            &AppController::manageTenants);

    connect(m_session, &LoginSession::stateChanged, this, &AppController::onStateChanged);
    connect(m_session, &LoginSession::signInFailed, this,
            [this](const QString &message) { showLogin(message); });
    connect(m_session, &LoginSession::restoreFailed, this,
            [this](const QString &message) { showLogin(message); });
    connect(m_session, &LoginSession::signedIn, this, &AppController::onSignedIn);
    connect(m_session, &LoginSession::sessionEnded, this, &AppController::onSessionEnded);
    connect(m_session, &LoginSession::accessTokenChanged, this, [this] {
        m_client->setBearerToken(m_session->accessToken());
        if (m_mainWindow) {
            m_mainWindow->setLoginToken(m_session->accessToken());
            m_mainWindow->sessionStatus()->setLoginToken(m_session->accessTokenExpiresAt());
            m_mainWindow->setLoginTokenExpiry(m_session->accessTokenExpiresAt(), true);
        }
    });
    connect(m_session, &LoginSession::warning, this, [this](const QString &message) {
        qCWarning(lcGui) << message;
        if (m_mainWindow && m_mainWindow->isVisible())
            m_mainWindow->showNotice(message);
    });

    // A request refused with 401 first renews the login token, once; reads are then repeated.
    // The clock skew shown by the inspector: the API server's Date against this computer's.
    connect(m_client, &GraphQlClient::responseDate, this, [this](const QDateTime &serverDate) {
        if (m_mainWindow)
            m_mainWindow->loginTokenPane()->setServerDate(serverDate,
                                                          QDateTime::currentDateTimeUtc());
    });
    m_client->setTokenRefresher([this](std::function<void(bool, QByteArray)> done) {
        if (m_checkingPersonalAccessToken)
            return done(false, {});
        m_session->refresh([this, done = std::move(done)](bool ok) {
            done(ok, ok ? m_session->accessToken() : QByteArray());
        });
    });
    connect(m_client, &GraphQlClient::unauthorized, this, [this] {
        // Before the main window shows a user, the call that failed reports it itself.
        if (m_checkingPersonalAccessToken || m_session->state() != LoginSession::State::SignedIn ||
            !m_user)
            return;
        if (m_session->credentialKind() == LoginSession::CredentialKind::PersonalAccessToken) {
            m_session->invalidate(tr("The platform no longer accepts your personal access token "
                                     "(it was revoked or has expired). Sign in again."));
        } else {
            // The refresh itself did not help: the server refuses this login token.
            m_session->invalidate(tr("The platform no longer accepts your sign-in. Sign in "
                                     "again; nothing you entered is lost."));
        }
    });
}

AppController::~AppController() {
    delete m_inspectorWindow;
    delete m_mainWindow;
    delete m_loginWindow;
}

void AppController::setProfiles(const QList<TenantProfile> &profiles, int current) {
    m_profiles = profiles;
    if (current >= 0 && current < m_profiles.size())
        applyProfile(m_profiles.at(current));
    updateTenantChoices();
}

void AppController::setProfile(const TenantProfile &profile) {
    int index = -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).credentialKey() == profile.credentialKey())
            index = i;
    }
    if (index < 0)
        m_profiles.append(profile);
    else
        m_profiles[index] = profile;
    applyProfile(profile);
    updateTenantChoices();
}

void AppController::applyProfile(const TenantProfile &profile) {
    m_profile = profile;
    m_session->setProfile(profile);
    m_client->setEndpoint(profile.apiUrl);
    m_client->setSendPlatformV2(profile.sendPlatformV2);
    m_loginWindow->setTenant(profile);
    if (m_mainWindow)
        m_mainWindow->setTenantName(profile.displayName);
}

void AppController::updateTenantChoices() {
    int current = -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).credentialKey() == m_profile.credentialKey())
            current = i;
    }
    m_loginWindow->setTenants(m_profiles, current);
    if (m_mainWindow)
        m_mainWindow->setTenants(m_profiles, current);
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
            m_session->signIn();
        else
            m_session->restore();
    };
    auto *watcher = new FirstPaintWatcher(m_loginWindow, [begin] { QTimer::singleShot(0, begin); });
    QTimer::singleShot(300, watcher, [begin] { begin(); });
}

void AppController::onStateChanged() {
    switch (m_session->state()) {
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
        break;
    case LoginSession::State::SignedOut:
    case LoginSession::State::SignedIn:
        m_loginWindow->setWaiting(false);
        break;
    }
}

void AppController::switchTenant(int index) {
    if (index < 0 || index >= m_profiles.size())
        return;
    const TenantProfile next = m_profiles.at(index);
    if (next.credentialKey() == m_profile.credentialKey()) {
        applyProfile(next); // same tenant, maybe another name
        return;
    }
    // The current tenant's session stays in the keychain: coming back restores it.
    clearData();
    applyProfile(next);
    if (m_store)
        m_store->setLastUsed(next);
    showLogin();
    m_session->restore();
}

void AppController::manageTenants() {
    QWidget *parent = m_mainWindow && m_mainWindow->isVisible()
                          ? static_cast<QWidget *>(m_mainWindow)
                          : m_loginWindow.data();
    int current = -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).credentialKey() == m_profile.credentialKey())
            current = i;
    }
    auto *dialog = new TenantsDialog(m_profiles, current, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_profiles = dialog->profiles();
        if (m_store)
            m_store->setProfiles(m_profiles);
        const int chosen = dialog->currentIndex();
        updateTenantChoices();
        if (chosen >= 0)
            switchTenant(chosen);
        else if (m_profiles.isEmpty())
            showLogin(tr("Add a tenant to sign in to."));
    });
    dialog->open();
}

void AppController::showLogin(const QString &message, bool isError) {
    m_loginWindow->showMessage(message, isError);
    m_loginWindow->setWaiting(m_session->state() != LoginSession::State::SignedOut &&
                              m_session->state() != LoginSession::State::SignedIn);
    m_loginWindow->show();
    m_loginWindow->raise();
    m_loginWindow->activateWindow();
    if (!message.isEmpty())
        Q_EMIT loginMessageShown(message);
}

void AppController::clearData() {
    m_client->setBearerToken({});
    m_tokens->clear();
    m_scm->setConnections({});
    m_user.reset();
    if (m_mainWindow)
        m_mainWindow->hide();
}

void AppController::signOut() {
    clearData();
    m_session->signOut();
    if (m_mainWindow) {
        m_mainWindow->setLoginToken({});
        m_mainWindow->sessionStatus()->setSignedOut();
        m_mainWindow->setLoginTokenExpiry({}, false);
    }
    showLogin(tr("You are signed out. Your session on %1 has ended and TokenDesk has removed "
                 "it from the keychain.")
                  .arg(m_profile.displayName),
              false);
}

void AppController::onSessionEnded(const QString &message) {
    // The main window stays as it is (an open dialog keeps its input); the login window
    // comes up on top and, once signed in again, the same window carries on.
    m_client->setBearerToken({});
    if (m_mainWindow) {
        m_mainWindow->sessionStatus()->setSignedOut(message);
        m_mainWindow->setLoginTokenExpiry({}, false);
    }
    showLogin(message);
}

void AppController::signInWithPersonalAccessToken(const QByteArray &token) {
    if (const QString problem = m_profile.problem(); !problem.isEmpty()) {
        showLogin(problem);
        return;
    }
    m_session->cancel();
    m_checkingPersonalAccessToken = true;
    m_client->setBearerToken(token);
    m_loginWindow->setWaiting(true, tr("Checking the token with %1…").arg(m_profile.apiUrl.host()));
    m_api->currentUser(this, [this, token](const ApiResult<CurrentUser> &result) {
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
        m_session->adoptPersonalAccessToken(token); // stores it in the keychain, emits signedIn
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
        m_mainWindow->showPane(MainWindow::LoginTokenPaneIndex);
        m_mainWindow->loginTokenPane()->inspect(token);
        activate();
        return;
    }
    if (!m_inspectorWindow)
        m_inspectorWindow = new InspectorWindow(m_jwks, m_ticker);
    m_inspectorWindow->pane()->setTenant(m_profile.issuer, m_profile.apiUrl);
    m_inspectorWindow->pane()->inspect(token);
    m_inspectorWindow->show();
    m_inspectorWindow->raise();
    m_inspectorWindow->activateWindow();
}

MainWindow *AppController::ensureMainWindow() {
    if (!m_mainWindow) {
        MainWindow::Services services;
        services.tokens = m_tokens;
        services.scm = m_scm;
        services.ticker = m_ticker;
        services.credentials = m_credentials;
        services.jwks = m_jwks;
        m_mainWindow = new MainWindow(services);
        m_mainWindow->setObjectName(QStringLiteral("mainWindow"));
        connect(m_mainWindow, &MainWindow::refreshRequested, m_tokens, &AccessTokenModel::reload);
        connect(m_mainWindow, &MainWindow::refreshRequested, m_scm, &ScmConnectionModel::reload);
        connect(m_mainWindow, &MainWindow::signOutRequested, this, &AppController::signOut);
        connect(m_mainWindow, &MainWindow::tenantChosen, this, &AppController::switchTenant);
        connect(m_mainWindow, &MainWindow::manageTenantsRequested, this,
                &AppController::manageTenants);
        updateTenantChoices();
    }
    return m_mainWindow;
}

void AppController::onSignedIn() {
    m_client->setBearerToken(m_session->accessToken());
    if (m_store)
        m_store->setLastUsed(m_profile);
    if (m_checkedUser) {
        showUser(*std::exchange(m_checkedUser, std::nullopt));
        return;
    }
    m_loginWindow->setWaiting(true, tr("Loading your account…"));
    m_api->currentUser(this, [this](const ApiResult<CurrentUser> &result) {
        m_loginWindow->setWaiting(false);
        if (!result.error) {
            showUser(*result.value);
            return;
        }
        const bool refused = result.error.kind == ApiError::Kind::Unauthorized;
        const QString message =
            refused ? tr("Signed in, but the Moderne API at %1 does not accept this sign-in. "
                         "Check that the tenant's API URL and issuer belong together.")
                          .arg(m_profile.apiUrl.toString())
                    : tr("Signed in, but your account could not be loaded: %1")
                          .arg(result.error.message);
        if (m_session->state() == LoginSession::State::SignedIn)
            m_session->invalidate(message, /*forgetStored=*/refused); // shows the login window
        else
            showLogin(message);
    });
}

void AppController::showUser(const CurrentUser &user) {
    // Signed in again (same user, same tenant) after a session ended: the window carries on.
    const bool sameUser =
        m_user && m_user->email == user.email && m_mainWindow && m_mainWindow->isVisible();
    m_user = user;
    MainWindow *window = ensureMainWindow();
    window->setTenantName(m_profile.displayName);
    window->setUser(user);
    window->setLoginToken(m_session->credentialKind() == LoginSession::CredentialKind::LoginToken
                              ? m_session->accessToken()
                              : QByteArray());
    const bool pat =
        m_session->credentialKind() == LoginSession::CredentialKind::PersonalAccessToken;
    window->loginTokenPane()->setTenant(m_profile.issuer, m_profile.apiUrl);
    window->loginTokenPane()->setPersonalAccessTokenMode(pat);
    if (pat) {
        window->sessionStatus()->setPersonalAccessToken();
        window->setLoginTokenExpiry({}, false);
    } else {
        window->sessionStatus()->setLoginToken(m_session->accessTokenExpiresAt());
        window->setLoginTokenExpiry(m_session->accessTokenExpiresAt(), true);
    }
    m_loginWindow->hide();
    m_loginWindow->showMessage({});
    window->show();
    window->raise();
    window->activateWindow();
    m_ticker->setActive(true);
    if (!sameUser) {
        m_tokens->reload();
        m_scm->reload();
    }
    Q_EMIT userLoaded(user);
}
