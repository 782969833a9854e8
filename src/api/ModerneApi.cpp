#include "ModerneApi.h"

ModerneApi::ModerneApi(GraphQlClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_users(client)
    , m_tokens(client)
    , m_scm(client)
    , m_audit(client) {}
