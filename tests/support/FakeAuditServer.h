#pragma once

// A scripted `auditLogs` for unit tests: `total` events, `node(i)` giving event i (newest first),
// pages following the `first`/`after` variables with the cursor as the index of the next event.
// A page larger than `maxFirst` is refused for its estimated cost as a cost-limiting gateway does;
// from the cursor `failAfter` on, every request gets a 500.
#include "FakeNetworkAccessManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

struct FakeAuditServer {
    std::function<QJsonObject(int)> node;
    int total = 250;
    int maxFirst = 1000;
    int failAfter = -1;
    int requests = 0;
    int refusals = 0;

    FakeNetworkAccessManager::Response operator()(const FakeNetworkAccessManager::Recorded &req) {
        ++requests;
        const QJsonObject variables =
            QJsonDocument::fromJson(req.body).object().value(QLatin1String("variables")).toObject();
        const int first = variables.value(QLatin1String("first")).toInt();
        const int start = variables.value(QLatin1String("after")).toString().toInt();
        if (failAfter >= 0 && start >= failAfter)
            return FakeNetworkAccessManager::json(R"({"errors":[{"message":"boom"}]})", 500);
        if (first > maxFirst) {
            ++refusals;
            return FakeNetworkAccessManager::json(
                QStringLiteral(
                    R"({"errors":[{"message":"query estimated cost %1 exceeded configured maximum 50","extensions":{"code":"COST_ESTIMATED_TOO_EXPENSIVE"}}]})")
                    .arg(first)
                    .toUtf8());
        }
        QJsonArray edges;
        for (int i = start; i < std::min(total, start + first); ++i)
            edges.append(QJsonObject{{QStringLiteral("node"), node(i)},
                                     {QStringLiteral("cursor"), QString::number(i + 1)}});
        const int end = start + int(edges.size());
        const QJsonObject connection{
            {QStringLiteral("count"), total},
            {QStringLiteral("edges"), edges},
            {QStringLiteral("pageInfo"),
             QJsonObject{{QStringLiteral("hasNextPage"), end < total},
                         {QStringLiteral("endCursor"), QString::number(end)}}}};
        return FakeNetworkAccessManager::json(
            QJsonDocument(QJsonObject{{QStringLiteral("data"),
                                       QJsonObject{{QStringLiteral("auditLogs"), connection}}}})
                .toJson());
    }
};
