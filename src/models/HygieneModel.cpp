#include "HygieneModel.h"

#include "AccessTokenApi.h"
#include "AuditApi.h"
#include "Changed.h"
#include "Logging.h"
#include "PlainText.h"
#include "TimeFormat.h"
#include "TokenDisplay.h"
#include "UserApi.h"
#include "UserModel.h"

#include <QSet>

#include <algorithm>

namespace {
bool refusedForCost(const ApiError &error) {
    return error && error.code == QLatin1String(AuditApi::CostRefusedCode);
}
} // namespace

HygieneModel::HygieneModel(UserApi *users, AccessTokenApi *tokens, QObject *parent)
    : PagedTableModel(ColumnCount, parent)
    , PagedRows([this](int first, const QString &after,
                       auto done) { requestUsers(first, after, std::move(done), m_generation); },
                50)
    , m_usersApi(users)
    , m_tokensApi(tokens) {
    m_context.now = QDateTime::currentDateTimeUtc();
}

HygieneModel::~HygieneModel() = default;

void HygieneModel::setPageSizes(int users, int tokens) {
    m_pager.setPageSize(std::clamp(users, 1, int(MaxPageSize)));
    m_tokensPage = std::clamp(tokens, 1, int(MaxPageSize));
}

void HygieneModel::setBusy(bool busy) {
    if (setChanged(m_busy, busy))
        Q_EMIT loadingChanged(busy);
}

void HygieneModel::clear() {
    ++m_generation;
    m_pager.reset();
    beginResetModel();
    m_owners.clear();
    m_rows.clear();
    m_pendingOwners.clear();
    m_counts.clear();
    m_flagged = 0;
    endResetModel();
    m_complete = false;
    setBusy(false);
    ModelPaging::setTotal(this, &m_totalCount, 0);
    Q_EMIT countsChanged();
}

void HygieneModel::reload() {
    clear();
    setBusy(true);
    pump();
}

// One request at a time: the rest of a listed user's tokens first, then the next users.
void HygieneModel::pump() {
    const quint64 generation = m_generation;
    while (!m_pendingOwners.isEmpty()) {
        const int owner = m_pendingOwners.constFirst();
        Owner *entry = m_owners.at(owner).get();
        if (!entry->pager.canFetchMore() || !entry->pager.hasNextPage()) {
            m_pendingOwners.removeFirst();
            continue;
        }
        entry->pager.setPageSize(m_tokensPage);
        entry->pager.fetchNext([this, owner, generation](const ApiResult<AccessTokenPage> &result) {
            onTokensPage(owner, result, generation);
        });
        return;
    }
    if (!m_pager.hasStarted() || m_pager.hasNextPage()) {
        m_pager.fetchNext([this, generation](const ApiResult<UserPage> &result) {
            onUsersPage(result, generation);
        });
        return;
    }
    m_complete = true;
    setBusy(false);
    Q_EMIT completed();
}

void HygieneModel::requestUsers(int first, const QString &after,
                                ConnectionPager<UserWithTokens>::PageCallback done,
                                quint64 generation) {
    UserFilter filter; // users holding tokens
    m_usersApi->users(filter, first, after, m_tokensPage, this,
                      [this, first, after, done, generation](const ApiResult<UserPage> &result) {
                          if (generation != m_generation)
                              return;
                          if (refusedForCost(result.error)) {
                              // Fewer users per page first, then fewer tokens with each.
                              if (first > MinPageSize) {
                                  const int smaller = std::max(int(MinPageSize), first / 2);
                                  qCInfo(lcModels) << "users page of" << first
                                                   << "refused for its cost; asking for" << smaller;
                                  m_pager.setPageSize(smaller);
                                  requestUsers(smaller, after, done, generation);
                                  return;
                              }
                              if (m_tokensPage > MinPageSize) {
                                  m_tokensPage = std::max(int(MinPageSize), m_tokensPage / 2);
                                  qCInfo(lcModels) << "users page refused for its cost; asking for"
                                                   << m_tokensPage << "tokens each";
                                  requestUsers(first, after, done, generation);
                                  return;
                              }
                          }
                          done(result);
                      });
}

void HygieneModel::fail(const QString &message) {
    qCWarning(lcModels) << "hygiene board page failed:" << message;
    setBusy(false);
    Q_EMIT loadFailed(message);
}

