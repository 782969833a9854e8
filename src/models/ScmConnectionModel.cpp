#include "ScmConnectionModel.h"

#include "Changed.h"
#include "ExpiryRules.h"
#include "PlainText.h"
#include "ScmApi.h"
#include "TimeFormat.h"
#include "TokenDisplay.h"

#include <QIcon>
#include <QLocale>

#include <numeric>

namespace {
// The providers TokenDesk knows: the connection's GraphQL type, its name, its icon.
struct Provider {
    const char *typeName;
    const char *name; // translated in the context ScmConnectionModel
    const char *icon;
};
constexpr Provider Providers[] = {
    {"GithubConnection", QT_TRANSLATE_NOOP("ScmConnectionModel", "GitHub"), ":/icons/github.svg"},
    {"GitLabConnection", QT_TRANSLATE_NOOP("ScmConnectionModel", "GitLab"), ":/icons/gitlab.svg"},
    {"BitbucketConnection", QT_TRANSLATE_NOOP("ScmConnectionModel", "Bitbucket Data Center"),
     ":/icons/bitbucket.svg"},
    {"BitbucketCloudConnection", QT_TRANSLATE_NOOP("ScmConnectionModel", "Bitbucket Cloud"),
     ":/icons/bitbucket-cloud.svg"},
    {"AzureDevOpsConnection", QT_TRANSLATE_NOOP("ScmConnectionModel", "Azure DevOps"),
     ":/icons/azure-devops.svg"},
};

const Provider *providerOf(const QString &typeName) {
    for (const Provider &provider : Providers) {
        if (typeName == QLatin1String(provider.typeName))
            return &provider;
    }
    return nullptr;
}

const ScmToken *latestToken(const ScmConnection &connection) {
    return connection.tokens.isEmpty() ? nullptr : &connection.tokens.constLast();
}
} // namespace

ScmConnectionModel::ScmConnectionModel(ScmApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api) {}

void ScmConnectionModel::setClock(Clock clock) {
    m_clock = std::move(clock);
}

void ScmConnectionModel::setGeneration(TenantProfile::Generation generation) {
    if (setChanged(m_generation, generation))
        setConnections(m_connections); // the same rows, grouped and said as this generation does
}

int ScmConnectionModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_connections.size());
}

int ScmConnectionModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScmConnectionModel::providerName(const QString &typeName) {
    const Provider *provider = providerOf(typeName);
    return provider ? tr(provider->name) : typeName;
}

QString ScmConnectionModel::providerIconPath(const QString &typeName) {
    const Provider *provider = providerOf(typeName);
    return QLatin1String(provider ? provider->icon : ":/icons/link.svg");
}

qint64 ScmConnectionModel::lifetime(const ScmConnection &connection) {
    const ScmToken *token = latestToken(connection);
    if (!token || !token->expiresAt.isValid())
        return 0;
    // GitHub App user tokens last 8 hours; for the others the token says how long.
    if (connection.typeName == QLatin1String("GithubConnection"))
        return GithubTokenLifetime;
    return token->created.isValid() ? std::max<qint64>(0, token->created.secsTo(token->expiresAt))
                                    : 0;
}

ScmConnectionModel::Status ScmConnectionModel::status(const ScmConnection &connection) const {
    if (connection.tokens.isEmpty())
        return Status::NotConnected;
    if (m_generation == TenantProfile::Generation::V2) // renewed by the platform, or invalid
        return connection.isAuthorized ? Status::Connected : Status::Invalid;
    const QDateTime expires = connection.tokens.constLast().expiresAt;
    if (expires.isValid() && expires <= m_clock())
        return Status::Expired;
    return connection.isAuthorized ? Status::Connected : Status::Expired;
}

ScmConnectionModel::Action ScmConnectionModel::action(const ScmConnection &connection) const {
    switch (status(connection)) {
    case Status::Connected:
        return Action::Disconnect;
    case Status::Expired:
    case Status::Invalid:
        return Action::Reconnect;
    case Status::NotConnected:
        break;
    }
    return Action::Connect;
}

int ScmConnectionModel::connectedCount() const {
    return int(
        std::count_if(m_connections.cbegin(), m_connections.cend(),
                      [this](const ScmConnection &c) { return status(c) == Status::Connected; }));
}

int ScmConnectionModel::rowOf(const QString &origin) const {
    for (int row = 0; row < m_connections.size(); ++row) {
        if (m_connections.at(row).origin == origin)
            return row;
    }
    return -1;
}

