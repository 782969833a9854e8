#pragma once

#include "ApiTypes.h"
#include "ConnectionPager.h"
#include "ItemRoles.h"
#include "ModelPaging.h"
#include "PagedTableModel.h"
#include "TokenHygiene.h"

#include <QHash>
#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

class AccessTokenApi;
class UserApi;

// The hygiene board's rows (administrators): every user's personal access tokens in one flat
// table, each with its owner (role, last active) and its TokenHygiene flags. Loaded page by page
// to the end — users holding tokens (users(where: { tokenCount: { _gt: 0 } })) with a first
// page of their tokens, then the rest of a user's tokens (UserTokens) — one request at a time,
// never more than the schema's page size; a page refused for its estimated cost is asked for
// again with fewer users (then fewer tokens each) without a word. Nothing is asked before
// reload().
class HygieneModel : public PagedTableModel,
                     public PagedRows<UserWithTokens>,
                     public ItemRoles::UserRowRoles {
    Q_OBJECT
public:
    enum OwnRole {
        FlagsRole = FirstOwnRole, // TokenHygiene::Flags as an int
    };
    enum Column {
        OwnerColumn,
        RoleColumn,
        LastActiveColumn,
        DescriptionColumn,
        CreatedColumn,
        ExpiresColumn,
        AgeColumn,
        FlagsColumn,
        ColumnCount
    };
    static constexpr int MaxPageSize = 100; // the schema's default for users and tokens
    static constexpr int MinPageSize = 2;   // the fewest after cost refusals

    struct Row {
        int owner = -1; // index into the owners
        AccessToken token;
        TokenHygiene::Flags flags;
    };

    HygieneModel(UserApi *users, AccessTokenApi *tokens, QObject *parent = nullptr);
    ~HygieneModel() override;

    // Users per page and the tokens of each that come with them (each at most MaxPageSize); the
    // same size for the further pages of a user's tokens.
    void setPageSizes(int users, int tokens);
    int usersPageSize() const { return m_pager.pageSize(); }
    int tokensPageSize() const { return m_tokensPage; }

    // What the flags are judged against; the rows' flags and the counts follow at once.
    void setContext(const TokenHygiene::Context &context);
    const TokenHygiene::Context &context() const { return m_context; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Row &row(int index) const { return m_rows.at(index); }
    const TokenHygiene::Owner &ownerOf(const Row &row) const {
        return m_owners.at(row.owner)->info;
    }
    // Tokens carrying `flag` among the rows loaded.
    int count(TokenHygiene::Flag flag) const { return m_counts.value(flag); }
    // Rows with at least one flag.
    int flaggedCount() const { return m_flagged; }
    // Every page of users and tokens is in.
    bool isComplete() const { return m_complete; }
    bool isBusy() const { return m_busy; }

    // Everything again from the first page (what was shown goes).
    void reload();
    void clear();

Q_SIGNALS:
    // The per-flag counts changed.
    void countsChanged();
    // The last page is in.
    void completed();

private:
    struct Owner {
        TokenHygiene::Owner info;
        ConnectionPager<AccessToken> pager;
        QList<int> rows;
    };

    void setBusy(bool busy);
    void pump();
    void schedulePump();
    void requestUsers(int first, const QString &after,
                      ConnectionPager<UserWithTokens>::PageCallback done, quint64 generation);
    void onUsersPage(const ApiResult<UserPage> &result, quint64 generation);
    void onTokensPage(int owner, const ApiResult<AccessTokenPage> &result, quint64 generation);
    void append(const QList<std::pair<int, QList<AccessToken>>> &page);
    bool judge(int owner, int *firstChanged, int *lastChanged, int newRows);
    void fail(const QString &message);
    static bool costRefused(const ApiResult<UserPage> &result);

    UserApi *m_usersApi;
    AccessTokenApi *m_tokensApi;
    TokenHygiene::Context m_context;
    std::vector<std::unique_ptr<Owner>> m_owners;
    QList<Row> m_rows;
    QList<int> m_pendingOwners; // owners with more tokens to read
    QHash<int, int> m_counts;
    int m_flagged = 0;
    int m_tokensPage = 20;
    quint64 m_generation = 0;
    bool m_complete = false;
    bool m_busy = false;
};

// The board's view of the rows: only those carrying a flag (none: every row), sorted by any
// column's SortRole.
class HygieneFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit HygieneFilterModel(QObject *parent = nullptr);
    // 0: every row; otherwise rows with this flag.
    void setFlag(int flag);
    int flag() const { return m_flag; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_flag = 0;
};
