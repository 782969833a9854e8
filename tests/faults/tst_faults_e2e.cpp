// Injected faults, end to end against the sandbox (POST /sandbox/admin/faults): latency,
// HTTP 500, an HTML 502 page, truncated JSON, a reset connection, GraphQL errors with partial
// data, 401 in the middle of a session, and the issuer going away during sign-in. For each:
// the event loop keeps turning, the message is specific, reads are retried with backoff and a
// limit, creates, revokes and SCM code exchanges are never sent twice, and afterwards the list is
// what the server holds (checked against the sandbox's operation log and a fresh read).
#include "AccessTokenModel.h"
#include "BrowserPlayer.h"
#include "SandboxProcess.h"
#include "ScmBrowser.h"
#include "ScmConnectFlow.h"
#include "ScmConnectionModel.h"
#include "SignedInApi.h"
#include "Workspace.h"

#include <QDesktopServices>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace {
// The failures a read is retried after: the sandbox's fault `kind`, and what the message says
// once the retries ran out.
struct TransientFault {
    const char *name;
    const char *kind;
    const char *message;
};
constexpr TransientFault TransientFaults[] = {
    {"HTTP 500", "http500", "HTTP 500"},
    {"HTML 502 page", "html502", "HTTP 502"},
    {"truncated JSON", "truncated", "not valid GraphQL JSON"},
    {"connection reset", "reset", "closed before it answered"},
};

// The faults that lose a mutation's answer: the sandbox's fault `kind`, injected `when` (before
// or after the server acts), and whether the server then `executed` the mutation.
struct LostAnswer {
    const char *name;
    const char *kind;
    const char *when;
    bool executed;
};
constexpr LostAnswer LostAnswers[] = {
    {"reset before", "reset", "before", false},     {"reset after", "reset", "after", true},
    {"HTTP 500", "http500", "before", false},       {"HTML 502 page", "html502", "before", false},
    {"truncated JSON", "truncated", "after", true},
};

void addLostAnswerColumns() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("when");
    QTest::addColumn<bool>("executed");
}

// Adds the row of LostAnswers called `name` (further columns may follow).
QTestData &addLostAnswerRow(const char *name) {
    const LostAnswer *fault =
        std::find_if(std::begin(LostAnswers), std::end(LostAnswers),
                     [name](const LostAnswer &row) { return qstrcmp(row.name, name) == 0; });
    QTEST_ASSERT(fault != std::end(LostAnswers));
    return QTest::newRow(name) << QString::fromLatin1(fault->kind)
                               << QString::fromLatin1(fault->when) << fault->executed;
}
} // namespace

class tst_FaultsE2e : public QObject {
    Q_OBJECT
private:
    QList<QJsonObject> logged(const QString &operation) const {
        return m_sandbox.loggedOperations(operation);
    }

    // Reloads the model and waits; returns the failure message or "".
    QString reload() {
        QSignalSpy failed(m_tokens, &AccessTokenModel::loadFailed);
        QSignalSpy total(m_tokens, &AccessTokenModel::totalCountChanged);
        m_tokens->reload();
        (void)QTest::qWaitFor([&] { return !m_tokens->isLoading(); }, 30000);
        while (m_tokens->canFetchMore({}))
            m_tokens->fetchMore({}),
                (void)QTest::qWaitFor([&] { return !m_tokens->isLoading(); }, 30000);
        return failed.isEmpty() ? QString() : failed.constLast().constFirst().toString();
    }

    // What the server holds, read afresh without faults. A failed read, or an empty list (the
    // admin's seeded tokens are never revoked here), fails the calling test function: comparing
    // the model with nothing would prove nothing.
    QStringList serverDescriptions() {
        const auto page = awaitApi<AccessTokenPage>(
            [&](auto done) { m_app->api.tokens()->myTokens(1000, {}, this, done); });
        if (page.error || !page.value) {
            QTest::qFail(qPrintable(QStringLiteral("reading the server's tokens failed: %1")
                                        .arg(page.error.message)),
                         __FILE__, __LINE__);
            return {QStringLiteral("<read error>")};
        }
        QStringList result;
        for (const AccessToken &token : page.value->items)
            result << token.description;
        if (result.isEmpty())
            QTest::qFail("the server holds no token: the seed is missing", __FILE__, __LINE__);
        result.sort();
        return result;
    }

