#include "UserModel.h"

#include "AccessTokenApi.h"
#include "Logging.h"
#include "ModelPaging.h"
#include "PlainText.h"
#include "TimeFormat.h"
#include "TokenDisplay.h"
#include "UserApi.h"

#include <QFont>
#include <QIcon>
#include <QPointer>

#include <optional>

UserModel::UserModel(UserApi *users, AccessTokenApi *tokens, AccessTokenService *service,
                     QObject *parent)
    : QAbstractItemModel(parent)
    , PagedRows(
          [this](int first, const QString &after, auto done) {
              m_usersApi->users(m_filter, first, after, m_tokenPageSize, this, std::move(done));
          },
          100)
    , m_usersApi(users)
    , m_tokensApi(tokens) {
    m_pager.setLoadingChanged([this](bool loading) { Q_EMIT loadingChanged(loading); });
    if (service) {
        connect(service, &AccessTokenService::revoked, this, &UserModel::removeTokens);
        connect(service, &AccessTokenService::allRevoked, this, [this](const QString &email) {
            User *user = userOf(email);
            if (!user)
                return;
            if (!m_filter.includeWithoutTokens)
                return removeUser(user);
            // Listed without tokens too: the user stays, with none.
            const int row = rowOf(user);
            user->pager.reset();
            if (!user->tokens.isEmpty()) {
                beginRemoveRows(index(row, 0), 0, int(user->tokens.size()) - 1);
                user->tokens.clear();
                endRemoveRows();
            }
            user->tokenCount = 0;
            emitUserChanged(user);
        });
        // A deleted user leaves the list, whatever it lists.
        connect(service, &AccessTokenService::userDeleted, this, [this](const QString &email) {
            if (User *user = userOf(email))
                removeUser(user);
        });
        connect(service, &AccessTokenService::reloadNeeded, this, [this](const QString &email) {
            if (User *user = userOf(email))
                requestTokens(user, true);
        });
    }
}

UserModel::~UserModel() = default;

UserModel::User *UserModel::userOf(const QModelIndex &index) const {
    if (!index.isValid())
        return nullptr;
    if (index.internalPointer())
        return static_cast<User *>(index.internalPointer()); // a token row: its user
    return index.row() < int(m_users.size()) ? m_users.at(index.row()).get() : nullptr;
}

UserModel::User *UserModel::userOf(const QString &email) const {
    if (email.isEmpty())
        return nullptr;
    for (const auto &user : m_users) {
        if (user->info.email.compare(email, Qt::CaseInsensitive) == 0)
            return user.get();
    }
    return nullptr;
}

const AccessToken *UserModel::tokenOf(const QModelIndex &index) const {
    if (!index.isValid() || isUser(index))
        return nullptr;
    const User *user = userOf(index);
    return user && index.row() < user->tokens.size() ? &user->tokens.at(index.row()) : nullptr;
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

namespace {
// A token row's column as AccessTokenModel has it (none for the role column).
std::optional<TokenDisplay::Column> tokenColumn(int column) {
    switch (column) {
    case UserModel::NameColumn:
        return TokenDisplay::Column::Description;
    case UserModel::CreatedColumn:
        return TokenDisplay::Column::Created;
    case UserModel::ExpiresColumn:
        return TokenDisplay::Column::Expires;
    default:
        return std::nullopt;
    }
}
} // namespace

QString UserModel::roleName(const QString &role) {
    if (role.compare(QLatin1String("ADMIN"), Qt::CaseInsensitive) == 0)
        return tr("Administrator");
    if (role.compare(QLatin1String("USER"), Qt::CaseInsensitive) == 0)
        return tr("User");
    return role;
}

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
            if (column == RoleColumn)
                return roleName(info.role);
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
                return PlainText::toRichText(
                    info.role.isEmpty() ? info.email : tr("%1 · %2").arg(info.email, info.role));
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
            if (column == RoleColumn)
                return info.role;
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
    if (const std::optional<TokenDisplay::Column> tokenCell = tokenColumn(column)) {
        if (QVariant cell = TokenDisplay::cell(token, *tokenCell, role, SortRole, m_clock());
            cell.isValid())
            return cell;
    }
    switch (role) {
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
    return ItemRoles::columnTitle({tr("User / token"), tr("Role"), tr("Created / last active"),
                                   tr("Expires / tokens")},
                                  section, orientation, role)
        .value_or(QAbstractItemModel::headerData(section, orientation, role));
}

bool UserModel::canFetchMore(const QModelIndex &parent) const {
    if (!parent.isValid())
        return m_pager.hasStarted() && m_pager.canFetchMore();
    if (!isUser(parent))
        return false;
    const User *user = userOf(parent);
    return user->pager.hasStarted() && user->pager.canFetchMore();
}

void UserModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    if (!parent.isValid())
        m_pager.fetchNext([this](const ApiResult<UserPage> &result) { onUsersPage(result); });
    else
        requestTokens(userOf(parent), false);
}

