// Loading 10,000 PATs: from the GraphQL response bytes to a sorted, filterable model (the app's
// GraphQlClient, ModerneApi parser, AccessTokenModel and AccessTokenProxyModel, over a fake
// network that answers with those bytes) against QJsonDocument::fromJson of the same bytes;
// then sorting and filtering the 10,000 rows against std::sort of 10,000 timestamps.
// Prints "<name> <median ms>" lines; bench/run turns them into ratios.
#include "AccessTokenModel.h"
#include "AccessTokenProxyModel.h"
#include "EventLoopWait.h"
#include "FakeNetworkAccessManager.h"
#include "GraphQlClient.h"
#include "ModerneApi.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int Tokens = 10000;
constexpr int Runs = 7;

QByteArray responseBytes() {
    QJsonArray edges;
    QRandomGenerator random(42);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < Tokens; ++i) {
        const QDateTime created = now.addSecs(-qint64(random.bounded(400 * 86400)));
        QJsonObject node{{QStringLiteral("id"), QStringLiteral("tok-%1").arg(i)},
                         {QStringLiteral("description"),
                          QStringLiteral("ci-runner-%1 %2").arg(i).arg(random.bounded(1000))},
                         {QStringLiteral("created"), created.toString(Qt::ISODateWithMs)}};
        node.insert(
            QStringLiteral("expiresAt"),
            i % 5 == 0
                ? QJsonValue()
                : QJsonValue(created.addDays(random.bounded(400)).toString(Qt::ISODateWithMs)));
        edges.append(QJsonObject{{QStringLiteral("node"), node},
                                 {QStringLiteral("cursor"), QString::number(i)}});
    }
    const QJsonObject tokens{
        {QStringLiteral("count"), Tokens},
        {QStringLiteral("edges"), edges},
        {QStringLiteral("pageInfo"),
         QJsonObject{{QStringLiteral("hasNextPage"), false},
                     {QStringLiteral("endCursor"), QString::number(Tokens - 1)}}}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("data"),
                            QJsonObject{{QStringLiteral("currentUser"),
                                         QJsonObject{{QStringLiteral("tokens"), tokens}}}}}})
        .toJson(QJsonDocument::Compact);
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QByteArray bytes = responseBytes();
    std::vector<double> parse, load, sort, filter, stdSort;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        parse.push_back(timer.nsecsElapsed() / 1e6);
        if (!document.isObject())
            return 1;

        FakeNetworkAccessManager network;
        network.enqueue(FakeNetworkAccessManager::json(bytes));
        GraphQlClient client(&network);
        client.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9/graphql")));
        client.setBearerToken("bench");
        ModerneApi api(&client);
        AccessTokenModel model(api.tokens(), nullptr);
        model.setPageSize(Tokens);
        AccessTokenProxyModel proxy; // the tokens pane's
        proxy.setSourceModel(&model);
        timer.restart();
        model.reload();
        // The application's way of waiting (QTest::qWaitFor sleeps 10 ms between passes).
        if (!runUntil([&] { return model.rowCount() == Tokens; }, 30000))
            return 2;
        proxy.sort(AccessTokenModel::ExpiresColumn, Qt::AscendingOrder);
        load.push_back(timer.nsecsElapsed() / 1e6);

        timer.restart();
        proxy.sort(AccessTokenModel::CreatedColumn, Qt::DescendingOrder);
        sort.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        proxy.setFilterFixedString(QStringLiteral("runner-42"));
        const int shown = proxy.rowCount();
        proxy.setFilterFixedString(QString());
        filter.push_back(timer.nsecsElapsed() / 1e6);
        if (shown == 0)
            return 3;

        std::vector<qint64> stamps(Tokens);
        QRandomGenerator random(7);
        for (auto &stamp : stamps)
            stamp = qint64(random.generate64() >> 1);
        timer.restart();
        std::sort(stamps.begin(), stamps.end());
        stdSort.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf("json-parse-ms %.3f\nmodel-load-ms %.3f\nproxy-sort-ms %.3f\nproxy-filter-ms %.3f\n"
                "std-sort-ms %.3f\nbytes %lld\n",
                median(parse), median(load), median(sort), median(filter), median(stdSort),
                qint64(bytes.size()));
    return 0;
}
