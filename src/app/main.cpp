#include "AppController.h"
#include "CommandLine.h"
#include "FirstPaintProbe.h"
#include "GraphQlClient.h"
#include "KeychainCredentialStore.h"
#include "LoginSession.h"
#include "ModerneApi.h"
#include "TenantProfileStore.h"
#include "Ticker.h"
#include "Translations.h"

#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>

int main(int argc, char *argv[]) {
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

    // Qt's OAuth reply handler logs the whole URL of a request it does not expect, query
    // included: an authorization code must never reach a log.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.networkauth.replyhandler=false"));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dev.tokendesk.TokenDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));
    Translations::install(&app);
    if (commandLine.exitAfterFirstPaint)
        new FirstPaintProbe(&app);

    QNetworkAccessManager network;
    network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    KeychainCredentialStore credentials(QStringLiteral("TokenDesk"));
    LoginSession session(&network, &credentials);
    GraphQlClient client(&network);
    ModerneApi api(&client);
    Ticker ticker;
    QSettings settings; // tenant profiles only: never a secret
    TenantProfileStore profiles(&settings);
    AppController controller(&session, &client, &api, &credentials, &ticker, &profiles);

    // A tenant given on the command line (./run gives the sandbox's) becomes a profile of its
    // own, so that its keychain entry is found again with the same options.
    int current = profiles.startIndex();
    if (commandLine.issuer || commandLine.apiUrl || commandLine.clientId) {
        TenantProfile given = commandLine.apply(TenantProfile());
        if (given.displayName.isEmpty())
            given.displayName = TenantProfile::isLoopbackHost(given.issuer.host())
                                    ? QCoreApplication::translate("main", "Local sandbox")
                                    : given.issuer.host();
        current = profiles.upsert(given);
    } else if (current < 0) {
        // First launch: the public tenant, ready to edit.
        current = profiles.upsert(
            TenantProfile::proposeFromBaseUrl(QUrl(QStringLiteral("https://app.moderne.io"))));
    }
    controller.setProfiles(profiles.profiles(), current);
    controller.start(commandLine.signIn);
    return app.exec();
}
