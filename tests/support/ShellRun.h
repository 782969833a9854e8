#pragma once

#include <QString>
#include <QStringList>

// A command as a user would paste it into a shell, run by /bin/sh with `curl` replaced by a
// function that prints each of its arguments on its own line (no network).
struct ShellRun {
    int exitCode = -1;
    QStringList arguments; // what `curl` received, one per line
};

ShellRun runInShell(const QString &command);
