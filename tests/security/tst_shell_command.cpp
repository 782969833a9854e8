// Issue 15, item 3: a command the user copies and pastes into a shell runs what it says and
// nothing else. Each command goes through `sh -n` (it parses) and through a real shell with
// `curl` replaced by a function that prints its arguments (no network): the arguments arrive
// exactly as given, and a probe file that crafted text tries to create is never created.
#include "DataRows.h"
#include "ShellCommand.h"
#include "ShellRun.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
bool parsesInShell(const QString &command) {
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), QStringLiteral("-c"), command});
    return sh.waitForFinished(10000) && sh.exitStatus() == QProcess::NormalExit &&
           sh.exitCode() == 0;
}
} // namespace

class tst_ShellCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString probe() const { return m_dir.filePath(QStringLiteral("probe")); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void quoteIsOneWord_data() {
        addDataRows<QString>(
            "value", {
                         {"plain", QStringLiteral("abc")},
                         {"empty", QString()},
                         {"single quote", QStringLiteral("it's")},
                         {"only quotes", QStringLiteral("''''")},
                         {"breakout", QStringLiteral("'; touch %1; '")},
                         {"command substitution", QStringLiteral("$(touch %1)`touch %1`")},
                         {"variables and globs", QStringLiteral("$HOME ${PATH} * ? [a] ~ !x")},
                         {"backslashes", QStringLiteral("\\' \\\\ \\n")},
                         {"double quotes", QStringLiteral("\"; touch %1; \"")},
                         {"newline", QStringLiteral("a\ntouch %1\n'b")},
                         {"separators", QStringLiteral("a; touch %1 & touch %1 | touch %1 && x")},
                         {"unicode", QStringLiteral("ü’ —'✔")},
                     });
    }
    void quoteIsOneWord() {
        QFETCH(QString, value);
        if (value.contains(QLatin1String("%1")))
            value = value.arg(probe());
        const QString command = QStringLiteral("curl ") + ShellCommand::quote(value);
        QVERIFY2(parsesInShell(command), qPrintable(command));
        const ShellRun run = runInShell(command);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.arguments.join(QLatin1Char('\n')), value);
        QVERIFY2(!QFile::exists(probe()), qPrintable(command));
    }

    void quoteIsPosixSingleQuoting() {
        QCOMPARE(ShellCommand::quote(QStringLiteral("a'b")), QStringLiteral("'a'\\''b'"));
        QCOMPARE(ShellCommand::quote(QString()), QStringLiteral("''"));
        QCOMPARE(ShellCommand::quote(QStringLiteral("a b")), QStringLiteral("'a b'"));
        QCOMPARE(ShellCommand::quote(QStringLiteral("~x")), QStringLiteral("'~x'"));
        QCOMPARE(ShellCommand::quote(QStringLiteral("=x")), QStringLiteral("'=x'"));
        // Nothing to quote in a plain URL.
        QCOMPARE(ShellCommand::quote(QStringLiteral("http://127.0.0.1:8080/graphql")),
                 QStringLiteral("http://127.0.0.1:8080/graphql"));
    }

    // The inspector's "Copy curl command" with crafted text in the token and the API URL.
    void curlCommandKeepsEveryValueInItsWord() {
        const QString token = QStringLiteral("a'; touch %1; 'b").arg(probe());
        const QString url =
            QStringLiteral("https://api.example.com/graphql?x='$(touch %1)'").arg(probe());
        const QString command = ShellCommand::curlCurrentUser(url, token);
        QVERIFY2(parsesInShell(command), qPrintable(command));
        const ShellRun run = runInShell(command);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            run.arguments,
            QStringList({QStringLiteral("-sS"), url, QStringLiteral("-H"),
                         QStringLiteral("Authorization: Bearer ") + token, QStringLiteral("-H"),
                         QStringLiteral("Content-Type: application/json"), QStringLiteral("--data"),
                         QStringLiteral(R"({"query":"{ currentUser { email role } }"})")}));
        QVERIFY(!QFile::exists(probe()));
    }
};

QTEST_GUILESS_MAIN(tst_ShellCommand)
#include "tst_shell_command.moc"
