#include "HygieneModel.h"

#include "AccessTokenApi.h"
#include "ApiParsing.h"
#include "AuditApi.h"
#include "Changed.h"
#include "Logging.h"
#include "PlainText.h"
#include "TimeFormat.h"
#include "TokenDisplay.h"
#include "UserApi.h"
#include "UserModel.h"

#include <QSet>
#include <QVarLengthArray>
#include <QtAlgorithms>

#include <algorithm>

namespace {
bool refusedForCost(const ApiError &error) {
    return error && error.code == QLatin1String(AuditApi::CostRefusedCode);
}
} // namespace

HygieneModel::HygieneModel(UserApi *users, AccessTokenApi *tokens, QObject *parent)
    : PagedTableModel(ColumnCount, parent)
    , PagedRows([this](int first, const QString &after,
                       auto done) { fetchUsers(first, after, std::move(done)); },
                50)
    , m_usersApi(users)
    , m_tokensApi(tokens) {
    m_context.now = QDateTime::currentDateTimeUtc();
    m_insertTimer.setSingleShot(true);
    m_insertTimer.setInterval(DefaultInsertInterval);
    connect(&m_insertTimer, &QTimer::timeout, this, &HygieneModel::insertKept);
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
    m_aheads.clear();
    m_insertTimer.stop();
    beginResetModel();
    m_owners.clear();
    m_rows.clear();
    m_rows.squeeze();
    m_kept.clear();
    m_texts.clear();
    m_textIndexes.clear();
    m_duplicateKeys.clear();
    m_keyIndexes.clear();
    m_tokensAnnounced = 0;
    m_usersRead = 0;
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
        auto &more = m_owners.at(owner).more;
        if (!more || !more->canFetchMore() || !more->hasNextPage()) {
            more.reset(); // its cursor and fetch are no longer needed
            m_pendingOwners.removeFirst();
            continue;
        }
        more->setPageSize(m_tokensPage);
        more->fetchNext([this, owner, generation](const ApiResult<AccessTokenPage> &result) {
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
    insertKept();
    m_aheads.clear(); // a guess from an answer in an unusual order: its answer is not needed
    m_complete = true;
    setBusy(false);
    Q_EMIT completed();
}

void HygieneModel::requestUsers(int first, const QString &after,
                                ConnectionPager<UserWithTokens>::PageCallback done,
                                quint64 generation, const Ahead *ahead) {
    UserFilter filter; // users holding tokens
    m_usersApi->users(
        filter, first, after, m_tokensPage, this,
        [this, first, after, done, generation, ahead](const ApiResult<UserPage> &result) {
            if (generation != m_generation)
                return;
            if (refusedForCost(result.error)) {
                // Fewer users per page first, then fewer tokens with each.
                if (first > MinPageSize) {
                    const int smaller = std::max(int(MinPageSize), first / 2);
                    qCInfo(lcModels) << "users page of" << first
                                     << "refused for its cost; asking for" << smaller;
                    m_pager.setPageSize(smaller);
                    requestUsers(smaller, after, done, generation, ahead);
                    return;
                }
                if (m_tokensPage > MinPageSize) {
                    m_tokensPage = std::max(int(MinPageSize), m_tokensPage / 2);
                    qCInfo(lcModels) << "users page refused for its cost; asking for"
                                     << m_tokensPage << "tokens each";
                    requestUsers(first, after, done, generation, ahead);
                    return;
                }
            }
            done(result);
        },
        [this, generation, ahead](const QByteArray &body) { readAhead(body, generation, ahead); });
}

// The pager asks for the users after `after`: the page read ahead when it is that one.
void HygieneModel::fetchUsers(int first, const QString &after,
                              ConnectionPager<UserWithTokens>::PageCallback done) {
    if (!m_aheads.empty() && m_aheads.front()->after == after) {
        Ahead &ahead = *m_aheads.front();
        if (ahead.result) {
            // Handed over as an answer is (later, not while the pager asks): each page is
            // taken in an event of its own, as it would be without reading ahead.
            QMetaObject::invokeMethod(
                this,
                [this, done = std::move(done), result = *ahead.result, generation = m_generation] {
                    if (generation == m_generation)
                        done(result);
                },
                Qt::QueuedConnection);
            m_aheads.pop_front();
            return;
        }
        ahead.done = std::move(done); // on its way: the pager gets it when it comes
        return;
    }
    m_aheads.clear(); // read ahead from a cursor that was not the page's: answers dropped
    requestUsers(first, after, std::move(done), m_generation);
}

// A users page's answer (`from`: read ahead itself), before it is parsed: when its text names
// the next page's cursor (and none of its users has more tokens to read first), the next page
// is asked for now, while this one is parsed and taken; fetchUsers() hands it over if the
// parsed page has that cursor. Still one request on its way at a time.
void HygieneModel::readAhead(const QByteArray &body, quint64 generation, const Ahead *from) {
    if (generation != m_generation || !m_busy || !m_pendingOwners.isEmpty())
        return;
    for (const auto &ahead : m_aheads) {
        if (ahead.get() != from && !ahead->result)
            return; // another is on its way
    }
    if (m_aheads.size() >= 2 || (from && m_aheads.back().get() != from) ||
        (!from && !m_aheads.empty()))
        return;
    const std::optional<QString> next = ApiParsing::peekNextCursor(body);
    if (!next)
        return;
    auto ahead = std::make_unique<Ahead>();
    ahead->after = *next;
    const Ahead *self = ahead.get();
    m_aheads.push_back(std::move(ahead));
    requestUsers(
        m_pager.pageSize(), *next,
        [this, self](const ApiResult<UserPage> &result) {
            const auto it = std::find_if(m_aheads.begin(), m_aheads.end(),
                                         [self](const auto &ahead) { return ahead.get() == self; });
            if (it == m_aheads.end())
                return;         // dropped meanwhile
            if (!(*it)->done) { // (only the oldest can have been asked for)
                (*it)->result = result;
                return;
            }
            const auto done = std::move((*it)->done);
            m_aheads.erase(it);
            done(result);
        },
        generation, self);
}

void HygieneModel::afterRequestsSent(QObject *context, std::function<void()> then) {
    m_usersApi->afterRequestsSent(context, std::move(then));
}

void HygieneModel::fail(const QString &message) {
    qCWarning(lcModels) << "hygiene board page failed:" << message;
    m_aheads.clear();
    insertKept(); // the pages that came in whole
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
            const size_t owners = m_owners.size() + size_t(users.size());
            if (m_owners.capacity() < owners) // the users announced (within reason), at once
                m_owners.reserve(
                    std::clamp(size_t(std::max(m_totalCount, 0)), owners, owners * 4 + 1024));
            for (const UserWithTokens &user : users) {
                Owner owner;
                owner.info = {user.email, m_texts.at(textIndex(user.role)), user.lastActive};
                owner.sortKey = user.email.toLower(); // shares the email when it is lower case
                const int index = int(m_owners.size());
                if (user.tokens.hasNextPage) {
                    owner.more = std::make_unique<ConnectionPager<AccessToken>>();
                    owner.more->continueFrom(user.tokens);
                    owner.more->setFetch(
                        [this, index, generation](int first, const QString &after, auto done) {
                            m_tokensApi->userTokens(
                                m_owners.at(index).info.email, first, after, this,
                                [this, done, generation](const ApiResult<AccessTokenPage> &page) {
                                    if (generation == m_generation)
                                        done(page);
                                });
                        });
                    m_pendingOwners.append(index);
                }
                m_owners.push_back(std::move(owner));
                m_tokensAnnounced += user.tokens.totalCount;
                keep(index, user.tokens.items);
            }
            m_usersRead += int(users.size());
        });
    schedulePump();
}

