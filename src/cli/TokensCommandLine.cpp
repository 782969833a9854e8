#include "TokensCommandLine.h"

#include "Rfc3339.h"

#include <QHash>
#include <QSet>

namespace {

using Action = TokensOptions::Action;

} // namespace

QString TokensCommandLine::commonHelp() {
    return tr(
        "Where and as whom (every subcommand):\n"
        "  --tenant NAME      a tenant profile of the TokenDesk app (default: the last one used)\n"
        "  --api-url URL      the tenant's GraphQL API instead of a profile\n"
        "  --token-stdin      read the personal access token from standard input\n"
        "The token comes from --token-stdin, else MODERNE_TOKEN, else the keychain entry the\n"
        "app saved when it signed in to that tenant with a personal access token; never from\n"
        "an argument.\n"
        "\n"
        "Exit status: 0 done, 1 refused by the server, 2 bad input, 3 not signed in or token\n"
        "rejected, 4 network or TLS error.\n");
}

namespace {

// The options each subcommand takes (besides the common ones and --help).
QSet<QString> allowedOptions(Action action) {
    switch (action) {
    case Action::List:
        return {QStringLiteral("--all-users"), QStringLiteral("--json")};
    case Action::Create:
        return {QStringLiteral("--description"), QStringLiteral("--expires-in"),
                QStringLiteral("--expires-at"), QStringLiteral("--no-expiry"),
                QStringLiteral("--json")};
    case Action::Revoke:
        return {QStringLiteral("--user"), QStringLiteral("--all"), QStringLiteral("--dry-run")};
    case Action::Rotate:
        return {QStringLiteral("--expires-in"), QStringLiteral("--revoke-after"),
                QStringLiteral("--json"), QStringLiteral("--resume")};
    }
    return {};
}

bool takesValue(const QString &option) {
    static const QSet<QString> withValue{
        QStringLiteral("--tenant"),      QStringLiteral("--api-url"),
        QStringLiteral("--description"), QStringLiteral("--expires-in"),
        QStringLiteral("--expires-at"),  QStringLiteral("--user"),
        QStringLiteral("--revoke-after")};
    return withValue.contains(option);
}

// The subcommands by name: the one place that spells them.
const QHash<QString, TokensOptions::Action> &actionsByName() {
    using Action = TokensOptions::Action;
    static const QHash<QString, Action> actions{{QStringLiteral("list"), Action::List},
                                                {QStringLiteral("create"), Action::Create},
                                                {QStringLiteral("revoke"), Action::Revoke},
                                                {QStringLiteral("rotate"), Action::Rotate}};
    return actions;
}
} // namespace

QString TokensCommandLine::actionName(Action action) {
    return actionsByName().key(action);
}

QString TokensCommandLine::usageLines() {
    return QStringLiteral(
        "       tokendesk-cli tokens list [--all-users] [--json]\n"
        "       tokendesk-cli tokens create --description TEXT\n"
        "                     [--expires-in DAYS | --expires-at RFC3339 | --no-expiry] [--json]\n"
        "       tokendesk-cli tokens revoke ID... [--dry-run]\n"
        "       tokendesk-cli tokens revoke --user EMAIL --all [--dry-run]\n"
        "       tokendesk-cli tokens rotate ID [--expires-in DAYS] [--revoke-after none|1h|1d]\n"
        "                     [--json]\n"
        "       tokendesk-cli tokens rotate --resume\n"
        "       (each also with [--tenant NAME | --api-url URL] [--token-stdin])\n");
}

QString TokensCommandLine::helpText() {
    return tr("Usage: tokendesk-cli tokens list|create|revoke|rotate [OPTIONS]\n"
              "%1\n"
              "Personal access tokens of a Moderne tenant, for scripts and CI.\n"
              "`tokendesk-cli tokens SUBCOMMAND --help` describes each subcommand.\n"
              "\n"
              "%2")
        .arg(usageLines(), commonHelp());
}

