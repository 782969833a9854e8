// AuditEventModel and AuditApi against a scripted server: the query's `where` for each filter,
// pages of at most 100 fetched only as the view asks (fetchMore), newest first as the server
// gives them, the actions seen offered as choices, and a page refused for its estimated cost
// asked again smaller without a word (only the smallest refused is a failure); while the view
// shows the end, the next page is asked for as a page comes, and fetchMore() takes its answer.
#include "AuditApi.h"
#include "AuditEventModel.h"
#include "FakeApi.h"
#include "FakeAuditServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
QJsonObject bodyOf(const FakeNetworkAccessManager::Recorded &request) {
    return QJsonDocument::fromJson(request.body).object();
}

// Event i of a server of events newest first, one a minute back from a fixed time; every 7th a
// FAILURE, actions cycling through three.
QJsonObject eventNode(int i) {
    static const QString actions[] = {u"create.token"_s, u"delete.token"_s, u"read.audit.logs"_s};
    const QDateTime newest(QDate(2026, 12, 5), QTime(8, 0), QTimeZone::utc());
    return QJsonObject{
        {u"id"_s, QStringLiteral("e%1").arg(i)},
        {u"user"_s, QJsonObject{{u"email"_s, QStringLiteral("u%1@moderne.example").arg(i % 4)}}},
        {u"target"_s, i % 3 == 2 ? u"audit.logs"_s : u"access.tokens"_s},
        {u"action"_s, actions[i % 3]},
        {u"actionType"_s, u"CREATE"_s},
        {u"outcome"_s, i % 7 == 0 ? u"FAILURE"_s : u"SUCCESS"_s},
        {u"description"_s, QStringLiteral("Event %1").arg(i)},
        {u"timestamp"_s, newest.addSecs(-60 * i).toString(Qt::ISODate)}};
}

// A server of `total` such events (250 unless changed), refusing for cost any page larger than
// `maxFirst`.
struct AuditServer : FakeAuditServer {
    AuditServer() { node = eventNode; }
};

// A model reading from an AuditServer that refuses a page of more than `maxFirst` events as
// too costly, and the model's load failures.
struct CostCappedAudit {
    explicit CostCappedAudit(int maxFirst) {
        server.maxFirst = maxFirst;
        fake.network.setHandler(std::ref(server));
    }
    FakeApi fake;
    AuditServer server;
    AuditEventModel model{fake.api.audit()};
    QSignalSpy failed{&model, &AuditEventModel::loadFailed};
};
} // namespace

class TestAuditEventModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void whereOfEachFilter();
    void pagesComeAsTheViewAsks();
    void theNextPageIsReadAheadWhileTheViewShowsTheEnd();
    void aCostRefusalLowersThePageSizeSilently();
    void aRefusalAtTheSmallestSizeIsReported();
    void aFinishedExportIsFetchedFromTheApiOriginOnly();
    void exportStatesAreParsed();
};

