#include "CommandLine.h"

#include <QProcess>
#include <QProcessEnvironment>
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

Run runBinary(const QStringList &arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TOKENDESK_BINARY), arguments);
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
