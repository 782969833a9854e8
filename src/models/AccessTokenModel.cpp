#include "AccessTokenModel.h"

#include "GraphQlClient.h"
#include "Logging.h"
#include "ModerneApi.h"
#include "TokenAdminApi.h"
#include "TokenDisplay.h"
#include "UserModel.h"

#include <QPointer>

#include <memory>

AccessTokenModel::AccessTokenModel(ModerneApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api) {}

int AccessTokenModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int AccessTokenModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

AccessTokenModel::ExpiryState AccessTokenModel::expiryState(const AccessToken &token) const {
    return ExpiryState(TokenDisplay::expiryState(token, m_clock()));
}

int AccessTokenModel::rowOf(const QString &id) const {
    for (int row = 0; row < m_tokens.size(); ++row) {
        if (m_tokens.at(row).id == id)
            return row;
    }
    return -1;
}

static_assert(int(TokenDisplay::Column::Description) == AccessTokenModel::DescriptionColumn &&
              int(TokenDisplay::Column::Created) == AccessTokenModel::CreatedColumn &&
              int(TokenDisplay::Column::Expires) == AccessTokenModel::ExpiresColumn);

QVariant AccessTokenModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessToken &token = m_tokens.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::ForegroundRole:
    case Qt::DecorationRole:
    case SortRole:
        if (index.column() >= ColumnCount)
            return {};
        return TokenDisplay::cell(token, TokenDisplay::Column(index.column()), role, SortRole,
                                  m_clock());
    case IdRole:
        return token.id;
    case ExpiryStateRole:
        return QVariant::fromValue(expiryState(token));
    default:
        break;
    }
    return {};
}

QVariant AccessTokenModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DescriptionColumn:
        return tr("Description");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    default:
        return {};
    }
}

bool AccessTokenModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_hasNextPage && !m_loading;
}

void AccessTokenModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent))
        requestPage(m_endCursor);
}

void AccessTokenModel::clear() {
    ++m_generation;
    beginResetModel();
    m_tokens.clear();
    m_hasNextPage = false;
    m_endCursor.clear();
    m_totalCount = 0;
    endResetModel();
    setLoading(false);
    Q_EMIT totalCountChanged(0);
}

void AccessTokenModel::reload() {
    clear();
    requestPage({});
}

void AccessTokenModel::refreshTimes() {
    if (!m_tokens.isEmpty())
        Q_EMIT dataChanged(index(0, CreatedColumn), index(rowCount() - 1, ExpiresColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole,
                            Qt::DecorationRole, ExpiryStateRole});
}

void AccessTokenModel::setLoading(bool loading) {
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void AccessTokenModel::setTotalCount(int count) {
    if (m_totalCount == count)
        return;
    m_totalCount = count;
    Q_EMIT totalCountChanged(count);
}

void AccessTokenModel::requestPage(const QString &after) {
    setLoading(true);
    const quint64 generation = m_generation;
    m_api->accessTokens(m_pageSize, after, this,
                        [this, generation](const ApiResult<AccessTokenPage> &result) {
                            if (generation != m_generation)
                                return;
                            if (result.error) {
                                setLoading(false);
                                qCWarning(lcModels) << "token page failed:" << result.error.message;
                                Q_EMIT loadFailed(result.error.message);
                                return;
                            }
                            // The paging state is updated before the rows appear, and the model
                            // stays "loading" until they have: a fetchMore() from a rowsInserted
                            // handler must not ask again.
                            const AccessTokenPage &page = *result.value;
                            m_hasNextPage = page.hasNextPage;
                            m_endCursor = page.endCursor;
                            const bool countChanged = m_totalCount != page.totalCount;
                            m_totalCount = page.totalCount;
                            if (!page.tokens.isEmpty()) {
                                const int first = int(m_tokens.size());
                                beginInsertRows({}, first, first + int(page.tokens.size()) - 1);
                                if (m_tokens.isEmpty())
                                    m_tokens = page.tokens; // shared, not copied row by row
                                else
                                    m_tokens.append(page.tokens);
                                endInsertRows();
                            }
                            setLoading(false);
                            if (countChanged)
                                Q_EMIT totalCountChanged(m_totalCount);
                        });
}

bool AccessTokenModel::serverMayHaveActed(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Http:
    case ApiError::Kind::BadResponse:
        return true;
    case ApiError::Kind::None:
    case ApiError::Kind::Unauthorized: // refused before anything was done
    case ApiError::Kind::GraphQl:      // the server said why it did not
        return false;
    }
    return false;
}

