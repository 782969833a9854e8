#include "DataRows.h"
#include "FakeNetworkAccessManager.h"

#include "GraphQlClient.h"
#include <QElapsedTimer>

#include <QFile>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <ctime>

namespace {
const QUrl Endpoint(QStringLiteral("https://api.acme.moderne.io/graphql"));
// A made-up bearer; it is compared, never printed.
const QByteArray Bearer("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0In0.c2ln");

FakeNetworkAccessManager::Response htmlResponse(int status, const QByteArray &body) {
    FakeNetworkAccessManager::Response response;
    response.status = status;
    response.body = body;
    response.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    return response;
}
} // namespace

class TestGraphQlClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void operationDocumentsExist_data();
    void operationDocumentsExist();
    void unknownDocumentIsEmpty();
    void requestShape();
    void noAuthorizationWithoutBearer();
    void platformVersionHeader();
    void success();
    void unauthorized();
    void htmlErrorPage();
    void jsonHttpError();
    void truncatedJson();
    void graphQlErrorsWithPartialData();
    void graphQlErrorWithoutMessage();
    void neitherDataNorErrors();
    void transportError();
    void dateHeader();
    void dateHeaderInLocalDstGap();
    void destroyedContextCancelsCallback();
    void aReadIsRetriedWithBackoffAfterATransientFailure();
    void readRetriesHaveALimit();
    void aMutationIsNeverRetried();
    void afterBodiesSentWaitsForTheBodies();
    void afterBodiesSentHasACap();
    void afterBodiesSentIsCancelledWithItsContext();
    void aPeeksRequestLeavesBeforeTheAnswerIsParsed();

private:
    GraphQlClient::Response run(const QString &operation = QStringLiteral("CurrentUser"),
                                const QJsonObject &variables = {});
    // Sends `count` reads whose bodies the fake network holds and that are never answered, with
    // afterBodiesSent()'s cap at `capMs`.
    void sendHeld(int count, int capMs);

    FakeNetworkAccessManager *m_network = nullptr;
    GraphQlClient *m_client = nullptr;
};

void TestGraphQlClient::init() {
    m_network = new FakeNetworkAccessManager(this);
    m_client = new GraphQlClient(m_network, this);
    m_client->setEndpoint(Endpoint);
    m_client->setBearerToken(Bearer);
    m_client->setReadRetries(0, 0); // one answer per request, except in the retry tests
}

void TestGraphQlClient::cleanup() {
    delete m_client;
    delete m_network;
    m_client = nullptr;
    m_network = nullptr;
}

// Runs one operation and returns its answer. Exactly one callback must come: none, or a second
// one (looked for until every fake reply has finished), fails the calling test function, and
// the answer returned is then an error no check expects.
GraphQlClient::Response TestGraphQlClient::run(const QString &operation,
                                               const QJsonObject &variables) {
    GraphQlClient::Response result;
    int calls = 0;
    m_client->execute(operation, variables, this, [&](const GraphQlClient::Response &response) {
        result = response;
        ++calls;
    });
    const bool answered = QTest::qWaitFor([&calls] { return calls > 0; }, 3000);
    // A doubled callback would come from a reply still in flight, or right after the first.
    (void)QTest::qWaitFor([this] { return m_network->unfinishedReplies() == 0; }, 3000);
    QCoreApplication::processEvents();
    if (!answered || calls != 1) {
        const QByteArray why = answered ? "the callback was called " + QByteArray::number(calls) +
                                              " times for " + operation.toUtf8()
                                        : "no callback within 3 s for " + operation.toUtf8();
        QTest::qFail(why.constData(), __FILE__, __LINE__);
        GraphQlClient::Response failed;
        failed.error.kind = ApiError::Kind::BadResponse;
        failed.error.message = QString::fromUtf8(why);
        return failed;
    }
    return result;
}

