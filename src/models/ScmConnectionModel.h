#pragma once

#include "ApiTypes.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

class ModerneApi;

// One row per SCM provider connection (scmConnections), connected ones first.
class ScmConnectionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ProviderColumn, OriginColumn, StatusColumn, ExpiresColumn, ColumnCount };
    enum class Status { Connected, Expired, NotConnected };
    Q_ENUM(Status)
    using Clock = std::function<QDateTime()>;

    explicit ScmConnectionModel(ModerneApi *api, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Status status(const ScmConnection &connection) const;
    int connectedCount() const;
    static QString providerName(const QString &typeName);

    void setConnections(QList<ScmConnection> connections);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);
    void loaded();

private:
    ModerneApi *m_api;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QList<ScmConnection> m_connections;
};
