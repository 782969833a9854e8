#include "CommandLine.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {
CommandLine parse(const QStringList &arguments) {
    return CommandLine::parse(QStringList{QStringLiteral("tokendesk")} + arguments);
}

struct Run {
    int exitCode = -1;
    QString output;
    QString errors;
};

QProcessEnvironment withoutDisplay() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return environment;
}

Run runBinary(const QStringList &arguments, const QByteArray &input = {},
              const QProcessEnvironment &environment = withoutDisplay()) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TOKENDESK_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.errors = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}
} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noArguments();
    void version_data();
    void version();
    void help();
    void unknownOption();
    void positionalArgument();
    void plainHttpIssuerRefused_data();
    void plainHttpIssuerRefused();
    void localSandbox();
    void tenantName();
    void applyWithoutOptionsKeepsProfile();
    void binaryVersionWithoutDisplay();
    void binaryHelpWithoutDisplay();
    void binaryErrorWithoutDisplay();
    void inspectNeedsATokenOnStandardInput();
    void inspectNeverTakesATokenFromTheCommandLine();
    void secondStartHandsOverToTheRunningOne();
};

void TestCommandLine::noArguments() {
    const CommandLine commandLine = parse({});
    QCOMPARE(commandLine.action, CommandLine::Action::Run);
    QVERIFY(!commandLine.issuer);
    QVERIFY(!commandLine.apiUrl);
    QVERIFY(!commandLine.clientId);
    QVERIFY(!commandLine.signIn);
}

void TestCommandLine::version_data() {
    QTest::addColumn<QString>("option");
    QTest::newRow("--version") << QStringLiteral("--version");
    QTest::newRow("-v") << QStringLiteral("-v");
}

void TestCommandLine::version() {
    QFETCH(QString, option);
    const CommandLine commandLine = parse({option});
    QCOMPARE(commandLine.action, CommandLine::Action::ShowVersion);
    QCOMPARE(commandLine.output, QStringLiteral("tokendesk " TOKENDESK_VERSION));
}

void TestCommandLine::help() {
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const CommandLine commandLine = parse({option});
        QCOMPARE(commandLine.action, CommandLine::Action::ShowHelp);
        const QString &text = commandLine.output;
        for (const char *expected :
             {"--issuer", "--api-url", "--client-id", "--sign-in", "--tenant-name", "--version"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        QVERIFY(!text.contains(QLatin1String("<executable_name>")));
    }
    // --help wins over everything else.
    QCOMPARE(parse({QStringLiteral("--issuer"), QStringLiteral("http://example.com"),
                    QStringLiteral("--help")})
                 .action,
             CommandLine::Action::ShowHelp);
}

void TestCommandLine::unknownOption() {
    const CommandLine commandLine = parse({QStringLiteral("--frobnicate")});
    QCOMPARE(commandLine.action, CommandLine::Action::Error);
    QVERIFY2(commandLine.output.contains(QLatin1String("frobnicate")),
             qPrintable(commandLine.output));

    const CommandLine missingValue = parse({QStringLiteral("--issuer")});
    QCOMPARE(missingValue.action, CommandLine::Action::Error);
    QVERIFY(!missingValue.output.isEmpty());
}

void TestCommandLine::positionalArgument() {
    const CommandLine commandLine = parse({QStringLiteral("acme")});
    QCOMPARE(commandLine.action, CommandLine::Action::Error);
    QVERIFY(commandLine.output.contains(QLatin1String("acme")));
}

void TestCommandLine::plainHttpIssuerRefused_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");
    QTest::newRow("issuer") << QStringList{QStringLiteral("--issuer"),
                                           QStringLiteral("http://example.com")}
                            << QStringLiteral("--issuer");
    QTest::newRow("api-url") << QStringList{QStringLiteral("--api-url"),
                                            QStringLiteral("http://api.example.com/graphql")}
                             << QStringLiteral("--api-url");
    QTest::newRow("look-alike loopback")
        << QStringList{QStringLiteral("--issuer"), QStringLiteral("http://127.0.0.1.evil.com/auth")}
        << QStringLiteral("--issuer");
    QTest::newRow("ftp") << QStringList{QStringLiteral("--issuer"),
                                        QStringLiteral("ftp://example.com")}
                         << QStringLiteral("--issuer");
}