QString TokensCommandLine::helpText(Action action) {
    switch (action) {
    case Action::List:
        return tr("Usage: tokendesk-cli tokens list [--all-users] [--json] [--tenant NAME | "
                  "--api-url URL] [--token-stdin]\n"
                  "\n"
                  "Lists your personal access tokens, newest first: a table, or with --json an\n"
                  "array of {\"id\", \"description\", \"created\", \"expiresAt\"} (RFC 3339;\n"
                  "expiresAt null when the token never expires).\n"
                  "\n"
                  "  --all-users        every user's tokens (administrators), each with \"user\"\n"
                  "                     (the owner's email)\n"
                  "  --json             JSON instead of the table\n"
                  "  -h, --help         show this help\n"
                  "\n") +
               commonHelp();
    case Action::Create:
        return tr("Usage: tokendesk-cli tokens create --description TEXT [--expires-in DAYS |\n"
                  "       --expires-at RFC3339 | --no-expiry] [--json] [--tenant NAME |\n"
                  "       --api-url URL] [--token-stdin]\n"
                  "\n"
                  "Creates a personal access token and prints its value alone on one line of\n"
                  "standard output (with --json, one JSON object {\"id\", \"description\",\n"
                  "\"created\", \"expiresAt\", \"token\"} on that line); everything else goes to\n"
                  "standard error. createAccessToken is sent once, never again: when its answer\n"
                  "is lost, list the tokens to see whether it was created.\n"
                  "\n"
                  "  --description TEXT     what the token is for (required)\n"
                  "  --expires-in DAYS      expires DAYS × 24 hours from now (default 30)\n"
                  "  --expires-at RFC3339   expires at this time, e.g. 2027-01-31T23:59:59Z\n"
                  "  --no-expiry            never expires (refused where the tenant caps\n"
                  "                         lifetimes)\n"
                  "  --json                 JSON instead of the bare value\n"
                  "  -h, --help             show this help\n"
                  "\n") +
               commonHelp();
    case Action::Revoke:
        return tr("Usage: tokendesk-cli tokens revoke ID... [--dry-run] [--tenant NAME |\n"
                  "       --api-url URL] [--token-stdin]\n"
                  "       tokendesk-cli tokens revoke --user EMAIL --all [--dry-run] [...]\n"
                  "\n"
                  "Revokes personal access tokens by id, or every token of a user\n"
                  "(administrators). Prints one line per token: revoked, would revoke, or not\n"
                  "found. Each revocation is sent once.\n"
                  "\n"
                  "  --user EMAIL     whose tokens (with --all)\n"
                  "  --all            every token of --user EMAIL\n"
                  "  --dry-run        print what would be revoked; send no mutation\n"
                  "  -h, --help       show this help\n"
                  "\n") +
               commonHelp();
    case Action::Rotate:
        return tr("Usage: tokendesk-cli tokens rotate ID [--expires-in DAYS]\n"
                  "       [--revoke-after none|1h|1d] [--json] [--tenant NAME | --api-url URL]\n"
                  "       [--token-stdin]\n"
                  "       tokendesk-cli tokens rotate --resume [...]\n"
                  "\n"
                  "Replaces a token: creates one with the same description and, by default, the\n"
                  "old one's lifetime (shortened to the tenant's cap), prints the new value alone\n"
                  "on one line of standard output (with --json, one JSON object with \"token\"),\n"
                  "then revokes the old token: at once (none, the default), or 1 hour or 1 day\n"
                  "later (1h, 1d). A later revocation is kept in the rotation journal and done by\n"
                  "the first `tokens rotate` run after it is due (e.g. `tokens rotate --resume`\n"
                  "from cron or CI).\n"
                  "\n"
                  "Every step is journaled (ids, description, step, times; never a value) in\n"
                  "TokenDesk's data folder, so an interrupted rotation resumes where it stopped:\n"
                  "createAccessToken is never sent twice for one rotation, and the old token is\n"
                  "never revoked before the new value was printed. A new token whose value was\n"
                  "never printed (the process ended first) is revoked, and the old one is kept.\n"
                  "\n"
                  "  --expires-in DAYS           the new token's lifetime instead of the old "
                  "one's\n"
                  "  --revoke-after none|1h|1d   when to revoke the old token (default none: now)\n"
                  "  --resume                    only finish interrupted rotations and due\n"
                  "                              revocations\n"
                  "  --json                      JSON instead of the bare value\n"
                  "  -h, --help                  show this help\n"
                  "\n") +
               commonHelp();
    }
    return {};
}

