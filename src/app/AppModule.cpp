// The rest of TokenDesk, loaded by main.cpp after the login window's first paint (see
// AppLaunch.h): the network, the keychain, the session, the workspace and the controller.
#include "AppLaunch.h"

#include "AppController.h"
#include "GraphQlClient.h"
#include "KeychainCredentialStore.h"
#include "LoginSession.h"
#include "ReplyGuard.h"
#include "SecretMemory.h"
#include "Settings.h"
#include "SingleInstance.h"
#include "Ticker.h"
#include "Workspace.h"

#include <QGuiApplication>
#include <QIcon>

namespace {

// Owns what the module made; members are torn down in reverse order, the controller first.
class AppRuntime : public QObject {
public:
    explicit AppRuntime(AppLaunch *launch)
        : m_credentials(QStringLiteral("TokenDesk"))
        , m_session(&m_network, &m_credentials)
        , m_client(&m_network)
        , m_workspace(&m_client, &m_ticker)
        , m_controller(&m_session, &m_workspace, &m_credentials, launch->settings,
                       launch->loginWindow) {
        // The window icon renders the SVG through Qt's SVG icon engine: after the first paint.
        QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));
        m_controller.setProfiles(launch->settings->tenants(), launch->currentTenant);
        m_controller.start(launch->signIn);
        if (launch->singleInstance) {
            connect(&m_instance, &SingleInstance::activationRequested, &m_controller,
                    &AppController::activate);
            connect(&m_instance, &SingleInstance::inspectRequested, &m_controller,
                    &AppController::inspect);
            m_instance.listen();
        }
        if (!launch->inspected.isEmpty()) {
            m_controller.inspect(launch->inspected);
            SecretMemory::wipe(launch->inspected);
        }
    }

private:
    // No redirect is followed and no answer read beyond its limit, for every request.
    GuardedNetworkAccessManager m_network;
    KeychainCredentialStore m_credentials;
    LoginSession m_session;
    GraphQlClient m_client;
    Ticker m_ticker;
    Workspace m_workspace;
    AppController m_controller;
    SingleInstance m_instance;
};

} // namespace

extern "C" Q_DECL_EXPORT QObject *tokendesk_module_start(AppLaunch *launch) {
    return new AppRuntime(launch);
}