void TestAuditEventModel::whereOfEachFilter() {
    QCOMPARE(AuditApi::where({}), QJsonObject());
    AuditFilter filter;
    filter.since = QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc());
    filter.until = QDateTime(QDate(2026, 12, 2), QTime(0, 0), QTimeZone::utc());
    filter.actorEmail = QStringLiteral(" Ada@ ");
    filter.target = QStringLiteral("access.tokens");
    filter.action = QStringLiteral("create.token");
    filter.outcome = QStringLiteral("FAILURE");
    filter.text = QStringLiteral("CI");
    const QJsonObject where = AuditApi::where(filter);
    const QJsonObject timestamp = where.value(u"timestamp"_s).toObject();
    QCOMPARE(QDateTime::fromString(timestamp.value(u"_gte"_s).toString(), Qt::ISODate),
             *filter.since);
    QCOMPARE(QDateTime::fromString(timestamp.value(u"_lte"_s).toString(), Qt::ISODate),
             *filter.until);
    QCOMPARE(where.value(u"user"_s).toObject().value(u"email"_s).toObject(),
             (QJsonObject{{u"_icontains"_s, u"Ada@"_s}}));
    QCOMPARE(where.value(u"target"_s).toObject(), (QJsonObject{{u"_eq"_s, u"access.tokens"_s}}));
    QCOMPARE(where.value(u"action"_s).toObject(), (QJsonObject{{u"_eq"_s, u"create.token"_s}}));
    QCOMPARE(where.value(u"outcome"_s).toObject(), (QJsonObject{{u"_eq"_s, u"FAILURE"_s}}));
    QCOMPARE(where.value(u"description"_s).toObject(), (QJsonObject{{u"_icontains"_s, u"CI"_s}}));
    QCOMPARE(where.size(), 6);

    // A token's history: its id or description in the description or the target, any of them.
    AuditFilter history;
    history.mentions = {u"pat-7"_s, u" deploy "_s, u"  "_s};
    const QJsonObject historyWhere = AuditApi::where(history);
    QCOMPARE(historyWhere.size(), 1);
    const QJsonArray anyOf = historyWhere.value(u"_or"_s).toArray();
    QCOMPARE(anyOf.size(), 4);
    QCOMPARE(anyOf.at(0).toObject(),
             (QJsonObject{{u"description"_s, QJsonObject{{u"_icontains"_s, u"pat-7"_s}}}}));
    QCOMPARE(anyOf.at(1).toObject(),
             (QJsonObject{{u"target"_s, QJsonObject{{u"_icontains"_s, u"pat-7"_s}}}}));
    QCOMPARE(anyOf.at(2).toObject(),
             (QJsonObject{{u"description"_s, QJsonObject{{u"_icontains"_s, u"deploy"_s}}}}));
    QCOMPARE(anyOf.at(3).toObject(),
             (QJsonObject{{u"target"_s, QJsonObject{{u"_icontains"_s, u"deploy"_s}}}}));
}

void TestAuditEventModel::pagesComeAsTheViewAsks() {
    FakeApi fake;
    AuditServer server;
    fake.network.setHandler(std::ref(server));
    AuditEventModel model(fake.api.audit());
    auto tester = modelTester(&model);
    QVERIFY(!model.canFetchMore());
    AuditFilter filter;
    filter.outcome = QStringLiteral("FAILURE");
    model.setFilter(filter);
    model.reload();
    QTRY_COMPARE(model.rowCount(), 100);
    QCOMPARE(fake.network.requests().size(), 1);
    const QJsonObject body = bodyOf(fake.network.requests().constFirst());
    QCOMPARE(body.value(u"operationName"_s).toString(), QStringLiteral("AuditLogs"));
    const QJsonObject variables = body.value(u"variables"_s).toObject();
    QCOMPARE(variables.value(u"first"_s).toInt(), 100);
    QCOMPARE(variables.value(u"where"_s).toObject().value(u"outcome"_s).toObject(),
             (QJsonObject{{u"_eq"_s, u"FAILURE"_s}}));
    QCOMPARE(model.totalCount(), 250);
    QCOMPARE(model.index(0, AuditEventModel::DescriptionColumn).data().toString(),
             QStringLiteral("Event 0"));
    QVERIFY(model.index(0, 0).data(AuditEventModel::FailureRole).toBool());
    QVERIFY(!model.index(1, 0).data(AuditEventModel::FailureRole).toBool());
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"2026-12-05T08:00:00"_s));
    QCOMPARE(model.actionsSeen(),
             (QStringList{u"create.token"_s, u"delete.token"_s, u"read.audit.logs"_s}));
    // Nothing more until the view asks.
    QTest::qWait(50);
    QCOMPARE(fake.network.requests().size(), 1);
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    model.fetchMore(); // one page on its way: not asked twice
    QTRY_COMPARE(model.rowCount(), 200);
    QCOMPARE(fake.network.requests().size(), 2);
    QCOMPARE(
        bodyOf(fake.network.requests().at(1)).value(u"variables"_s).toObject().value(u"after"_s),
        QJsonValue(u"100"_s));
    model.fetchMore();
    QTRY_COMPARE(model.rowCount(), 250);
    QTRY_VERIFY(!model.canFetchMore());
    QCOMPARE(fake.network.requests().size(), 3);
}

