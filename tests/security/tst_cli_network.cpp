// tokendesk-cli inspect over the network and from files (issue 15, items 1, 7 and 10), the real
// binary against hostile-server.mjs: plain-http issuers and key-set URLs are refused except on
// this computer; --issuer verifies only a token whose iss is that issuer (a token signed with
// the issuer's own key but naming another issuer is not verified); redirects of the key set
// and of discovery are not followed; key sets are read up to 1 MB (--jwks /dev/zero ends at
// once) and up to 100 keys.
#include "CliRun.h"
#include "HostileServer.h"
#include "TestKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class tst_CliNetwork : public QObject {
    Q_OBJECT
private:
    struct Run : CliRun {
        QString status() const {
            return json.value(QLatin1String("signature"))
                .toObject()
                .value(QLatin1String("status"))
                .toString();
        }
        QString reason() const {
            return json.value(QLatin1String("signature"))
                .toObject()
                .value(QLatin1String("reason"))
                .toString();
        }
    };

    static Run inspect(const QByteArray &token, const QStringList &arguments) {
        return {runCli(QStringLiteral(TOKENDESK_CLI),
                       QStringList{QStringLiteral("inspect")} + arguments, token, 60000)};
    }

    QString writeFile(const QString &name, const QByteArray &content) {
        return writeFileIn(m_dir, name, content);
    }

    QTemporaryDir m_dir;
    HostileServer m_server;
    TestKey m_key = TestKey::generate(QStringLiteral("EC-P256"), QStringLiteral("k1"));

    QByteArray token(const QString &issuer) const {
        return m_key.sign(QStringLiteral("ES256"),
                          {{QStringLiteral("iss"), issuer},
                           {QStringLiteral("sub"), QStringLiteral("someone")},
                           {QStringLiteral("exp"), qint64(4102444800)}});
    }

    void verifyNothingElsewhere() {
        const QByteArrayList reached = m_server.lines("request elsewhere");
        QVERIFY2(reached.isEmpty(), reached.join('\n').constData());
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // The origin's default key set (/<any scenario>/certs) holds the test key.
        QCOMPARE(m_server.start(writeFile(QStringLiteral("origin-keys.json"), jwks({m_key.jwk()}))),
                 QString());
    }

    void plainHttpIsRefusedExceptOnThisComputer_data() {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("url");
        QTest::newRow("issuer") << QStringLiteral("--issuer")
                                << QStringLiteral("http://login.example.com/auth/realms/acme");
        QTest::newRow("jwks") << QStringLiteral("--jwks")
                              << QStringLiteral("http://login.example.com/certs");
    }
    void plainHttpIsRefusedExceptOnThisComputer() {
        QFETCH(QString, option);
        QFETCH(QString, url);
        const Run run = inspect(token(url), {option, url});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("plain http://"), run.err.constData());
        QVERIFY(run.json.isEmpty());
    }

    void onlyATokenOfTheIssuerIsVerified() {
        const QString issuer = m_server.issuer(QStringLiteral("keys")).toString();
        // Control: the issuer's keys verify a token it issued.
        const Run own = inspect(token(issuer), {QStringLiteral("--issuer"), issuer});
        QCOMPARE(own.exitCode, 0);
        QCOMPARE(own.status(), QStringLiteral("valid"));
        // The same key, another iss: not verified, and the reason says why.
        const QString other = QStringLiteral("https://login.other.example/auth/realms/x");
        const Run foreign = inspect(token(other), {QStringLiteral("--issuer"), issuer});
        QCOMPARE(foreign.exitCode, 1);
        QCOMPARE(foreign.json.value(QLatin1String("signature"))
                     .toObject()
                     .value(QLatin1String("verified"))
                     .toBool(true),
                 false);
        QCOMPARE(foreign.reason(),
                 QStringLiteral("Not verified: the token was issued by “%1”, not by %2 "
                                "(--issuer).")
                     .arg(other, issuer));
    }

    void redirectsAreNotFollowed() {
        const Run keys =
            inspect(token(QStringLiteral("x")),
                    {QStringLiteral("--jwks"),
                     m_server.origin(QStringLiteral("/jwks-redirect/certs")).toString()});
        QCOMPARE(keys.exitCode, 1);
        QVERIFY2(
            keys.reason().contains(
                QStringLiteral("The key set at %1 redirected to %2; TokenDesk did not "
                               "follow it.")
                    .arg(m_server.origin(QStringLiteral("/jwks-redirect/certs")).toString(),
                         m_server.elsewhere(QStringLiteral("/jwks-redirect/certs")).toString())),
            qPrintable(keys.reason()));
        const QString issuer = m_server.issuer(QStringLiteral("discovery-redirect")).toString();
        const Run discovery = inspect(token(issuer), {QStringLiteral("--issuer"), issuer});
        QCOMPARE(discovery.exitCode, 1);
        QVERIFY2(discovery.reason().contains(QStringLiteral("redirected to")),
                 qPrintable(discovery.reason()));
        QTest::qWait(200);
        verifyNothingElsewhere();
    }

    void aKeySetFileIsReadUpToOneMegabyte_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
        QByteArray big =
            QByteArray("{\"keys\":[],\"padding\":\"") + QByteArray(2 * 1024 * 1024, 'A') + "\"}";
        QTest::newRow("2 MB file") << writeFile(QStringLiteral("big.json"), big);
    }
    void aKeySetFileIsReadUpToOneMegabyte() {
        QFETCH(QString, path);
        const Run run = inspect(token(QStringLiteral("x")), {QStringLiteral("--jwks"), path});
        qInfo("refused after %lld ms", run.ms);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("tokendesk-cli: the key set %1 is larger than 1 MB: that "
                                         "is not a key set\n")
                              .arg(path)
                              .toUtf8());
        QVERIFY2(run.ms < 10000, QByteArray::number(run.ms).constData());
    }

    void aKeySetUrlIsReadUpToOneMegabyte() {
        const QString url = m_server.origin(QStringLiteral("/huge-jwks/certs")).toString();
        const Run run = inspect(token(QStringLiteral("x")), {QStringLiteral("--jwks"), url});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.reason().contains(
                QStringLiteral(
                    "The key set at %1 answered with more than 1 MB; TokenDesk stopped reading.")
                    .arg(url)),
            qPrintable(run.reason()));
        QVERIFY(QTest::qWaitFor(
            [&] { return !m_server.lines("answer /huge-jwks/certs").isEmpty(); }, 15000));
        const QByteArray line = m_server.lines("answer /huge-jwks/certs").constLast();
        QVERIFY2(line.endsWith(" aborted"), line.constData());
    }

    void aKeySetOfMoreThanAHundredKeysIsRefused() {
        QJsonArray keys;
        for (int i = 0; i < 101; ++i) {
            QJsonObject key = m_key.jwk();
            key.insert(QStringLiteral("kid"), QStringLiteral("k%1").arg(i));
            keys.append(key);
        }
        const QString path = writeFile(QStringLiteral("many.json"),
                                       QJsonDocument(QJsonObject{{QStringLiteral("keys"), keys}})
                                           .toJson(QJsonDocument::Compact));
        const Run run = inspect(token(QStringLiteral("x")), {QStringLiteral("--jwks"), path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.reason(), QStringLiteral("The key set is not usable: The key set has 101 "
                                              "keys; TokenDesk uses a set of at most 100."));
    }
};

QTEST_MAIN(tst_CliNetwork)
#include "tst_cli_network.moc"