void TestCommandLine::plainHttpIssuerRefused() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    const CommandLine commandLine = parse(arguments);
    QCOMPARE(commandLine.action, CommandLine::Action::Error);
    QVERIFY2(commandLine.output.contains(QLatin1String("http")), qPrintable(commandLine.output));
    QVERIFY2(commandLine.output.startsWith(option), qPrintable(commandLine.output));
    QVERIFY(!commandLine.issuer);
}

void TestCommandLine::localSandbox() {
    const CommandLine commandLine =
        parse({QStringLiteral("--issuer"), QStringLiteral("http://127.0.0.1:1234/auth/realms/x"),
               QStringLiteral("--api-url"), QStringLiteral("http://127.0.0.1:1234/graphql"),
               QStringLiteral("--client-id"), QStringLiteral("abc"), QStringLiteral("--sign-in")});
    QCOMPARE(commandLine.action, CommandLine::Action::Run);
    QCOMPARE(commandLine.issuer,
             std::optional(QUrl(QStringLiteral("http://127.0.0.1:1234/auth/realms/x"))));
    QCOMPARE(commandLine.apiUrl,
             std::optional(QUrl(QStringLiteral("http://127.0.0.1:1234/graphql"))));
    QCOMPARE(commandLine.clientId, std::optional(QStringLiteral("abc")));
    QVERIFY(commandLine.signIn);

    const TenantProfile base =
        TenantProfile::proposeFromBaseUrl(QUrl(QStringLiteral("https://app.moderne.io")));
    const TenantProfile profile = commandLine.apply(base);
    QCOMPARE(profile.issuer, QUrl(QStringLiteral("http://127.0.0.1:1234/auth/realms/x")));
    QCOMPARE(profile.apiUrl, QUrl(QStringLiteral("http://127.0.0.1:1234/graphql")));
    QCOMPARE(profile.clientId, QStringLiteral("abc"));
    QCOMPARE(profile.displayName, QStringLiteral("Local sandbox"));
    QVERIFY2(profile.problem().isEmpty(), qPrintable(profile.problem()));
    QVERIFY(profile.credentialKey() != base.credentialKey());
}

void TestCommandLine::tenantName() {
    const CommandLine commandLine =
        parse({QStringLiteral("--issuer"), QStringLiteral("https://login.globex.example/realms/g"),
               QStringLiteral("--tenant-name"), QStringLiteral("Globex")});
    QCOMPARE(commandLine.action, CommandLine::Action::Run);
    const TenantProfile profile = commandLine.apply(
        TenantProfile::proposeFromBaseUrl(QUrl(QStringLiteral("https://app.moderne.io"))));
    QCOMPARE(profile.displayName, QStringLiteral("Globex"));
    QCOMPARE(profile.issuer, QUrl(QStringLiteral("https://login.globex.example/realms/g")));
    // --api-url not given: the profile's own API URL stays.
    QCOMPARE(profile.apiUrl, QUrl(QStringLiteral("https://api.app.moderne.io/graphql")));

    const CommandLine noName = parse(
        {QStringLiteral("--issuer"), QStringLiteral("https://login.globex.example/realms/g")});
    QCOMPARE(noName.apply(TenantProfile()).displayName, QStringLiteral("login.globex.example"));
}