void TestAuditEventModel::theNextPageIsReadAheadWhileTheViewShowsTheEnd() {
    FakeApi fake;
    AuditServer server;
    fake.network.setHandler(std::ref(server));
    AuditEventModel model(fake.api.audit());
    auto tester = modelTester(&model);
    bool atEnd = false;
    model.setReadAhead([&] { return atEnd; });
    const auto variablesOf = [&](int request) {
        return bodyOf(fake.network.requests().at(request)).value(u"variables"_s).toObject();
    };
    model.reload();
    QTRY_COMPARE(model.rowCount(), 100);
    QTest::qWait(50);
    QCOMPARE(fake.network.requests().size(), 1); // the view is not at the end: nothing ahead

    // At the end: the page that comes asks for the next one at once; its rows wait for the view.
    atEnd = true;
    model.fetchMore();
    QTRY_COMPARE(model.rowCount(), 200);
    QCOMPARE(fake.network.requests().size(), 3);
    QCOMPARE(variablesOf(2).value(u"after"_s), QJsonValue(u"200"_s));
    QVERIFY(!model.isLoading());
    QVERIFY(model.canFetchMore());
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 200);
    model.fetchMore();
    model.fetchMore(); // one page on its way: not asked twice
    QTRY_COMPARE(model.rowCount(), 250);
    QCOMPARE(fake.network.requests().size(), 3); // the answer read ahead, nothing more to read
    QVERIFY(!model.canFetchMore());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.event(row).id, QStringLiteral("e%1").arg(row));
    QCOMPARE(model.totalCount(), 250);

    // A reload drops the page read ahead for the last filter: the next rows are the new filter's.
    model.reload();
    QTRY_COMPARE(model.rowCount(), 100);
    QCOMPARE(fake.network.requests().size(), 5); // the first page, and the second ahead
    AuditFilter failures;
    failures.outcome = QStringLiteral("FAILURE");
    model.setFilter(failures);
    model.reload(); // before the second page's answer came
    QTRY_COMPARE(model.rowCount(), 100);
    QCOMPARE(fake.network.requests().size(), 7);
    QCOMPARE(variablesOf(6).value(u"after"_s), QJsonValue(u"100"_s));
    QCOMPARE(variablesOf(6).value(u"where"_s).toObject().value(u"outcome"_s).toObject(),
             (QJsonObject{{u"_eq"_s, u"FAILURE"_s}}));
    model.fetchMore();
    QTRY_COMPARE(model.rowCount(), 200);
    QCOMPARE(fake.network.requests().size(), 8); // the third page ahead, nothing asked twice
    QCOMPARE(variablesOf(7).value(u"where"_s).toObject().value(u"outcome"_s).toObject(),
             (QJsonObject{{u"_eq"_s, u"FAILURE"_s}}));

    // A page read ahead that failed is asked for again when the view wants it.
    fake.client.setReadRetries(0, 0);
    server.failAfter = 100;
    model.reload();
    QTRY_COMPARE(model.rowCount(), 100);
    QTRY_COMPARE(fake.network.unfinishedReplies(), 0); // the second page, read ahead, failed
    const qsizetype sent = fake.network.requests().size();
    server.failAfter = -1;
    QSignalSpy failed(&model, &AuditEventModel::loadFailed);
    model.fetchMore();
    QTRY_COMPARE(model.rowCount(), 200);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(variablesOf(int(sent)).value(u"after"_s), QJsonValue(u"100"_s));
}

void TestAuditEventModel::aCostRefusalLowersThePageSizeSilently() {
    CostCappedAudit audit(30);
    auto &[fake, server, model, failed] = audit;
    model.reload();
    QTRY_COMPARE(model.rowCount(), 25);
    QCOMPARE(model.pageSize(), 25);
    QCOMPARE(server.refusals, 2); // 100, 50, then 25 accepted
    model.fetchMore();
    QTRY_COMPARE(model.rowCount(), 50);
    QCOMPARE(server.refusals, 2); // the next page asks for 25 at once
    QCOMPARE(failed.count(), 0);
}

void TestAuditEventModel::aRefusalAtTheSmallestSizeIsReported() {
    CostCappedAudit audit(0);
    auto &[fake, server, model, failed] = audit;
    model.reload();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.constFirst().constFirst().toString().contains(u"exceeded"_s));
    QCOMPARE(model.pageSize(), int(AuditEventModel::MinPageSize));
    QCOMPARE(model.rowCount(), 0);
}

