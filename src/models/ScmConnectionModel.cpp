#include "ScmConnectionModel.h"

#include "ModerneApi.h"
#include "TimeFormat.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

ScmConnectionModel::ScmConnectionModel(ModerneApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
}

int ScmConnectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connections.size());
}

int ScmConnectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScmConnectionModel::providerName(const QString &typeName)
{
    if (typeName == QLatin1String("GithubConnection"))
        return tr("GitHub");
    if (typeName == QLatin1String("GitLabConnection"))
        return tr("GitLab");
    if (typeName == QLatin1String("BitbucketConnection"))
        return tr("Bitbucket Data Center");
    if (typeName == QLatin1String("BitbucketCloudConnection"))
        return tr("Bitbucket Cloud");
    if (typeName == QLatin1String("AzureDevOpsConnection"))
        return tr("Azure DevOps");
    return typeName;
}

ScmConnectionModel::Status ScmConnectionModel::status(const ScmConnection &connection) const
{
    if (connection.tokens.isEmpty())
        return Status::NotConnected;
    const QDateTime expires = connection.tokens.constLast().expiresAt;
    if (expires.isValid() && expires <= m_clock())
        return Status::Expired;
    return connection.isAuthorized ? Status::Connected : Status::Expired;
}

int ScmConnectionModel::connectedCount() const
{
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(),
                             [this](const ScmConnection &c) { return status(c) == Status::Connected; }));
}

QVariant ScmConnectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScmConnection &connection = m_connections.at(index.row());
    const Status state = status(connection);
    const QDateTime expires = connection.tokens.isEmpty() ? QDateTime()
                                                          : connection.tokens.constLast().expiresAt;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ProviderColumn:
            return providerName(connection.typeName);
        case OriginColumn:
            return connection.origin;
        case StatusColumn:
            return state == Status::Connected ? tr("Connected")
                   : state == Status::Expired ? tr("Expired")
                                              : tr("Not connected");
        case ExpiresColumn:
            if (state == Status::NotConnected || !expires.isValid())
                return QString();
            return TimeFormat::relative(expires, m_clock());
        }
    } else if (role == Qt::ToolTipRole && index.column() == ExpiresColumn && expires.isValid()) {
        return TimeFormat::exact(expires);
    } else if (role == Qt::ForegroundRole && index.column() == StatusColumn && state == Status::Expired) {
        return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    return {};
}

QVariant ScmConnectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case OriginColumn:
        return tr("Origin");
    case StatusColumn:
        return tr("Status");
    case ExpiresColumn:
        return tr("Expires");
    default:
        return {};
    }
}

void ScmConnectionModel::setConnections(QList<ScmConnection> connections)
{
    // Grouped as on the platform's page: connected, then expired, then not connected.
    std::stable_sort(connections.begin(), connections.end(),
                     [this](const ScmConnection &a, const ScmConnection &b) {
                         return int(status(a)) < int(status(b));
                     });
    beginResetModel();
    m_connections = std::move(connections);
    endResetModel();
    Q_EMIT loaded();
}

void ScmConnectionModel::reload()
{
    m_api->scmConnections(this, [this](const ApiResult<QList<ScmConnection>> &result) {
        if (result.error) {
            Q_EMIT loadFailed(result.error.message);
            return;
        }
        setConnections(*result.value);
    });
}
