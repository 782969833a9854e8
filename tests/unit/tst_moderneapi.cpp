#include "ApiParsing.h"
#include "FakeNetworkAccessManager.h"
#include "GraphQlClient.h"
#include "ModerneApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

namespace {
QJsonObject parseObject(const char *json) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return document.object();
}

// For the *Malformed tests: the row's "json" is refused by `parse`, with a reason.
template <typename Parse> void verifyRefused(Parse parse) {
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!parse(parseObject(json.constData()), &error).has_value());
    QVERIFY(!error.isEmpty());
}

// The rows the *Malformed tables of an answer with one root `field` start with: without it,
// with it null, and with it an empty object.
void addRootFieldRows(const QByteArray &field) {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no field") << QByteArray("{}");
    QTest::newRow("field null") << "{\"" + field + "\":null}";
    QTest::newRow("field empty") << "{\"" + field + "\":{}}";
}

const char *TokensPage = R"({
  "currentUser": {
    "tokens": {
      "count": 3,
      "edges": [
        {"node": {"id": "tok-1", "description": "Moderne CLI",
                  "created": "2026-11-20T09:15:00.123Z",
                  "expiresAt": "2026-12-20T09:15:00Z"}, "cursor": "Y3Vyc29yOjE="},
        {"node": {"id": "tok-2", "description": null, "created": "2026-10-01T00:00:00+02:00",
                  "expiresAt": null}, "cursor": "Y3Vyc29yOjI="}
      ],
      "pageInfo": {"hasNextPage": true, "endCursor": "Y3Vyc29yOjI="}
    }
  }
})";

const QRegularExpression
    Rfc3339(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$)"));
} // namespace

class TestModerneApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseTokensPage();
    void parseLastTokensPage();
    void parseTokensPageMalformed_data();
    void parseTokensPageMalformed();
    void parseCreatedAccessToken();
    void parseCreatedAccessTokenMalformed_data();
    void parseCreatedAccessTokenMalformed();
    void parseRevoke_data();
    void parseRevoke();
    void parseRevokeMalformed_data();
    void parseRevokeMalformed();
    void parseScmConnections();
    void parseScmConnectionsMalformed_data();
    void parseScmConnectionsMalformed();
    void parseCurrentUser();
    void parseDateTime_data();
    void parseDateTime();
    void toRfc3339_data();
    void toRfc3339();
    void createAccessTokenSendsExpiryOnlyWhenGiven();
    void accessTokensVariables();
    void graphQlErrorBecomesResultError();
    void malformedDataBecomesBadResponse();
};

void TestModerneApi::parseTokensPage() {
    QString error;
    const auto page = AccessTokenApi::parseMyTokens(parseObject(TokensPage), &error);
    QVERIFY2(page.has_value(), qPrintable(error));
    QCOMPARE(page->totalCount, 3);
    QVERIFY(page->hasNextPage);
    QCOMPARE(page->endCursor, QStringLiteral("Y3Vyc29yOjI="));
    QCOMPARE(page->items.size(), 2);

    const AccessToken &first = page->items.at(0);
    QCOMPARE(first.id, QStringLiteral("tok-1"));
    QCOMPARE(first.description, QStringLiteral("Moderne CLI"));
    QCOMPARE(first.created, QDateTime(QDate(2026, 11, 20), QTime(9, 15, 0, 123), QTimeZone::utc()));
    QVERIFY(first.expiresAt.has_value());
    QCOMPARE(*first.expiresAt, QDateTime(QDate(2026, 12, 20), QTime(9, 15), QTimeZone::utc()));

    const AccessToken &second = page->items.at(1);
    QCOMPARE(second.id, QStringLiteral("tok-2"));
    QVERIFY(second.description.isEmpty());
    QVERIFY(!second.expiresAt.has_value()); // null: never expires
    QCOMPARE(second.created, QDateTime(QDate(2026, 9, 30), QTime(22, 0), QTimeZone::utc()));
}

