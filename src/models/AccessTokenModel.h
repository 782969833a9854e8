#pragma once

#include "ApiTypes.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

class ModerneApi;

// The signed-in user's personal access tokens (currentUser.tokens), loaded page by page
// through fetchMore so thousands of tokens never freeze the window. Holds no token values.
class AccessTokenModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DescriptionColumn, CreatedColumn, ExpiresColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, ExpiryStateRole };
    enum class ExpiryState { Fine, Soon, Expired, Never };
    Q_ENUM(ExpiryState)

    using Clock = std::function<QDateTime()>;

    explicit AccessTokenModel(ModerneApi *api, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setPageSize(int size) { m_pageSize = size; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int totalCount() const { return m_totalCount; }
    bool isLoading() const { return m_loading; }
    const AccessToken &tokenAt(int row) const { return m_tokens.at(row); }
    ExpiryState expiryState(const AccessToken &token) const;

public Q_SLOTS:
    void reload();
    void clear();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void totalCountChanged(int count);

private:
    void requestPage(const QString &after);
    void setLoading(bool loading);

    ModerneApi *m_api;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QList<AccessToken> m_tokens;
    int m_pageSize = 500;
    int m_totalCount = 0;
    bool m_hasNextPage = false;
    QString m_endCursor;
    bool m_loading = false;
    quint64 m_generation = 0; // ignores pages of a list that was reloaded meanwhile
};
