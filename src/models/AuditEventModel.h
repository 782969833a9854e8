#pragma once

#include "ApiTypes.h"
#include "ModelPaging.h"
#include "PagedTableModel.h"

#include <QStringList>

class AuditApi;

// The platform's audit events (administrators), newest first, narrowed by an AuditFilter, paged
// as the view scrolls (canFetchMore / fetchMore): never all up front, since auditLogs is an
// expensive field. When the server refuses a page for its estimated cost, the next requests ask
// for fewer events (halving, down to a few) without a word; only a refusal at the smallest page
// size is a failure (loadFailed).
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

    // The first page for the current filter (what was shown goes).
    void reload();
    void clear();

Q_SIGNALS:
    void pageLoaded();
    void choicesChanged();

private:
    void request(int first, const QString &after, ConnectionPager<AuditEvent>::PageCallback done,
                 quint64 generation);
    void onPage(const ApiResult<AuditEventPage> &result);

    AuditApi *m_api;
    AuditFilter m_filter;
    QList<AuditEvent> m_events;
    QStringList m_actions;
    QStringList m_targets;
    quint64 m_generation = 0;
};