void TestGraphQlClient::operationDocumentsExist_data() {
    addDataTable<QString, QString>(
        {"operation", "keyword"},
        {
            {"CurrentUser", {QStringLiteral("CurrentUser"), QStringLiteral("query")}},
            {"AccessTokens", {QStringLiteral("AccessTokens"), QStringLiteral("query")}},
            {"CreateAccessToken",
             {QStringLiteral("CreateAccessToken"), QStringLiteral("mutation")}},
            {"RevokeAccessToken",
             {QStringLiteral("RevokeAccessToken"), QStringLiteral("mutation")}},
            {"ScmConnections", {QStringLiteral("ScmConnections"), QStringLiteral("query")}},
        });
}

void TestGraphQlClient::operationDocumentsExist() {
    QFETCH(QString, operation);
    QFETCH(QString, keyword);
    QVERIFY(QFile::exists(QStringLiteral(":/graphql/%1.graphql").arg(operation)));
    const QByteArray document = GraphQlClient::document(operation);
    QVERIFY(!document.trimmed().isEmpty());
    // The document declares the operation under the name the client sends as operationName.
    QVERIFY2(document.contains((keyword + QLatin1Char(' ') + operation).toUtf8()),
             document.constData());
}

void TestGraphQlClient::unknownDocumentIsEmpty() {
    QVERIFY(GraphQlClient::document(QStringLiteral("NoSuchOperation")).isEmpty());
}

void TestGraphQlClient::requestShape() {
    m_network->enqueue(FakeNetworkAccessManager::json(R"({"data":{"currentUser":{}}})"));
    const QJsonObject variables{{QStringLiteral("first"), 100},
                                {QStringLiteral("after"), QStringLiteral("c1")}};
    run(QStringLiteral("AccessTokens"), variables);
    QCOMPARE(m_network->requests().size(), 1);
    const auto &recorded = m_network->requests().constFirst();
    QCOMPARE(recorded.operation, QNetworkAccessManager::PostOperation);
    QCOMPARE(recorded.request.url(), Endpoint);
    QVERIFY(recorded.request.rawHeader("Authorization") == "Bearer " + Bearer);
    QCOMPARE(recorded.request.header(QNetworkRequest::ContentTypeHeader).toString(),
             QStringLiteral("application/json"));
    QVERIFY(recorded.request.rawHeader("Accept").contains("application/json"));
    QVERIFY(!recorded.request.hasRawHeader("X-Moderne-Platform-Version"));

    const QJsonObject body = QJsonDocument::fromJson(recorded.body).object();
    QCOMPARE(body.value(QLatin1String("operationName")).toString(), QStringLiteral("AccessTokens"));
    // The operation document, then each fragment it spreads (and theirs), once.
    const auto resource = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    const QString operation = resource(QStringLiteral(":/graphql/AccessTokens.graphql"));
    const QString connection =
        resource(QStringLiteral(":/graphql/fragments/AccessTokenConnectionFields.graphql"));
    const QString pageInfo = resource(QStringLiteral(":/graphql/fragments/PageInfoFields.graphql"));
    QVERIFY(!operation.isEmpty() && !connection.isEmpty() && !pageInfo.isEmpty());
    QCOMPARE(body.value(QLatin1String("query")).toString(),
             operation + QLatin1Char('\n') + connection + QLatin1Char('\n') + pageInfo);
    QCOMPARE(body.value(QLatin1String("variables")).toObject(), variables);
}

void TestGraphQlClient::noAuthorizationWithoutBearer() {
    m_client->setBearerToken({});
    QVERIFY(!m_client->hasBearerToken());
    m_network->enqueue(FakeNetworkAccessManager::json(R"({"data":{}})"));
    run();
    QCOMPARE(m_network->requests().size(), 1);
    QVERIFY(!m_network->requests().constFirst().request.hasRawHeader("Authorization"));
    // Operations without variables send no "variables" member.
    const QJsonObject body =
        QJsonDocument::fromJson(m_network->requests().constFirst().body).object();
    QVERIFY(!body.contains(QLatin1String("variables")));
}