// After the pager that answered has taken its page (it is still loading while it calls back):
// the next request first, then the page kept is inserted (now or later), while the server
// works on the next one.
void HygieneModel::schedulePump() {
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (generation != m_generation)
                return;
            pump();
            if (generation == m_generation && m_busy)
                scheduleInsert();
        },
        Qt::QueuedConnection);
}

int HygieneModel::textIndex(const QString &text) {
    auto it = m_textIndexes.constFind(text);
    if (it != m_textIndexes.constEnd())
        return *it;
    const int index = int(m_texts.size());
    m_texts.append(text);
    m_textIndexes.insert(text, index);
    return index;
}

int HygieneModel::descriptionIndex(const QString &description) {
    const int index = textIndex(description);
    if (m_duplicateKeys.size() <= index)
        m_duplicateKeys.resize(index + 1, NotAKey);
    if (m_duplicateKeys.at(index) == NotAKey) {
        // Descriptions repeat (the CLI's logins): their duplicate key is made once, numbered.
        const QString key = TokenHygiene::duplicateKey(AccessToken{{}, description, {}, {}});
        m_duplicateKeys[index] =
            key.isEmpty() ? -1
                          : *m_keyIndexes.insert(key, m_keyIndexes.value(key, m_keyIndexes.size()));
    }
    return index;
}