void TestModerneApi::parseLastTokensPage() {
    QString error;
    const auto page = AccessTokenApi::parseMyTokens(
        parseObject(R"({"currentUser":{"tokens":{"count":0,"edges":[],)"
                    R"("pageInfo":{"hasNextPage":false,"endCursor":null}}}})"),
        &error);
    QVERIFY2(page.has_value(), qPrintable(error));
    QVERIFY(page->items.isEmpty());
    QVERIFY(!page->hasNextPage);
    QCOMPARE(page->totalCount, 0);
}

void TestModerneApi::parseTokensPageMalformed_data() {
    addRootFieldRows("currentUser");
    QTest::newRow("missing id") << QByteArray(
        R"({"currentUser":{"tokens":{"count":1,"edges":[{"node":)"
        R"({"description":"x","created":"2026-11-20T09:15:00Z"}}],)"
        R"("pageInfo":{"hasNextPage":false}}}})");
    QTest::newRow("empty id") << QByteArray(
        R"({"currentUser":{"tokens":{"count":1,"edges":[{"node":)"
        R"({"id":"","created":"2026-11-20T09:15:00Z"}}],"pageInfo":{}}}})");
    QTest::newRow("missing created")
        << QByteArray(R"({"currentUser":{"tokens":{"count":1,"edges":[{"node":)"
                      R"({"id":"tok-1","description":"x"}}],"pageInfo":{"hasNextPage":false}}}})");
    QTest::newRow("created not a date")
        << QByteArray(R"({"currentUser":{"tokens":{"count":1,"edges":[{"node":)"
                      R"({"id":"tok-1","created":"yesterday"}}],"pageInfo":{}}}})");
    QTest::newRow("created a number")
        << QByteArray(R"({"currentUser":{"tokens":{"count":1,"edges":[{"node":)"
                      R"({"id":"tok-1","created":1763630100}}],"pageInfo":{}}}})");
    QTest::newRow("expiresAt not a date")
        << QByteArray(R"({"currentUser":{"tokens":{"count":1,"edges":[{"node":)"
                      R"({"id":"tok-1","created":"2026-11-20T09:15:00Z","expiresAt":"soon"}}],)"
                      R"("pageInfo":{}}}})");
    QTest::newRow("hasNextPage without endCursor")
        << QByteArray(R"({"currentUser":{"tokens":{"count":5,"edges":[],)"
                      R"("pageInfo":{"hasNextPage":true}}}})");
    QTest::newRow("hasNextPage with null endCursor")
        << QByteArray(R"({"currentUser":{"tokens":{"count":5,"edges":[],)"
                      R"("pageInfo":{"hasNextPage":true,"endCursor":null}}}})");
}

void TestModerneApi::parseTokensPageMalformed() {
    verifyRefused(&AccessTokenApi::parseMyTokens);
}

void TestModerneApi::parseCreatedAccessToken() {
    QString error;
    const auto created = AccessTokenApi::parseCreated(
        parseObject(R"({"createAccessToken":{"id":"tok-9","token":"mat-SECRET-VALUE",)"
                    R"("description":"CI","created":"2026-11-22T10:00:00Z",)"
                    R"("expiresAt":"2027-02-20T10:00:00Z"}})"),
        &error);
    QVERIFY2(created.has_value(), qPrintable(error));
    QCOMPARE(created->token.id, QStringLiteral("tok-9"));
    QCOMPARE(created->token.description, QStringLiteral("CI"));
    QVERIFY(created->value == QByteArrayLiteral("mat-SECRET-VALUE"));
    QCOMPARE(created->token.created,
             QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc()));
    QCOMPARE(created->token.expiresAt,
             std::optional(QDateTime(QDate(2027, 2, 20), QTime(10, 0), QTimeZone::utc())));

    const auto noExpiry = AccessTokenApi::parseCreated(
        parseObject(R"({"createAccessToken":{"id":"tok-10","token":"v",)"
                    R"("created":"2026-11-22T10:00:00Z","expiresAt":null}})"),
        &error);
    QVERIFY(noExpiry.has_value());
    QVERIFY(!noExpiry->token.expiresAt.has_value());
}