void AccessTokenModel::createToken(const QString &description,
                                   const std::optional<QDateTime> &expiresAt, QObject *context,
                                   CreateCallback callback) {
    QPointer<QObject> guard(context);
    m_api->createAccessToken(
        description, expiresAt, this,
        [this, guard, callback = std::move(callback)](const ApiResult<CreatedAccessToken> &result) {
            if (result.error) {
                qCWarning(lcModels) << "createAccessToken failed:" << result.error.message;
                if (serverMayHaveActed(result.error)) {
                    reload();
                    Q_EMIT reloadedAfterUncertainOperation(result.error.message);
                }
            } else if (rowOf(result.value->token.id) < 0) {
                // Newest first, as the server lists them; the paging cursor is not affected.
                beginInsertRows({}, 0, 0);
                m_tokens.prepend(result.value->token);
                endInsertRows();
                setTotalCount(m_totalCount + 1);
            }
            if (guard)
                callback(result);
        });
}

bool AccessTokenModel::removeToken(const QString &id) {
    const int row = rowOf(id);
    if (row < 0)
        return false;
    // The next page continues after the last loaded token's cursor: without that token the
    // cursor means nothing to the server, so the list is loaded afresh instead.
    const bool wasCursor = m_hasNextPage && row == m_tokens.size() - 1;
    beginRemoveRows({}, row, row);
    m_tokens.removeAt(row);
    endRemoveRows();
    setTotalCount(std::max(0, m_totalCount - 1));
    return wasCursor;
}

void AccessTokenModel::revokeTokens(const QStringList &ids, QObject *context,
                                    RevokeCallback callback) {
    struct State {
        QStringList ids;
        QList<RevokeOutcome> outcomes;
        QPointer<QObject> context;
        RevokeCallback callback;
        bool reload = false;
        QString uncertain;
    };
    auto state = std::make_shared<State>();
    state->ids = ids;
    state->context = context;
    state->callback = std::move(callback);

    auto next = std::make_shared<std::function<void()>>();
    *next = [this, state, next] {
        if (state->outcomes.size() == state->ids.size()) {
            if (state->reload) {
                reload();
                if (!state->uncertain.isEmpty())
                    Q_EMIT reloadedAfterUncertainOperation(state->uncertain);
            }
            if (state->context)
                state->callback(state->outcomes);
            *next = nullptr; // breaks the cycle
            return;
        }
        RevokeOutcome outcome;
        outcome.id = state->ids.at(state->outcomes.size());
        const int row = rowOf(outcome.id);
        outcome.description = row >= 0 ? m_tokens.at(row).description : QString();
        m_api->revokeAccessToken(
            outcome.id, this, [this, state, next, outcome](const ApiResult<bool> &result) mutable {
                if (result.error) {
                    outcome.result = RevokeOutcome::Result::Failed;
                    outcome.message = result.error.message;
                    qCWarning(lcModels) << "revokeAccessToken failed:" << result.error.message;
                    if (serverMayHaveActed(result.error)) {
                        state->reload = true;
                        state->uncertain = result.error.message;
                    }
                } else {
                    outcome.result = *result.value ? RevokeOutcome::Result::Revoked
                                                   : RevokeOutcome::Result::AlreadyGone;
                    if (removeToken(outcome.id))
                        state->reload = true;
                }
                state->outcomes.append(outcome);
                (*next)();
            });
    };
    (*next)();
}

TokenAdminApi *AccessTokenModel::adminApi() {
    if (!m_adminApi)
        m_adminApi = new TokenAdminApi(m_api->client(), this);
    return m_adminApi;
}

void AccessTokenModel::fetchMaxExpiryDays(QObject *context, CapCallback callback) {
    adminApi()->maxExpiryDays(context, std::move(callback));
}

UserModel *AccessTokenModel::createUserModel(QObject *parent) {
    return new UserModel(m_api, adminApi(), parent);
}

QString AccessTokenModel::tenantKey() const {
    return m_api->client()->endpoint().toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}
