#include "Workspace.h"

#include "AccessTokenModel.h"
#include "AccessTokenService.h"
#include "AuditEventModel.h"
#include "HygieneModel.h"
#include "ModerneApi.h"
#include "ScmConnectFlow.h"
#include "ScmConnectionModel.h"
#include "Session.h"
#include "Ticker.h"
#include "UserModel.h"

Workspace::Workspace(GraphQlClient *client, Ticker *ticker, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ticker(ticker)
    , m_api(new ModerneApi(client, this))
    , m_session(new Session(this))
    , m_tokenService(new AccessTokenService(m_api->tokens(), this))
    , m_scmService(new ScmConnectFlow(m_api->scm(), this))
    , m_tokens(new AccessTokenModel(m_api->tokens(), m_tokenService, this))
    , m_scm(new ScmConnectionModel(m_api->scm(), this)) {
    connect(m_scmService, &ScmConnectFlow::connectionsChanged, m_scm, &ScmConnectionModel::reload);
    // v2: a credential due for renewal is renewed by the platform when it is next read.
    connect(m_scm, &ScmConnectionModel::renewalDue, m_scm, &ScmConnectionModel::reload);
    // What the lists say follows the tenant's platform generation.
    connect(m_session, &Session::tenantChanged, this,
            [this](const TenantProfile &tenant) { m_scm->setGeneration(tenant.generation); });
    if (ticker) {
        const auto clock = [ticker] { return ticker->now(); };
        m_tokens->setClock(clock);
        m_scm->setClock(clock);
        m_scmService->setClock(clock);
    }
}

Workspace::~Workspace() = default;

UserModel *Workspace::users() {
    if (!m_users) {
        m_users = new UserModel(m_api->users(), m_api->tokens(), m_tokenService, this);
        if (m_ticker)
            m_users->setClock([ticker = m_ticker] { return ticker->now(); });
    }
    return m_users;
}

HygieneModel *Workspace::hygiene() {
    if (!m_hygiene)
        m_hygiene = new HygieneModel(m_api->users(), m_api->tokens(), this);
    return m_hygiene;
}

AuditEventModel *Workspace::audit() {
    if (!m_audit)
        m_audit = new AuditEventModel(m_api->audit(), this);
    return m_audit;
}

void Workspace::reload() {
    m_tokens->reload();
    m_scm->reload();
}

void Workspace::clear() {
    m_tokens->clear();
    m_scm->setConnections({});
    if (m_users)
        m_users->clear();
    if (m_audit)
        m_audit->clear();
    if (m_hygiene)
        m_hygiene->clear();
}
