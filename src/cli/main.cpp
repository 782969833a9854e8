// tokendesk-cli: the inspector of TokenDesk on the command line, and the personal access
// tokens of a tenant for scripts (tokens list|create|revoke|rotate).
#include "InspectCommand.h"
#include "KeychainCredentialStore.h"
#include "ReplyGuard.h"
#include "RotationJournal.h"
#include "Settings.h"
#include "TokensCommand.h"
#include "TokensCommandLine.h"

#include "ProcessHardening.h"
#include "SecretMemory.h"
#include "TokenText.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

#include <cstdio>
#include <optional>

namespace {

void print(FILE *stream, const QByteArray &text) {
    std::fwrite(text.constData(), 1, size_t(text.size()), stream);
    std::fflush(stream);
}

QString topLevelHelp() {
    return InspectCommand::helpText() + QLatin1Char('\n') +
           QCoreApplication::translate("TokensCommandLine",
                                       "Usage: tokendesk-cli tokens SUBCOMMAND [OPTIONS]\n%1\n")
               .arg(TokensCommandLine::usageLines()) +
           TokensCommandLine::commonHelp();
}

int runTokens(QCoreApplication &app, const QStringList &arguments) {
    // The app's settings (tenant profiles) and data folder (the rotation journal).
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.*=false"));
    if (arguments.isEmpty() || arguments.constFirst() == QLatin1String("--help") ||
        arguments.constFirst() == QLatin1String("-h")) {
        print(stdout, TokensCommandLine::helpText().toUtf8());
        return arguments.isEmpty() ? TokensCommand::BadInput : TokensCommand::Done;
    }
    QString error;
    const auto options = TokensCommandLine::parse(arguments, &error);
    if (!options) {
        print(stderr, QStringLiteral("tokendesk-cli: %1\n").arg(error).toUtf8());
        return TokensCommand::BadInput;
    }
    if (options->help) {
        print(stdout, TokensCommandLine::helpText(options->action).toUtf8());
        return TokensCommand::Done;
    }
    QByteArray token;
    if (options->tokenStdin) {
        char chunk[4096];
        while (const size_t n = std::fread(chunk, 1, sizeof chunk, stdin)) {
            token.append(chunk, qsizetype(n));
            if (token.size() > 65536)
                break;
        }
        std::fill(std::begin(chunk), std::end(chunk), '\0');
        token = token.trimmed();
        if (token.isEmpty() || token.size() > 65536 || token.contains('\n') ||
            token.contains(' ')) {
            token.fill('\0');
            print(stderr, QCoreApplication::translate(
                              "TokensCommandLine",
                              "tokendesk-cli: --token-stdin: standard input holds no token (one "
                              "line, the token alone)\n")
                              .toUtf8());
            return TokensCommand::BadInput;
        }
    } else {
        token = qgetenv("MODERNE_TOKEN").trimmed();
    }
    GuardedNetworkAccessManager network; // no redirect followed, every answer capped
    KeychainCredentialStore credentials(QStringLiteral("TokenDesk"));
    Settings settings;
    TokensCommand command(&network, &credentials, &settings, RotationJournal::defaultPath());
    std::optional<int> exitCode;
    command.run(
        *options, token, [](const QByteArray &text) { print(stdout, text); },
        [](const QByteArray &text) { print(stderr, text); },
        [&](int code) {
            exitCode = code;
            QCoreApplication::exit(code);
        });
    token.fill('\0');
    if (!exitCode)
        app.exec();
    return exitCode.value_or(TokensCommand::BadInput);
}
} // namespace

int main(int argc, char *argv[]) {
    // Before any secret exists: no core dump, no same-user ptrace (release builds).
    ProcessHardening::apply();
    QCoreApplication app(argc, argv);
    // Standard output is JSON; keep the library's debug lines off standard error too.
    QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.*.debug=false"));
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String("tokens"))
        return runTokens(app, arguments.mid(1));
    if (arguments.isEmpty() || arguments.constFirst() == QLatin1String("--help") ||
        arguments.constFirst() == QLatin1String("-h")) {
        print(stdout, topLevelHelp().toUtf8());
        return arguments.isEmpty() ? 2 : 0;
    }
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        print(stdout, InspectCommand::helpText().toUtf8());
        return 0;
    }
    if (arguments.constFirst() == QLatin1String("--version")) {
        print(stdout, "tokendesk-cli " TOKENDESK_VERSION "\n");
        return 0;
    }
    if (arguments.constFirst() != QLatin1String("inspect")) {
        print(stderr, QCoreApplication::translate(
                          "InspectCommand", "tokendesk-cli: unknown command “%1” (try --help)\n")
                          .arg(TokenText::forMessage(arguments.constFirst()))
                          .toUtf8());
        return 2;
    }
    QString error;
    auto options = InspectCommand::parse(arguments.mid(1), &error);
    if (!options) {
        print(stderr, QStringLiteral("tokendesk-cli: %1\n").arg(error).toUtf8());
        return 2;
    }
    if (options->token.isEmpty()) {
        // To the end of the input (a pipe hands it over in pieces), and no more than 16 MB.
        constexpr qsizetype limit = 16 * 1024 * 1024;
        char chunk[65536];
        while (const size_t n = std::fread(chunk, 1, sizeof chunk, stdin)) {
            options->token.append(chunk, qsizetype(n));
            if (options->token.size() > limit) {
                SecretMemory::wipe(options->token);
                print(stderr,
                      QCoreApplication::translate(
                          "InspectCommand",
                          "tokendesk-cli: the input is larger than 16 MB: that is not a token\n")
                          .toUtf8());
                return 2;
            }
        }
        if (std::ferror(stdin)) {
            print(stderr, "tokendesk-cli: cannot read standard input\n");
            return 2;
        }
    }
    GuardedNetworkAccessManager network; // no redirect followed, every answer capped
    InspectCommand command(&network);
    std::optional<int> exitCode;
    command.run(
        *options, [&](const QByteArray &text) { print(stdout, text); },
        [&](const QByteArray &text) { print(stderr, text); },
        [&](int code) {
            exitCode = code;
            QCoreApplication::exit(code);
        });
    if (!exitCode) // waiting for the network
        app.exec();
    return exitCode.value_or(2);
}
