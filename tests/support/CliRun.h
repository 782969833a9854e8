#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

class QTemporaryDir;

// What one run of a command-line program said: its exit code (-1 when it did not start, -2
// when it crashed or was killed), its stdout and stderr, stdout read as a JSON object (empty
// when it is none) and how long the run took.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json;
    qint64 ms = 0;
};

// Runs `program` with `arguments` in `environment`, writes `input` to its stdin (where a token
// goes: never on the command line) and closes it, and waits up to `timeoutMs` for the end.
CliRun runCli(const QString &program, const QStringList &arguments, const QByteArray &input,
              int timeoutMs,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// Writes `content` to the file `name` in `dir` (an input for a program) and returns its path.
QString writeFileIn(const QTemporaryDir &dir, const QString &name, const QByteArray &content);
