#pragma once

// The API classes over a GraphQlClient on a FakeNetworkAccessManager, for unit tests of what
// sits on the API (models, services) that script the server's answers: a tenant's endpoint and a
// bearer token are set; `network` answers.
#include "FakeNetworkAccessManager.h"
#include "GraphQlClient.h"
#include "ModerneApi.h"

struct FakeApi {
    FakeApi() {
        client.setEndpoint(QUrl(QStringLiteral("https://api.acme.moderne.io/graphql")));
        client.setBearerToken("bearer");
    }

    FakeNetworkAccessManager network;
    GraphQlClient client{&network};
    ModerneApi api{&client};
};
