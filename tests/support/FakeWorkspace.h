#pragma once

// The app's data side (Workspace: API, services, models) over a FakeNetworkAccessManager, for
// tests that script the server's answers: one answer per request (no read retries).
#include "FakeNetworkAccessManager.h"
#include "GraphQlClient.h"
#include "Workspace.h"

struct FakeWorkspace {
    FakeWorkspace() {
        client.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9/graphql")));
        client.setReadRetries(0, 0);
    }

    FakeNetworkAccessManager network;
    GraphQlClient client{&network};
    Workspace workspace{&client};
};
