#include "UserModel.h"

#include "AccessTokenModel.h"
#include "Logging.h"
#include "ModerneApi.h"
#include "TimeFormat.h"
#include "TokenDisplay.h"

#include <QFont>
#include <QIcon>
#include <QPointer>

UserModel::UserModel(ModerneApi *api, TokenAdminApi *adminApi, QObject *parent)
    : QAbstractItemModel(parent)
    , m_api(api)
    , m_adminApi(adminApi) {}

UserModel::~UserModel() = default;

UserModel::User *UserModel::userOf(const QModelIndex &index) const {
    if (!index.isValid())
        return nullptr;
    if (index.internalPointer())
        return static_cast<User *>(index.internalPointer()); // a token row: its user
    return index.row() < int(m_users.size()) ? m_users.at(index.row()).get() : nullptr;
}

int UserModel::rowOf(const User *user) const {
    for (size_t row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).get() == user)
            return int(row);
    }
    return -1;
}

bool UserModel::isUser(const QModelIndex &index) const {
    return index.isValid() && !index.internalPointer();
}

QString UserModel::emailOf(const QModelIndex &index) const {
    const User *user = userOf(index);
    return user ? user->info.email : QString();
}

int UserModel::tokenCountOf(const QModelIndex &userIndex) const {
    const User *user = userOf(userIndex);
    return user ? user->tokenCount : 0;
}

QModelIndex UserModel::userIndex(const QString &email) const {
    for (size_t row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row)->info.email.compare(email, Qt::CaseInsensitive) == 0)
            return index(int(row), 0);
    }
    return {};
}

QModelIndex UserModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_users.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.row() >= int(m_users.size()))
        return {};
    User *user = m_users.at(parent.row()).get();
    return row < user->tokens.size() ? createIndex(row, column, user) : QModelIndex();
}

QModelIndex UserModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || !child.internalPointer())
        return {};
    const int row = rowOf(static_cast<User *>(child.internalPointer()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

int UserModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_users.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return int(m_users.at(parent.row())->tokens.size());
}

int UserModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

bool UserModel::hasChildren(const QModelIndex &parent) const {
    if (!parent.isValid())
        return !m_users.empty();
    if (parent.internalPointer() || parent.column() != 0)
        return false;
    const User *user = m_users.at(parent.row()).get();
    return user->tokenCount > 0 || !user->tokens.isEmpty();
}

static_assert(int(TokenDisplay::Column::Description) == UserModel::NameColumn &&
              int(TokenDisplay::Column::Created) == UserModel::CreatedColumn &&
              int(TokenDisplay::Column::Expires) == UserModel::ExpiresColumn);

QVariant UserModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const User *user = userOf(index);
    const int column = index.column();
    if (isUser(index)) {
        const UserWithTokens &info = user->info;
        switch (role) {
        case Qt::DisplayRole:
            if (column == NameColumn)
                return info.username.isEmpty() ? info.email
                                               : tr("%1 (%2)").arg(info.email, info.username);
            if (column == CreatedColumn)
                return info.lastActive
                           ? tr("active %1").arg(TimeFormat::relative(*info.lastActive, m_clock()))
                           : tr("never active");
            if (column == ExpiresColumn)
                return tr("%n token(s)", nullptr, user->tokenCount);
            break;
        case Qt::ToolTipRole:
            if (column == CreatedColumn && info.lastActive)
                return tr("Last active %1").arg(TimeFormat::exact(*info.lastActive));
            if (column == NameColumn)
                return info.role.isEmpty() ? info.email : tr("%1 · %2").arg(info.email, info.role);
            break;
        case Qt::DecorationRole:
            if (column == NameColumn)
                return QIcon(QStringLiteral(":/icons/id.svg"));
            break;
        case Qt::FontRole:
            if (column == NameColumn) {
                QFont font;
                font.setBold(true);
                return font;
            }
            break;
        case SortRole:
            if (column == NameColumn)
                return info.email.toLower();
            if (column == CreatedColumn)
                return info.lastActive ? info.lastActive->toSecsSinceEpoch() : qint64(0);
            if (column == ExpiresColumn)
                return user->tokenCount;
            break;
        case IdRole:
            return info.id;
        case EmailRole:
            return info.email;
        case IsUserRole:
            return true;
        case TokenCountRole:
            return user->tokenCount;
        default:
            break;
        }
        return {};
    }
    const AccessToken &token = user->tokens.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::ForegroundRole:
    case Qt::DecorationRole:
    case SortRole:
        if (column > ExpiresColumn)
            return {};
        return TokenDisplay::cell(token, TokenDisplay::Column(column), role, SortRole, m_clock());
    case IdRole:
        return token.id;
    case EmailRole:
        return user->info.email;
    case IsUserRole:
        return false;
    default:
        break;
    }
    return {};
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("User / token");
    case CreatedColumn:
        return tr("Created / last active");
    case ExpiresColumn:
        return tr("Expires / tokens");
    default:
        return {};
    }
}