void TestModerneApi::parseCreatedAccessTokenMalformed_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no createAccessToken") << QByteArray(R"({"createAccessToken":null})");
    QTest::newRow("missing token value")
        << QByteArray(R"({"createAccessToken":{"id":"t","created":"2026-11-22T10:00:00Z"}})");
    QTest::newRow("empty token value") << QByteArray(
        R"({"createAccessToken":{"id":"t","token":"","created":"2026-11-22T10:00:00Z"}})");
    QTest::newRow("missing id") << QByteArray(
        R"({"createAccessToken":{"token":"v","created":"2026-11-22T10:00:00Z"}})");
    QTest::newRow("missing created")
        << QByteArray(R"({"createAccessToken":{"id":"t","token":"v"}})");
}

void TestModerneApi::parseCreatedAccessTokenMalformed() {
    verifyRefused(&AccessTokenApi::parseCreated);
}

void TestModerneApi::parseRevoke_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("expected");
    QTest::newRow("true") << QByteArray(R"({"revokeAccessToken":true})") << true;
    QTest::newRow("false") << QByteArray(R"({"revokeAccessToken":false})") << false;
}

void TestModerneApi::parseRevoke() {
    QFETCH(QByteArray, json);
    QFETCH(bool, expected);
    QString error;
    const auto result = AccessTokenApi::parseRevoke(parseObject(json.constData()), &error);
    QVERIFY2(result.has_value(), qPrintable(error));
    QCOMPARE(*result, expected);
}

void TestModerneApi::parseRevokeMalformed_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("missing") << QByteArray(R"({})");
    QTest::newRow("null") << QByteArray(R"({"revokeAccessToken":null})");
    QTest::newRow("string") << QByteArray(R"({"revokeAccessToken":"true"})");
    QTest::newRow("number") << QByteArray(R"({"revokeAccessToken":1})");
    QTest::newRow("object") << QByteArray(R"({"revokeAccessToken":{"ok":true}})");
}

void TestModerneApi::parseRevokeMalformed() {
    verifyRefused(&AccessTokenApi::parseRevoke);
}

void TestModerneApi::parseScmConnections() {
    const char *json = R"({"scmConnections":[
      {"__typename":"GithubConnection","resourceId":"github.com","isAuthorized":true,
       "tokens":[{"created":"2026-11-22T08:00:00Z","expiresAt":"2026-11-22T16:00:00Z"}]},
      {"__typename":"GitLabConnection","resourceId":"gitlab.com","isAuthorized":false,"tokens":[]},
      {"__typename":"BitbucketConnection","resourceId":"bitbucket.example.com","isAuthorized":true,
       "tokens":[{"created":"2026-11-01T00:00:00Z","expiresAt":null}]},
      {"__typename":"BitbucketCloudConnection","resourceId":"bitbucket.org","isAuthorized":false,
       "tokens":null},
      {"__typename":"AzureDevOpsConnection","resourceId":"dev.azure.com","isAuthorized":true,
       "tokens":[{"created":"2026-10-01T00:00:00Z","expiresAt":"2026-10-02T00:00:00Z"},
                 {"created":"2026-11-01T00:00:00Z","expiresAt":"2026-12-01T00:00:00Z"}]}
    ]})";
    QString error;
    const auto connections = ScmApi::parseScmConnections(parseObject(json), &error);
    QVERIFY2(connections.has_value(), qPrintable(error));
    QCOMPARE(connections->size(), 5);
    QStringList types, origins;
    for (const ScmConnection &connection : *connections) {
        types << connection.typeName;
        origins << connection.origin;
    }
    QCOMPARE(types,
             QStringList({QStringLiteral("GithubConnection"), QStringLiteral("GitLabConnection"),
                          QStringLiteral("BitbucketConnection"),
                          QStringLiteral("BitbucketCloudConnection"),
                          QStringLiteral("AzureDevOpsConnection")}));
    QCOMPARE(origins,
             QStringList({QStringLiteral("github.com"), QStringLiteral("gitlab.com"),
                          QStringLiteral("bitbucket.example.com"), QStringLiteral("bitbucket.org"),
                          QStringLiteral("dev.azure.com")}));
    const ScmConnection &github = connections->at(0);
    QVERIFY(github.isAuthorized);
    QCOMPARE(github.tokens.size(), 1);
    QCOMPARE(github.tokens.at(0).expiresAt,
             QDateTime(QDate(2026, 11, 22), QTime(16, 0), QTimeZone::utc()));
    QVERIFY(!connections->at(1).isAuthorized);
    QVERIFY(connections->at(1).tokens.isEmpty());
    QVERIFY(!connections->at(2).tokens.at(0).expiresAt.isValid());
    QVERIFY(connections->at(3).tokens.isEmpty());
    QCOMPARE(connections->at(4).tokens.size(), 2);

    const auto none = ScmApi::parseScmConnections(parseObject(R"({"scmConnections":[]})"), &error);
    QVERIFY(none.has_value());
    QVERIFY(none->isEmpty());
}

