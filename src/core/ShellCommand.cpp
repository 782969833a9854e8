#include "ShellCommand.h"

#include <algorithm>

namespace {
// Characters no POSIX shell (nor zsh or bash) gives a meaning to inside a word.
bool isPlain(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           QStringView(u"@%+:,./_-").contains(c);
}
} // namespace

QString ShellCommand::quote(const QString &value) {
    if (!value.isEmpty() && std::all_of(value.begin(), value.end(), isPlain))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ShellCommand::curlCurrentUser(const QString &apiUrl, const QString &token) {
    return QStringLiteral("curl -sS %1 -H %2 -H %3 --data %4")
        .arg(quote(apiUrl), quote(QStringLiteral("Authorization: Bearer ") + token),
             quote(QStringLiteral("Content-Type: application/json")),
             quote(QStringLiteral(R"({"query":"{ currentUser { email role } }"})")));
}
