#include "SignedInApp.h"

#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

SignedInApp::SignedInApp(const SandboxProcess &sandbox, const QString &keychainService,
                         TenantProfile::Generation generation)
    : m_credentials(keychainService)
    , m_session(&m_network, &m_credentials)
    , m_client(&m_network)
    , m_workspace(&m_client, &m_ticker)
    , m_controller(&m_session, &m_workspace, &m_credentials, &m_settings) {
    // Named as main.cpp names it.
    TenantProfile profile = sandbox.profile(QCoreApplication::translate("main", "Local sandbox"));
    profile.generation = generation;
    m_controller.setProfile(profile);
}

void SignedInApp::start() {
    if (!std::exchange(m_started, true))
        m_controller.start(false);
}

bool SignedInApp::signIn(QString *error, int timeoutMs) {
    start();
    LoginWindow *login = m_controller.loginWindow();
    if (!QTest::qWaitForWindowExposed(login)) {
        *error = QStringLiteral("the login window was not shown");
        return false;
    }
    // A launch first looks for a stored session: the button waits for that.
    auto *button = login->findChild<QPushButton *>(QStringLiteral("signInButton"));
    auto *waiting = login->findChild<QWidget *>(QStringLiteral("waitingPanel"));
    if (!button || !QTest::qWaitFor(
                       [button, waiting] {
                           return button->isEnabled() && button->isVisible() &&
                                  !(waiting && waiting->isVisible());
                       },
                       timeoutMs)) {
        *error = QStringLiteral("the Sign in button did not become enabled");
        return false;
    }
    QSignalSpy userLoaded(&m_controller, &AppController::userLoaded);
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([&userLoaded] { return userLoaded.count() > 0; }, timeoutMs)) {
        *error =
            QStringLiteral("the user was not loaded; login window says: %1").arg(login->message());
        return false;
    }
    if (!mainWindow() || !QTest::qWaitForWindowExposed(mainWindow())) {
        *error = QStringLiteral("the main window was not shown");
        return false;
    }
    return true;
}