void HygieneModel::onUsersPage(const ApiResult<UserPage> &result, quint64 generation) {
    if (generation != m_generation)
        return;
    if (result.error)
        return fail(result.error.message);
    ModelPaging::take(
        this, result, &m_totalCount, "hygiene users",
        [this, generation](const QList<UserWithTokens> &users) {
            QList<std::pair<int, QList<AccessToken>>> page;
            page.reserve(users.size());
            for (const UserWithTokens &user : users) {
                auto owner = std::make_unique<Owner>();
                owner->info = {user.email, user.role, user.lastActive};
                owner->pager.continueFrom(user.tokens);
                const int index = int(m_owners.size());
                owner->pager.setFetch(
                    [this, index, generation](int first, const QString &after, auto done) {
                        m_tokensApi->userTokens(
                            m_owners.at(index)->info.email, first, after, this,
                            [this, done, generation](const ApiResult<AccessTokenPage> &page) {
                                if (generation == m_generation)
                                    done(page);
                            });
                    });
                m_owners.push_back(std::move(owner));
                page.append({index, user.tokens.items});
                if (user.tokens.hasNextPage)
                    m_pendingOwners.append(index);
            }
            append(page);
        });
    schedulePump();
}

// After the pager that answered has taken its page (it is still loading while it calls back).
void HygieneModel::schedulePump() {
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (generation == m_generation)
                pump();
        },
        Qt::QueuedConnection);
}

void HygieneModel::onTokensPage(int owner, const ApiResult<AccessTokenPage> &result,
                                quint64 generation) {
    if (generation != m_generation)
        return;
    if (result.error) {
        if (refusedForCost(result.error) && m_tokensPage > MinPageSize) {
            m_tokensPage = std::max(int(MinPageSize), m_tokensPage / 2);
            qCInfo(lcModels) << "tokens page refused for its cost; asking for" << m_tokensPage;
            return schedulePump();
        }
        return fail(result.error.message);
    }
    append({{owner, result.value->items}});
    schedulePump();
}