void TestModerneApi::parseScmConnectionsMalformed_data() {
    addRootFieldRows("scmConnections");
    QTest::newRow("missing resourceId") << QByteArray(
        R"({"scmConnections":[{"__typename":"GithubConnection","isAuthorized":true}]})");
    QTest::newRow("token expiry not a date") << QByteArray(
        R"({"scmConnections":[{"__typename":"GithubConnection","resourceId":"github.com",)"
        R"("isAuthorized":true,"tokens":[{"created":"2026-11-20T09:15:00Z","expiresAt":"x"}]}]})");
    QTest::newRow("token without created") << QByteArray(
        R"({"scmConnections":[{"__typename":"GithubConnection","resourceId":"github.com",)"
        R"("isAuthorized":true,"tokens":[{"expiresAt":"2026-11-20T09:15:00Z"}]}]})");
}

void TestModerneApi::parseScmConnectionsMalformed() {
    verifyRefused(&ScmApi::parseScmConnections);
}

void TestModerneApi::parseCurrentUser() {
    QString error;
    const auto user = UserApi::parseCurrentUser(
        parseObject(R"({"currentUser":{"email":"jane@acme.test","username":"jane","role":"ADMIN",)"
                    R"("lastActive":"2026-11-22T10:00:00Z"}})"),
        &error);
    QVERIFY2(user.has_value(), qPrintable(error));
    QCOMPARE(user->email, QStringLiteral("jane@acme.test"));
    QCOMPARE(user->username, QStringLiteral("jane"));
    QCOMPARE(user->role, QStringLiteral("ADMIN"));
    QVERIFY(user->lastActive.has_value());

    QVERIFY(!UserApi::parseCurrentUser(parseObject(R"({"currentUser":{"username":"x"}})"), &error));
    QVERIFY(!error.isEmpty());
}

void TestModerneApi::parseDateTime_data() {
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected"); // invalid = nullopt
    const QDateTime instant(QDate(2026, 12, 22), QTime(17, 4, 5), QTimeZone::utc());
    QTest::newRow("Z") << QJsonValue(QStringLiteral("2026-12-22T17:04:05Z")) << instant;
    QTest::newRow("offset") << QJsonValue(QStringLiteral("2026-12-22T18:04:05+01:00")) << instant;
    QTest::newRow("ms") << QJsonValue(QStringLiteral("2026-12-22T17:04:05.000Z")) << instant;
    QTest::newRow("microseconds") << QJsonValue(QStringLiteral("2026-12-22T17:04:05.000000Z"))
                                  << instant;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QDateTime();
    QTest::newRow("number") << QJsonValue(1798218245) << QDateTime();
    QTest::newRow("garbage") << QJsonValue(QStringLiteral("next tuesday")) << QDateTime();
    QTest::newRow("empty") << QJsonValue(QString()) << QDateTime();
}

