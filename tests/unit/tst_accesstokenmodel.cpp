#include "AccessTokenModel.h"
#include "AccessTokenProxyModel.h"
#include "AccessTokenService.h"
#include "FakeApi.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {
const QDateTime Now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());

QString isoDate(const QDateTime &dateTime) {
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

// Serves currentUser.tokens with cursor paging over `count` generated tokens, like the platform:
// the cursor of token i is "cursor:i", and `after` starts right behind it.
class TokenServer {
public:
    int count = 0;
    QString prefix = QStringLiteral("tok");
    int delayMs = 0;
    int served = 0;

    FakeNetworkAccessManager::Response
    operator()(const FakeNetworkAccessManager::Recorded &recorded) {
        const QJsonObject body = QJsonDocument::fromJson(recorded.body).object();
        if (body.value(QLatin1String("operationName")).toString() != QLatin1String("AccessTokens"))
            return FakeNetworkAccessManager::json(R"({"errors":[{"message":"unexpected"}]})");
        const QJsonObject variables = body.value(QLatin1String("variables")).toObject();
        const int first = variables.value(QLatin1String("first")).toInt();
        int start = 0;
        if (variables.contains(QLatin1String("after"))) {
            const QString after = variables.value(QLatin1String("after")).toString();
            start = after.mid(after.indexOf(QLatin1Char(':')) + 1).toInt() + 1;
        }
        const int end = std::min(count, start + first);
        QJsonArray edges;
        for (int i = start; i < end; ++i) {
            const QJsonObject node{
                {QStringLiteral("id"), QStringLiteral("%1-%2").arg(prefix).arg(i)},
                {QStringLiteral("description"), QStringLiteral("Token %1").arg(i)},
                {QStringLiteral("created"), isoDate(Now.addSecs(-60 * (i + 1)))},
                {QStringLiteral("expiresAt"),
                 i % 2 ? QJsonValue(isoDate(Now.addDays(30))) : QJsonValue(QJsonValue::Null)}};
            edges.append(
                QJsonObject{{QStringLiteral("node"), node},
                            {QStringLiteral("cursor"), QStringLiteral("cursor:%1").arg(i)}});
        }
        const QJsonObject pageInfo{
            {QStringLiteral("hasNextPage"), end < count},
            {QStringLiteral("endCursor"), end > start
                                              ? QJsonValue(QStringLiteral("cursor:%1").arg(end - 1))
                                              : QJsonValue(QJsonValue::Null)}};
        const QJsonObject tokens{{QStringLiteral("count"), count},
                                 {QStringLiteral("edges"), edges},
                                 {QStringLiteral("pageInfo"), pageInfo}};
        const QJsonObject data{
            {QStringLiteral("currentUser"), QJsonObject{{QStringLiteral("tokens"), tokens}}}};
        ++served;
        auto response = FakeNetworkAccessManager::json(
            QJsonDocument(QJsonObject{{QStringLiteral("data"), data}})
                .toJson(QJsonDocument::Compact));
        response.delayMs = delayMs;
        return response;
    }
};

QByteArray tokensJson(const QJsonArray &nodes) {
    QJsonArray edges;
    for (const QJsonValue &node : nodes)
        edges.append(QJsonObject{{QStringLiteral("node"), node}});
    const QJsonObject tokens{
        {QStringLiteral("count"), nodes.size()},
        {QStringLiteral("edges"), edges},
        {QStringLiteral("pageInfo"), QJsonObject{{QStringLiteral("hasNextPage"), false}}}};
    const QJsonObject data{
        {QStringLiteral("currentUser"), QJsonObject{{QStringLiteral("tokens"), tokens}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject node(const QString &id, const QString &description, const QDateTime &created,
                 const std::optional<QDateTime> &expiresAt) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("description"), description},
            {QStringLiteral("created"), isoDate(created)},
            {QStringLiteral("expiresAt"),
             expiresAt ? QJsonValue(isoDate(*expiresAt)) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject variablesOf(const FakeNetworkAccessManager::Recorded &recorded) {
    return QJsonDocument::fromJson(recorded.body)
        .object()
        .value(QLatin1String("variables"))
        .toObject();
}
} // namespace

class TestAccessTokenModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyModel();
    void reloadLoadsFirstPage();
    void fetchMoreLoadsEverything();
    void reloadDiscardsStalePage_data();
    void reloadDiscardsStalePage();
    void expiryStates();
    void displayAndSortRoles();
    void proxySortsAsThePlainProxy();
    void loadFailedOnGraphQlError();
    void clear();

private:
    bool waitUntilIdle(int timeoutMs = 3000);

    std::unique_ptr<FakeApi> m_fake;
    AccessTokenService *m_service = nullptr;
    AccessTokenModel *m_model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAccessTokenModel::init() {
    m_fake = std::make_unique<FakeApi>();
    m_service = new AccessTokenService(m_fake->api.tokens(), this);
    m_model = new AccessTokenModel(m_fake->api.tokens(), m_service, this);
    m_model->setClock([] { return Now; });
    m_tester = modelTester(m_model);
}

void TestAccessTokenModel::cleanup() {
    m_tester.reset();
    delete m_model;
    delete m_service;
    m_fake.reset();
}

bool TestAccessTokenModel::waitUntilIdle(int timeoutMs) {
    // Every fake reply has arrived and the model has settled.
    return QTest::qWaitFor(
        [this] { return m_fake->network.unfinishedReplies() == 0 && !m_model->isLoading(); },
        timeoutMs);
}

void TestAccessTokenModel::emptyModel() {
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(AccessTokenModel::ColumnCount));
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(
        m_model->headerData(AccessTokenModel::DescriptionColumn, Qt::Horizontal, Qt::DisplayRole)
            .toString(),
        QStringLiteral("Description"));
    QCOMPARE(m_model->headerData(AccessTokenModel::ExpiresColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
             QStringLiteral("Expires"));
}

void TestAccessTokenModel::reloadLoadsFirstPage() {
    TokenServer server;
    server.count = 150;
    m_fake->network.setHandler(std::ref(server));
    m_model->setPageSize(100);
    QSignalSpy loading(m_model, &AccessTokenModel::loadingChanged);
    QSignalSpy total(m_model, &AccessTokenModel::totalCountChanged);

    m_model->reload();
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(waitUntilIdle());

    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(m_model->totalCount(), 150);
    QCOMPARE(total.constLast().constFirst().toInt(), 150);
    QCOMPARE(loading.constLast().constFirst().toBool(), false);
    QCOMPARE(m_fake->network.requests().size(), 1);
    QCOMPARE(variablesOf(m_fake->network.requests().constFirst()),
             QJsonObject({{QStringLiteral("first"), 100}}));
    QCOMPARE(m_model->tokenAt(0).id, QStringLiteral("tok-0"));
    QCOMPARE(m_model->tokenAt(99).id, QStringLiteral("tok-99"));
    QVERIFY(m_model->canFetchMore({}));
}

void TestAccessTokenModel::fetchMoreLoadsEverything() {
    TokenServer server;
    server.count = 1234;
    m_fake->network.setHandler(std::ref(server));
    m_model->setPageSize(100);
    m_model->reload();
    QVERIFY(waitUntilIdle());
    QCOMPARE(m_model->rowCount(), 100);

    int rounds = 0;
    while (m_model->canFetchMore({}) && rounds < 100) {
        m_model->fetchMore({});
        QVERIFY(m_model->isLoading());
        QVERIFY(!m_model->canFetchMore({})); // one page at a time
        QVERIFY(waitUntilIdle());
        ++rounds;
    }
    QVERIFY(rounds < 100);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_model->totalCount(), 1234);

    // Every token of the account is in the model, in server order.
    QSet<QString> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->data(m_model->index(row, 0), AccessTokenModel::IdRole).toString());
    QCOMPARE(ids.size(), 1234);
    for (int i = 0; i < 1234; ++i)
        QVERIFY(ids.contains(QStringLiteral("tok-%1").arg(i)));
    QCOMPARE(m_model->tokenAt(0).id, QStringLiteral("tok-0"));

    // Every request asks for one page; only the first one has no cursor.
    const auto &requests = m_fake->network.requests();
    QVERIFY(!variablesOf(requests.constFirst()).contains(QLatin1String("after")));
    for (qsizetype i = 0; i < requests.size(); ++i) {
        QCOMPARE(variablesOf(requests.at(i)).value(QLatin1String("first")).toInt(), 100);
        if (i > 0)
            QVERIFY(variablesOf(requests.at(i))
                        .value(QLatin1String("after"))
                        .toString()
                        .startsWith(QLatin1String("cursor:")));
    }
    // No duplicates although the model tester calls fetchMore() from rowsInserted:
    // exactly one request per page.
    QCOMPARE(m_model->rowCount(), 1234);
    QCOMPARE(requests.size(), 13);

    // fetchMore without more pages sends nothing.
    const qsizetype sent = requests.size();
    m_model->fetchMore({});
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_fake->network.requests().size(), sent);
}

void TestAccessTokenModel::reloadDiscardsStalePage_data() {
    QTest::addColumn<int>("staleDelay");
    QTest::addColumn<int>("freshDelay");
    QTest::newRow("stale arrives last") << 150 << 10;
    QTest::newRow("stale arrives first") << 10 << 150;
}

void TestAccessTokenModel::reloadDiscardsStalePage() {
    QFETCH(int, staleDelay);
    QFETCH(int, freshDelay);
    TokenServer stale;
    stale.count = 30;
    stale.prefix = QStringLiteral("stale");
    stale.delayMs = staleDelay;
    TokenServer fresh;
    fresh.count = 20;
    fresh.prefix = QStringLiteral("fresh");
    fresh.delayMs = freshDelay;
    m_model->setPageSize(100);

    m_fake->network.setHandler(std::ref(stale));
    m_model->reload();
    m_fake->network.setHandler(std::ref(fresh));
    m_model->reload();
    QCOMPARE(m_fake->network.requests().size(), 2);

    // Both answers arrive (the stale one discarded, whichever comes first).
    QTRY_COMPARE(m_fake->network.unfinishedReplies(), 0);
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 20);
    QCOMPARE(m_model->totalCount(), 20);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->tokenAt(row).id.startsWith(QLatin1String("fresh-")));
}

