// No answer is read beyond its limit (issue 15, item 10), against hostile-server.mjs, which
// streams 64 MB (96 MB for GraphQL) of a JSON string that never ends: the issuer's discovery
// (1 MB, also with the size declared up front), its key set (1 MB; and a set of 101 keys), the
// GraphQL API (32 MB), the sign-in's token answer (the application's network manager: 1 MB)
// and the refresh answer (1 MB). Each fails with a sentence that names the limit, and the
// server sees the connection closed long before the end: nothing was buffered whole.
#include "DataRows.h"
#include "GraphQlClient.h"
#include "HostileServerTest.h"
#include "JwksCache.h"
#include "LoginSession.h"
#include "ModerneApi.h"
#include "OidcDiscovery.h"
#include "ReplyGuard.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class tst_ResponseLimits : public HostileServerTest {
    Q_OBJECT
private:
    QString tooLarge(const QString &what, const QString &path, const QString &limit) const {
        return QStringLiteral("%1 at %2 answered with more than %3; TokenDesk stopped reading.")
            .arg(what, m_server.origin(path).toString(), limit);
    }

    // The server saw the client hang up before the end of the answer, after fewer than
    // `most` bytes (the limit plus what the sockets buffer).
    void verifyAborted(const QString &path, qint64 most) {
        const QByteArray prefix = "answer " + path.toUtf8() + ' ';
        QVERIFY(QTest::qWaitFor([&] { return !m_server.lines(prefix).isEmpty(); }, 15000));
        const QByteArray line = m_server.lines(prefix).constLast();
        QVERIFY2(line.endsWith(" aborted"), line.constData());
        const qint64 sent = line.split(' ').at(2).toLongLong();
        QVERIFY2(sent < most, line.constData());
        qInfo("%s", line.constData());
    }

private Q_SLOTS:
    void discoveryStopsAtOneMegabyte_data() {
        addDataRows<QString>("scenario", {{"streamed", QStringLiteral("huge-discovery")},
                                          {"declared", QStringLiteral("declared-discovery")}});
    }
    void discoveryStopsAtOneMegabyte() {
        QFETCH(QString, scenario);
        QElapsedTimer timer;
        timer.start();
        const std::optional<QString> error = discoveryError(scenario, 30000);
        QVERIFY(error);
        qInfo("refused after %lld ms", timer.elapsed());
        const QString path =
            QLatin1Char('/') + scenario + QLatin1String("/.well-known/openid-configuration");
        QCOMPARE(*error,
                 tooLarge(QStringLiteral("The sign-in server"), path, QStringLiteral("1 MB")));
        verifyAborted(path, 16 * ReplyGuard::MegaByte);
    }

    void theKeySetStopsAtOneMegabyte() {
        const std::optional<QString> error = keySetError(QStringLiteral("huge-jwks"), 30000);
        QVERIFY(error);
        QCOMPARE(*error, tooLarge(QStringLiteral("The issuer's key set"),
                                  QStringLiteral("/huge-jwks/certs"), QStringLiteral("1 MB")));
        verifyAborted(QStringLiteral("/huge-jwks/certs"), 16 * ReplyGuard::MegaByte);
    }

    void aKeySetOfMoreThanAHundredKeysIsRefused() {
        Jwks keys;
        const std::optional<QString> error = keySetError(QStringLiteral("many-keys"), 15000, &keys);
        QVERIFY(error);
        QCOMPARE(*error, QStringLiteral("The issuer's key set is not usable: The key set has 101 "
                                        "keys; TokenDesk uses a set of at most 100."));
        QVERIFY(keys.isEmpty());
    }

    void theApiStopsAtThirtyTwoMegabytes() {
        QNetworkAccessManager network;
        GraphQlClient client(&network);
        client.setEndpoint(m_server.origin(QStringLiteral("/huge-graphql/graphql")));
        client.setBearerToken("mat-not-a-real-token");
        client.setReadRetries(2, 50);
        QSignalSpy retrying(&client, &GraphQlClient::retrying);
        ModerneApi api(&client);
        std::optional<ApiResult<CurrentUser>> user;
        api.users()->currentUser(this, [&](const ApiResult<CurrentUser> &r) { user = r; });
        QVERIFY(QTest::qWaitFor([&] { return user.has_value(); }, 60000));
        QVERIFY(user->error);
        QCOMPARE(user->error.message,
                 tooLarge(QStringLiteral("The API"), QStringLiteral("/huge-graphql/graphql"),
                          QStringLiteral("32 MB")));
        QCOMPARE(retrying.count(), 0); // the same answer again would not help
        verifyAborted(QStringLiteral("/huge-graphql/graphql"), 48 * ReplyGuard::MegaByte);
    }

    void theTokenAnswerStopsAtOneMegabyte() {
        GuardedNetworkAccessManager network; // the application's
        MemorySession fixture(m_server.tenant(QStringLiteral("huge token"),
                                              QStringLiteral("huge-token"),
                                              QStringLiteral("/huge-graphql/graphql")),
                              {}, &network);
        LoginSession &session = fixture.session;
        QSignalSpy failed(&session, &LoginSession::signInFailed);
        session.signIn();
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.constFirst().constFirst().toString(),
                 tooLarge(QStringLiteral("The sign-in server's token endpoint"),
                          QStringLiteral("/huge-token/token"), QStringLiteral("1 MB")));
        verifyAborted(QStringLiteral("/huge-token/token"), 16 * ReplyGuard::MegaByte);
    }

    void theRefreshAnswerStopsAtOneMegabyte() {
        QNetworkAccessManager network; // LoginSession's own limit, whatever the manager
        MemorySession fixture(m_server.tenant(QStringLiteral("huge refresh"),
                                              QStringLiteral("huge-token"),
                                              QStringLiteral("/huge-graphql/graphql")),
                              "a-refresh-token", &network);
        const int before = m_server.lines("answer /huge-token/token").size();
        QVariantList failed;
        QVERIFY(fixture.restoreAndWait(&LoginSession::restoreFailed, 30000, &failed));
        const QString message = failed.constFirst().toString();
        QVERIFY2(
            message.contains(tooLarge(QStringLiteral("The sign-in server's token endpoint"),
                                      QStringLiteral("/huge-token/token"), QStringLiteral("1 MB"))),
            qPrintable(message));
        QVERIFY(QTest::qWaitFor(
            [&] { return m_server.lines("answer /huge-token/token").size() > before; }, 15000));
        verifyAborted(QStringLiteral("/huge-token/token"), 16 * ReplyGuard::MegaByte);
    }
};

QTEST_MAIN(tst_ResponseLimits)
#include "tst_response_limits.moc"