void TestGraphQlClient::platformVersionHeader() {
    m_network->enqueue(FakeNetworkAccessManager::json(R"({"data":{}})"));
    m_network->enqueue(FakeNetworkAccessManager::json(R"({"data":{}})"));
    m_network->enqueue(FakeNetworkAccessManager::json(R"({"data":{}})"));
    run();
    m_client->setSendPlatformV2(true);
    run();
    m_client->setSendPlatformV2(false);
    run();
    QCOMPARE(m_network->requests().size(), 3);
    QVERIFY(!m_network->requests().at(0).request.hasRawHeader("X-Moderne-Platform-Version"));
    QCOMPARE(m_network->requests().at(1).request.rawHeader("X-Moderne-Platform-Version"),
             QByteArray("v2"));
    QVERIFY(!m_network->requests().at(2).request.hasRawHeader("X-Moderne-Platform-Version"));
}

void TestGraphQlClient::success() {
    QSignalSpy unauthorized(m_client, &GraphQlClient::unauthorized);
    m_network->enqueue(FakeNetworkAccessManager::json(
        R"({"data":{"currentUser":{"email":"jane@acme.test","role":"ADMIN"}}})"));
    const GraphQlClient::Response response = run();
    QVERIFY2(!response.error, qPrintable(response.error.message));
    QCOMPARE(response.error.kind, ApiError::Kind::None);
    QCOMPARE(
        response.data.value(QLatin1String("currentUser")).toObject().value(QLatin1String("email")),
        QJsonValue(QStringLiteral("jane@acme.test")));
    QCOMPARE(unauthorized.count(), 0);
}

