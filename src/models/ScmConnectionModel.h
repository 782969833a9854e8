#pragma once

#include "ApiTypes.h"
#include "ItemRoles.h"
#include "TenantProfile.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSet>

#include <functional>

class ScmApi;

// One row per SCM provider connection (scmConnections), grouped as on the platform's page:
// connected, then expired (v1) or invalid (v2), then not connected. Each connected row has a
// live countdown whose cells are refreshed (dataChanged) only for the rows a view asks for.
// What the countdown means depends on the tenant's generation: on v1 an SCM token expires at
// its end; on v2 the platform renews the credential, so the end is when the renewal is due
// (not an error) — and the model asks for a reload then (renewalDue), since the platform
// renews on the next read. v2 reports a connection it can no longer use as invalid.
class ScmConnectionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ProviderColumn,
        OriginColumn,
        StatusColumn,
        CreatedColumn,
        ExpiresColumn,
        TimeLeftColumn, // the countdown with its bar
        ActionColumn,   // a button per row (ActionRole says which)
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, // Status as int
        OriginRole,
        TypeNameRole,
        CreatedRole,    // QDateTime, invalid when not connected
        ExpiresAtRole,  // QDateTime, invalid when not connected or never expires
        LifetimeRole,   // qint64 seconds the token lasts in all (GitHub App tokens: 8 h)
        RemainingRole,  // qint64 seconds left (negative once expired)
        FractionRole,   // double 0..1: what the bar shows
        UrgencyRole,    // Urgency as int
        ActionRole,     // QString: "Connect" / "Connect again" / "Disconnect" (a button)
        ActionKindRole, // Action as int: what the row's button does
        ToneRole = ItemRoles::ToneRole,
    };
    enum class Status { Connected, Expired, Invalid, NotConnected };
    Q_ENUM(Status)
    // What a row's button does. Reconnect: v1, a new connect over the expired one; v2, the
    // documented fix for an invalid connection, Disconnect then Connect.
    enum class Action { Connect, Reconnect, Disconnect };
    Q_ENUM(Action)
    enum class Urgency { None, Fine, Soon, Expired };
    Q_ENUM(Urgency)
    using Clock = std::function<QDateTime()>;

    static constexpr qint64 GithubTokenLifetime = 8 * 3600;

    explicit ScmConnectionModel(ScmApi *api, QObject *parent = nullptr);

    void setClock(Clock clock);
    QDateTime now() const { return m_clock(); }
    void setGeneration(TenantProfile::Generation generation);
    TenantProfile::Generation generation() const { return m_generation; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Status status(const ScmConnection &connection) const;
    Action action(const ScmConnection &connection) const;
    int connectedCount() const;
    static QString providerName(const QString &typeName);
    static QString providerIconPath(const QString &typeName);
    // The seconds a token of this connection lasts in all (0 = unknown / never expires).
    static qint64 lifetime(const ScmConnection &connection);

    const QList<ScmConnection> &connections() const { return m_connections; }
    const ScmConnection &connectionAt(int row) const { return m_connections.at(row); }
    int rowOf(const QString &origin) const;

    void setConnections(QList<ScmConnection> connections);

public Q_SLOTS:
    void reload();
    // One tick of the shared ticker: dataChanged for the countdown cells (Expires, Time left)
    // of rows first..last only; a row whose status changed (a token expired) is regrouped.
    void refreshCountdowns(int firstRow, int lastRow);

Q_SIGNALS:
    void loadFailed(const QString &message);
    void loaded();
    // After a load or when a token expired on its own: counts and groups changed.
    void connectionsChanged();
    // v2: a connected credential reached the time its renewal is due; the platform renews it
    // on the next read, so the list should be read again (once per credential).
    void renewalDue(const QString &origin);

private:
    void regroup();

    ScmApi *m_api;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QList<ScmConnection> m_connections;
    QList<Status> m_statuses; // as of the last grouping
    // Until a tenant says otherwise, the rules of the requirement texts (v1).
    TenantProfile::Generation m_generation = TenantProfile::Generation::V1;
    QSet<QString> m_renewalAsked; // v2: origins whose due renewal was announced
};