void HygieneModel::keep(int owner, const QList<AccessToken> &tokens) {
    for (const AccessToken &token : tokens) {
        Row row;
        row.owner = owner;
        row.description = descriptionIndex(token.description);
        // Most ids are UUIDs: 16 bytes instead of a string of 36 characters.
        row.uuid = QUuid::fromString(token.id);
        if (row.uuid.isNull() || row.uuid.toString(QUuid::WithoutBraces) != token.id) {
            row.uuid = QUuid();
            row.otherId = textIndex(token.id);
        }
        row.created = token.created.toMSecsSinceEpoch();
        if (token.expiresAt)
            row.expires = token.expiresAt->toMSecsSinceEpoch();
        m_kept.append(row);
    }
}

QString HygieneModel::idOf(const Row &row) const {
    return row.otherId >= 0 ? m_texts.at(row.otherId) : row.uuid.toString(QUuid::WithoutBraces);
}

AccessToken HygieneModel::cellsOf(const Row &row) const {
    AccessToken token;
    token.description = m_texts.at(row.description);
    token.created = QDateTime::fromMSecsSinceEpoch(row.created, Qt::UTC);
    if (row.expires != NoExpiry)
        token.expiresAt = QDateTime::fromMSecsSinceEpoch(row.expires, Qt::UTC);
    return token;
}

AccessToken HygieneModel::token(const Row &row) const {
    AccessToken token = cellsOf(row);
    token.id = idOf(row);
    return token;
}

void HygieneModel::scheduleInsert() {
    if (m_kept.isEmpty())
        return;
    if (m_rows.isEmpty() || m_insertTimer.interval() == 0)
        insertKept(); // the first rows show at once
    else if (!m_insertTimer.isActive())
        m_insertTimer.start();
}

void HygieneModel::insertKept() {
    m_insertTimer.stop();
    if (!m_kept.isEmpty())
        append(std::exchange(m_kept, {}));
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
    keep(owner, result.value->items);
    schedulePump();
}

