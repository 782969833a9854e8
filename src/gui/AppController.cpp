#include "AppController.h"

#include "AccessTokenModel.h"
#include "GraphQlClient.h"
#include "LoginSession.h"
#include "LoginWindow.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ModerneApi.h"
#include "ScmConnectionModel.h"

AppController::AppController(LoginSession *session, GraphQlClient *client, ModerneApi *api,
                             QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_client(client)
    , m_api(api)
    , m_tokens(new AccessTokenModel(api, this))
    , m_scm(new ScmConnectionModel(api, this))
    , m_loginWindow(new LoginWindow)
{
    m_loginWindow->setObjectName(QStringLiteral("loginWindow"));
    connect(m_loginWindow, &LoginWindow::signInRequested, m_session, &LoginSession::signIn);
    connect(m_loginWindow, &LoginWindow::cancelRequested, m_session, &LoginSession::cancel);
    connect(m_session, &LoginSession::stateChanged, this, [this](LoginSession::State state) {
        switch (state) {
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
    });
    connect(m_session, &LoginSession::signInFailed, this, [this](const QString &message) {
        showLogin(message);
    });
    connect(m_session, &LoginSession::signedIn, this, &AppController::onSignedIn);
    connect(m_session, &LoginSession::warning, this, [](const QString &message) {
        qCWarning(lcGui) << message;
    });
}

AppController::~AppController()
{
    delete m_mainWindow;
    delete m_loginWindow;
}

void AppController::setProfile(const TenantProfile &profile)
{
    m_profile = profile;
    m_session->setProfile(profile);
    m_client->setEndpoint(profile.apiUrl);
    m_client->setSendPlatformV2(profile.sendPlatformV2);
    m_loginWindow->setTenant(profile);
}

void AppController::start(bool signInNow)
{
    showLogin();
    if (signInNow)
        m_session->signIn();
}

void AppController::showLogin(const QString &message)
{
    m_loginWindow->showMessage(message);
    m_loginWindow->setWaiting(false);
    if (m_mainWindow)
        m_mainWindow->hide();
    m_loginWindow->show();
    m_loginWindow->raise();
    m_loginWindow->activateWindow();
}

MainWindow *AppController::ensureMainWindow()
{
    if (!m_mainWindow) {
        m_mainWindow = new MainWindow(m_tokens, m_scm);
        m_mainWindow->setObjectName(QStringLiteral("mainWindow"));
        connect(m_mainWindow, &MainWindow::refreshRequested, m_tokens, &AccessTokenModel::reload);
        connect(m_mainWindow, &MainWindow::refreshRequested, m_scm, &ScmConnectionModel::reload);
        connect(m_mainWindow, &MainWindow::signOutRequested, this, [this] {
            m_client->setBearerToken({});
            m_tokens->clear();
            m_session->signOut();
            showLogin(tr("You are signed out."));
        });
    }
    return m_mainWindow;
}

void AppController::onSignedIn()
{
    m_client->setBearerToken(m_session->accessToken());
    m_loginWindow->setWaiting(true, tr("Loading your account…"));
    m_api->currentUser(this, [this](const ApiResult<CurrentUser> &result) {
        if (result.error) {
            showLogin(tr("Signed in, but the Moderne API did not accept the sign-in: %1")
                          .arg(result.error.message));
            return;
        }
        MainWindow *window = ensureMainWindow();
        window->setTenantName(m_profile.displayName);
        window->setUser(*result.value);
        window->setLoginToken(m_session->accessToken());
        m_loginWindow->hide();
        window->show();
        window->raise();
        window->activateWindow();
        m_tokens->reload();
        m_scm->reload();
        Q_EMIT userLoaded(*result.value);
    });
}
