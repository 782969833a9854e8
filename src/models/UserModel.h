#pragma once

#include "AccessTokenService.h"
#include "ApiTypes.h"
#include "ConnectionPager.h"
#include "ItemRoles.h"
#include "ModelPaging.h"
#include "UserApi.h"

#include <QAbstractItemModel>
#include <QDateTime>

#include <functional>
#include <memory>

class AccessTokenApi;

// The admin view: users holding personal access tokens (users(where: { tokenCount: { _gt: 0 } })),
// or, by its filter, those whose email contains a text and/or every user (with or without
// tokens), paged through fetchMore, each expandable to its tokens (paged too). It only presents
// rows: the admin's operations (revoke a token, revoke all of a user's) are AccessTokenService's,
// whose signals keep the rows equal to the server's.
class UserModel : public QAbstractItemModel,
                  public PagedRows<UserWithTokens>,
                  public ItemRoles::UserRowRoles {
    Q_OBJECT
public:
    enum OwnRole { IsUserRole = FirstOwnRole, TokenCountRole };

    // A user's role as the views show it ("Administrator", "User"; another as the API names it).
    static QString roleName(const QString &role);
    // A user row's name, role, last activity and token count; a token row's as in
    // AccessTokenModel (no role).
    enum Column { NameColumn, RoleColumn, CreatedColumn, ExpiresColumn, ColumnCount };
    using Clock = std::function<QDateTime()>;

    UserModel(UserApi *users, AccessTokenApi *tokens, AccessTokenService *service,
              QObject *parent = nullptr);
    ~UserModel() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Tells views that relative times ("in 3 days") have moved on.
    void refreshTimes();
    void setPageSizes(int users, int tokens) {
        m_pager.setPageSize(users);
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

    bool isUser(const QModelIndex &index) const;
    QString emailOf(const QModelIndex &index) const; // the user's, for a user or token row
    int tokenCountOf(const QModelIndex &userIndex) const;
    QModelIndex userIndex(const QString &email) const;
    // The token a token row shows (nullptr for a user row).
    const AccessToken *tokenOf(const QModelIndex &index) const;

    void reload();
    void clear();
    // Which users are listed; a different filter reloads the list.
    void setFilter(const UserFilter &filter);
    const UserFilter &filter() const { return m_filter; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void totalCountChanged(int count);

private:
    struct User {
        UserWithTokens info;
        QList<AccessToken> tokens;
        int tokenCount = 0;
        ConnectionPager<AccessToken> pager;
    };

    User *userOf(const QModelIndex &index) const;
    User *userOf(const QString &email) const;
    int rowOf(const User *user) const;
    void onUsersPage(const ApiResult<UserPage> &result);
    void requestTokens(User *user, bool fresh);
    void removeUser(User *user);
    void removeTokens(const QStringList &ids);
    void emitUserChanged(User *user);

    UserApi *m_usersApi;
    AccessTokenApi *m_tokensApi;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    std::vector<std::unique_ptr<User>> m_users;
    int m_tokenPageSize = 50;
    UserFilter m_filter;
};