    QStringList modelDescriptions() const {
        QStringList result;
        for (int row = 0; row < m_tokens->rowCount(); ++row)
            result << m_tokens->tokenAt(row).description;
        result.sort();
        return result;
    }

    // The server's tokens of `origin` (created, expires), read afresh without faults. A failed
    // read, or no connection for `origin` in the answer, fails the calling test function.
    QList<QPair<QDateTime, QDateTime>> serverScmTokens(const QString &origin) {
        const auto connections = awaitApi<QList<ScmConnection>>(
            [&](auto done) { m_app->api.scm()->scmConnections(this, done); });
        QList<QPair<QDateTime, QDateTime>> result;
        if (connections.error || !connections.value) {
            QTest::qFail(qPrintable(QStringLiteral("reading the server's SCM connections failed: "
                                                   "%1")
                                        .arg(connections.error.message)),
                         __FILE__, __LINE__);
            return {{}};
        }
        bool found = false;
        for (const ScmConnection &connection : *connections.value) {
            if (connection.origin != origin)
                continue;
            found = true;
            for (const ScmToken &token : connection.tokens)
                result.append({token.created, token.expiresAt});
        }
        if (!found)
            QTest::qFail(
                qPrintable(QStringLiteral("the server lists no connection for %1").arg(origin)),
                __FILE__, __LINE__);
        return result;
    }

    SandboxProcess m_sandbox;
    BrowserPlayer m_browser;
    std::unique_ptr<SignedInApi> m_app;
    AccessTokenModel *m_tokens = nullptr;

private Q_SLOTS:
    void initTestCase() {
        m_sandbox.logOperations();
        QCOMPARE(
            startSignedIn(m_sandbox, m_browser, QStringLiteral("TokenDesk-faults-e2e"), &m_app),
            QString());
        m_app->client.setReadRetries(2, 200); // 200 ms, then 600 ms
        m_tokens = new AccessTokenModel(m_app->api.tokens(), nullptr, this);
        QCOMPARE(reload(), QString());
        // The seeded tokens: the comparisons with the server's list below are never of two
        // empty lists.
        QVERIFY(m_tokens->rowCount() > 0);
        QCOMPARE(modelDescriptions(), serverDescriptions());
    }

