#include "AppController.h"

#include "CommandLine.h"
#include "FirstPaintProbe.h"
#include "GraphQlClient.h"
#include "KeychainCredentialStore.h"
#include "LoginSession.h"
#include "ProcessHardening.h"
#include "ReplyGuard.h"
#include "SecretMemory.h"
#include "Settings.h"
#include "SingleInstance.h"
#include "Ticker.h"
#include "TokenInput.h"
#include "Translations.h"
#include "Workspace.h"

#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

#include <cstdio>
#include <unistd.h>

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
        const bool handedOver = commandLine.inspect ? SingleInstance::inspectInRunning(inspected)
                                                    : SingleInstance::activateRunning();
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
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));
    Settings settings; // tenant profiles, window state and preferences: never a secret
    const GeneralSettings general = settings.general();
    Translations::install(&app, general.language.isEmpty() ? QLocale() : QLocale(general.language));
    if (commandLine.exitAfterFirstPaint)
        new FirstPaintProbe(&app);

    // No redirect is followed and no answer read beyond its limit, for every request.
    GuardedNetworkAccessManager network;
    KeychainCredentialStore credentials(QStringLiteral("TokenDesk"));
    LoginSession session(&network, &credentials);
    GraphQlClient client(&network);
    Ticker ticker;
    Workspace workspace(&client, &ticker);
    AppController controller(&session, &workspace, &credentials, &settings);

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
    controller.setProfiles(settings.tenants(), current);
    controller.start(commandLine.signIn);

    SingleInstance instance;
    if (!commandLine.newInstance) {
        QObject::connect(&instance, &SingleInstance::activationRequested, &controller,
                         &AppController::activate);
        QObject::connect(&instance, &SingleInstance::inspectRequested, &controller,
                         &AppController::inspect);
        instance.listen();
    }
    if (commandLine.inspect) {
        controller.inspect(inspected);
        SecretMemory::wipe(inspected);
    }
    return app.exec();
}