void TestAccessTokenModel::expiryStates() {
    using State = AccessTokenModel::ExpiryState;
    const QJsonArray nodes{
        node(QStringLiteral("never"), QStringLiteral("CI"), Now.addDays(-100), std::nullopt),
        node(QStringLiteral("expired"), QStringLiteral("Old"), Now.addDays(-100), Now.addDays(-1)),
        node(QStringLiteral("now"), QStringLiteral("Edge"), Now.addDays(-30), Now),
        node(QStringLiteral("soon"), QStringLiteral("CLI"), Now.addDays(-27), Now.addDays(3)),
        node(QStringLiteral("week"), QStringLiteral("Edge"), Now.addDays(-1), Now.addDays(7)),
        node(QStringLiteral("fine"), QStringLiteral("IDE"), Now.addDays(-30),
             Now.addDays(7).addSecs(1)),
        node(QStringLiteral("far"), QStringLiteral("IDE"), Now.addDays(-30), Now.addDays(60))};
    m_fake->network.enqueue(FakeNetworkAccessManager::json(tokensJson(nodes)));
    m_model->reload();
    QVERIFY(waitUntilIdle());
    QCOMPARE(m_model->rowCount(), 7);

    const QList<State> expected{State::Never, State::Expired, State::Expired, State::Soon,
                                State::Soon,  State::Fine,    State::Fine};
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex expires = m_model->index(row, AccessTokenModel::ExpiresColumn);
        const State state =
            m_model->data(expires, AccessTokenModel::ExpiryStateRole).value<State>();
        QCOMPARE(state, expected.at(row));
        QCOMPARE(m_model->expiryState(m_model->tokenAt(row)), expected.at(row));

        // The tone (the status palette colours it in the views) and the icon: never colour alone.
        const QVariant tone = m_model->data(expires, AccessTokenModel::ToneRole);
        const QVariant decoration = m_model->data(expires, Qt::DecorationRole);
        if (state == State::Fine) {
            QVERIFY(!tone.isValid());
            QVERIFY(!decoration.isValid());
        } else {
            QCOMPARE(tone.value<State>(), state);
            QVERIFY(decoration.canConvert<QIcon>());
            QVERIFY(!decoration.value<QIcon>().isNull());
        }
        // Only the Expires column has a tone and an icon.
        const QModelIndex description = m_model->index(row, AccessTokenModel::DescriptionColumn);
        QVERIFY(!m_model->data(description, AccessTokenModel::ToneRole).isValid());
        QVERIFY(!m_model->data(description, Qt::DecorationRole).isValid());
    }
    // Expired is shown differently from merely "soon".
    const QVariant expiredTone = m_model->data(m_model->index(1, AccessTokenModel::ExpiresColumn),
                                               AccessTokenModel::ToneRole);
    const QVariant soonTone = m_model->data(m_model->index(3, AccessTokenModel::ExpiresColumn),
                                            AccessTokenModel::ToneRole);
    QVERIFY(expiredTone.value<State>() != soonTone.value<State>());

    // The clock is the model's, not the wall clock: a year later everything with a date expired.
    m_model->setClock([] { return Now.addYears(1); });
    for (int row = 1; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->expiryState(m_model->tokenAt(row)), State::Expired);
    QCOMPARE(m_model->expiryState(m_model->tokenAt(0)), State::Never);
}

