#include "AppController.h"
#include "CommandLine.h"
#include "GraphQlClient.h"
#include "KeychainCredentialStore.h"
#include "LoginSession.h"
#include "ModerneApi.h"
#include "Translations.h"

#include <QApplication>
#include <QIcon>
#include <QNetworkAccessManager>

#include <cstdio>

int main(int argc, char *argv[])
{
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

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.tokendesk.TokenDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));
    Translations::install(&app);

    QNetworkAccessManager network;
    network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    KeychainCredentialStore credentials(QStringLiteral("TokenDesk"));
    LoginSession session(&network, &credentials);
    GraphQlClient client(&network);
    ModerneApi api(&client);
    AppController controller(&session, &client, &api);

    TenantProfile profile = TenantProfile::proposeFromBaseUrl(QUrl(QStringLiteral("https://app.moderne.io")));
    profile = commandLine.apply(profile);
    controller.setProfile(profile);
    controller.start(commandLine.signIn);
    return app.exec();
}
