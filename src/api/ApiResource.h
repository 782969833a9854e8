#pragma once

#include "ApiTypes.h"

#include <QObject>

#include <functional>

class GraphQlClient;

// The base of the API classes, one per resource: typed calls over one tenant's GraphQlClient,
// each answering a Callback; their parsers are static, for tests and fuzzers.
class ApiResource : public QObject {
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const ApiResult<T> &)>;

    explicit ApiResource(GraphQlClient *client, QObject *parent = nullptr)
        : QObject(parent)
        , m_client(client) {}

    // Runs `then` once the requests sent so far have been written out
    // (GraphQlClient::afterBodiesSent); `context` going away cancels it.
    void afterRequestsSent(QObject *context, std::function<void()> then);

protected:
    GraphQlClient *m_client;
};
