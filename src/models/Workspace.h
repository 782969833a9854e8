#pragma once

#include <QObject>

class AccessTokenModel;
class AccessTokenService;
class AuditEventModel;
class GraphQlClient;
class HygieneModel;
class ModerneApi;
class ScmConnectFlow;
class ScmConnectionModel;
class Session;
class Ticker;
class UserModel;

// The data side of the application, built once over a GraphQL client: the API of each
// resource, the services that act on them, the item models that present them, and the Session
// (who is signed in where). Panes take what they need from here; nothing here knows a widget.
class Workspace : public QObject {
    Q_OBJECT
public:
    // `ticker` (may be nullptr) gives the models and services their clock.
    explicit Workspace(GraphQlClient *client, Ticker *ticker = nullptr, QObject *parent = nullptr);
    ~Workspace() override;

    GraphQlClient *client() const { return m_client; }
    ModerneApi *api() const { return m_api; }
    Ticker *ticker() const { return m_ticker; }
    Session *session() const { return m_session; }

    AccessTokenService *tokenService() const { return m_tokenService; }
    ScmConnectFlow *scmService() const { return m_scmService; }

    AccessTokenModel *tokens() const { return m_tokens; }
    ScmConnectionModel *scm() const { return m_scm; }
    // Every user's tokens (administrators), made on first use.
    UserModel *users();
    // The platform's audit events (administrators), made on first use.
    AuditEventModel *audit();
    // Every user's tokens with their hygiene flags (administrators), made on first use.
    HygieneModel *hygiene();

    // Loads the user's tokens and SCM connections afresh (after signing in, or on Refresh).
    void reload();
    // Empties the lists (signed out, another tenant): nothing of the last session stays.
    void clear();

private:
    GraphQlClient *m_client;
    Ticker *m_ticker;
    ModerneApi *m_api;
    Session *m_session;
    AccessTokenService *m_tokenService;
    ScmConnectFlow *m_scmService;
    AccessTokenModel *m_tokens;
    ScmConnectionModel *m_scm;
    UserModel *m_users = nullptr;
    AuditEventModel *m_audit = nullptr;
    HygieneModel *m_hygiene = nullptr;
};