bool UserModel::canFetchMore(const QModelIndex &parent) const {
    if (!parent.isValid())
        return m_hasNextPage && !m_loading;
    if (!isUser(parent))
        return false;
    const User *user = userOf(parent);
    return user->hasNextPage && !user->loading;
}

void UserModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    if (!parent.isValid())
        requestUsers(m_endCursor);
    else
        requestTokens(userOf(parent), false);
}

void UserModel::clear() {
    ++m_generation;
    beginResetModel();
    m_users.clear();
    m_hasNextPage = false;
    m_endCursor.clear();
    endResetModel();
    setLoading(false);
    if (m_totalCount != 0) {
        m_totalCount = 0;
        Q_EMIT totalCountChanged(0);
    }
}

void UserModel::reload() {
    clear();
    requestUsers({});
}

void UserModel::refreshTimes() {
    for (size_t row = 0; row < m_users.size(); ++row) {
        const User *user = m_users.at(row).get();
        const QModelIndex parent = index(int(row), 0);
        Q_EMIT dataChanged(index(int(row), CreatedColumn), index(int(row), CreatedColumn));
        if (!user->tokens.isEmpty())
            Q_EMIT dataChanged(index(0, CreatedColumn, parent),
                               index(int(user->tokens.size()) - 1, ExpiresColumn, parent));
    }
}