void TestCommandLine::applyWithoutOptionsKeepsProfile() {
    const TenantProfile base =
        TenantProfile::proposeFromBaseUrl(QUrl(QStringLiteral("https://acme.moderne.io")));
    const TenantProfile profile = parse({}).apply(base);
    QCOMPARE(profile.issuer, base.issuer);
    QCOMPARE(profile.apiUrl, base.apiUrl);
    QCOMPARE(profile.clientId, base.clientId);
    QCOMPARE(profile.displayName, base.displayName);
}

void TestCommandLine::binaryVersionWithoutDisplay() {
    const Run run = runBinary({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.output.trimmed(), QStringLiteral("tokendesk " TOKENDESK_VERSION));
}

void TestCommandLine::binaryHelpWithoutDisplay() {
    const Run run = runBinary({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(QLatin1String("--issuer")), qPrintable(run.output + run.errors));
    QVERIFY(run.output.contains(QLatin1String("--api-url")));
    QVERIFY(run.output.contains(QLatin1String("--sign-in")));
    QVERIFY(run.output.contains(QLatin1String("tokendesk")));
    QVERIFY(!run.output.contains(QLatin1String("<executable_name>")));
}

void TestCommandLine::binaryErrorWithoutDisplay() {
    const Run run = runBinary({QStringLiteral("--issuer"), QStringLiteral("http://example.com")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.output.isEmpty());
    QVERIFY2(run.errors.contains(QLatin1String("http")), qPrintable(run.errors));
}

void TestCommandLine::inspectNeedsATokenOnStandardInput() {
    const Run empty = runBinary({QStringLiteral("--inspect")}, "  \n");
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.errors.contains(QLatin1String("No token on standard input")),
             qPrintable(empty.errors));
    const Run huge = runBinary({QStringLiteral("--inspect")}, QByteArray(1024 * 1024 + 10, 'a'));
    QCOMPARE(huge.exitCode, 2);
    QVERIFY2(huge.errors.contains(QLatin1String("larger than 1 MB")), qPrintable(huge.errors));
}

void TestCommandLine::inspectNeverTakesATokenFromTheCommandLine() {
    const Run run =
        runBinary({QStringLiteral("--inspect"), QStringLiteral("eyJhbGciOiJub25lIn0.e30.")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errors.contains(QLatin1String("Unexpected argument")), qPrintable(run.errors));
}

// The real binary twice: the second start (plain, or --inspect with a token on stdin) hands
// over to the first through the socket in its runtime folder and exits 0; the first runs on.
void TestCommandLine::secondStartHandsOverToTheRunningOne() {
    QTemporaryDir home;
    QTemporaryDir runtime; // created with mode 0700, as a runtime folder must be
    QVERIFY(home.isValid() && runtime.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    const QString socket = runtime.filePath(QStringLiteral("tokendesk.sock"));

    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(QStringLiteral(TOKENDESK_BINARY),
                {QStringLiteral("--issuer"), QStringLiteral("http://127.0.0.1:9/auth/realms/none"),
                 QStringLiteral("--api-url"), QStringLiteral("http://127.0.0.1:9/graphql")});
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 15000);

    QElapsedTimer timer;
    timer.start();
    const Run inspect = runBinary({QStringLiteral("--inspect")},
                                  "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.\n", environment);
    QCOMPARE(inspect.exitCode, 0);
    QVERIFY2(inspect.errors.contains(QLatin1String("already running")), qPrintable(inspect.errors));
    const Run again = runBinary({}, {}, environment);
    QCOMPARE(again.exitCode, 0);
    qInfo("two hand-overs in %lld ms", timer.elapsed());
    QCOMPARE(first.state(), QProcess::Running);

    // --new-instance does not hand over (it would run on; --exit-after-first-paint ends it).
    const Run separate =
        runBinary({QStringLiteral("--new-instance"), QStringLiteral("--exit-after-first-paint")},
                  {}, environment);
    QCOMPARE(separate.exitCode, 0);
    QVERIFY(!separate.errors.contains(QLatin1String("already running")));

    first.terminate();
    if (!first.waitForFinished(5000))
        first.kill();
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