QVariant ScmConnectionModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScmConnection &connection = m_connections.at(index.row());
    const Status state = status(connection);
    const ScmToken *token = latestToken(connection);
    const QDateTime expires = token ? token->expiresAt : QDateTime();
    const QDateTime created = token ? token->created : QDateTime();
    const QDateTime now = m_clock();
    const qint64 remaining = expires.isValid() ? now.secsTo(expires) : 0;
    const qint64 total = lifetime(connection);
    // v2: the end of the countdown is a renewal the platform does itself, never an alarm.
    const bool renewed = m_generation == TenantProfile::Generation::V2;
    Urgency urgency = Urgency::None;
    if (state == Status::Expired || state == Status::Invalid)
        urgency = Urgency::Expired;
    else if (state == Status::Connected)
        urgency = !renewed && expires.isValid() &&
                          ExpiryRules::stateForSecondsLeft(TokenKind::ScmToken, remaining) ==
                              ExpiryState::Soon
                      ? Urgency::Soon
                      : Urgency::Fine;
    const bool timed = index.column() == ExpiresColumn || index.column() == TimeLeftColumn;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProviderColumn:
            return providerName(connection.typeName);
        case OriginColumn:
            return connection.origin;
        case StatusColumn:
            switch (state) {
            case Status::Connected:
                return tr("Connected");
            case Status::Expired:
                return tr("Expired");
            case Status::Invalid:
                return tr("Invalid");
            case Status::NotConnected:
                break;
            }
            return tr("Not connected");
        case CreatedColumn:
            return created.isValid() ? TimeFormat::relative(created, now) : QString();
        case ExpiresColumn:
            if (state == Status::NotConnected || !expires.isValid())
                return state == Status::NotConnected ? QString() : tr("No expiry");
            if (renewed && state == Status::Connected)
                return remaining >= 60
                           ? tr("auto-renews %1").arg(TimeFormat::relative(expires, now))
                       : remaining > 0 ? tr("auto-renews in a moment")
                                       : tr("renewal due now");
            return TimeFormat::relative(expires, now);
        case TimeLeftColumn:
            if (state == Status::NotConnected)
                return QString();
            if (!expires.isValid())
                return tr("No expiry");
            if (remaining <= 0)
                return renewed && state == Status::Connected ? tr("Renewing…") : tr("Expired");
            return TimeFormat::countdown(remaining);
        }
        break;
    case ActionRole:
        switch (action(connection)) {
        case Action::Disconnect:
            return tr("Disconnect");
        case Action::Reconnect:
            return tr("Connect again");
        case Action::Connect:
            break;
        }
        return tr("Connect");
    case ActionKindRole:
        return int(action(connection));
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn && created.isValid())
            return tr("Connected %1").arg(TimeFormat::exact(created));
        if (state == Status::Invalid && (index.column() == StatusColumn || timed))
            return tr("The platform reports this connection as invalid. “Connect again” "
                      "disconnects it and connects it afresh, as the platform's documentation "
                      "advises.");
        if (renewed && state == Status::Connected && timed && expires.isValid())
            return tr("The platform renews this credential automatically; the current one is "
                      "due for renewal %1.")
                .arg(TimeFormat::exact(expires));
        if (timed && expires.isValid())
            return (remaining > 0 ? tr("Expires %1") : tr("Expired %1"))
                .arg(TimeFormat::exact(expires));
        if (index.column() == ProviderColumn)
            return PlainText::toRichText(
                tr("%1 at %2").arg(providerName(connection.typeName), connection.origin));
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == TimeLeftColumn && state != Status::NotConnected &&
            expires.isValid()) {
            if (renewed && state == Status::Connected)
                return remaining > 0 ? tr("renewal due in %1").arg(TimeFormat::countdown(remaining))
                                     : tr("Renewing…");
            return remaining > 0 ? tr("%1 left").arg(TimeFormat::countdown(remaining))
                                 : tr("Expired");
        }
        break;
    case ToneRole:
        if ((state == Status::Expired || state == Status::Invalid) &&
            (index.column() == StatusColumn || timed))
            return QVariant::fromValue(ExpiryState::Expired);
        if (urgency == Urgency::Soon && timed)
            return QVariant::fromValue(ExpiryState::Soon);
        break;
    case Qt::DecorationRole:
        if (index.column() == ProviderColumn)
            return QIcon(providerIconPath(connection.typeName));
        if (index.column() == StatusColumn) {
            if (state == Status::Connected)
                return TokenDisplay::icon(urgency == Urgency::Soon
                                              ? QStringLiteral(":/icons/warning.svg")
                                              : QStringLiteral(":/icons/connected.svg"));
            if (state == Status::Expired || state == Status::Invalid)
                return TokenDisplay::icon(QStringLiteral(":/icons/expired.svg"));
            return TokenDisplay::icon(QStringLiteral(":/icons/not-connected.svg"));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == TimeLeftColumn)
            return int(Qt::AlignCenter);
        break;
    case StatusRole:
        return int(state);
    case OriginRole:
        return connection.origin;
    case TypeNameRole:
        return connection.typeName;
    case CreatedRole:
        return created;
    case ExpiresAtRole:
        return expires;
    case LifetimeRole:
        return total;
    case RemainingRole:
        return remaining;
    case FractionRole:
        if (state == Status::NotConnected || !expires.isValid() || total <= 0)
            return state == Status::Connected ? 1.0 : 0.0;
        if (state == Status::Invalid)
            return 0.0;
        return std::clamp(double(remaining) / double(total), 0.0, 1.0);
    case UrgencyRole:
        return int(urgency);
    }
    return {};
}

