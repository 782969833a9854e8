#include "ExpiryCollector.h"

#include "AccessTokenModel.h"
#include "ScmConnectionModel.h"

ExpiryCollector::ExpiryCollector(AccessTokenModel *tokens, ScmConnectionModel *scm, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_scm(scm) {
    if (m_tokens) {
        connect(m_tokens, &QAbstractItemModel::modelReset, this, &ExpiryCollector::invalidate);
        connect(m_tokens, &QAbstractItemModel::rowsInserted, this, &ExpiryCollector::invalidate);
        connect(m_tokens, &QAbstractItemModel::rowsRemoved, this, &ExpiryCollector::invalidate);
        connect(m_tokens, &AccessTokenModel::totalCountChanged, this, &ExpiryCollector::invalidate);
    }
    if (m_scm)
        connect(m_scm, &ScmConnectionModel::connectionsChanged, this, &ExpiryCollector::invalidate);
}

void ExpiryCollector::invalidate() {
    m_entries = {}; // this reference goes before the next list is built
    m_built = false;
    Q_EMIT changed();
}

void ExpiryCollector::setLoginToken(const QDateTime &expiresAt, bool willBeRefreshed) {
    if (expiresAt == m_loginExpiresAt && willBeRefreshed == m_loginWillBeRefreshed)
        return;
    m_loginExpiresAt = expiresAt;
    m_loginWillBeRefreshed = willBeRefreshed;
    invalidate();
}

QList<ExpiryEntry> ExpiryCollector::entries() const {
    if (m_built)
        return m_entries;
    QList<ExpiryEntry> result;
    qsizetype expiring = 0; // reserved exactly: no list of every token grows by doubling
    for (int row = 0; m_tokens && row < m_tokens->rowCount(); ++row)
        expiring += m_tokens->tokenAt(row).expiresAt ? 1 : 0;
    result.reserve(1 + (m_scm ? m_scm->connections().size() : 0) + expiring);
    if (m_loginExpiresAt.isValid()) {
        ExpiryEntry login;
        login.kind = ExpiryEntry::Kind::LoginToken;
        login.key = QStringLiteral("login");
        login.label = tr("Login token");
        login.expiresAt = m_loginExpiresAt;
        login.willBeRefreshed = m_loginWillBeRefreshed;
        result.append(login);
    }
    if (m_scm) {
        for (const ScmConnection &connection : m_scm->connections()) {
            if (connection.tokens.isEmpty())
                continue;
            ExpiryEntry entry;
            entry.kind = ExpiryEntry::Kind::ScmToken;
            entry.key = connection.origin;
            entry.label = connection.origin;
            entry.created = connection.tokens.constLast().created;
            entry.expiresAt = connection.tokens.constLast().expiresAt;
            entry.willBeRefreshed = m_scm->generation() == TenantProfile::Generation::V2;
            if (entry.expiresAt.isValid())
                result.append(entry);
        }
    }
    if (m_tokens) {
        for (int row = 0; row < m_tokens->rowCount(); ++row) {
            const AccessToken &token = m_tokens->tokenAt(row);
            if (!token.expiresAt)
                continue;
            ExpiryEntry entry;
            entry.kind = ExpiryEntry::Kind::PersonalAccessToken;
            entry.key = token.id;
            entry.label = token.description.isEmpty() ? tr("Unnamed token") : token.description;
            entry.created = token.created;
            entry.expiresAt = *token.expiresAt;
            result.append(entry);
        }
    }
    m_entries = result;
    m_built = true;
    return m_entries;
}