void UserModel::clear() {
    m_pager.reset();
    beginResetModel();
    m_users.clear();
    endResetModel();
    ModelPaging::setTotal(this, &m_totalCount, 0);
}

void UserModel::setFilter(const UserFilter &filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void UserModel::reload() {
    clear();
    m_pager.fetchNext([this](const ApiResult<UserPage> &result) { onUsersPage(result); });
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

void UserModel::onUsersPage(const ApiResult<UserPage> &result) {
    ModelPaging::take(
        this, result, &m_totalCount, "users", [this](const QList<UserWithTokens> &users) {
            const int first = int(m_users.size());
            beginInsertRows({}, first, first + int(users.size()) - 1);
            for (const UserWithTokens &info : users) {
                auto user = std::make_unique<User>();
                user->info = info;
                user->tokens = info.tokens.items;
                user->tokenCount = info.tokens.totalCount;
                user->pager.setPageSize(m_tokenPageSize);
                user->pager.continueFrom(info.tokens);
                User *raw = user.get();
                user->pager.setFetch([this, raw](int first, const QString &after, auto done) {
                    m_tokensApi->userTokens(
                        raw->info.email, first, after, this,
                        [this, raw, done](const ApiResult<AccessTokenPage> &page) {
                            if (rowOf(raw) >= 0) // not gone meanwhile
                                done(page);
                        });
                });
                user->info.tokens = {};
                m_users.push_back(std::move(user));
            }
            endInsertRows();
        });
}

void UserModel::requestTokens(User *user, bool fresh) {
    if (fresh) {
        user->pager.reset();
        const int row = rowOf(user);
        if (!user->tokens.isEmpty()) {
            beginRemoveRows(index(row, 0), 0, int(user->tokens.size()) - 1);
            user->tokens.clear();
            endRemoveRows();
        }
    }
    user->pager.fetchNext([this, user](const ApiResult<AccessTokenPage> &result) {
        if (result.error) {
            qCWarning(lcModels) << "user tokens failed:" << result.error.message;
            Q_EMIT loadFailed(result.error.message);
            return;
        }
        const AccessTokenPage &page = *result.value;
        user->tokenCount = page.totalCount;
        if (!page.items.isEmpty()) {
            const int first = int(user->tokens.size());
            beginInsertRows(index(rowOf(user), 0), first, first + int(page.items.size()) - 1);
            user->tokens.append(page.items);
            endInsertRows();
        }
        if (user->tokenCount == 0 && user->tokens.isEmpty() && !m_filter.includeWithoutTokens)
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

void UserModel::removeTokens(const QStringList &ids) {
    // Iterate over a snapshot: removing a user's last token removes the user.
    QList<User *> users;
    for (const auto &user : m_users)
        users << user.get();
    for (User *user : std::as_const(users)) {
        bool removed = false;
        bool cursorGone = false;
        for (int row = int(user->tokens.size()) - 1; row >= 0; --row) {
            if (!ids.contains(user->tokens.at(row).id))
                continue;
            // The next page continues after the last loaded token's cursor: reload instead.
            cursorGone |= user->pager.hasNextPage() && row == user->tokens.size() - 1;
            beginRemoveRows(index(rowOf(user), 0), row, row);
            user->tokens.removeAt(row);
            endRemoveRows();
            user->tokenCount = std::max(0, user->tokenCount - 1);
            removed = true;
        }
        if (!removed)
            continue;
        if (user->tokenCount == 0 && user->tokens.isEmpty() && !user->pager.hasNextPage() &&
            !m_filter.includeWithoutTokens)
            removeUser(user);
        else if (cursorGone)
            requestTokens(user, true);
        else
            emitUserChanged(user);
    }
}
