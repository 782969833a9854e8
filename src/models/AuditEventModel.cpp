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
                       auto done) { fetchPage(first, after, std::move(done)); },
                MaxPageSize)
    , m_api(api) {
    m_pager.setLoadingChanged([this](bool loading) { Q_EMIT loadingChanged(loading); });
    m_releaseTimer.setSingleShot(true);
    connect(&m_releaseTimer, &QTimer::timeout, this, &AuditEventModel::releaseSlice);
}

void AuditEventModel::setPageSize(int size) {
    m_pager.setPageSize(std::clamp(size, 1, int(MaxPageSize)));
}

void AuditEventModel::fetchPage(int first, const QString &after, PageCallback done) {
    if (m_ahead && m_ahead->after == after) {
        if (!m_ahead->result) {
            m_ahead->done = std::move(done); // on its way: answers the pager when it comes
            return;
        }
        if (!m_ahead->result->error) {
            // Already here: answered as a request would be, after this call.
            QMetaObject::invokeMethod(
                this,
                [this, result = *std::move(m_ahead->result), done = std::move(done),
                 generation = m_generation] {
                    if (generation == m_generation)
                        arrived(result, done);
                },
                Qt::QueuedConnection);
            m_ahead.reset();
            return;
        }
        // A page read ahead that failed is asked for again now that it is wanted.
    }
    m_ahead.reset();
    request(
        first, after,
        [this, done = std::move(done)](const ApiResult<AuditEventPage> &result) {
            arrived(result, done);
        },
        m_generation);
}

void AuditEventModel::readAhead(const QString &after) {
    m_ahead = Ahead{after, std::nullopt, {}};
    request(
        m_pager.pageSize(), after,
        [this, after](const ApiResult<AuditEventPage> &result) {
            if (!m_ahead || m_ahead->after != after)
                return;
            if (!m_ahead->done) {
                m_ahead->result = result; // until the pager asks
                return;
            }
            const PageCallback done = std::move(m_ahead->done);
            m_ahead.reset();
            arrived(result, done);
        },
        m_generation);
}

void AuditEventModel::afterRequestsSent(QObject *context, std::function<void()> then) {
    m_api->afterRequestsSent(context, std::move(then));
}

void AuditEventModel::arrived(const ApiResult<AuditEventPage> &result, const PageCallback &done) {
    if (!result.error && result.value && result.value->hasNextPage && m_readAhead &&
        m_readAhead()) {
        readAhead(result.value->endCursor);
        // This page's rows once the next request has left: it waits for this thread.
        afterRequestsSent(this, [this, result, done, generation = m_generation] {
            if (generation == m_generation)
                done(result);
        });
        return;
    }
    done(result);
}

void AuditEventModel::request(int first, const QString &after, PageCallback done,
                              quint64 generation) {
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
    m_ahead.reset();
    m_pager.reset();
    dropRows();
    // Nothing of them stays (another user or tenant may come next).
    m_releaseTimer.stop();
    m_released.clear();
}

void AuditEventModel::dropRows() {
    beginResetModel();
    // Let go of later, a slice at a time, once the first page of what comes next is in: freeing
    // 100,000 events at once takes the heap tens of milliseconds (there and at the next larger
    // allocation), which would delay the next rows.
    if (!m_events.isEmpty())
        m_released.push_back(std::exchange(m_events, {}));
    m_pool.clear();
    endResetModel();
    ModelPaging::setTotal(this, &m_totalCount, 0);
}

void AuditEventModel::releaseSlice() {
    constexpr qsizetype Slice = 4000; // about a millisecond
    if (m_released.empty())
        return;
    QList<AuditEvent> &last = m_released.back();
    if (last.size() > Slice)
        last.resize(last.size() - Slice);
    else
        m_released.pop_back();
    if (!m_released.empty())
        m_releaseTimer.start(0);
}

void AuditEventModel::reload() {
    ++m_generation;
    m_ahead.reset();
    m_pager.reset();
    // The first page is on its way before the rows shown go: the server works meanwhile.
    m_pager.fetchNext([this](const ApiResult<AuditEventPage> &result) { onPage(result); });
    dropRows();
}

QString AuditEventModel::shared(const QString &value) {
    // The few actors, targets, actions and outcomes, each held once: a page's copies go at once.
    const auto it = m_pool.constFind(value);
    if (it != m_pool.cend())
        return *it;
    m_pool.insert(value);
    return value;
}

void AuditEventModel::onPage(const ApiResult<AuditEventPage> &result) {
    if (!m_released.empty() && !m_releaseTimer.isActive())
        m_releaseTimer.start(ReleaseDelayMs); // after the view painted this page
    ModelPaging::take(
        this, result, &m_totalCount, "audit events", [this](const QList<AuditEvent> &events) {
            const int first = int(m_events.size());
            beginInsertRows({}, first, first + int(events.size()) - 1);
            for (AuditEvent event : events) {
                event.actorEmail = shared(event.actorEmail);
                event.target = shared(event.target);
                event.action = shared(event.action);
                event.actionType = shared(event.actionType);
                event.outcome = shared(event.outcome);
                m_events.append(std::move(event));
            }
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