std::optional<TokensOptions> TokensCommandLine::parse(const QStringList &arguments,
                                                      QString *error) {
    TokensOptions options;
    if (arguments.isEmpty()) {
        *error = tr("Give a subcommand: list, create, revoke or rotate.");
        return std::nullopt;
    }
    const QString subcommand = arguments.constFirst();
    const QHash<QString, Action> &actions = actionsByName();
    if (!actions.contains(subcommand)) {
        *error =
            tr("Unknown subcommand “%1”: give list, create, revoke or rotate.").arg(subcommand);
        return std::nullopt;
    }
    options.action = actions.value(subcommand);
    const QSet<QString> allowed = allowedOptions(options.action);
    QStringList positional;
    QSet<QString> seen;
    for (int i = 1; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            options.help = true;
            return options;
        }
        if (!argument.startsWith(QLatin1String("--"))) {
            positional << argument;
            continue;
        }
        std::optional<QString> inlineValue;
        if (const qsizetype equals = argument.indexOf(QLatin1Char('=')); equals > 0) {
            inlineValue = argument.mid(equals + 1);
            argument.truncate(equals);
        }
        if (argument == QLatin1String("--token") || argument == QLatin1String("--pat")) {
            *error = tr("A token is never taken from the command line (other users can see it "
                        "there): set MODERNE_TOKEN or use --token-stdin.");
            return std::nullopt;
        }
        const bool common = argument == QLatin1String("--tenant") ||
                            argument == QLatin1String("--api-url") ||
                            argument == QLatin1String("--token-stdin");
        if (!common && !allowed.contains(argument)) {
            *error =
                tr("tokens %1 has no option %2 (see tokens %1 --help).").arg(subcommand, argument);
            return std::nullopt;
        }
        if (seen.contains(argument)) {
            *error = tr("%1 is given twice.").arg(argument);
            return std::nullopt;
        }
        seen.insert(argument);
        QString value;
        if (takesValue(argument)) {
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                *error = tr("%1 needs a value.").arg(argument);
                return std::nullopt;
            }
        } else if (inlineValue) {
            *error = tr("%1 takes no value.").arg(argument);
            return std::nullopt;
        }

        // The options without a value are switches.
        static const QHash<QString, bool TokensOptions::*> switches{
            {QStringLiteral("--token-stdin"), &TokensOptions::tokenStdin},
            {QStringLiteral("--json"), &TokensOptions::json},
            {QStringLiteral("--all-users"), &TokensOptions::allUsers},
            {QStringLiteral("--no-expiry"), &TokensOptions::noExpiry},
            {QStringLiteral("--all"), &TokensOptions::all},
            {QStringLiteral("--dry-run"), &TokensOptions::dryRun},
            {QStringLiteral("--resume"), &TokensOptions::resume},
        };
        QString problem;
        if (const auto flag = switches.value(argument); flag) {
            options.*flag = true;
        } else if (argument == QLatin1String("--tenant")) {
            options.tenant = value;
        } else if (argument == QLatin1String("--api-url")) {
            options.apiUrl = QUrl(value);
            if (!options.apiUrl.isValid() || options.apiUrl.scheme().isEmpty() ||
                options.apiUrl.host().isEmpty())
                problem = tr("--api-url: “%1” is not a URL.").arg(value);
        } else if (argument == QLatin1String("--description")) {
            options.description = value;
        } else if (argument == QLatin1String("--expires-in")) {
            bool ok = false;
            const int days = value.toInt(&ok);
            if (!ok || days < 1 || days > 36500)
                problem = tr("--expires-in: “%1” is not a number of days (1 or more).").arg(value);
            else
                options.expiresInDays = days;
        } else if (argument == QLatin1String("--expires-at")) {
            options.expiresAt = Rfc3339::parse(value);
            if (!options.expiresAt)
                problem = tr("--expires-at: “%1” is not an RFC 3339 date-time such as "
                             "2027-01-31T23:59:59Z.")
                              .arg(value);
        } else if (argument == QLatin1String("--user")) {
            options.userEmail = value.trimmed();
            if (!options.userEmail.contains(QLatin1Char('@')))
                problem = tr("--user: “%1” is not an email address.").arg(value);
        } else if (argument == QLatin1String("--revoke-after")) {
            if (value == QLatin1String("none")) {
                options.revokeAfterSeconds = 0;
            } else if (value == QLatin1String("1h")) {
                options.revokeAfterSeconds = 3600;
            } else if (value == QLatin1String("1d")) {
                options.revokeAfterSeconds = 86400;
            } else {
                problem = tr("--revoke-after: give none, 1h or 1d, not “%1”.").arg(value);
            }
        }
        if (!problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
    }

    if (!options.tenant.isEmpty() && !options.apiUrl.isEmpty()) {
        *error = tr("Give --tenant or --api-url, not both.");
        return std::nullopt;
    }
    switch (options.action) {
    case Action::List:
    case Action::Create:
        if (!positional.isEmpty()) {
            *error = tr("tokens %1 takes no argument “%2”.").arg(subcommand, positional.first());
            return std::nullopt;
        }
        if (options.action == Action::Create) {
            if (options.description.trimmed().isEmpty()) {
                *error = tr("tokens create needs --description TEXT.");
                return std::nullopt;
            }
            const int expiries = int(options.expiresInDays.has_value()) +
                                 int(options.expiresAt.has_value()) + int(options.noExpiry);
            if (expiries > 1) {
                *error = tr("Give one of --expires-in, --expires-at and --no-expiry.");
                return std::nullopt;
            }
            if (options.expiresAt && *options.expiresAt <= QDateTime::currentDateTimeUtc()) {
                *error = tr("--expires-at: a token cannot expire in the past.");
                return std::nullopt;
            }
            if (expiries == 0)
                options.expiresInDays = 30;
        }
        break;
    case Action::Revoke:
        if (options.all != !options.userEmail.isEmpty()) {
            *error = tr("Give --user EMAIL and --all together (every token of that user).");
            return std::nullopt;
        }
        if (options.all && !positional.isEmpty()) {
            *error = tr("Give token ids or --user EMAIL --all, not both.");
            return std::nullopt;
        }
        if (!options.all && positional.isEmpty()) {
            *error = tr("tokens revoke needs the ids of the tokens (or --user EMAIL --all).");
            return std::nullopt;
        }
        positional.removeDuplicates();
        options.ids = positional;
        break;
    case Action::Rotate:
        if (options.resume) {
            if (!positional.isEmpty() || seen.contains(QStringLiteral("--expires-in")) ||
                seen.contains(QStringLiteral("--revoke-after")) || options.json) {
                *error = tr("tokens rotate --resume takes no id and no other option.");
                return std::nullopt;
            }
        } else if (positional.size() != 1) {
            *error = tr("tokens rotate needs the id of one token.");
            return std::nullopt;
        } else {
            options.ids = positional;
        }
        break;
    }
    return options;
}