QVariant ScmConnectionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return ItemRoles::columnTitle(
               {tr("Provider"), tr("Origin"), tr("Status"), tr("Created"), tr("Expires"),
                m_generation == TenantProfile::Generation::V2 ? tr("Until renewal")
                                                              : tr("Time left"),
                QString()},
               section, orientation, role)
        .value_or(QAbstractTableModel::headerData(section, orientation, role));
}

void ScmConnectionModel::setConnections(QList<ScmConnection> connections) {
    // Grouped as on the platform's page: connected, then expired, then not connected.
    std::stable_sort(connections.begin(), connections.end(),
                     [this](const ScmConnection &a, const ScmConnection &b) {
                         return int(status(a)) < int(status(b));
                     });
    beginResetModel();
    m_connections = std::move(connections);
    m_statuses.clear();
    for (const ScmConnection &connection : std::as_const(m_connections))
        m_statuses.append(status(connection));
    endResetModel();
    Q_EMIT loaded();
    Q_EMIT connectionsChanged();
}

void ScmConnectionModel::refreshCountdowns(int firstRow, int lastRow) {
    if (m_generation == TenantProfile::Generation::V2) {
        // A credential due for renewal: the platform renews it when it is next read. Asked
        // once per credential (its origin and end), so a renewal that does not come is not
        // asked for on every tick.
        const QDateTime now = m_clock();
        for (const ScmConnection &connection : std::as_const(m_connections)) {
            const ScmToken *token = latestToken(connection);
            if (status(connection) != Status::Connected || !token || !token->expiresAt.isValid() ||
                token->expiresAt > now)
                continue;
            const QString key = connection.origin + QLatin1Char('|') +
                                QString::number(token->expiresAt.toSecsSinceEpoch());
            if (!m_renewalAsked.contains(key)) {
                m_renewalAsked.insert(key);
                Q_EMIT renewalDue(connection.origin);
            }
        }
    }
    bool changed = false;
    for (int row = 0; row < m_connections.size() && !changed; ++row)
        changed = status(m_connections.at(row)) != m_statuses.at(row);
    if (changed) {
        regroup();
        return;
    }
    firstRow = std::max(0, firstRow);
    lastRow = std::min(int(m_connections.size()) - 1, lastRow);
    if (firstRow > lastRow)
        return;
    Q_EMIT dataChanged(index(firstRow, ExpiresColumn), index(lastRow, TimeLeftColumn),
                       {Qt::DisplayRole, ToneRole, Qt::ToolTipRole, Qt::AccessibleTextRole,
                        RemainingRole, FractionRole, UrgencyRole});
}

void ScmConnectionModel::regroup() {
    // A token expired on its own: its row moves to the expired group (a layout change, so
    // selections and persistent indexes follow it).
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> order(m_connections.size());
    std::iota(order.begin(), order.end(), 0);
    QList<Status> statuses;
    for (const ScmConnection &connection : std::as_const(m_connections))
        statuses.append(status(connection));
    std::stable_sort(order.begin(), order.end(), [&statuses](int a, int b) {
        return int(statuses.at(a)) < int(statuses.at(b));
    });
    QList<ScmConnection> sorted;
    QList<int> newRowOf(order.size());
    for (int i = 0; i < order.size(); ++i) {
        sorted.append(m_connections.at(order.at(i)));
        newRowOf[order.at(i)] = i;
    }
    QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    for (const QModelIndex &old : std::as_const(from))
        to.append(index(newRowOf.at(old.row()), old.column()));
    m_connections = std::move(sorted);
    m_statuses.clear();
    for (const ScmConnection &connection : std::as_const(m_connections))
        m_statuses.append(status(connection));
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (!m_connections.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT connectionsChanged();
}

void ScmConnectionModel::reload() {
    m_api->scmConnections(this, [this](const ApiResult<QList<ScmConnection>> &result) {
        if (result.error) {
            Q_EMIT loadFailed(result.error.message);
            return;
        }
        setConnections(*result.value);
    });
}
