#pragma once

// The app's API over a FakeNetworkAccessManager, for tests that script the server's answers:
// GraphQlClient (one answer per request: no read retries) and ModerneApi.
#include "FakeNetworkAccessManager.h"
#include "GraphQlClient.h"
#include "ModerneApi.h"

struct FakeApi {
    FakeApi() {
        client.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9/graphql")));
        client.setReadRetries(0, 0);
    }

    FakeNetworkAccessManager network;
    GraphQlClient client{&network};
    ModerneApi api{&client};
};
