#pragma once

#include <QString>

// Shell commands the user copies and pastes: every interpolated value is quoted for POSIX
// shells, so no text inside it (a token, a URL) can end the quoting and run something else.
class ShellCommand {
public:
    // `value` as one POSIX shell word: in single quotes, each ' written as '\'' (a value made
    // only of letters, digits and @%+:,./_- needs none and is left as it is, like a URL).
    static QString quote(const QString &value);

    // curl asking the GraphQL API at `apiUrl` who the bearer of `token` is.
    static QString curlCurrentUser(const QString &apiUrl, const QString &token);
};
