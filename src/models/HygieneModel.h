#pragma once

#include "ApiTypes.h"
#include "ConnectionPager.h"
#include "ItemRoles.h"
#include "ModelPaging.h"
#include "PagedTableModel.h"
#include "TokenHygiene.h"

#include <QHash>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QUuid>

#include <limits>

#include <deque>
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
//
// While a load is on, the next users page is asked for as soon as an answer's text names its
// cursor, before the answer is parsed (it is used only if the parsed page has that cursor), and
// a page's answer is then only kept; the pages kept are inserted together at most every
// insertInterval() ms (the first page of a load at once, the rest when the load ends or fails):
// a loading board inserts, judges, re-sorts and repaints a few times a second, not once per
// page, and works while the next page is on its way. Pages go in whole, in the order they came.
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

    // One token of the board, compact (a board holds every user's: 50,000 and more); token()
    // gives it whole.
    struct Row {
        QUuid uuid;                // the id, when it is a UUID written the usual way (else null)
        qint64 created = 0;        // ms since the epoch
        qint64 expires = NoExpiry; // ms since the epoch
        int owner = -1;            // index into the owners
        int description = 0;       // index into the texts
        int otherId = -1;          // index into the texts, when the id is not such a UUID
        TokenHygiene::Flags flags;
    };
    static constexpr qint64 NoExpiry = std::numeric_limits<qint64>::min();
    // Pages kept while loading are inserted at most this often (ms); 0: each page at once.
    static constexpr int DefaultInsertInterval = 250;

    HygieneModel(UserApi *users, AccessTokenApi *tokens, QObject *parent = nullptr);
    ~HygieneModel() override;

    // Users per page and the tokens of each that come with them (each at most MaxPageSize); the
    // same size for the further pages of a user's tokens.
    void setPageSizes(int users, int tokens);
    int usersPageSize() const { return m_pager.pageSize(); }
    int tokensPageSize() const { return m_tokensPage; }
    void setInsertInterval(int ms) { m_insertTimer.setInterval(std::max(0, ms)); }
    int insertInterval() const { return m_insertTimer.interval(); }

    // What the flags are judged against; the rows' flags and the counts follow at once.
    void setContext(const TokenHygiene::Context &context);
    const TokenHygiene::Context &context() const { return m_context; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Row &row(int index) const { return m_rows.at(index); }
    AccessToken token(int index) const { return token(m_rows.at(index)); }
    AccessToken token(const Row &row) const;
    const TokenHygiene::Owner &ownerOf(const Row &row) const { return m_owners.at(row.owner).info; }
    // The order of `column`'s SortRole between two rows, without making their QVariants.
    bool lessThan(int leftRow, int rightRow, int column) const;
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
    // Runs `then` once the requests sent so far have been written out (e.g. the first page's
    // after reload(), before a pane showing it lays itself out and paints).
    void afterRequestsSent(QObject *context, std::function<void()> then);

Q_SIGNALS:
    // The per-flag counts changed.
    void countsChanged();
    // The last page is in.
    void completed();

private:
    struct Owner {
        TokenHygiene::Owner info;
        QString sortKey; // the email in lower case (the Owner column's SortRole)
        QList<int> rows;
        // The rest of its tokens, while there are more to read than came with the user.
        std::unique_ptr<ConnectionPager<AccessToken>> more;
    };

    void setBusy(bool busy);
    void pump();
    void schedulePump();
    struct Ahead;
    void requestUsers(int first, const QString &after,
                      ConnectionPager<UserWithTokens>::PageCallback done, quint64 generation,
                      const Ahead *ahead = nullptr);
    void fetchUsers(int first, const QString &after,
                    ConnectionPager<UserWithTokens>::PageCallback done);
    void readAhead(const QByteArray &body, quint64 generation, const Ahead *from);
    void onUsersPage(const ApiResult<UserPage> &result, quint64 generation);
    void onTokensPage(int owner, const ApiResult<AccessTokenPage> &result, quint64 generation);
    // Keeps a page's tokens (as rows) until the next insertion.
    void keep(int owner, const QList<AccessToken> &tokens);
    // Inserts what was kept: at once for the first page of a load, else within the interval.
    void scheduleInsert();
    void insertKept();
    void append(const QList<Row> &rows);
    // The index of `text` among the texts (descriptions, roles and odd ids, each kept once).
    int textIndex(const QString &text);
    // textIndex(), with its duplicate key numbered.
    int descriptionIndex(const QString &description);
    QString idOf(const Row &row) const;
    // The row's token without its id (for its cells and flags).
    AccessToken cellsOf(const Row &row) const;
    bool judge(int owner, int *firstChanged, int *lastChanged, int newRows);
    void fail(const QString &message);
    static bool costRefused(const ApiResult<UserPage> &result);

    UserApi *m_usersApi;
    AccessTokenApi *m_tokensApi;
    TokenHygiene::Context m_context;
    // The next users page, asked for from the cursor in the text of the page before it.
    struct Ahead {
        QString after;
        std::optional<ApiResult<UserPage>> result;          // its answer, once it came
        ConnectionPager<UserWithTokens>::PageCallback done; // the pager's, once it asked
    };
    std::deque<std::unique_ptr<Ahead>> m_aheads; // oldest first; at most two
    std::vector<Owner> m_owners;
    QList<Row> m_rows;
    QList<Row> m_kept; // pages in, not inserted yet
    QTimer m_insertTimer;
    QStringList m_texts; // descriptions, roles and odd ids, each once
    QHash<QString, int> m_textIndexes;
    // Per text used as a description: the number of its TokenHygiene::duplicateKey (-1: none).
    static constexpr int NotAKey = -2;
    QList<int> m_duplicateKeys;
    QHash<QString, int> m_keyIndexes;
    qint64 m_tokensAnnounced = 0; // the token counts of the users read so far
    int m_usersRead = 0;
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

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // While the board loads, sorting by a column other than the owner's (the order the pages
    // come in) is suspended: each insertion is sorted in itself and added at the end, and the
    // whole table is sorted once when the load ends (instead of every row of every insertion
    // put into place one by one).
    void followLoading();

    HygieneModel *m_rows = nullptr;
    int m_flag = 0;
    bool m_suspended = false;
};
