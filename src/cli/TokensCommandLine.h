#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The arguments of `tokendesk-cli tokens list|create|revoke|rotate`: parsed and checked before
// anything is sent (a usage error is exit code 2). A token value is never taken from an
// argument: only from the keychain entry the app saved, MODERNE_TOKEN or --token-stdin.
struct TokensOptions {
    enum class Action { List, Create, Revoke, Rotate };

    Action action = Action::List;
    bool help = false;

    // Where and as whom.
    QString tenant; // a profile's display name
    QUrl apiUrl;
    bool tokenStdin = false;

    bool json = false;
    // list
    bool allUsers = false;
    // create (and rotate's --expires-in)
    QString description;
    std::optional<int> expiresInDays;
    std::optional<QDateTime> expiresAt;
    bool noExpiry = false;
    // revoke
    QStringList ids;
    QString userEmail;
    bool all = false;
    bool dryRun = false;
    // rotate
    int revokeAfterSeconds = 0; // none = 0, 1h, 1d
    bool resume = false;
};

class TokensCommandLine {
    Q_DECLARE_TR_FUNCTIONS(TokensCommandLine)
public:
    // Parses the arguments after "tokens". On a usage error returns std::nullopt and sets *error.
    static std::optional<TokensOptions> parse(const QStringList &arguments, QString *error);

    // The help of one subcommand, and of `tokens` as a whole.
    static QString helpText(TokensOptions::Action action);
    static QString helpText();
    // The usage lines of every subcommand (for the top-level --help).
    static QString usageLines();
    // Where and as whom, and the exit codes (every subcommand).
    static QString commonHelp();

    static QString actionName(TokensOptions::Action action);
};