    void cleanupTestCase() {
        delete m_tokens;
        m_tokens = nullptr;
        if (m_app)
            m_app->session.signOut();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void init() { QVERIFY(m_sandbox.clearFaults()); }

    // The event loop keeps turning while a slow answer is awaited (how regularly it turns is
    // measured by bench/bench_test_timings --latency, not asserted here).
    void latencyKeepsTheWindowResponsive() {
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("kind"), QStringLiteral("latency")},
                                       {QStringLiteral("operation"), QStringLiteral("CurrentUser")},
                                       {QStringLiteral("latencyMs"), 1500}}));
        QCOMPARE(m_sandbox.queuedFaults(), 1);
        int ticks = 0;
        bool answered = false;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] { ticks += answered ? 0 : 1; });
        timer.start(20);
        const auto user = awaitApi<CurrentUser>([&](auto done) {
            m_app->api.users()->currentUser(this,
                                            [&answered, done](const ApiResult<CurrentUser> &r) {
                                                answered = true;
                                                done(r);
                                            });
        });
        QVERIFY2(!user.error, qPrintable(user.error.message));
        QCOMPARE(m_sandbox.queuedFaults(), 0); // this request took the delay
        QVERIFY2(ticks > 0, "the event loop did not turn while the answer was awaited");
    }

    void readsAreRetriedAfterTransientFailures_data() {
        QTest::addColumn<QString>("kind");
        for (const TransientFault &fault : TransientFaults)
            QTest::newRow(fault.name) << QString::fromLatin1(fault.kind);
    }

    void readsAreRetriedAfterTransientFailures() {
        QFETCH(QString, kind);
        const qsizetype before = logged(QStringLiteral("AccessTokens")).size();
        QVERIFY(
            m_sandbox.injectFault({{QStringLiteral("kind"), kind},
                                   {QStringLiteral("operation"), QStringLiteral("AccessTokens")}}));
        QSignalSpy retrying(&m_app->client, &GraphQlClient::retrying);
        QCOMPARE(reload(), QString());
        QCOMPARE(retrying.count(), 1);
        const QList<QJsonObject> calls = logged(QStringLiteral("AccessTokens")).mid(before);
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).value(QLatin1String("fault")).toString(), kind);
        QCOMPARE(calls.at(1).value(QLatin1String("status")).toInt(), 200);
        QCOMPARE(modelDescriptions(), serverDescriptions());
    }

    void retriesStopAtTheLimitWithASpecificMessage_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        for (const TransientFault &fault : TransientFaults)
            QTest::newRow(fault.name)
                << QString::fromLatin1(fault.kind) << QString::fromLatin1(fault.message);
    }

    void retriesStopAtTheLimitWithASpecificMessage() {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const qsizetype before = logged(QStringLiteral("AccessTokens")).size();
        QVERIFY(
            m_sandbox.injectFault({{QStringLiteral("kind"), kind},
                                   {QStringLiteral("operation"), QStringLiteral("AccessTokens")},
                                   {QStringLiteral("count"), 5}}));
        const QString message = reload();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("3 time")), qPrintable(message));
        QCOMPARE(logged(QStringLiteral("AccessTokens")).size() - before, 3); // 1 + 2 retries
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(reload(), QString());
        QCOMPARE(modelDescriptions(), serverDescriptions());
    }

    void graphQlErrorsWithPartialDataAreShownNotRetried() {
        const qsizetype before = logged(QStringLiteral("CurrentUser")).size();
        QVERIFY(
            m_sandbox.injectFault({{QStringLiteral("kind"), QStringLiteral("graphqlErrors")},
                                   {QStringLiteral("operation"), QStringLiteral("CurrentUser")}}));
        const auto user =
            awaitApi<CurrentUser>([&](auto done) { m_app->api.users()->currentUser(this, done); });
        QCOMPARE(user.error.kind, ApiError::Kind::GraphQl);
        QVERIFY2(user.error.message.contains(QStringLiteral("could not be loaded")),
                 qPrintable(user.error.message));
        QCOMPARE(logged(QStringLiteral("CurrentUser")).size() - before, 1);
    }

    void a401MidSessionRenewsAndRepeatsTheRead() {
        const qsizetype before = logged(QStringLiteral("AccessTokens")).size();
        QSignalSpy renewed(&m_app->session, &LoginSession::accessTokenChanged);
        QVERIFY(
            m_sandbox.injectFault({{QStringLiteral("kind"), QStringLiteral("unauthorized")},
                                   {QStringLiteral("operation"), QStringLiteral("AccessTokens")}}));
        QCOMPARE(reload(), QString());
        QCOMPARE(renewed.count(), 1);
        const QList<QJsonObject> calls = logged(QStringLiteral("AccessTokens")).mid(before);
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).value(QLatin1String("status")).toInt(), 401);
        QCOMPARE(calls.at(1).value(QLatin1String("status")).toInt(), 200);
    }

    void aCreateWhoseAnswerIsLostIsNotSentAgain_data() {
        addLostAnswerColumns();
        for (const LostAnswer &fault : LostAnswers)
            addLostAnswerRow(fault.name);
    }

    void aCreateWhoseAnswerIsLostIsNotSentAgain() {
        QFETCH(QString, kind);
        QFETCH(QString, when);
        QFETCH(bool, executed);
        const QString description = QStringLiteral("faults: create with %1 %2").arg(kind, when);
        const qsizetype before = logged(QStringLiteral("CreateAccessToken")).size();
        const QStringList held = serverDescriptions();
        QVERIFY(m_sandbox.injectFault(
            {{QStringLiteral("kind"), kind},
             {QStringLiteral("when"), when},
             {QStringLiteral("operation"), QStringLiteral("CreateAccessToken")}}));
        const auto created = awaitApi<CreatedAccessToken>(
            [&](auto done) { m_app->api.tokens()->create(description, std::nullopt, this, done); });
        QVERIFY(created.error);
        QVERIFY2(created.error.message.contains(QStringLiteral("did not send it again")),
                 qPrintable(created.error.message));
        QTest::qWait(1500); // longer than any retry would wait
        QCOMPARE(logged(QStringLiteral("CreateAccessToken")).size() - before, 1);
        // Afterwards the list is what the server holds: the token exactly once, or not at all.
        QCOMPARE(reload(), QString());
        const QStringList now = serverDescriptions();
        QCOMPARE(modelDescriptions(), now);
        QCOMPARE(now.count(description), executed ? 1 : 0);
        QCOMPARE(now.size(), held.size() + (executed ? 1 : 0));
    }

    void aRevokeWhoseAnswerIsLostIsNotSentAgain_data() {
        addLostAnswerColumns();
        for (const char *name : {"HTTP 500", "reset after", "truncated JSON"})
            addLostAnswerRow(name);
    }

    void aRevokeWhoseAnswerIsLostIsNotSentAgain() {
        QFETCH(QString, kind);
        QFETCH(QString, when);
        QFETCH(bool, executed);
        const QString description = QStringLiteral("faults: to revoke (%1 %2)").arg(kind, when);
        const auto created = awaitApi<CreatedAccessToken>(
            [&](auto done) { m_app->api.tokens()->create(description, std::nullopt, this, done); });
        QVERIFY2(!created.error, qPrintable(created.error.message));
        QCOMPARE(reload(), QString());
        QVERIFY(modelDescriptions().contains(description));
        const qsizetype before = logged(QStringLiteral("RevokeAccessToken")).size();
        QVERIFY(m_sandbox.injectFault(
            {{QStringLiteral("kind"), kind},
             {QStringLiteral("when"), when},
             {QStringLiteral("operation"), QStringLiteral("RevokeAccessToken")}}));
        const auto revoked = awaitApi<bool>(
            [&](auto done) { m_app->api.tokens()->revoke(created.value->token.id, this, done); });
        QVERIFY(revoked.error);
        QVERIFY2(revoked.error.message.contains(QStringLiteral("did not send it again")),
                 qPrintable(revoked.error.message));
        QTest::qWait(1500);
        QCOMPARE(logged(QStringLiteral("RevokeAccessToken")).size() - before, 1);
        QCOMPARE(reload(), QString());
        QCOMPARE(modelDescriptions(), serverDescriptions());
        QCOMPARE(modelDescriptions().contains(description), !executed);
    }

    // The SCM connect's exchangeAuthorizationCode mutation loses its answer (before or after
    // the server acted): sent exactly once, a specific message, and the connection list then
    // shows what the server holds (connected only if the server did the exchange).
    void anScmCodeExchangeWhoseAnswerIsLostIsNotSentAgain_data() {
        addLostAnswerColumns();
        QTest::addColumn<QString>("origin");
        addLostAnswerRow("reset before") << QStringLiteral("gitlab.com");
        addLostAnswerRow("reset after") << QStringLiteral("gitlab.com");
        addLostAnswerRow("HTTP 500") << QStringLiteral("bitbucket.org");
        addLostAnswerRow("HTML 502 page") << QStringLiteral("dev.azure.com");
        addLostAnswerRow("truncated JSON") << QStringLiteral("bitbucket.org");
    }

    void anScmCodeExchangeWhoseAnswerIsLostIsNotSentAgain() {
        QFETCH(QString, kind);
        QFETCH(QString, when);
        QFETCH(bool, executed);
        QFETCH(QString, origin);
        ScmBrowser browser;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "openUrl");
        const auto restoreHandler = qScopeGuard([this] {
            QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
        });
        Workspace workspace(&m_app->client);
        ScmConnectionModel &connections = *workspace.scm();
        {
            QSignalSpy loaded(&connections, &ScmConnectionModel::loaded);
            connections.reload();
            QVERIFY(loaded.wait(15000));
        }
        const auto held = serverScmTokens(origin);
        const qsizetype before = logged(QStringLiteral("ExchangeAuthorizationCode")).size();
        QVERIFY(m_sandbox.injectFault(
            {{QStringLiteral("kind"), kind},
             {QStringLiteral("when"), when},
             {QStringLiteral("operation"), QStringLiteral("ExchangeAuthorizationCode")}}));

        ScmConnectFlow *flow = workspace.scmService();
        QSignalSpy connected(flow, &ScmConnectFlow::connected);
        QSignalSpy failed(flow, &ScmConnectFlow::failed);
        QSignalSpy reloaded(&connections, &ScmConnectionModel::loaded);
        const QDateTime started = QDateTime::currentDateTimeUtc();
        flow->connectOrigin(origin);
        QVERIFY(QTest::qWaitFor([&] { return connected.count() + failed.count() > 0; }, 30000));
        QVERIFY2(browser.callbackStatus() == 200, qPrintable(browser.error()));
        QCOMPARE(connected.count(), 0);
        const QString message = failed.constFirst().at(1).toString();
        QVERIFY2(message.startsWith(QStringLiteral("The authorization could not be completed: ")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("did not send it again")), qPrintable(message));
        QTest::qWait(1500); // longer than any retry would wait
        const QList<QJsonObject> calls =
            logged(QStringLiteral("ExchangeAuthorizationCode")).mid(before);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.constFirst().value(QLatin1String("fault")).toString(), kind);

        // The list was reloaded after the failure and shows what the server holds.
        QVERIFY(reloaded.count() > 0 || reloaded.wait(15000));
        const auto now = serverScmTokens(origin);
        const int row = connections.rowOf(origin);
        QVERIFY(row >= 0);
        QList<QPair<QDateTime, QDateTime>> shown;
        for (const ScmToken &token : connections.connectionAt(row).tokens)
            shown.append({token.created, token.expiresAt});
        QCOMPARE(shown, now);
        if (executed) {
            QVERIFY(now != held);
            QVERIFY(!now.isEmpty() && qAbs(started.secsTo(now.constLast().first)) < 30);
            QCOMPARE(connections.index(row, 0).data(ScmConnectionModel::StatusRole).toInt(),
                     int(ScmConnectionModel::Status::Connected));
        } else {
            QCOMPARE(now, held);
        }
    }

    void theIssuerGoingAwayDuringSignInIsNamed() {
        LoginSession session(&m_app->network, &m_app->credentials);
        session.setProfile(m_app->session.profile());
        // Qt's HTTP code silently sends the token request again after a reset connection:
        // the issuer stays away for every attempt.
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("kind"), QStringLiteral("issuerDown")},
                                       {QStringLiteral("count"), 5}}));
        QSignalSpy failed(&session, &LoginSession::signInFailed);
        QSignalSpy signedIn(&session, &LoginSession::signedIn);
        m_browser.reset();
        session.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QCOMPARE(signedIn.count(), 0);
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("token endpoint could not be reached")),
                 qPrintable(message));
        QCOMPARE(session.state(), LoginSession::State::SignedOut);
        // The next attempt works.
        QVERIFY(m_sandbox.clearFaults());
        m_browser.reset();
        session.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 30000);
        session.signOut();
    }
};

QTEST_MAIN(tst_FaultsE2e)
#include "tst_faults_e2e.moc"