void TestAccessTokenModel::displayAndSortRoles() {
    const QJsonArray nodes{
        node(QStringLiteral("a"), QStringLiteral("Build Server"), Now.addDays(-2), std::nullopt),
        node(QStringLiteral("b"), QString(), Now.addDays(-40), Now.addDays(-3)),
        node(QStringLiteral("c"), QStringLiteral("laptop"), Now.addSecs(-3 * 3600),
             Now.addDays(27))};
    m_fake->network.enqueue(FakeNetworkAccessManager::json(tokensJson(nodes)));
    m_model->reload();
    QVERIFY(waitUntilIdle());
    QCOMPARE(m_model->rowCount(), 3);
    const auto value = [this](int row, int column, int role) {
        return m_model->data(m_model->index(row, column), role);
    };
    using M = AccessTokenModel;

    QCOMPARE(value(0, M::DescriptionColumn, Qt::DisplayRole).toString(),
             QStringLiteral("Build Server"));
    QVERIFY(!value(1, M::DescriptionColumn, Qt::DisplayRole).toString().isEmpty());
    QCOMPARE(value(0, M::ExpiresColumn, Qt::DisplayRole).toString(),
             QStringLiteral("No expiration"));
    QVERIFY(value(1, M::ExpiresColumn, Qt::DisplayRole)
                .toString()
                .startsWith(QLatin1String("Expired 3 day")));
    QVERIFY(value(2, M::ExpiresColumn, Qt::DisplayRole)
                .toString()
                .startsWith(QLatin1String("in 27 day")));
    QVERIFY(
        value(2, M::CreatedColumn, Qt::DisplayRole).toString().startsWith(QLatin1String("3 hour")));
    QVERIFY(
        value(0, M::ExpiresColumn, Qt::ToolTipRole).toString().contains(QLatin1String("never")));

    QCOMPARE(value(0, M::DescriptionColumn, M::SortRole).toString(),
             QStringLiteral("build server"));
    QCOMPARE(value(2, M::DescriptionColumn, M::SortRole).toString(), QStringLiteral("laptop"));
    QCOMPARE(value(1, M::CreatedColumn, M::SortRole).toLongLong(),
             Now.addDays(-40).toSecsSinceEpoch());
    QCOMPARE(value(1, M::ExpiresColumn, M::SortRole).toLongLong(),
             Now.addDays(-3).toSecsSinceEpoch());
    QCOMPARE(value(2, M::ExpiresColumn, M::SortRole).toLongLong(),
             Now.addDays(27).toSecsSinceEpoch());
    // Never-expiring tokens sort after every dated one.
    QVERIFY(value(0, M::ExpiresColumn, M::SortRole).toLongLong() >
            value(2, M::ExpiresColumn, M::SortRole).toLongLong());
    QCOMPARE(value(2, M::DescriptionColumn, M::IdRole).toString(), QStringLiteral("c"));
}

