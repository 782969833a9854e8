#pragma once

// The API classes over a GraphQlClient on a FakeNetworkAccessManager, for unit tests of what
// sits on the API (models, services) that script the server's answers: a tenant's endpoint and a
// bearer token are set; `network` answers.
#include "FakeNetworkAccessManager.h"
#include "GraphQlClient.h"
#include "ModerneApi.h"

#include <QAbstractItemModelTester>

#include <memory>

struct FakeApi {
    FakeApi() {
        client.setEndpoint(QUrl(QStringLiteral("https://api.acme.moderne.io/graphql")));
        client.setBearerToken("bearer");
    }

    FakeNetworkAccessManager network;
    GraphQlClient client{&network};
    ModerneApi api{&client};
};

// Checks every change of `model` against the rules of item models, failing the current test.
inline std::unique_ptr<QAbstractItemModelTester> modelTester(QAbstractItemModel *model) {
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}
