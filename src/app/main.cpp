// The program that shows the first window. It links Qt Widgets and little else: the rest of
// TokenDesk (network, sign-in, keychain, OpenSSL) is the module tokendesk-app.so, loaded after
// the login window's first paint (AppLaunch.h), so that the window is on screen sooner.
#include "AppLaunch.h"
#include "CommandLine.h"
#include "FirstPaintProbe.h"
#include "Logging.h"
#include "LoginWindow.h"
#include "ProcessHardening.h"
#include "SecretMemory.h"
#include "Settings.h"
#include "SingleInstanceClient.h"
#include "TenantListModel.h"
#include "TokenInput.h"
#include "Translations.h"

#include <QApplication>
#include <QLibrary>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

// tokendesk-app.so, where the build and the package put it beside bin/ (lib/tokendesk/).
QString modulePath() {
    return QCoreApplication::applicationDirPath() +
           QStringLiteral("/../lib/tokendesk/tokendesk-app.so");
}

} // namespace

int main(int argc, char *argv[]) {
    // Before any secret exists: no core dump, no same-user ptrace (release builds).
    ProcessHardening::apply();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLine commandLine = CommandLine::parse(arguments);
    switch (commandLine.action) {
    case CommandLine::Action::ShowHelp:
    case CommandLine::Action::ShowVersion:
        std::fputs(qPrintable(commandLine.output + QLatin1Char('\n')), stdout);
        return 0;
    case CommandLine::Action::Error:
        std::fputs(qPrintable(commandLine.output + QLatin1Char('\n')), stderr);
        return 2;
    case CommandLine::Action::Run:
        break;
    }

    // --inspect: the token comes from standard input, read before anything else.
    QByteArray inspected;
    if (commandLine.inspect) {
        if (isatty(fileno(stdin)))
            std::fputs(qPrintable(QCoreApplication::translate(
                                      "main", "Paste the token, then press Ctrl+D:") +
                                  QLatin1Char('\n')),
                       stderr);
        QString problem;
        inspected = TokenInput::read(stdin, &problem);
        if (inspected.isEmpty()) {
            std::fputs(qPrintable(problem + QLatin1Char('\n')), stderr);
            return 2;
        }
    }
    // One TokenDesk per user: a second start hands over to the running one and ends here
    // (before any window or display connection exists, so this is quick).
    if (!commandLine.newInstance) {
        const bool handedOver = commandLine.inspect
                                    ? SingleInstanceClient::inspectInRunning(inspected)
                                    : SingleInstanceClient::activateRunning();
        if (handedOver) {
            SecretMemory::wipe(inspected);
            const QString said =
                commandLine.inspect
                    ? QCoreApplication::translate(
                          "main",
                          "TokenDesk is already running: the token is shown in its inspector.")
                    : QCoreApplication::translate(
                          "main", "TokenDesk is already running: its window has been raised.");
            std::fputs(qPrintable(said + QLatin1Char('\n')), stderr);
            return 0;
        }
    }

    // Qt's OAuth reply handler logs the whole URL of a request it does not expect, query
    // included: an authorization code must never reach a log.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.networkauth.replyhandler=false"));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dev.tokendesk.TokenDesk"));
    Settings settings; // tenant profiles, window state and preferences: never a secret
    const GeneralSettings general = settings.general();
    Translations::install(&app, general.language.isEmpty() ? QLocale() : QLocale(general.language));
    // --exit-after-first-paint: the probe prints the figures at the first paint; the program
    // quits once the rest has been loaded and started (so that the flag also checks that).
    if (commandLine.exitAfterFirstPaint)
        new FirstPaintProbe(&app, false);

    // A tenant given on the command line (./run gives the sandbox's) becomes a profile of its
    // own, so that its keychain entry is found again with the same options.
    int current = settings.startTenantIndex();
    if (commandLine.issuer || commandLine.apiUrl || commandLine.clientId) {
        TenantProfile given = commandLine.apply(TenantProfile());
        if (given.displayName.isEmpty())
            given.displayName = TenantProfile::isLoopbackHost(given.issuer.host())
                                    ? QCoreApplication::translate("main", "Local sandbox")
                                    : given.issuer.host();
        current = settings.upsertTenant(given);
    } else if (current < 0) {
        // First launch: the public tenant, ready to edit.
        current = settings.upsertTenant(
            TenantProfile::proposeFromBaseUrl(QUrl(QStringLiteral("https://app.moderne.io"))));
    }
    // The login window, painted before anything else is loaded; it says what happens next.
    auto *tenants = new TenantListModel;
    tenants->setProfiles(settings.tenants(), current);
    auto *loginWindow = new LoginWindow;
    tenants->setParent(loginWindow);
    loginWindow->setObjectName(QStringLiteral("loginWindow"));
    loginWindow->setTenants(tenants);
    loginWindow->setWaiting(
        true, commandLine.signIn
                  ? QCoreApplication::translate("AppController", "Contacting the sign-in server…")
                  : QCoreApplication::translate("AppController", "Looking for a saved session…"));
    loginWindow->show();
    loginWindow->raise();
    loginWindow->activateWindow();

    // Then the rest, once the window has been painted (or after 300 ms, if the window system
    // never asks for a paint).
    AppLaunch launch;
    launch.settings = &settings;
    launch.loginWindow = loginWindow;
    launch.currentTenant = current;
    launch.signIn = commandLine.signIn;
    launch.singleInstance = !commandLine.newInstance;
    launch.inspected = std::move(inspected);
    std::unique_ptr<QObject> runtime;
    bool loaded = false;
    auto loadRest = [&] {
        if (std::exchange(loaded, true))
            return;
        QLibrary module(modulePath());
        const auto start =
            module.load() ? reinterpret_cast<AppModuleStart>(module.resolve(TOKENDESK_MODULE_START))
                          : nullptr;
        if (!start) {
            SecretMemory::wipe(launch.inspected);
            qCCritical(lcGui) << "cannot load" << module.fileName() << module.errorString();
            if (commandLine.exitAfterFirstPaint) {
                QCoreApplication::exit(1);
                return;
            }
            QMessageBox::critical(
                loginWindow, QCoreApplication::translate("main", "TokenDesk cannot start"),
                QCoreApplication::translate("main", "A part of TokenDesk is missing or damaged "
                                                    "(%1). Reinstall TokenDesk.")
                    .arg(module.errorString()));
            QCoreApplication::exit(1);
            return;
        }
        runtime.reset(start(&launch)); // owns the login window from now on
        qCDebug(lcGui).noquote() << "loaded" << module.fileName();
        if (commandLine.exitAfterFirstPaint)
            QCoreApplication::exit(0);
    };
    QObject::connect(
        loginWindow, &LoginWindow::firstPainted, &app,
        [&] { QTimer::singleShot(0, &app, loadRest); }, Qt::SingleShotConnection);
    QTimer::singleShot(300, &app, loadRest);
    const int status = app.exec();
    if (runtime)
        runtime.reset(); // and with it the login window, before the settings and the app go
    else
        delete loginWindow; // the module never took it over
    SecretMemory::wipe(launch.inspected);
    return status;
}