// The rows of the pages kept (several owners) as one insertion, then each owner judged once:
// one rowsInserted, dataChanged and countsChanged per insertion, not per owner.
void HygieneModel::append(const QList<Row> &rows) {
    const qsizetype count = rows.size();
    if (count == 0)
        return;
    const int first = int(m_rows.size());
    if (m_rows.capacity() < first + count) {
        // Room for the tokens the users so far announce, and as many per user for the users to
        // come: one allocation for the board, not one (and a copy of every row) per insertion.
        // (The counts are the server's: never more than four times what came.)
        const qsizetype needed = first + count;
        qsizetype expected = needed;
        if (m_usersRead > 0 && m_totalCount > m_usersRead)
            expected = qsizetype(
                std::min(double(m_tokensAnnounced) * m_totalCount / m_usersRead * (1 + 1 / 32.0),
                         double(needed * 4 + 4096)));
        expected = std::clamp(expected, needed, needed * 4 + 4096);
        m_rows.reserve(expected);
    }
    beginInsertRows({}, first, first + int(count) - 1);
    std::vector<int> owners; // each once, though its tokens may have come in several pages
    for (const Row &row : rows) {
        if (owners.empty() || owners.back() != row.owner)
            owners.push_back(row.owner);
        m_owners.at(row.owner).rows.append(int(m_rows.size()));
        m_rows.append(row);
    }
    // The new rows come with their flags (no dataChanged for them: a sorting, filtering proxy
    // would take each out and put it back); rows loaded before may change (a new duplicate).
    int firstChanged = INT_MAX;
    int lastChanged = -1;
    bool countsChangedToo = false;
    std::sort(owners.begin(), owners.end());
    owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
    for (int owner : owners)
        countsChangedToo |= judge(owner, &firstChanged, &lastChanged, first);
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
    const Owner *entry = &m_owners.at(owner);
    const qsizetype tokens = entry->rows.size();
    QVarLengthArray<int, 32> keys; // the numbers of their duplicate keys
    keys.reserve(tokens);
    for (int index : entry->rows)
        keys.append(m_duplicateKeys.at(m_rows.at(index).description));
    QHash<int, int> counted; // many tokens: counted by key rather than compared in pairs
    if (tokens > 32) {
        for (int key : keys) {
            if (key >= 0)
                ++counted[key];
        }
    }
    for (qsizetype i = 0; i < tokens; ++i) {
        const int index = entry->rows.at(i);
        Row &row = m_rows[index];
        const int key = keys.at(i);
        bool duplicate = false;
        if (key < 0)
            duplicate = false;
        else if (tokens > 32)
            duplicate = counted.value(key) > 1;
        else
            for (qsizetype j = 0; j < tokens && !duplicate; ++j)
                duplicate = j != i && keys.at(j) == key;
        const TokenHygiene::Flags flags =
            TokenHygiene::flagsOf(cellsOf(row), entry->info, m_context, duplicate);
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
        return idOf(row);
    case EmailRole:
        return owner.email;
    case FlagsRole:
        return int(row.flags);
    default:
        break;
    }
    const AccessToken token = cellsOf(row);
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
            return TokenDisplay::description(token);
        if (role == Qt::ToolTipRole)
            return PlainText::toRichText(TokenDisplay::description(token));
        if (role == SortRole)
            return token.description.toLower();
        break;
    case CreatedColumn:
        return TokenDisplay::cell(token, TokenDisplay::Column::Created, role, SortRole, now);
    case ExpiresColumn:
        return TokenDisplay::cell(token, TokenDisplay::Column::Expires, role, SortRole, now);
    case AgeColumn:
        if (role == Qt::DisplayRole)
            return tr("%n day(s)", nullptr, int(token.created.daysTo(now)));
        if (role == SortRole)
            return token.created.secsTo(now);
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

namespace {
// a.toLower() < b.toLower(), without making either when both are ASCII (descriptions, emails).
bool lowerLess(const QString &a, const QString &b) {
    if (a.constData() == b.constData() && a.size() == b.size())
        return false;
    const qsizetype common = std::min(a.size(), b.size());
    const QChar *x = a.constData();
    const QChar *y = b.constData();
    for (qsizetype i = 0; i < common; ++i) {
        char16_t p = x[i].unicode();
        char16_t q = y[i].unicode();
        if (p >= 0x80 || q >= 0x80)
            return a.toLower() < b.toLower();
        if (p >= 'A' && p <= 'Z')
            p += 'a' - 'A';
        if (q >= 'A' && q <= 'Z')
            q += 'a' - 'A';
        if (p != q)
            return p < q;
    }
    for (qsizetype i = common; i < a.size(); ++i) // the longer one's rest
        if (x[i].unicode() >= 0x80)
            return a.toLower() < b.toLower();
    for (qsizetype i = common; i < b.size(); ++i)
        if (y[i].unicode() >= 0x80)
            return a.toLower() < b.toLower();
    return a.size() < b.size();
}
} // namespace

bool HygieneModel::lessThan(int leftRow, int rightRow, int column) const {
    const Row &a = m_rows.at(leftRow);
    const Row &b = m_rows.at(rightRow);
    const Owner &p = m_owners.at(a.owner);
    const Owner &q = m_owners.at(b.owner);
    const auto lastActive = [](const Owner &owner) {
        return owner.info.lastActive ? owner.info.lastActive->toMSecsSinceEpoch()
                                     : std::numeric_limits<qint64>::min();
    };
    const auto flagsKey = [](const Row &row) {
        return qPopulationCount(uint(int(row.flags))) * 256 + int(row.flags);
    };
    switch (column) {
    case OwnerColumn:
        return p.sortKey < q.sortKey;
    case RoleColumn:
        return p.info.role < q.info.role;
    case LastActiveColumn:
        return lastActive(p) < lastActive(q);
    case DescriptionColumn:
        return a.description != b.description &&
               lowerLess(m_texts.at(a.description), m_texts.at(b.description));
    case CreatedColumn:
        return cellsOf(a).created.toSecsSinceEpoch() < cellsOf(b).created.toSecsSinceEpoch();
    case ExpiresColumn:
        return TokenDisplay::expiresSortKey(cellsOf(a)) < TokenDisplay::expiresSortKey(cellsOf(b));
    case AgeColumn:
        return cellsOf(a).created.secsTo(m_context.now) < cellsOf(b).created.secsTo(m_context.now);
    case FlagsColumn:
        return flagsKey(a) < flagsKey(b);
    default:
        return false;
    }
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

void HygieneFilterModel::setSourceModel(QAbstractItemModel *model) {
    if (m_rows)
        disconnect(m_rows, nullptr, this, nullptr);
    m_rows = qobject_cast<HygieneModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
    if (m_rows)
        connect(m_rows, &HygieneModel::loadingChanged, this, &HygieneFilterModel::followLoading);
    followLoading();
}

void HygieneFilterModel::sort(int column, Qt::SortOrder order) {
    QSortFilterProxyModel::sort(column, order);
    followLoading();
}

void HygieneFilterModel::followLoading() {
    const bool suspend = m_rows && m_rows->isBusy() && sortColumn() >= 0 &&
                         sortColumn() != HygieneModel::OwnerColumn;
    if (suspend == m_suspended)
        return;
    m_suspended = suspend;
    setDynamicSortFilter(!suspend); // sorts the whole table when it turns on again
    // Rows whose flags changed meanwhile (a duplicate found later) were not filtered again.
    if (!suspend && m_flag != 0)
        invalidateRowsFilter();
}

bool HygieneFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    if (m_rows && left.model() == m_rows && sortRole() == HygieneModel::SortRole &&
        left.column() == right.column() && sortCaseSensitivity() == Qt::CaseSensitive &&
        !isSortLocaleAware())
        return m_rows->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
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