void UserModel::setLoading(bool loading) {
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void UserModel::requestUsers(const QString &after) {
    setLoading(true);
    const quint64 generation = m_generation;
    m_adminApi->usersWithTokens(
        m_userPageSize, after, m_tokenPageSize, this,
        [this, generation](const ApiResult<UserPage> &result) {
            if (generation != m_generation)
                return;
            if (result.error) {
                setLoading(false);
                qCWarning(lcModels) << "users page failed:" << result.error.message;
                Q_EMIT loadFailed(result.error.message);
                return;
            }
            const UserPage &page = *result.value;
            m_hasNextPage = page.hasNextPage;
            m_endCursor = page.endCursor;
            const bool countChanged = m_totalCount != page.totalCount;
            m_totalCount = page.totalCount;
            if (!page.users.isEmpty()) {
                const int first = int(m_users.size());
                beginInsertRows({}, first, first + int(page.users.size()) - 1);
                for (const UserWithTokens &info : page.users) {
                    auto user = std::make_unique<User>();
                    user->info = info;
                    user->tokens = info.tokens.tokens;
                    user->tokenCount = info.tokens.totalCount;
                    user->hasNextPage = info.tokens.hasNextPage;
                    user->endCursor = info.tokens.endCursor;
                    user->info.tokens = {};
                    m_users.push_back(std::move(user));
                }
                endInsertRows();
            }
            setLoading(false);
            if (countChanged)
                Q_EMIT totalCountChanged(m_totalCount);
        });
}

void UserModel::requestTokens(User *user, bool fresh) {
    user->loading = true;
    if (fresh) {
        const int row = rowOf(user);
        if (!user->tokens.isEmpty()) {
            beginRemoveRows(index(row, 0), 0, int(user->tokens.size()) - 1);
            user->tokens.clear();
            endRemoveRows();
        }
        user->hasNextPage = false;
        user->endCursor.clear();
    }
    const quint64 generation = m_generation;
    m_adminApi->userTokens(
        user->info.email, m_tokenPageSize, fresh ? QString() : user->endCursor, this,
        [this, generation, user](const ApiResult<AccessTokenPage> &result) {
            if (generation != m_generation || rowOf(user) < 0)
                return;
            user->loading = false;
            if (result.error) {
                qCWarning(lcModels) << "user tokens failed:" << result.error.message;
                Q_EMIT loadFailed(result.error.message);
                return;
            }
            const AccessTokenPage &page = *result.value;
            user->hasNextPage = page.hasNextPage;
            user->endCursor = page.endCursor;
            user->tokenCount = page.totalCount;
            if (!page.tokens.isEmpty()) {
                const int first = int(user->tokens.size());
                beginInsertRows(index(rowOf(user), 0), first, first + int(page.tokens.size()) - 1);
                user->tokens.append(page.tokens);
                endInsertRows();
            }
            if (user->tokenCount == 0 && user->tokens.isEmpty())
                removeUser(user);
            else
                emitUserChanged(user);
        });
}

void UserModel::emitUserChanged(User *user) {
    const int row = rowOf(user);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UserModel::removeUser(User *user) {
    const int row = rowOf(user);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_users.erase(m_users.begin() + row);
    endRemoveRows();
    m_totalCount = std::max(0, m_totalCount - 1);
    Q_EMIT totalCountChanged(m_totalCount);
}

void UserModel::removeToken(User *user, const QString &id) {
    for (int row = 0; row < user->tokens.size(); ++row) {
        if (user->tokens.at(row).id != id)
            continue;
        beginRemoveRows(index(rowOf(user), 0), row, row);
        user->tokens.removeAt(row);
        endRemoveRows();
        user->tokenCount = std::max(0, user->tokenCount - 1);
        break;
    }
    if (user->tokenCount == 0 && user->tokens.isEmpty() && !user->hasNextPage)
        removeUser(user);
    else
        emitUserChanged(user);
}

void UserModel::revokeToken(const QModelIndex &tokenIndex, QObject *context,
                            DoneCallback callback) {
    if (isUser(tokenIndex) || !userOf(tokenIndex))
        return callback(false, tr("Choose a token to revoke."));
    User *user = userOf(tokenIndex);
    const AccessToken token = user->tokens.at(tokenIndex.row());
    QPointer<QObject> guard(context);
    const quint64 generation = m_generation;
    m_api->revokeAccessToken(token.id, this, [=, this](const ApiResult<bool> &result) {
        const bool current = generation == m_generation && rowOf(user) >= 0;
        QString message;
        bool done = false;
        if (result.error) {
            message = result.error.message;
            if (current && AccessTokenModel::serverMayHaveActed(result.error))
                requestTokens(user, true);
        } else {
            done = true;
            if (!*result.value)
                message =
                    tr("\"%1\" had already been revoked.").arg(TokenDisplay::description(token));
            if (current) {
                // The next page continues after the last loaded token's cursor: reload instead.
                const bool wasCursor = user->hasNextPage && !user->tokens.isEmpty() &&
                                       user->tokens.constLast().id == token.id;
                removeToken(user, token.id);
                if (wasCursor && rowOf(user) >= 0)
                    requestTokens(user, true);
            }
        }
        if (guard)
            callback(done, message);
    });
}

void UserModel::revokeAll(const QModelIndex &userIndex, QObject *context, DoneCallback callback) {
    User *user = userOf(userIndex);
    if (!user)
        return callback(false, tr("Choose a user."));
    const QString email = user->info.email;
    QPointer<QObject> guard(context);
    const quint64 generation = m_generation;
    m_adminApi->revokeAllAccessTokens(email, this, [=, this](const ApiResult<bool> &result) {
        const bool current = generation == m_generation && rowOf(user) >= 0;
        QString message;
        bool done = false;
        if (result.error) {
            message = result.error.message;
            if (current && AccessTokenModel::serverMayHaveActed(result.error))
                requestTokens(user, true);
        } else if (!*result.value) {
            message = tr("The server did not revoke all tokens of %1; the list shows what it "
                         "holds now.")
                          .arg(email);
            if (current)
                requestTokens(user, true);
        } else {
            done = true;
            if (current)
                removeUser(user);
        }
        if (guard)
            callback(done, message);
    });
}