// The pane's proxy compares the rows directly; the order must be the plain proxy's on SortRole,
// with ties (the same second, no expiry) and both orders, and the filter must be the same.
void TestAccessTokenModel::proxySortsAsThePlainProxy() {
    QJsonArray nodes;
    QRandomGenerator random(11);
    for (int i = 0; i < 300; ++i) {
        const QDateTime created = Now.addSecs(-qint64(random.bounded(40)) * 3600)
                                      .addMSecs(random.bounded(3) * 400); // ties within a second
        const std::optional<QDateTime> expires =
            i % 4 == 0 ? std::nullopt : std::optional(created.addDays(random.bounded(60) - 20));
        nodes.append(node(QStringLiteral("t%1").arg(i),
                          QStringLiteral("%1 Runner %2")
                              .arg(i % 3 ? QLatin1Char('a') : QLatin1Char('B'))
                              .arg(i % 7),
                          created, expires));
    }
    m_fake->network.enqueue(FakeNetworkAccessManager::json(tokensJson(nodes)));
    m_model->reload();
    QVERIFY(waitUntilIdle());
    QCOMPARE(m_model->rowCount(), 300);

    AccessTokenProxyModel fast;
    fast.setSourceModel(m_model);
    QSortFilterProxyModel plain;
    plain.setSourceModel(m_model);
    plain.setSortRole(AccessTokenModel::SortRole);
    plain.setFilterKeyColumn(AccessTokenModel::DescriptionColumn);
    plain.setFilterCaseSensitivity(Qt::CaseInsensitive);
    const auto ids = [](const QSortFilterProxyModel &proxy) {
        QStringList result;
        for (int row = 0; row < proxy.rowCount(); ++row)
            result << proxy.index(row, 0).data(AccessTokenModel::IdRole).toString();
        return result;
    };
    for (const QString &filter : {QString(), QStringLiteral("b runner")}) {
        fast.setFilterFixedString(filter);
        plain.setFilterFixedString(filter);
        for (int column = 0; column < AccessTokenModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                fast.sort(column, order);
                plain.sort(column, order);
                QCOMPARE(ids(fast), ids(plain));
            }
        }
    }
    QCOMPARE(fast.rowCount(), 100); // "B Runner n": every third token
    // New rows (same count, other times): the keys taken for the old rows are not reused.
    QJsonArray reversed;
    for (qsizetype i = nodes.size() - 1; i >= 0; --i) {
        QJsonObject object = nodes.at(i).toObject();
        object.insert(QStringLiteral("id"), QStringLiteral("r%1").arg(i));
        reversed.append(object);
    }
    m_fake->network.enqueue(FakeNetworkAccessManager::json(tokensJson(reversed)));
    m_model->reload();
    QVERIFY(waitUntilIdle());
    fast.setFilterFixedString(QString());
    plain.setFilterFixedString(QString());
    fast.sort(AccessTokenModel::CreatedColumn, Qt::AscendingOrder);
    plain.sort(AccessTokenModel::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(ids(fast), ids(plain));
    // Sorted by expiry, never-expiring tokens come last, expired ones first.
    fast.setFilterFixedString(QString());
    fast.sort(AccessTokenModel::ExpiresColumn, Qt::AscendingOrder);
    QVERIFY(m_model->tokenAt(fast.mapToSource(fast.index(0, 0)).row()).expiresAt.has_value());
    QVERIFY(!m_model->tokenAt(fast.mapToSource(fast.index(299, 0)).row()).expiresAt);
}

void TestAccessTokenModel::loadFailedOnGraphQlError() {
    QSignalSpy failed(m_model, &AccessTokenModel::loadFailed);
    m_fake->network.enqueue(FakeNetworkAccessManager::json(
        R"({"errors":[{"message":"Personal access tokens are disabled on this tenant"}],)"
        R"("data":null})"));
    m_model->reload();
    QVERIFY(waitUntilIdle());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.constFirst().constFirst().toString(),
             QStringLiteral("Personal access tokens are disabled on this tenant"));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({}));
}

void TestAccessTokenModel::clear() {
    TokenServer server;
    server.count = 5;
    m_fake->network.setHandler(std::ref(server));
    m_model->reload();
    QVERIFY(waitUntilIdle());
    QCOMPARE(m_model->rowCount(), 5);
    QSignalSpy total(m_model, &AccessTokenModel::totalCountChanged);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), 0);
    QCOMPARE(total.count(), 1);
    QCOMPARE(total.constFirst().constFirst().toInt(), 0);
}

QTEST_MAIN(TestAccessTokenModel)
#include "tst_accesstokenmodel.moc"
