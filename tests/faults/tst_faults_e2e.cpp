// Injected faults, end to end against the sandbox (POST /sandbox/admin/faults): latency,
// HTTP 500, an HTML 502 page, truncated JSON, a reset connection, GraphQL errors with partial
// data, 401 in the middle of a session, and the issuer going away during sign-in. For each:
// the event loop keeps turning, the message is specific, reads are retried with backoff and a
// limit, creates, revokes and SCM code exchanges are never sent twice, and afterwards the list is
// what the server holds (checked against the sandbox's operation log and a fresh read).
#include "AccessTokenModel.h"
#include "BrowserPlayer.h"
#include "GraphQlClient.h"
#include "KeychainCredentialStore.h"
#include "LoginSession.h"
#include "ModerneApi.h"
#include "SandboxProcess.h"
#include "ScmBrowser.h"
#include "ScmConnectFlow.h"
#include "ScmConnectionModel.h"
#include "Workspace.h"

#include <QDesktopServices>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QTemporaryDir &scratch() {
    static QTemporaryDir dir;
    return dir;
}

QString operationLog() {
    return scratch().filePath(QStringLiteral("operations.jsonl"));
}

} // namespace

class tst_FaultsE2e : public QObject {
    Q_OBJECT
private:
    QList<QJsonObject> logged(const QString &operation) {
        QList<QJsonObject> result;
        QFile file(operationLog());
        if (!file.open(QIODevice::ReadOnly))
            return result;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.value(QLatin1String("operationName")).toString() == operation)
                result.append(object);
        }
        return result;
    }

    void inject(const QJsonObject &fault) {
        QNetworkRequest request(m_sandbox.url(QStringLiteral("/sandbox/admin/faults")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.post(request, QJsonDocument(fault).toJson());
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    void clearFaults() {
        QNetworkReply *reply = m_network.sendCustomRequest(
            QNetworkRequest(m_sandbox.url(QStringLiteral("/sandbox/admin/faults"))), "DELETE");
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
        reply->deleteLater();
    }

    template <typename T, typename Call> ApiResult<T> await(Call call) {
        std::optional<ApiResult<T>> result;
        call([&](const ApiResult<T> &r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 30000);
        return result.value_or(ApiResult<T>{});
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

    // What the server holds, read afresh without faults.
    QStringList serverDescriptions() {
        const auto page = await<AccessTokenPage>(
            [&](auto done) { m_api->tokens()->myTokens(1000, {}, this, done); });
        QStringList result;
        if (page.value)
            for (const AccessToken &token : page.value->items)
                result << token.description;
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

    // The server's tokens of `origin` (created, expires), read afresh without faults.
    QList<QPair<QDateTime, QDateTime>> serverScmTokens(const QString &origin) {
        const auto connections = await<QList<ScmConnection>>(
            [&](auto done) { m_api->scm()->scmConnections(this, done); });
        QList<QPair<QDateTime, QDateTime>> result;
        if (connections.value)
            for (const ScmConnection &connection : *connections.value)
                if (connection.origin == origin)
                    for (const ScmToken &token : connection.tokens)
                        result.append({token.created, token.expiresAt});
        return result;
    }

    SandboxProcess m_sandbox{{QStringLiteral("--log-operations"), operationLog()}};
    QNetworkAccessManager m_network;
    KeychainCredentialStore m_store{QStringLiteral("TokenDesk-faults-e2e")};
    BrowserPlayer m_browser;
    LoginSession *m_session = nullptr;
    GraphQlClient *m_client = nullptr;
    ModerneApi *m_api = nullptr;
    AccessTokenModel *m_tokens = nullptr;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(scratch().isValid());
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
        m_session = new LoginSession(&m_network, &m_store, this);
        TenantProfile profile;
        profile.displayName = QStringLiteral("Local sandbox");
        profile.issuer = m_sandbox.issuer();
        profile.apiUrl = m_sandbox.apiUrl();
        m_session->setProfile(profile);
        QSignalSpy signedIn(m_session, &LoginSession::signedIn);
        m_session->signIn();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 30000);
        m_client = new GraphQlClient(&m_network, this);
        m_client->setEndpoint(m_sandbox.apiUrl());
        m_client->setBearerToken(m_session->accessToken());
        m_client->setReadRetries(2, 200); // 200 ms, then 600 ms
        m_client->setTokenRefresher([this](std::function<void(bool, QByteArray)> done) {
            m_session->refresh([this, done](bool ok) { done(ok, m_session->accessToken()); });
        });
        connect(m_session, &LoginSession::accessTokenChanged, this,
                [this] { m_client->setBearerToken(m_session->accessToken()); });
        m_api = new ModerneApi(m_client, this);
        m_tokens = new AccessTokenModel(m_api->tokens(), nullptr, this);
        QCOMPARE(reload(), QString());
    }

    void cleanupTestCase() {
        if (m_session)
            m_session->signOut();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void init() { clearFaults(); }

    void latencyKeepsTheWindowResponsive() {
        inject({{QStringLiteral("kind"), QStringLiteral("latency")},
                {QStringLiteral("operation"), QStringLiteral("CurrentUser")},
                {QStringLiteral("latencyMs"), 1500}});
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start(20);
        QElapsedTimer elapsed;
        elapsed.start();
        const auto user =
            await<CurrentUser>([&](auto done) { m_api->users()->currentUser(this, done); });
        QVERIFY2(!user.error, qPrintable(user.error.message));
        QVERIFY(elapsed.elapsed() >= 1400);
        // 1.5 s of 20 ms ticks: the event loop never stalled for long.
        QVERIFY2(ticks >= 40, qPrintable(QString::number(ticks)));
    }

    void readsAreRetriedAfterTransientFailures_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("HTTP 500") << QStringLiteral("http500");
        QTest::newRow("HTML 502 page") << QStringLiteral("html502");
        QTest::newRow("truncated JSON") << QStringLiteral("truncated");
        QTest::newRow("connection reset") << QStringLiteral("reset");
    }

    void readsAreRetriedAfterTransientFailures() {
        QFETCH(QString, kind);
        const qsizetype before = logged(QStringLiteral("AccessTokens")).size();
        inject({{QStringLiteral("kind"), kind},
                {QStringLiteral("operation"), QStringLiteral("AccessTokens")}});
        QSignalSpy retrying(m_client, &GraphQlClient::retrying);
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
        QTest::newRow("HTTP 500") << QStringLiteral("http500") << QStringLiteral("HTTP 500");
        QTest::newRow("HTML 502 page") << QStringLiteral("html502") << QStringLiteral("HTTP 502");
        QTest::newRow("truncated JSON")
            << QStringLiteral("truncated") << QStringLiteral("not valid GraphQL JSON");
        QTest::newRow("connection reset")
            << QStringLiteral("reset") << QStringLiteral("closed before it answered");
    }

    void retriesStopAtTheLimitWithASpecificMessage() {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const qsizetype before = logged(QStringLiteral("AccessTokens")).size();
        inject({{QStringLiteral("kind"), kind},
                {QStringLiteral("operation"), QStringLiteral("AccessTokens")},
                {QStringLiteral("count"), 5}});
        const QString message = reload();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("3 time")), qPrintable(message));
        QCOMPARE(logged(QStringLiteral("AccessTokens")).size() - before, 3); // 1 + 2 retries
        clearFaults();
        QCOMPARE(reload(), QString());
        QCOMPARE(modelDescriptions(), serverDescriptions());
    }

    void graphQlErrorsWithPartialDataAreShownNotRetried() {
        const qsizetype before = logged(QStringLiteral("CurrentUser")).size();
        inject({{QStringLiteral("kind"), QStringLiteral("graphqlErrors")},
                {QStringLiteral("operation"), QStringLiteral("CurrentUser")}});
        const auto user =
            await<CurrentUser>([&](auto done) { m_api->users()->currentUser(this, done); });
        QCOMPARE(user.error.kind, ApiError::Kind::GraphQl);
        QVERIFY2(user.error.message.contains(QStringLiteral("could not be loaded")),
                 qPrintable(user.error.message));
        QCOMPARE(logged(QStringLiteral("CurrentUser")).size() - before, 1);
    }

    void a401MidSessionRenewsAndRepeatsTheRead() {
        const qsizetype before = logged(QStringLiteral("AccessTokens")).size();
        QSignalSpy renewed(m_session, &LoginSession::accessTokenChanged);
        inject({{QStringLiteral("kind"), QStringLiteral("unauthorized")},
                {QStringLiteral("operation"), QStringLiteral("AccessTokens")}});
        QCOMPARE(reload(), QString());
        QCOMPARE(renewed.count(), 1);
        const QList<QJsonObject> calls = logged(QStringLiteral("AccessTokens")).mid(before);
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).value(QLatin1String("status")).toInt(), 401);
        QCOMPARE(calls.at(1).value(QLatin1String("status")).toInt(), 200);
    }

    void aCreateWhoseAnswerIsLostIsNotSentAgain_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("when");
        QTest::addColumn<bool>("executed");
        QTest::newRow("reset before")
            << QStringLiteral("reset") << QStringLiteral("before") << false;
        QTest::newRow("reset after") << QStringLiteral("reset") << QStringLiteral("after") << true;
        QTest::newRow("HTTP 500") << QStringLiteral("http500") << QStringLiteral("before") << false;
        QTest::newRow("HTML 502 page")
            << QStringLiteral("html502") << QStringLiteral("before") << false;
        QTest::newRow("truncated JSON")
            << QStringLiteral("truncated") << QStringLiteral("after") << true;
    }

    void aCreateWhoseAnswerIsLostIsNotSentAgain() {
        QFETCH(QString, kind);
        QFETCH(QString, when);
        QFETCH(bool, executed);
        const QString description = QStringLiteral("faults: create with %1 %2").arg(kind, when);
        const qsizetype before = logged(QStringLiteral("CreateAccessToken")).size();
        const QStringList held = serverDescriptions();
        inject({{QStringLiteral("kind"), kind},
                {QStringLiteral("when"), when},
                {QStringLiteral("operation"), QStringLiteral("CreateAccessToken")}});
        const auto created = await<CreatedAccessToken>(
            [&](auto done) { m_api->tokens()->create(description, std::nullopt, this, done); });
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
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("when");
        QTest::addColumn<bool>("executed");
        QTest::newRow("HTTP 500") << QStringLiteral("http500") << QStringLiteral("before") << false;
        QTest::newRow("reset after") << QStringLiteral("reset") << QStringLiteral("after") << true;
        QTest::newRow("truncated JSON")
            << QStringLiteral("truncated") << QStringLiteral("after") << true;
    }

    void aRevokeWhoseAnswerIsLostIsNotSentAgain() {
        QFETCH(QString, kind);
        QFETCH(QString, when);
        QFETCH(bool, executed);
        const QString description = QStringLiteral("faults: to revoke (%1 %2)").arg(kind, when);
        const auto created = await<CreatedAccessToken>(
            [&](auto done) { m_api->tokens()->create(description, std::nullopt, this, done); });
        QVERIFY2(!created.error, qPrintable(created.error.message));
        QCOMPARE(reload(), QString());
        QVERIFY(modelDescriptions().contains(description));
        const qsizetype before = logged(QStringLiteral("RevokeAccessToken")).size();
        inject({{QStringLiteral("kind"), kind},
                {QStringLiteral("when"), when},
                {QStringLiteral("operation"), QStringLiteral("RevokeAccessToken")}});
        const auto revoked = await<bool>(
            [&](auto done) { m_api->tokens()->revoke(created.value->token.id, this, done); });
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
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("when");
        QTest::addColumn<bool>("executed");
        QTest::addColumn<QString>("origin");
        QTest::newRow("reset before") << QStringLiteral("reset") << QStringLiteral("before")
                                      << false << QStringLiteral("gitlab.com");
        QTest::newRow("reset after") << QStringLiteral("reset") << QStringLiteral("after") << true
                                     << QStringLiteral("gitlab.com");
        QTest::newRow("HTTP 500") << QStringLiteral("http500") << QStringLiteral("before") << false
                                  << QStringLiteral("bitbucket.org");
        QTest::newRow("HTML 502 page") << QStringLiteral("html502") << QStringLiteral("before")
                                       << false << QStringLiteral("dev.azure.com");
        QTest::newRow("truncated JSON") << QStringLiteral("truncated") << QStringLiteral("after")
                                        << true << QStringLiteral("bitbucket.org");
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
        Workspace workspace(m_client);
        ScmConnectionModel &connections = *workspace.scm();
        {
            QSignalSpy loaded(&connections, &ScmConnectionModel::loaded);
            connections.reload();
            QVERIFY(loaded.wait(15000));
        }
        const auto held = serverScmTokens(origin);
        const qsizetype before = logged(QStringLiteral("ExchangeAuthorizationCode")).size();
        inject({{QStringLiteral("kind"), kind},
                {QStringLiteral("when"), when},
                {QStringLiteral("operation"), QStringLiteral("ExchangeAuthorizationCode")}});

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
        LoginSession session(&m_network, &m_store);
        session.setProfile(m_session->profile());
        // Qt's HTTP code silently sends the token request again after a reset connection:
        // the issuer stays away for every attempt.
        inject(
            {{QStringLiteral("kind"), QStringLiteral("issuerDown")}, {QStringLiteral("count"), 5}});
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
        clearFaults();
        m_browser.reset();
        session.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 30000);
        session.signOut();
    }
};

QTEST_MAIN(tst_FaultsE2e)
#include "tst_faults_e2e.moc"