void TestModerneApi::parseDateTime() {
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);
    const auto parsed = ApiParsing::dateTime(value);
    if (!expected.isValid()) {
        QVERIFY(!parsed.has_value());
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, expected);
}

void TestModerneApi::toRfc3339_data() {
    QTest::addColumn<QDateTime>("dateTime");
    QTest::addColumn<QString>("suffix");
    const QDate date(2026, 12, 22);
    const QTime time(18, 4, 5);
    QTest::newRow("+01:00") << QDateTime(date, time, QTimeZone(3600)) << QStringLiteral("+01:00");
    QTest::newRow("-05:30") << QDateTime(date, time, QTimeZone(-5 * 3600 - 1800))
                            << QStringLiteral("-05:30");
    QTest::newRow("UTC") << QDateTime(date, time, QTimeZone::utc()) << QString();
    QTest::newRow("local") << QDateTime(date, time) << QString();
}

void TestModerneApi::toRfc3339() {
    QFETCH(QDateTime, dateTime);
    QFETCH(QString, suffix);
    const QString text = ApiParsing::toRfc3339(dateTime);
    QVERIFY2(Rfc3339.match(text).hasMatch(), qPrintable(text));
    if (!suffix.isEmpty()) {
        QVERIFY2(text.endsWith(suffix), qPrintable(text));
        QVERIFY2(text.startsWith(QLatin1String("2026-12-22T18:04:05")), qPrintable(text));
    }
    if (dateTime.offsetFromUtc() == 0)
        QVERIFY2(text.endsWith(QLatin1Char('Z')) || text.endsWith(QLatin1String("+00:00")),
                 qPrintable(text));
    // The string names the same instant, and it keeps the offset of the input.
    const QDateTime back = QDateTime::fromString(text, Qt::ISODate);
    QVERIFY(back.isValid());
    QCOMPARE(back.toMSecsSinceEpoch(), dateTime.toMSecsSinceEpoch());
    QCOMPARE(back.offsetFromUtc(), dateTime.offsetFromUtc());
    QCOMPARE(ApiParsing::dateTime(QJsonValue(text)).value().toMSecsSinceEpoch(),
             dateTime.toMSecsSinceEpoch());
}

void TestModerneApi::createAccessTokenSendsExpiryOnlyWhenGiven() {
    FakeNetworkAccessManager network;
    GraphQlClient client(&network);
    client.setEndpoint(QUrl(QStringLiteral("https://api.acme.moderne.io/graphql")));
    client.setBearerToken("bearer");
    ModerneApi api(&client);
    const QByteArray answer = R"({"data":{"createAccessToken":{"id":"tok-1","token":"v",)"
                              R"("created":"2026-11-22T10:00:00Z","expiresAt":null}}})";
    network.enqueue(FakeNetworkAccessManager::json(answer));
    network.enqueue(FakeNetworkAccessManager::json(answer));

    int calls = 0;
    std::optional<CreatedAccessToken> created;
    api.tokens()->create(QStringLiteral("No expiry"), std::nullopt, this,
                         [&](const ApiResult<CreatedAccessToken> &result) {
                             ++calls;
                             created = result.value;
                         });
    const QDateTime expiry(QDate(2027, 1, 15), QTime(12, 0), QTimeZone(3600));
    api.tokens()->create(QStringLiteral("Expiring"), expiry, this,
                         [&](const ApiResult<CreatedAccessToken> &) { ++calls; });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 2, 3000);
    QVERIFY(created.has_value());
    QCOMPARE(created->token.id, QStringLiteral("tok-1"));

    QCOMPARE(network.requests().size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(network.requests().at(0).body).object();
    QCOMPARE(first.value(QLatin1String("operationName")).toString(),
             QStringLiteral("CreateAccessToken"));
    const QJsonObject firstVariables = first.value(QLatin1String("variables")).toObject();
    QCOMPARE(firstVariables.value(QLatin1String("description")).toString(),
             QStringLiteral("No expiry"));
    QVERIFY(!firstVariables.contains(QLatin1String("expiresAt")));

    const QJsonObject secondVariables = QJsonDocument::fromJson(network.requests().at(1).body)
                                            .object()
                                            .value(QLatin1String("variables"))
                                            .toObject();
    QCOMPARE(secondVariables.value(QLatin1String("description")).toString(),
             QStringLiteral("Expiring"));
    QCOMPARE(secondVariables.value(QLatin1String("expiresAt")).toString(),
             QStringLiteral("2027-01-15T12:00:00+01:00"));
}

