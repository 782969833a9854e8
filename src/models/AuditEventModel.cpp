#include "AuditEventModel.h"

#include "AuditApi.h"
#include "ItemRoles.h"
#include "Logging.h"
#include "PlainText.h"

#include <QLocale>
#include <QPointer>

AuditEventModel::AuditEventModel(AuditApi *api, QObject *parent)
    : PagedTableModel(ColumnCount, parent)
    , PagedRows([this](int first, const QString &after,
                       auto done) { request(first, after, std::move(done), m_generation); },
                MaxPageSize)
    , m_api(api) {
    m_pager.setLoadingChanged([this](bool loading) { Q_EMIT loadingChanged(loading); });
}

void AuditEventModel::setPageSize(int size) {
    m_pager.setPageSize(std::clamp(size, 1, int(MaxPageSize)));
}

void AuditEventModel::request(int first, const QString &after,
                              ConnectionPager<AuditEvent>::PageCallback done, quint64 generation) {
    m_api->events(first, after, m_filter, this,
                  [this, first, after, done, generation](const ApiResult<AuditEventPage> &result) {
                      if (generation != m_generation)
                          return; // reloaded meanwhile: the pager drops it too
                      if (result.error &&
                          result.error.code == QLatin1String(AuditApi::CostRefusedCode) &&
                          first > MinPageSize) {
                          const int smaller = std::max(int(MinPageSize), first / 2);
                          qCInfo(lcModels) << "audit page of" << first
                                           << "refused for its cost; asking for" << smaller;
                          m_pager.setPageSize(smaller);
                          request(smaller, after, done, generation);
                          return;
                      }
                      done(result);
                  });
}

int AuditEventModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant AuditEventModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditEvent &event = m_events.at(index.row());
    const bool failure = event.outcome == QLatin1String("FAILURE");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(event.timestamp.toLocalTime(),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActorColumn:
            return event.actorEmail;
        case TargetColumn:
            return event.target;
        case ActionColumn:
            return event.action;
        case OutcomeColumn:
            return failure                                     ? tr("Failure")
                   : event.outcome == QLatin1String("SUCCESS") ? tr("Success")
                                                               : event.outcome;
        case DescriptionColumn:
            return event.description;
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return tr("%1 UTC").arg(event.timestamp.toUTC().toString(Qt::ISODateWithMs));
        if (index.column() == DescriptionColumn && !event.description.isEmpty())
            return PlainText::toRichText(event.description);
        if (index.column() == ActionColumn)
            return event.actionType;
        break;
    case SortRole:
        return index.column() == TimeColumn ? QVariant(event.timestamp.toMSecsSinceEpoch())
                                            : data(index, Qt::DisplayRole);
    case IdRole:
        return event.id;
    case FailureRole:
        return failure;
    case TimestampRole:
        return event.timestamp;
    default:
        break;
    }
    return {};
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return ItemRoles::columnTitle({tr("Time"), tr("Actor"), tr("Target"), tr("Action"),
                                   tr("Outcome"), tr("Description")},
                                  section, orientation, role)
        .value_or(QAbstractTableModel::headerData(section, orientation, role));
}

bool AuditEventModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_pager.hasStarted() && m_pager.canFetchMore();
}

void AuditEventModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    m_pager.fetchNext([this](const ApiResult<AuditEventPage> &result) { onPage(result); });
}

void AuditEventModel::clear() {
    ++m_generation;
    m_pager.reset();
    beginResetModel();
    m_events.clear();
    endResetModel();
    ModelPaging::setTotal(this, &m_totalCount, 0);
}

void AuditEventModel::reload() {
    clear();
    m_pager.fetchNext([this](const ApiResult<AuditEventPage> &result) { onPage(result); });
}

void AuditEventModel::onPage(const ApiResult<AuditEventPage> &result) {
    ModelPaging::take(
        this, result, &m_totalCount, "audit events", [this](const QList<AuditEvent> &events) {
            const int first = int(m_events.size());
            beginInsertRows({}, first, first + int(events.size()) - 1);
            m_events.append(events);
            endInsertRows();
            bool changed = false;
            for (const AuditEvent &event : events) {
                for (auto [list, value] :
                     {std::pair{&m_actions, &event.action}, std::pair{&m_targets, &event.target}}) {
                    if (value->isEmpty() || list->contains(*value))
                        continue;
                    list->insert(std::lower_bound(list->begin(), list->end(), *value), *value);
                    changed = true;
                }
            }
            if (changed)
                Q_EMIT choicesChanged();
        });
    if (!result.error)
        Q_EMIT pageLoaded();
}