void TestGraphQlClient::unauthorized() {
    QSignalSpy unauthorized(m_client, &GraphQlClient::unauthorized);
    m_network->enqueue(FakeNetworkAccessManager::json(R"({"error":"invalid_token"})", 401));
    const GraphQlClient::Response response = run();
    QCOMPARE(response.error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(response.error.httpStatus, 401);
    QVERIFY(!response.error.message.isEmpty());
    QCOMPARE(unauthorized.count(), 1);
}

void TestGraphQlClient::htmlErrorPage() {
    QSignalSpy unauthorized(m_client, &GraphQlClient::unauthorized);
    m_network->enqueue(
        htmlResponse(502, "<html><head><title>502 Bad Gateway</title></head>"
                          "<body><center><h1>502 Bad Gateway</h1></center></body></html>"));
    const GraphQlClient::Response response = run();
    QCOMPARE(response.error.kind, ApiError::Kind::Http);
    QCOMPARE(response.error.httpStatus, 502);
    QVERIFY2(response.error.message.contains(QLatin1String("502")),
             qPrintable(response.error.message));
    QVERIFY(!response.error.message.contains(QLatin1String("<html>")));
    QCOMPARE(unauthorized.count(), 0);
}

void TestGraphQlClient::jsonHttpError() {
    // A JSON error body without GraphQL errors still reports the HTTP status.
    m_network->enqueue(FakeNetworkAccessManager::json(R"({"data":null})", 503));
    const GraphQlClient::Response response = run();
    QCOMPARE(response.error.kind, ApiError::Kind::Http);
    QCOMPARE(response.error.httpStatus, 503);
    QVERIFY(response.error.message.contains(QLatin1String("503")));
}

void TestGraphQlClient::truncatedJson() {
    m_network->enqueue(FakeNetworkAccessManager::json(R"({"data":{"currentUser":{"email":"ja)"));
    const GraphQlClient::Response response = run();
    QCOMPARE(response.error.kind, ApiError::Kind::BadResponse);
    QVERIFY(!response.error.message.isEmpty());

    const GraphQlClient::Response parsed = GraphQlClient::parseBody("[1,2]", 200);
    QCOMPARE(parsed.error.kind, ApiError::Kind::BadResponse);
}

void TestGraphQlClient::graphQlErrorsWithPartialData() {
    m_network->enqueue(FakeNetworkAccessManager::json(
        R"({"errors":[{"message":"Token limit reached","path":["createAccessToken"]},)"
        R"({"message":"Token limit reached"}],)"
        R"("data":{"currentUser":{"email":"jane@acme.test"}}})"));
    const GraphQlClient::Response response = run();
    QCOMPARE(response.error.kind, ApiError::Kind::GraphQl);
    QCOMPARE(response.error.httpStatus, 200);
    QCOMPARE(response.error.message, QStringLiteral("Token limit reached")); // de-duplicated
    QVERIFY(response.data.contains(QLatin1String("currentUser")));
}

void TestGraphQlClient::graphQlErrorWithoutMessage() {
    const GraphQlClient::Response response =
        GraphQlClient::parseBody(R"({"errors":[{"path":["x"]}]})", 200);
    QCOMPARE(response.error.kind, ApiError::Kind::GraphQl);
    QVERIFY(!response.error.message.isEmpty());

    const GraphQlClient::Response two =
        GraphQlClient::parseBody(R"({"errors":[{"message":"first"},{"message":"second"}]})", 200);
    QVERIFY(two.error.message.contains(QLatin1String("first")));
    QVERIFY(two.error.message.contains(QLatin1String("second")));
}

void TestGraphQlClient::neitherDataNorErrors() {
    m_network->enqueue(FakeNetworkAccessManager::json(R"({"hello":"world"})"));
    const GraphQlClient::Response response = run();
    QCOMPARE(response.error.kind, ApiError::Kind::BadResponse);
}

void TestGraphQlClient::transportError() {
    QSignalSpy unauthorized(m_client, &GraphQlClient::unauthorized);
    FakeNetworkAccessManager::Response failure;
    failure.error = QNetworkReply::ConnectionRefusedError;
    m_network->enqueue(failure);
    const GraphQlClient::Response response = run();
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QVERIFY2(response.error.message.contains(Endpoint.host()), qPrintable(response.error.message));
    QCOMPARE(unauthorized.count(), 0);
}

void TestGraphQlClient::dateHeader() {
    QSignalSpy dates(m_client, &GraphQlClient::responseDate);
    FakeNetworkAccessManager::Response response = FakeNetworkAccessManager::json(R"({"data":{}})");
    response.headers.append(
        qMakePair(QByteArray("Date"), QByteArray("Sun, 22 Nov 2026 19:56:07 GMT")));
    m_network->enqueue(response);
    const GraphQlClient::Response result = run();
    const QDateTime expected(QDate(2026, 11, 22), QTime(19, 56, 7), QTimeZone::utc());
    QVERIFY(result.serverDate.isValid());
    QCOMPARE(result.serverDate, expected);
    QCOMPARE(result.serverDate.offsetFromUtc(), 0);
    QCOMPARE(result.serverDate.toSecsSinceEpoch(), expected.toSecsSinceEpoch());
    QCOMPARE(dates.count(), 1);
    QCOMPARE(dates.constFirst().constFirst().toDateTime(), expected);

    // The date is also kept for error responses (clock-skew hints on 401s).
    FakeNetworkAccessManager::Response denied = FakeNetworkAccessManager::json("{}", 401);
    denied.headers.append(
        qMakePair(QByteArray("Date"), QByteArray("Mon, 01 Feb 2027 08:00:00 GMT")));
    m_network->enqueue(denied);
    const GraphQlClient::Response deniedResult = run();
    QCOMPARE(deniedResult.error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(deniedResult.serverDate, QDateTime(QDate(2027, 2, 1), QTime(8, 0), QTimeZone::utc()));

    // No Date header: no server date, no signal.
    m_network->enqueue(FakeNetworkAccessManager::json(R"({"data":{}})"));
    QVERIFY(!run().serverDate.isValid());
    QCOMPARE(dates.count(), 2);
}

void TestGraphQlClient::dateHeaderInLocalDstGap() {
    // 02:30 on the last Sunday of March does not exist in Central European local time; the
    // header is UTC, so the machine's time zone must not matter.
    const QByteArray savedTz = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", "Europe/Berlin");
    tzset();
    const auto restore = qScopeGuard([&] {
        if (hadTz)
            qputenv("TZ", savedTz);
        else
            qunsetenv("TZ");
        tzset();
    });
    FakeNetworkAccessManager::Response response = FakeNetworkAccessManager::json(R"({"data":{}})");
    response.headers.append(
        qMakePair(QByteArray("Date"), QByteArray("Sun, 29 Mar 2026 02:30:00 GMT")));
    m_network->enqueue(response);
    const GraphQlClient::Response result = run();
    QCOMPARE(result.serverDate, QDateTime(QDate(2026, 3, 29), QTime(2, 30), QTimeZone::utc()));
}

void TestGraphQlClient::destroyedContextCancelsCallback() {
    FakeNetworkAccessManager::Response response = FakeNetworkAccessManager::json(R"({"data":{}})");
    response.delayMs = 20;
    m_network->enqueue(response);
    auto *context = new QObject;
    int calls = 0;
    m_client->execute(QStringLiteral("CurrentUser"), {}, context,
                      [&calls](const GraphQlClient::Response &) { ++calls; });
    delete context;
    QTest::qWait(100);
    QCOMPARE(calls, 0);
    QCOMPARE(m_network->requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestGraphQlClient)
#include "tst_graphqlclient.moc"

void TestGraphQlClient::aReadIsRetriedWithBackoffAfterATransientFailure() {
    m_client->setReadRetries(2, 50);
    QSignalSpy retrying(m_client, &GraphQlClient::retrying);
    m_network->enqueue(htmlResponse(502, "<html>Bad Gateway</html>"));
    m_network->enqueue(
        FakeNetworkAccessManager::json(R"({"data":{"currentUser":{"email":"a@b.c"}}})"));
    const GraphQlClient::Response response = run();
    QVERIFY2(!response.error, qPrintable(response.error.message));
    QCOMPARE(m_network->requests().size(), 2);
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(retrying.constFirst().at(1).toInt(), 1);
}

void TestGraphQlClient::readRetriesHaveALimit() {
    m_client->setReadRetries(2, 20);
    for (int i = 0; i < 3; ++i) {
        FakeNetworkAccessManager::Response failure;
        failure.error = QNetworkReply::RemoteHostClosedError;
        m_network->enqueue(failure);
    }
    m_network->enqueue(FakeNetworkAccessManager::json(R"({"data":{}})")); // never asked for
    QElapsedTimer timer;
    timer.start();
    const GraphQlClient::Response response = run();
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QCOMPARE(m_network->requests().size(), 3);
    QVERIFY2(response.error.message.contains(QLatin1String("3 time")),
             qPrintable(response.error.message));
    QVERIFY(timer.elapsed() >= 20 + 60); // backoff: 20 ms, then 60 ms
}

void TestGraphQlClient::aMutationIsNeverRetried() {
    m_client->setReadRetries(2, 20);
    m_network->enqueue(htmlResponse(502, "<html>Bad Gateway</html>"));
    m_network->enqueue(FakeNetworkAccessManager::json(R"({"data":{}})")); // never asked for
    const GraphQlClient::Response response =
        run(QStringLiteral("CreateAccessToken"),
            QJsonObject{{QStringLiteral("description"), QStringLiteral("x")}});
    QCOMPARE(response.error.kind, ApiError::Kind::Http);
    QTest::qWait(200);
    QCOMPARE(m_network->requests().size(), 1);
    QVERIFY2(response.error.message.contains(QLatin1String("did not send it again")),
             qPrintable(response.error.message));
}

void TestGraphQlClient::sendHeld(int count, int capMs) {
    m_client->setAfterBodiesCap(capMs);
    m_network->setHoldBodies(true);
    FakeNetworkAccessManager::Response hanging = FakeNetworkAccessManager::json("{}");
    hanging.hang = true;
    for (int i = 0; i < count; ++i) {
        m_network->enqueue(hanging);
        m_client->execute(QStringLiteral("CurrentUser"), {}, this, [](const auto &) {});
    }
}

// Qt's network thread asks for a request's body later, through the main thread, and reports it
// written the same way: what waits for the bodies runs once they are written out, not before.
void TestGraphQlClient::afterBodiesSentWaitsForTheBodies() {
    sendHeld(2, 60000); // only the bodies end the wait here
    int runs = 0;
    m_client->afterBodiesSent(this, [&runs] { ++runs; });
    QCoreApplication::processEvents();
    QCOMPARE(runs, 0);
    QCOMPARE(m_network->releaseBodies(), 2);
    QVERIFY(m_network->requests().at(1).body.contains("CurrentUser"));
    QCOMPARE(runs, 0); // after the event that reported them written
    QTRY_COMPARE_WITH_TIMEOUT(runs, 1, 1000);
    // Nothing waiting: at once.
    m_client->afterBodiesSent(this, [&runs] { ++runs; });
    QCOMPARE(runs, 2);
    QTest::qWait(50);
    QCOMPARE(runs, 2);
}

// A body that is not asked for (a connection still being made) holds nothing back for long.
void TestGraphQlClient::afterBodiesSentHasACap() {
    sendHeld(1, 50);
    int runs = 0;
    QElapsedTimer timer;
    timer.start();
    m_client->afterBodiesSent(this, [&runs] { ++runs; });
    QTRY_COMPARE_WITH_TIMEOUT(runs, 1, 2000);
    QVERIFY(timer.elapsed() >= 45);          // a coarse timer may fire up to 5 % early
    QCOMPARE(m_network->releaseBodies(), 1); // read late: runs nothing twice
    QTest::qWait(100);
    QCOMPARE(runs, 1);
}

void TestGraphQlClient::afterBodiesSentIsCancelledWithItsContext() {
    sendHeld(1, 50);
    int runs = 0;
    auto *context = new QObject;
    m_client->afterBodiesSent(context, [&runs] { ++runs; });
    delete context;
    m_network->releaseBodies();
    QTest::qWait(100);
    QCOMPARE(runs, 0);
}

// A page's peek sends the next request: the answer is parsed and handed over only once that
// request's body has left, so the server works on it meanwhile.
void TestGraphQlClient::aPeeksRequestLeavesBeforeTheAnswerIsParsed() {
    m_client->setAfterBodiesCap(60000);
    m_network->setHoldBodies(true);
    m_network->enqueue(
        FakeNetworkAccessManager::json(R"({"data":{"currentUser":{"email":"a@b.c"}}})"));
    FakeNetworkAccessManager::Response hanging = FakeNetworkAccessManager::json("{}");
    hanging.hang = true;
    m_network->enqueue(hanging);
    QStringList order;
    GraphQlClient::Response first;
    m_client->execute(
        QStringLiteral("CurrentUser"), {}, this,
        [&](const GraphQlClient::Response &response) {
            first = response;
            order << QStringLiteral("answer");
        },
        [&](const QByteArray &) {
            order << QStringLiteral("peek");
            m_client->execute(QStringLiteral("CurrentUser"), {}, this, [](const auto &) {});
        });
    QCOMPARE(m_network->releaseBodies(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(order, QStringList{QStringLiteral("peek")}, 1000);
    QCOMPARE(m_network->requests().size(), 2);
    QCoreApplication::processEvents();
    QCOMPARE(order, QStringList{QStringLiteral("peek")});
    QCOMPARE(m_network->releaseBodies(), 1);
    order << QStringLiteral("body read");
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 1000);
    QCOMPARE(order, (QStringList{QStringLiteral("peek"), QStringLiteral("body read"),
                                 QStringLiteral("answer")}));
    QVERIFY2(!first.error, qPrintable(first.error.message));
    QCOMPARE(
        first.data.value(QLatin1String("currentUser")).toObject().value(QLatin1String("email")),
        QStringLiteral("a@b.c"));
}
