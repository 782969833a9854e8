#pragma once

#include "ApiTypes.h"
#include "ModelPaging.h"
#include "PagedTableModel.h"

#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

class AuditApi;

// The platform's audit events (administrators), newest first, narrowed by an AuditFilter, paged
// as the view scrolls (canFetchMore / fetchMore): never all up front, since auditLogs is an
// expensive field. When the server refuses a page for its estimated cost, the next requests ask
// for fewer events (halving, down to a few) without a word; only a refusal at the smallest page
// size is a failure (loadFailed). While the view says it shows the end of the events loaded
// (setReadAhead), a page that comes in asks for the next one at once, before its rows go in, and
// the next fetchMore() takes that answer: scrolling through the log waits for the server less.
class AuditEventModel : public PagedTableModel, public PagedRows<AuditEvent> {
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, IdRole, FailureRole, TimestampRole };
    enum Column {
        TimeColumn,
        ActorColumn,
        TargetColumn,
        ActionColumn,
        OutcomeColumn,
        DescriptionColumn,
        ColumnCount
    };
    // The schema's default and the most a page asks for; the fewest after cost refusals.
    static constexpr int MaxPageSize = 100;
    static constexpr int MinPageSize = 5;

    explicit AuditEventModel(AuditApi *api, QObject *parent = nullptr);

    AuditFilter filter() const { return m_filter; }
    // Takes the filter for the next reload().
    void setFilter(const AuditFilter &filter) { m_filter = filter; }
    // The size of the next page (lowered after a cost refusal, never above MaxPageSize).
    int pageSize() const { return m_pager.pageSize(); }
    void setPageSize(int size);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    const AuditEvent &event(int row) const { return m_events.at(row); }
    const QList<AuditEvent> &events() const { return m_events; }
    bool hasMore() const { return m_pager.hasStarted() && m_pager.hasNextPage(); }
    // The actions and targets of the events loaded so far (sorted, each once), offered as
    // choices: the platform's strings are not hard-coded beyond the documented ones.
    QStringList actionsSeen() const { return m_actions; }
    QStringList targetsSeen() const { return m_targets; }

    // Asked when a page comes in, before its rows go in: true when the next page should already
    // be on its way (the view shows the end of what is loaded). Unset: a page only when asked.
    void setReadAhead(std::function<bool()> wanted) { m_readAhead = std::move(wanted); }

    // The first page for the current filter (what was shown goes).
    void reload();
    void clear();
    // Runs `then` once the requests sent so far have been written out (e.g. the first page's
    // after reload(), before a pane showing it lays itself out and paints).
    void afterRequestsSent(QObject *context, std::function<void()> then);

Q_SIGNALS:
    void pageLoaded();
    void choicesChanged();

private:
    using PageCallback = ConnectionPager<AuditEvent>::PageCallback;
    // The pager's fetch: the page read ahead for `after` if there is one, else a request.
    void fetchPage(int first, const QString &after, PageCallback done);
    void request(int first, const QString &after, PageCallback done, quint64 generation);
    // A page the pager asked for came: the next one read ahead if the view wants it, then `done`.
    void arrived(const ApiResult<AuditEventPage> &result, const PageCallback &done);
    void readAhead(const QString &after);
    void onPage(const ApiResult<AuditEventPage> &result);
    // No rows (a model reset); the total 0. The rows are let go of later (releaseSlice).
    void dropRows();
    // Frees some of the rows dropped, and comes back for the rest.
    void releaseSlice();
    // `value`, or the equal string held already (one copy of each for all the rows).
    QString shared(const QString &value);

    AuditApi *m_api;
    AuditFilter m_filter;
    QList<AuditEvent> m_events;
    QSet<QString> m_pool;
    // Rows of earlier filters, freed a slice at a time from ReleaseDelayMs after a page came.
    std::vector<QList<AuditEvent>> m_released;
    QTimer m_releaseTimer;
    static constexpr int ReleaseDelayMs = 100;
    QStringList m_actions;
    QStringList m_targets;
    quint64 m_generation = 0;
    std::function<bool()> m_readAhead;
    // The page asked for ahead of the pager: the cursor it follows, its answer once it came, and
    // the pager's callback once the pager asked for it (whichever comes first waits).
    struct Ahead {
        QString after;
        std::optional<ApiResult<AuditEventPage>> result;
        PageCallback done;
    };
    std::optional<Ahead> m_ahead;
};