// The tokens of a page (several owners) as one insertion, then each owner judged once: one
// rowsInserted, dataChanged and countsChanged per page, not per owner.
void HygieneModel::append(const QList<std::pair<int, QList<AccessToken>>> &page) {
    qsizetype count = 0;
    for (const auto &[owner, tokens] : page)
        count += tokens.size();
    if (count == 0)
        return;
    const int first = int(m_rows.size());
    m_rows.reserve(first + count);
    beginInsertRows({}, first, first + int(count) - 1);
    for (const auto &[owner, tokens] : page) {
        Owner *entry = m_owners.at(owner).get();
        for (const AccessToken &token : tokens) {
            entry->rows.append(int(m_rows.size()));
            m_rows.append(Row{owner, token, {}});
        }
    }
    // The new rows come with their flags (no dataChanged for them: a sorting, filtering proxy
    // would take each out and put it back); rows loaded before may change (a new duplicate).
    int firstChanged = INT_MAX;
    int lastChanged = -1;
    bool countsChangedToo = false;
    for (const auto &[owner, tokens] : page) {
        if (!tokens.isEmpty())
            countsChangedToo |= judge(owner, &firstChanged, &lastChanged, first);
    }
    endInsertRows();
    if (lastChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (countsChangedToo)
        Q_EMIT countsChanged();
}

// The flags of an owner's rows again (a new token may make another a duplicate); widens
// [*firstChanged, *lastChanged] to the rows before `newRows` whose flags changed (the caller
// says so). True when any row's flags changed.
bool HygieneModel::judge(int owner, int *firstChanged, int *lastChanged, int newRows) {
    bool changed = false;
    const Owner *entry = m_owners.at(owner).get();
    QHash<QString, int> descriptions;
    for (int index : entry->rows) {
        const QString key = TokenHygiene::duplicateKey(m_rows.at(index).token);
        if (!key.isEmpty())
            ++descriptions[key];
    }
    for (int index : entry->rows) {
        Row &row = m_rows[index];
        const bool duplicate = descriptions.value(TokenHygiene::duplicateKey(row.token)) > 1;
        const TokenHygiene::Flags flags =
            TokenHygiene::flagsOf(row.token, entry->info, m_context, duplicate);
        if (flags == row.flags)
            continue;
        for (TokenHygiene::Flag flag : TokenHygiene::all()) {
            m_counts[flag] += int(flags.testFlag(flag)) - int(row.flags.testFlag(flag));
        }
        m_flagged += int(flags != TokenHygiene::Flags()) - int(row.flags != TokenHygiene::Flags());
        row.flags = flags;
        changed = true;
        if (index < newRows) {
            *firstChanged = std::min(*firstChanged, index);
            *lastChanged = std::max(*lastChanged, index);
        }
    }
    return changed;
}

void HygieneModel::setContext(const TokenHygiene::Context &context) {
    m_context = context;
    int firstChanged = INT_MAX;
    int lastChanged = -1;
    for (int owner = 0; owner < int(m_owners.size()); ++owner)
        judge(owner, &firstChanged, &lastChanged, INT_MAX);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT countsChanged();
}

int HygieneModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HygieneModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const TokenHygiene::Owner &owner = ownerOf(row);
    const QDateTime &now = m_context.now;
    const int column = index.column();
    switch (role) {
    case IdRole:
        return row.token.id;
    case EmailRole:
        return owner.email;
    case FlagsRole:
        return int(row.flags);
    default:
        break;
    }
    switch (column) {
    case OwnerColumn:
        if (role == Qt::DisplayRole)
            return owner.email;
        if (role == SortRole)
            return owner.email.toLower();
        break;
    case RoleColumn:
        if (role == Qt::DisplayRole)
            return UserModel::roleName(owner.role);
        if (role == SortRole)
            return owner.role;
        break;
    case LastActiveColumn:
        if (role == Qt::DisplayRole)
            return owner.lastActive ? TimeFormat::relative(*owner.lastActive, now) : tr("never");
        if (role == Qt::ToolTipRole && owner.lastActive)
            return tr("Last active %1").arg(TimeFormat::exact(*owner.lastActive));
        if (role == SortRole)
            return owner.lastActive ? owner.lastActive->toMSecsSinceEpoch()
                                    : std::numeric_limits<qint64>::min();
        break;
    case DescriptionColumn:
        if (role == Qt::DisplayRole)
            return TokenDisplay::description(row.token);
        if (role == Qt::ToolTipRole)
            return PlainText::toRichText(TokenDisplay::description(row.token));
        if (role == SortRole)
            return row.token.description.toLower();
        break;
    case CreatedColumn:
        return TokenDisplay::cell(row.token, TokenDisplay::Column::Created, role, SortRole, now);
    case ExpiresColumn:
        return TokenDisplay::cell(row.token, TokenDisplay::Column::Expires, role, SortRole, now);
    case AgeColumn:
        if (role == Qt::DisplayRole)
            return tr("%n day(s)", nullptr, int(row.token.created.daysTo(now)));
        if (role == SortRole)
            return row.token.created.secsTo(now);
        break;
    case FlagsColumn: {
        QStringList names;
        QStringList sentences;
        for (TokenHygiene::Flag flag : TokenHygiene::all()) {
            if (row.flags.testFlag(flag)) {
                names << TokenHygiene::name(flag);
                sentences << TokenHygiene::explanation(flag, m_context);
            }
        }
        if (role == Qt::DisplayRole)
            return names.join(QStringLiteral(", "));
        if (role == Qt::ToolTipRole && !sentences.isEmpty())
            return PlainText::toRichText(sentences.join(QLatin1Char('\n')));
        if (role == SortRole)
            return int(names.size()) * 256 + int(row.flags);
        if (role == ToneRole && row.flags)
            return QVariant::fromValue(ExpiryState::Soon);
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant HygieneModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return ItemRoles::columnTitle({tr("Owner"), tr("Role"), tr("Last active"), tr("Description"),
                                   tr("Created"), tr("Expires"), tr("Age"), tr("Flags")},
                                  section, orientation, role)
        .value_or(QAbstractTableModel::headerData(section, orientation, role));
}

HygieneFilterModel::HygieneFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(HygieneModel::SortRole);
    setDynamicSortFilter(true);
}

void HygieneFilterModel::setFlag(int flag) {
    if (flag == m_flag)
        return;
    m_flag = flag;
    invalidateRowsFilter();
}

bool HygieneFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_flag == 0)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return (index.data(HygieneModel::FlagsRole).toInt() & m_flag) != 0;
}
