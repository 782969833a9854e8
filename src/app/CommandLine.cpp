#include "CommandLine.h"

#include "TokenText.h"

#include <QCommandLineParser>
#include <QCoreApplication>

CommandLine CommandLine::parse(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "TokenDesk: login tokens, personal access "
                                                   "tokens and SCM connections of a Moderne "
                                                   "tenant, in one window."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("CommandLine", "Show this help and exit."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("CommandLine", "Show the version and exit."));
    const QCommandLineOption issuer(
        QStringLiteral("issuer"),
        QCoreApplication::translate("CommandLine",
                                    "OpenID issuer URL of the tenant's Keycloak realm, e.g. "
                                    "https://login.acme.moderne.io/auth/realms/acme."),
        QStringLiteral("url"));
    const QCommandLineOption apiUrl(
        QStringLiteral("api-url"),
        QCoreApplication::translate(
            "CommandLine",
            "GraphQL API URL of the tenant, e.g. https://api.acme.moderne.io/graphql."),
        QStringLiteral("url"));
    const QCommandLineOption clientId(
        QStringLiteral("client-id"),
        QCoreApplication::translate("CommandLine",
                                    "OAuth client id to sign in with (default: tokendesk)."),
        QStringLiteral("id"));
    const QCommandLineOption tenantName(
        QStringLiteral("tenant-name"),
        QCoreApplication::translate("CommandLine",
                                    "Display name for the tenant given by --issuer and --api-url."),
        QStringLiteral("name"));
    const QCommandLineOption platform(
        QStringLiteral("platform"),
        QCoreApplication::translate("CommandLine",
                                    "Platform generation of the tenant given by --issuer and "
                                    "--api-url: v1 or v2 (default: v2)."),
        QStringLiteral("generation"));
    const QCommandLineOption signIn(
        QStringLiteral("sign-in"),
        QCoreApplication::translate("CommandLine",
                                    "Start the browser sign-in right after launch."));
    const QCommandLineOption exitAfterFirstPaint(
        QStringLiteral("exit-after-first-paint"),
        QCoreApplication::translate("CommandLine",
                                    "Exit with status 0 right after the first window has been "
                                    "painted (for start-up measurements)."));
    const QCommandLineOption inspect(
        QStringLiteral("inspect"),
        QCoreApplication::translate(
            "CommandLine", "Read a token from standard input (never from the command line) and "
                           "show it in the inspector of the running TokenDesk, or of a new one."));
    const QCommandLineOption newInstance(
        QStringLiteral("new-instance"),
        QCoreApplication::translate("CommandLine",
                                    "Start a new window even when TokenDesk is already running "
                                    "(normally a second start raises the running one)."));
    parser.addOptions({help, version, issuer, apiUrl, clientId, tenantName, platform, signIn,
                       inspect, newInstance, exitAfterFirstPaint});

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.action = Action::Error;
        result.output = parser.errorText();
        // Qt repeats an unknown option as typed: never a token.
        for (const QString &unknown : parser.unknownOptionNames())
            if (TokenText::mayBeToken(unknown))
                result.output.replace(unknown, TokenText::forMessage(unknown));
        return result;
    }
    if (parser.isSet(help)) {
        result.action = Action::ShowHelp;
        result.output = parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                  QStringLiteral("tokendesk"));
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::ShowVersion;
        result.output = QStringLiteral("tokendesk %1").arg(QLatin1String(TOKENDESK_VERSION));
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = Action::Error;
        result.output = QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                            .arg(TokenText::forMessage(parser.positionalArguments().constFirst()));
        return result;
    }
    const auto url = [&](const QCommandLineOption &option, std::optional<QUrl> *target) {
        if (!parser.isSet(option))
            return true;
        const QUrl value = QUrl::fromUserInput(parser.value(option));
        if (const QString problem = TenantProfile::endpointProblem(value); !problem.isEmpty()) {
            result.action = Action::Error;
            result.output = QStringLiteral("--%1: %2").arg(option.names().constFirst(), problem);
            return false;
        }
        *target = value;
        return true;
    };
    if (!url(issuer, &result.issuer) || !url(apiUrl, &result.apiUrl))
        return result;
    if (parser.isSet(clientId))
        result.clientId = parser.value(clientId);
    if (parser.isSet(tenantName))
        result.tenantName = parser.value(tenantName);
    if (parser.isSet(platform)) {
        result.platform = TenantProfile::generationFromName(parser.value(platform));
        if (!result.platform) {
            result.action = Action::Error;
            result.output = QCoreApplication::translate(
                                "CommandLine", "--platform: “%1” is not a platform generation; "
                                               "use v1 or v2.")
                                .arg(TokenText::forMessage(parser.value(platform)));
            return result;
        }
    }
    result.signIn = parser.isSet(signIn);
    result.exitAfterFirstPaint = parser.isSet(exitAfterFirstPaint);
    result.inspect = parser.isSet(inspect);
    // A start-up measurement must measure this process, not hand over to another one.
    result.newInstance = parser.isSet(newInstance) || result.exitAfterFirstPaint;
    return result;
}

TenantProfile CommandLine::apply(TenantProfile profile) const {
    if (issuer)
        profile.issuer = *issuer;
    if (apiUrl)
        profile.apiUrl = *apiUrl;
    if (clientId)
        profile.clientId = *clientId;
    if (platform)
        profile.generation = *platform;
    else if (issuer || apiUrl)
        profile.generation = TenantProfile::Generation::V2;
    if (tenantName)
        profile.displayName = *tenantName;
    else if (issuer && issuer->host() != profile.baseUrl.host())
        profile.displayName = issuer->host() == QLatin1String("127.0.0.1")
                                  ? QCoreApplication::translate("CommandLine", "Local sandbox")
                                  : issuer->host();
    return profile;
}
