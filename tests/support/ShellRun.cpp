#include "ShellRun.h"

#include "CliRun.h"

ShellRun runInShell(const QString &command) {
    const CliRun sh = runCli(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"),
         QStringLiteral("curl() { for a in \"$@\"; do printf '%s\\n' \"$a\"; done; }\n") + command},
        {}, 10000);
    ShellRun run;
    run.exitCode = sh.exitCode;
    run.arguments = QString::fromUtf8(sh.out).split(QLatin1Char('\n'));
    if (!run.arguments.isEmpty() && run.arguments.constLast().isEmpty())
        run.arguments.removeLast();
    return run;
}
