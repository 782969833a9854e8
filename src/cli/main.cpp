// tokendesk-cli: the inspector of TokenDesk on the command line.
#include "InspectCommand.h"

#include "ProcessHardening.h"
#include "SecretMemory.h"
#include "TokenText.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

#include <cstdio>
#include <optional>

int main(int argc, char *argv[]) {
    // Before any secret exists: no core dump, no same-user ptrace (release builds).
    ProcessHardening::apply();
    QCoreApplication app(argc, argv);
    // Standard output is JSON; keep the library's debug lines off standard error too.
    QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.*.debug=false"));
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const auto print = [](FILE *stream, const QByteArray &text) {
        std::fwrite(text.constData(), 1, size_t(text.size()), stream);
        std::fflush(stream);
    };
    if (arguments.isEmpty() || arguments.constFirst() == QLatin1String("--help") ||
        arguments.constFirst() == QLatin1String("-h") ||
        arguments.contains(QStringLiteral("--help"))) {
        print(stdout, InspectCommand::helpText().toUtf8());
        return arguments.isEmpty() ? 2 : 0;
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
    QNetworkAccessManager network;
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
