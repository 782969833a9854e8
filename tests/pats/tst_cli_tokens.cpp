// tokendesk-cli tokens list|create|revoke|rotate, the real binary against the sandbox: each
// authentication source (MODERNE_TOKEN, --token-stdin, the app's keychain entry with its tenant
// profile), --json parsed by jq, every exit code, --dry-run sending no mutation (the sandbox's
// operation log), rotation with a crash after each step and a lost answer, a cap shorter than
// the old lifetime, and a scan of every output and file for token values.
#include "CliRun.h"
#include "KeychainCredentialStore.h"
#include "SandboxProcess.h"
#include "Settings.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_CliTokens : public QObject {
    Q_OBJECT
private:
    using Run = CliRun;
    struct Token {
        QString id;
        QByteArray value;
    };

    Run cli(const QStringList &arguments, const QByteArray &token, const QByteArray &input = {},
            const QStringList &extraEnv = {}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("MODERNE_TOKEN"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        if (!token.isEmpty())
            env.insert(QStringLiteral("MODERNE_TOKEN"), QString::fromUtf8(token));
        for (const QString &pair : extraEnv)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        const Run run =
            runCli(QStringLiteral(TOKENDESK_CLI), QStringList{QStringLiteral("tokens")} + arguments,
                   input, 60000, env);
        m_outputs << run.err;
        // Of create and rotate, the value's line is kept apart; the rest is scanned.
        m_stdouts << run.out;
        return run;
    }
    Run api(const QStringList &arguments, const QByteArray &token, const QStringList &env = {}) {
        return cli(arguments +
                       QStringList{QStringLiteral("--api-url"), m_sandbox.apiUrl().toString()},
                   token, {}, env);
    }

    static QByteArray jq(const QByteArray &json, const QString &filter) {
        const CliRun run =
            runCli(QStringLiteral("jq"), {QStringLiteral("-e"), QStringLiteral("-r"), filter}, json,
                   10000);
        if (run.exitCode == -1)
            return "jq-missing";
        if (run.exitCode != 0)
            return "jq-failed";
        return run.out.trimmed();
    }

    Token addToken(const QString &username, const QString &description, int createdDaysAgo = 0,
                   std::optional<int> expiresInDays = 30) {
        QString query =
            QStringLiteral("add-token?username=%1&description=%2&createdDaysAgo=%3")
                .arg(username, QString::fromLatin1(QUrl::toPercentEncoding(description)))
                .arg(createdDaysAgo);
        if (expiresInDays)
            query += QStringLiteral("&expiresInDays=%1").arg(*expiresInDays);
        const QJsonObject answer = m_sandbox.adminJson(query);
        Token token{answer.value(QLatin1String("id")).toString(),
                    answer.value(QLatin1String("token")).toString().toUtf8()};
        m_values << token.value;
        return token;
    }

    // The admin's tokens on the server now: id → {description, expiresAt}.
    QJsonArray serverTokens(const QString &username = QStringLiteral("admin")) {
        const QJsonObject state =
            m_sandbox.adminJson(QStringLiteral("state?username=") + username, "GET");
        for (const QJsonValue &user : state.value(QLatin1String("users")).toArray())
            if (user.toObject().value(QLatin1String("username")).toString() == username)
                return user.toObject().value(QLatin1String("tokens")).toArray();
        return {};
    }
    QStringList idsWith(const QString &description) {
        QStringList ids;
        for (const QJsonValue &token : serverTokens())
            if (token.toObject().value(QLatin1String("description")).toString() == description)
                ids << token.toObject().value(QLatin1String("id")).toString();
        return ids;
    }
    int countOf(const QString &operation) {
        return int(m_sandbox.loggedOperations(operation).size());
    }
    // The value printed by create/rotate: the only line of stdout.
    QByteArray valueOf(const Run &run) {
        const QByteArray value = run.out.trimmed();
        m_values << value;
        m_valueLines << run.out;
        m_stdouts.removeLast();
        return value;
    }

    QTemporaryDir m_home;
    SandboxProcess m_sandbox;
    Token m_admin;
    Token m_user;
    QList<QByteArray> m_outputs; // every stderr
    QList<QByteArray> m_stdouts; // every stdout but the value lines of create and rotate
    QList<QByteArray> m_valueLines;
    QList<QByteArray> m_values; // every token value of the test

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        m_sandbox.logOperations();
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_admin = addToken(QStringLiteral("admin"), QStringLiteral("Test admin"));
        m_user = addToken(QStringLiteral("user"), QStringLiteral("Test user"));
        QVERIFY(m_admin.value.startsWith("mat-") && m_user.value.startsWith("mat-"));
    }

    void helpOfEverySubcommand() {
        for (const QString &sub : {QStringLiteral("list"), QStringLiteral("create"),
                                   QStringLiteral("revoke"), QStringLiteral("rotate")}) {
            const Run run = cli({sub, QStringLiteral("--help")}, {});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.startsWith("Usage: tokendesk-cli tokens " + sub.toUtf8()), run.out);
            QVERIFY(run.out.contains("--tenant") && run.out.contains("--token-stdin"));
        }
        QVERIFY(cli({QStringLiteral("rotate"), QStringLiteral("--help")}, {})
                    .out.contains("--revoke-after"));
    }

    void everyExitCode() {
        // 0
        QCOMPARE(api({QStringLiteral("list")}, m_admin.value).exitCode, 0);
        // 1: refused by the server (a USER asks for every user's tokens)
        Run run = api({QStringLiteral("list"), QStringLiteral("--all-users")}, m_user.value);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Forbidden"), run.err);
        // 2: bad input, and a token is never taken from an argument
        QCOMPARE(api({QStringLiteral("create")}, m_admin.value).exitCode, 2);
        QCOMPARE(api({QStringLiteral("create"), QStringLiteral("--description"),
                      QStringLiteral("x"), QStringLiteral("--no-expiry"),
                      QStringLiteral("--expires-in"), QStringLiteral("3")},
                     m_admin.value)
                     .exitCode,
                 2);
        QCOMPARE(
            api({QStringLiteral("list"), QStringLiteral("--token"), QStringLiteral("mat-x")}, {})
                .exitCode,
            2);
        QCOMPARE(
            api({QStringLiteral("rotate"), QStringLiteral("no-such-id")}, m_admin.value).exitCode,
            2);
        // 3: no token at all, and a token the server rejects
        QCOMPARE(api({QStringLiteral("list")}, {}).exitCode, 3);
        QCOMPARE(api({QStringLiteral("list")}, "mat-notarealtokenvalue").exitCode, 3);
        // 4: nobody listening
        run = cli({QStringLiteral("list"), QStringLiteral("--api-url"),
                   QStringLiteral("http://127.0.0.1:9/graphql")},
                  m_admin.value);
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(countOf(QStringLiteral("CreateAccessToken")), 0);
    }

    void eachAuthenticationSource() {
        // MODERNE_TOKEN
        Run run = api({QStringLiteral("list"), QStringLiteral("--json")}, m_admin.value);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(jq(run.out, QStringLiteral(".[].id")).contains(m_admin.id.toUtf8()));
        // --token-stdin (and it wins over MODERNE_TOKEN)
        run =
            cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--token-stdin"),
                 QStringLiteral("--api-url"), m_sandbox.apiUrl().toString()},
                m_admin.value, m_user.value + '\n');
        QCOMPARE(run.exitCode, 0);
        QVERIFY(jq(run.out, QStringLiteral(".[].id")).contains(m_user.id.toUtf8()));
        QVERIFY(!jq(run.out, QStringLiteral(".[].id")).contains(m_admin.id.toUtf8()));
        // The keychain entry the app saved after a PAT sign-in, found through --tenant.
        const TenantProfile profile = m_sandbox.profile(QStringLiteral("Sandbox CLI"));
        {
            Settings settings(m_home.filePath(QStringLiteral("config/TokenDesk/TokenDesk.conf")));
            settings.setTenants({profile});
            settings.sync();
        }
        KeychainCredentialStore store(QStringLiteral("TokenDesk"));
        bool written = false;
        QString error;
        store.write(profile.credentialKey(), "pat:" + m_admin.value, [&](const QString &e) {
            error = e;
            written = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written, 15000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        run = cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--tenant"),
                   QStringLiteral("Sandbox CLI")},
                  {});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(jq(run.out, QStringLiteral(".[].id")).contains(m_admin.id.toUtf8()));
        // A browser session in the keychain is not used by the command line.
        written = false;
        store.write(profile.credentialKey(), "refresh:not-a-pat",
                    [&](const QString &) { written = true; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 15000);
        QCOMPARE(
            cli({QStringLiteral("list"), QStringLiteral("--tenant"), QStringLiteral("Sandbox CLI")},
                {})
                .exitCode,
            3);
        written = false;
        store.remove(profile.credentialKey(), [&](const QString &) { written = true; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 15000);
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--tenant"), QStringLiteral("Nope")},
                     m_admin.value)
                     .exitCode,
                 2);
    }

    void listAllUsersAsJson() {
        const Run run =
            api({QStringLiteral("list"), QStringLiteral("--all-users"), QStringLiteral("--json")},
                m_admin.value);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(jq(run.out, QStringLiteral(".[] | select(.id == \"%1\") | .user").arg(m_user.id)),
                 QByteArray("user@moderne.example"));
        QCOMPARE(jq(run.out, QStringLiteral(".[0] | keys | join(\",\")")),
                 QByteArray("created,description,expiresAt,id,user"));
        const Run table = api({QStringLiteral("list")}, m_admin.value);
        QVERIFY(table.out.startsWith("ID") && table.out.contains("Test admin"));
    }

    void createPrintsTheValueAloneOnStdout() {
        Run run = api({QStringLiteral("create"), QStringLiteral("--description"),
                       QStringLiteral("Created by CLI"), QStringLiteral("--expires-in"),
                       QStringLiteral("7")},
                      m_admin.value);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n'), 1);
        const QByteArray value = valueOf(run);
        QVERIFY(value.startsWith("mat-"));
        QVERIFY(run.err.contains("Created by CLI"));
        run = api({QStringLiteral("create"), QStringLiteral("--description"),
                   QStringLiteral("Created as JSON"), QStringLiteral("--expires-at"),
                   QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate),
                   QStringLiteral("--json")},
                  m_admin.value);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n'), 1);
        const QByteArray json = run.out;
        valueOf(run);
        m_values.removeLast();
        m_values << jq(json, QStringLiteral(".token"));
        QVERIFY(m_values.last().startsWith("mat-"));
        QCOMPARE(jq(json, QStringLiteral(".description")), QByteArray("Created as JSON"));
        QVERIFY(jq(json, QStringLiteral(".expiresAt")).size() >= 20);
        QCOMPARE(idsWith(QStringLiteral("Created as JSON")).size(), 1);
    }

    void revokeWithAndWithoutDryRun() {
        const Token a = addToken(QStringLiteral("admin"), QStringLiteral("Revoke me A"));
        const Token b = addToken(QStringLiteral("admin"), QStringLiteral("Revoke me B"));
        const int revokes = countOf(QStringLiteral("RevokeAccessToken"));
        Run run =
            api({QStringLiteral("revoke"), a.id, b.id, QStringLiteral("--dry-run")}, m_admin.value);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("would revoke") && run.out.contains("Revoke me B"));
        QCOMPARE(countOf(QStringLiteral("RevokeAccessToken")), revokes);
        QCOMPARE(idsWith(QStringLiteral("Revoke me A")).size(), 1);
        run = api({QStringLiteral("revoke"), a.id, b.id}, m_admin.value);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(countOf(QStringLiteral("RevokeAccessToken")), revokes + 2);
        QVERIFY(idsWith(QStringLiteral("Revoke me A")).isEmpty());
        // Already gone: refused.
        QCOMPARE(api({QStringLiteral("revoke"), a.id}, m_admin.value).exitCode, 1);

        // Every token of a user (administrators).
        addToken(QStringLiteral("user"), QStringLiteral("User's second"));
        run = api({QStringLiteral("revoke"), QStringLiteral("--user"),
                   QStringLiteral("user@moderne.example"), QStringLiteral("--all"),
                   QStringLiteral("--dry-run")},
                  m_admin.value);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("User's second") && run.out.contains("Test user"));
        QCOMPARE(countOf(QStringLiteral("RevokeAllAccessTokens")), 0);
        QCOMPARE(serverTokens(QStringLiteral("user")).size(), 4);
        run = api({QStringLiteral("revoke"), QStringLiteral("--user"),
                   QStringLiteral("user@moderne.example"), QStringLiteral("--all")},
                  m_user.value);
        QCOMPARE(run.exitCode, 1); // a USER may not
        run = api({QStringLiteral("revoke"), QStringLiteral("--user"),
                   QStringLiteral("user@moderne.example"), QStringLiteral("--all")},
                  m_admin.value);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(serverTokens(QStringLiteral("user")).size(), 0);
    }

    void rotateWithCapAndGrace() {
        // Lived 90 days; the tenant now allows 30.
        const Token old = addToken(QStringLiteral("admin"), QStringLiteral("Capped"), 10, 80);
        QVERIFY(m_sandbox.admin(QStringLiteral("set-max-expiry-days?days=30")));
        const Run run = api({QStringLiteral("rotate"), old.id, QStringLiteral("--revoke-after"),
                             QStringLiteral("1h"), QStringLiteral("--json")},
                            m_admin.value);
        QVERIFY(m_sandbox.admin(QStringLiteral("set-max-expiry-days?days=none")));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("at most 30 day"), run.err);
        const QByteArray json = run.out;
        valueOf(run);
        m_values.removeLast();
        m_values << jq(json, QStringLiteral(".token"));
        QCOMPARE(jq(json, QStringLiteral(".replaces")), old.id.toUtf8());
        const QDateTime expires = QDateTime::fromString(
            QString::fromUtf8(jq(json, QStringLiteral(".expiresAt"))), Qt::ISODate);
        const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(expires);
        QVERIFY2(lifetime > 29 * 86400 && lifetime <= 30 * 86400, qPrintable(expires.toString()));
        // 1 h of grace: both are there, the revocation is pending in the journal.
        QCOMPARE(idsWith(QStringLiteral("Capped")).size(), 2);
        QFile journal(m_home.filePath(QStringLiteral("data/TokenDesk/TokenDesk/rotations.json")));
        QVERIFY(journal.open(QIODevice::ReadOnly));
        QVERIFY(journal.readAll().contains("\"revoke-due\""));
        const Run again =
            api({QStringLiteral("rotate"), QStringLiteral("--resume")}, m_admin.value);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.err.contains("will be revoked at"));
        QCOMPARE(idsWith(QStringLiteral("Capped")).size(), 2);
    }

    void rotateResumesAfterACrash_data() {
        QTest::addColumn<QString>("step");
        for (const char *step : {"planned", "create-sent", "created", "handed-over", "revoke-sent"})
            QTest::newRow(step) << QString::fromLatin1(step);
    }
    void rotateResumesAfterACrash() {
        QFETCH(QString, step);
        const QString description = QStringLiteral("Crash ") + step;
        const Token old = addToken(QStringLiteral("admin"), description, 5, 25);
        const int creates = countOf(QStringLiteral("CreateAccessToken"));
        Run run = api({QStringLiteral("rotate"), old.id}, m_admin.value,
                      {QStringLiteral("TOKENDESK_TEST_CRASH_AFTER=") + step});
        QCOMPARE(run.exitCode, 99);
        const bool printed = step == u"handed-over" || step == u"revoke-sent";
        if (printed)
            valueOf(run);
        else
            QVERIFY(run.out.isEmpty());
        // Never revoked before the hand-over.
        if (step != u"revoke-sent")
            QVERIFY(idsWith(description).contains(old.id));
        QCOMPARE(countOf(QStringLiteral("CreateAccessToken")),
                 creates + (step == u"planned" ? 0 : 1));

        run = api({QStringLiteral("rotate"), old.id}, m_admin.value);
        QCOMPARE(run.exitCode, 0);
        if (printed)
            QVERIFY(run.out.isEmpty());
        else
            QVERIFY(valueOf(run).startsWith("mat-"));
        // The old one is revoked, and exactly one new token holds the description.
        const QStringList now = idsWith(description);
        QCOMPARE(now.size(), 1);
        QVERIFY(!now.contains(old.id));
        // createAccessToken once per rotation: a lost value means a second rotation.
        const bool lost = step == u"create-sent" || step == u"created";
        QCOMPARE(countOf(QStringLiteral("CreateAccessToken")), creates + (lost ? 2 : 1));
    }

    void lostAnswerToCreateAndRevoke() {
        const Token old = addToken(QStringLiteral("admin"), QStringLiteral("Lost answers"), 1, 9);
        QVERIFY(m_sandbox.injectFault(
            {{QStringLiteral("kind"), QStringLiteral("reset")},
             {QStringLiteral("when"), QStringLiteral("after")},
             {QStringLiteral("operation"), QStringLiteral("CreateAccessToken")}}));
        const int creates = countOf(QStringLiteral("CreateAccessToken"));
        Run run = api({QStringLiteral("rotate"), old.id}, m_admin.value);
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(idsWith(QStringLiteral("Lost answers")).size(), 2); // made, value lost
        run = api({QStringLiteral("rotate"), QStringLiteral("--resume")}, m_admin.value);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(idsWith(QStringLiteral("Lost answers")), QStringList{old.id});
        QCOMPARE(countOf(QStringLiteral("CreateAccessToken")), creates + 1);

        QVERIFY(m_sandbox.injectFault(
            {{QStringLiteral("kind"), QStringLiteral("reset")},
             {QStringLiteral("when"), QStringLiteral("after")},
             {QStringLiteral("operation"), QStringLiteral("RevokeAccessToken")}}));
        run = api({QStringLiteral("rotate"), old.id}, m_admin.value);
        QCOMPARE(run.exitCode, 4);
        valueOf(run);
        run = api({QStringLiteral("rotate"), QStringLiteral("--resume")}, m_admin.value);
        QCOMPARE(run.exitCode, 0);
        const QStringList now = idsWith(QStringLiteral("Lost answers"));
        QCOMPARE(now.size(), 1);
        QVERIFY(!now.contains(old.id));
    }

    // Last: no token value anywhere but the single stdout line of create/rotate.
    void noTokenValueAnywhereElse() {
        QVERIFY(m_values.size() >= 10);
        QList<QByteArray> places = m_outputs + m_stdouts;
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int fileCount = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly)) {
                places << file.readAll();
                ++fileCount;
            }
        }
        QVERIFY(fileCount >= 2); // the journal and the settings
        for (const QByteArray &value : std::as_const(m_values)) {
            QVERIFY(value.startsWith("mat-"));
            for (const QByteArray &place : std::as_const(places))
                QVERIFY2(!place.contains(value), "a token value outside its one stdout line");
            int lines = 0;
            for (const QByteArray &line : std::as_const(m_valueLines))
                lines += line.contains(value) ? 1 : 0;
            QVERIFY(lines <= 1);
        }
    }
};

QTEST_GUILESS_MAIN(tst_CliTokens)
#include "tst_cli_tokens.moc"
