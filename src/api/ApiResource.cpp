#include "ApiResource.h"

#include "GraphQlClient.h"

void ApiResource::afterRequestsSent(QObject *context, std::function<void()> then) {
    m_client->afterBodiesSent(context, std::move(then));
}