void TestAuditEventModel::aFinishedExportIsFetchedFromTheApiOriginOnly() {
    FakeApi fake;
    QCOMPARE(fake.client.resolveFileUrl(u"/audit-logs/downloads/42"_s),
             QUrl(u"https://api.acme.moderne.io/audit-logs/downloads/42"_s));
    QCOMPARE(fake.client.resolveFileUrl(u"audit-logs/downloads/42"_s),
             QUrl(u"https://api.acme.moderne.io/audit-logs/downloads/42"_s));
    QVERIFY(fake.client.resolveFileUrl(u"https://elsewhere.example/x"_s).isEmpty());
    QVERIFY(fake.client.resolveFileUrl(u"//elsewhere.example/x"_s).isEmpty());
    QVERIFY(fake.client.resolveFileUrl(u"http://api.acme.moderne.io/x"_s).isEmpty());

    fake.network.enqueue({200, "User,Target\r\n", {{"Content-Type", "text/csv"}}});
    std::optional<ApiResult<QByteArray>> got;
    fake.api.audit()->fetchExport(u"/audit-logs/downloads/42"_s, &fake.client,
                                  [&](const ApiResult<QByteArray> &result) { got = result; });
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->value.value_or(QByteArray()), QByteArrayLiteral("User,Target\r\n"));
    const auto &request = fake.network.requests().constLast();
    QCOMPARE(request.operation, QNetworkAccessManager::GetOperation);
    QCOMPARE(request.request.rawHeader("Authorization"), QByteArrayLiteral("Bearer bearer"));

    got.reset();
    const int sent = int(fake.network.requests().size());
    fake.api.audit()->fetchExport(u"https://elsewhere.example/steal"_s, &fake.client,
                                  [&](const ApiResult<QByteArray> &result) { got = result; });
    QTRY_VERIFY(got.has_value());
    QVERIFY(got->error);
    QCOMPARE(int(fake.network.requests().size()), sent);
}

void TestAuditEventModel::exportStatesAreParsed() {
    QString error;
    auto parse = [&](const QString &json) {
        return AuditApi::parseStatus(QJsonDocument::fromJson(json.toUtf8()).object(), &error);
    };
    auto processing = parse(
        uR"({"auditLogsDownloads":{"edges":[{"node":{"__typename":"AuditLogsDownloadProcessing","id":"d1","format":"CSV","startedAt":"2026-12-05T08:00:00Z"}}]}})"_s);
    QVERIFY(processing);
    QCOMPARE(processing->state, AuditLogsDownload::State::Processing);
    auto finished = parse(
        uR"({"auditLogsDownloads":{"edges":[{"node":{"__typename":"AuditLogsDownloadFinished","id":"d1","format":"CEF","startedAt":"2026-12-05T08:00:00Z","finishedAt":"2026-12-05T08:00:02Z","downloadUrl":"/audit-logs/downloads/d1"}}]}})"_s);
    QVERIFY(finished);
    QCOMPARE(finished->state, AuditLogsDownload::State::Finished);
    QCOMPARE(finished->downloadUrl, QStringLiteral("/audit-logs/downloads/d1"));
    auto failed = parse(
        uR"({"auditLogsDownloads":{"edges":[{"node":{"__typename":"AuditLogsDownloadError","id":"d1","startedAt":"2026-12-05T08:00:00Z","finishedAt":"2026-12-05T08:00:02Z","message":"since is after until"}}]}})"_s);
    QVERIFY(failed);
    QCOMPARE(failed->state, AuditLogsDownload::State::Error);
    QCOMPARE(failed->message, QStringLiteral("since is after until"));
    QVERIFY(!parse(uR"({"auditLogsDownloads":{"edges":[]}})"_s));
    QVERIFY(!parse(
        uR"({"auditLogsDownloads":{"edges":[{"node":{"__typename":"AuditLogsDownloadFinished","id":"d1"}}]}})"_s));
}

QTEST_GUILESS_MAIN(TestAuditEventModel)
#include "tst_auditeventmodel.moc"
