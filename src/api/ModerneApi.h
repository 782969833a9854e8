#pragma once

#include "AccessTokenApi.h"
#include "AuditApi.h"
#include "ScmApi.h"
#include "UserApi.h"

#include <QObject>

class GraphQlClient;

// The Moderne GraphQL API of one tenant, one class per resource over the same client: users,
// personal access tokens, SCM connections. Adding a resource = one class here.
class ModerneApi : public QObject {
    Q_OBJECT
public:
    explicit ModerneApi(GraphQlClient *client, QObject *parent = nullptr);

    GraphQlClient *client() const { return m_client; }
    UserApi *users() { return &m_users; }
    AccessTokenApi *tokens() { return &m_tokens; }
    ScmApi *scm() { return &m_scm; }
    AuditApi *audit() { return &m_audit; }

private:
    GraphQlClient *m_client;
    UserApi m_users;
    AccessTokenApi m_tokens;
    ScmApi m_scm;
    AuditApi m_audit;
};
