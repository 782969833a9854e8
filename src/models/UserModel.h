#pragma once

#include "TokenAdminApi.h"

#include <QAbstractItemModel>
#include <QDateTime>

#include <functional>
#include <memory>

class ModerneApi;

// The admin view: users holding personal access tokens (users(where: { tokenCount: { _gt: 0 } })),
// paged through fetchMore, each expandable to its tokens (paged too), and the admin's
// operations on them: revoke one token, or all of a user's tokens.
class UserModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, CreatedColumn, ExpiresColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, EmailRole, IsUserRole, TokenCountRole };
    using Clock = std::function<QDateTime()>;
    using DoneCallback = std::function<void(bool done, const QString &message)>;

    UserModel(ModerneApi *api, TokenAdminApi *adminApi, QObject *parent = nullptr);
    ~UserModel() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setPageSizes(int users, int tokens) {
        m_userPageSize = users;
        m_tokenPageSize = tokens;
    }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int totalCount() const { return m_totalCount; }
    bool isLoading() const { return m_loading; }
    bool isUser(const QModelIndex &index) const;
    QString emailOf(const QModelIndex &index) const; // the user's, for a user or token row
    int tokenCountOf(const QModelIndex &userIndex) const;
    QModelIndex userIndex(const QString &email) const;

    // revokeAccessToken on one of the user's tokens; the row leaves on success or when the
    // token had already gone. After a network-type failure the user's tokens are reloaded.
    void revokeToken(const QModelIndex &tokenIndex, QObject *context, DoneCallback callback);
    // revokeAllAccessTokens(email); the user leaves the list when done.
    void revokeAll(const QModelIndex &userIndex, QObject *context, DoneCallback callback);

public Q_SLOTS:
    void reload();
    void clear();
    void refreshTimes();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void totalCountChanged(int count);

private:
    struct User {
        UserWithTokens info;
        QList<AccessToken> tokens;
        int tokenCount = 0;
        bool hasNextPage = false;
        QString endCursor;
        bool loading = false;
    };

    User *userOf(const QModelIndex &index) const;
    int rowOf(const User *user) const;
    void requestUsers(const QString &after);
    void requestTokens(User *user, bool fresh);
    void setLoading(bool loading);
    void removeUser(User *user);
    void removeToken(User *user, const QString &id);
    void emitUserChanged(User *user);

    ModerneApi *m_api;
    TokenAdminApi *m_adminApi;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    std::vector<std::unique_ptr<User>> m_users;
    int m_userPageSize = 100;
    int m_tokenPageSize = 50;
    int m_totalCount = 0;
    bool m_hasNextPage = false;
    QString m_endCursor;
    bool m_loading = false;
    quint64 m_generation = 0;
};