void TestModerneApi::accessTokensVariables() {
    FakeNetworkAccessManager network;
    GraphQlClient client(&network);
    ModerneApi api(&client);
    const QByteArray answer = R"({"data":{"currentUser":{"tokens":{"count":0,"edges":[],)"
                              R"("pageInfo":{"hasNextPage":false}}}}})";
    network.enqueue(FakeNetworkAccessManager::json(answer));
    network.enqueue(FakeNetworkAccessManager::json(answer));
    int calls = 0;
    api.tokens()->myTokens(100, QString(), this, [&](const ApiResult<AccessTokenPage> &result) {
        QVERIFY(!result.error);
        ++calls;
    });
    api.tokens()->myTokens(50, QStringLiteral("abc"), this,
                           [&](const ApiResult<AccessTokenPage> &) { ++calls; });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 2, 3000);
    const auto variables = [&network](int i) {
        return QJsonDocument::fromJson(network.requests().at(i).body)
            .object()
            .value(QLatin1String("variables"))
            .toObject();
    };
    QCOMPARE(variables(0), QJsonObject({{QStringLiteral("first"), 100}}));
    QCOMPARE(variables(1), QJsonObject({{QStringLiteral("first"), 50},
                                        {QStringLiteral("after"), QStringLiteral("abc")}}));
}

void TestModerneApi::graphQlErrorBecomesResultError() {
    FakeNetworkAccessManager network;
    GraphQlClient client(&network);
    ModerneApi api(&client);
    network.enqueue(FakeNetworkAccessManager::json(
        R"({"errors":[{"message":"Access token not found"}],"data":{"revokeAccessToken":true}})"));
    std::optional<ApiResult<bool>> result;
    api.tokens()->revoke(QStringLiteral("tok-1"), this,
                         [&result](const ApiResult<bool> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 3000);
    QCOMPARE(result->error.kind, ApiError::Kind::GraphQl);
    QCOMPARE(result->error.message, QStringLiteral("Access token not found"));
    QVERIFY(!result->value.has_value()); // partial data is not a success
    const QJsonObject variables = QJsonDocument::fromJson(network.requests().constFirst().body)
                                      .object()
                                      .value(QLatin1String("variables"))
                                      .toObject();
    QCOMPARE(variables, QJsonObject({{QStringLiteral("id"), QStringLiteral("tok-1")}}));
}

void TestModerneApi::malformedDataBecomesBadResponse() {
    FakeNetworkAccessManager network;
    GraphQlClient client(&network);
    ModerneApi api(&client);
    network.enqueue(FakeNetworkAccessManager::json(R"({"data":{"revokeAccessToken":"yes"}})"));
    std::optional<ApiResult<bool>> result;
    api.tokens()->revoke(QStringLiteral("tok-1"), this,
                         [&result](const ApiResult<bool> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 3000);
    QCOMPARE(result->error.kind, ApiError::Kind::BadResponse);
    QVERIFY(!result->error.message.isEmpty());
    QVERIFY(!result->value.has_value());
}

QTEST_GUILESS_MAIN(TestModerneApi)
#include "tst_moderneapi.moc"
