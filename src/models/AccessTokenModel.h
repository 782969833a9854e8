#pragma once

#include "ApiTypes.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

class ModerneApi;
class TokenAdminApi;
class UserModel;

// The signed-in user's personal access tokens (currentUser.tokens), loaded page by page
// through fetchMore so thousands of tokens never freeze the window, and the operations on
// them (create, revoke, the tenant's expiry cap) so that the GUI never calls the API itself.
// Holds no token values: a new token's value passes through createToken()'s callback only.
class AccessTokenModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DescriptionColumn, CreatedColumn, ExpiresColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, ExpiryStateRole };
    enum class ExpiryState { Fine, Soon, Expired, Never };
    Q_ENUM(ExpiryState)

    using Clock = std::function<QDateTime()>;

    // What happened to one token of a revokeTokens() call.
    struct RevokeOutcome {
        enum class Result { Revoked, AlreadyGone, Failed };
        QString id;
        QString description;
        Result result = Result::Failed;
        QString message; // why it failed
    };
    using CreateCallback = std::function<void(const ApiResult<CreatedAccessToken> &)>;
    using RevokeCallback = std::function<void(const QList<RevokeOutcome> &)>;
    using CapCallback = std::function<void(const ApiResult<std::optional<int>> &)>;

    explicit AccessTokenModel(ModerneApi *api, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }
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
    int rowOf(const QString &id) const;
    ExpiryState expiryState(const AccessToken &token) const;

    // createAccessToken. On success the new token (without its value) joins the list; the
    // callback gets the value, to show once. After a failure where the server may have acted
    // (network, HTTP error, unreadable answer) the list is reloaded, never the request repeated.
    void createToken(const QString &description, const std::optional<QDateTime> &expiresAt,
                     QObject *context, CreateCallback callback);
    // revokeAccessToken for each id in turn; revoked and already-gone rows leave the list,
    // failed ones stay. After a network-type failure the list is reloaded.
    void revokeTokens(const QStringList &ids, QObject *context, RevokeCallback callback);
    // The tenant's cap on a new token's lifetime (connectors…maxExpiryDays); empty = none.
    void fetchMaxExpiryDays(QObject *context, CapCallback callback);
    // The admin view's model, on the same API.
    UserModel *createUserModel(QObject *parent);
    // Where the tokens live (the API endpoint), for naming keychain entries.
    QString tenantKey() const;

    // True when a failed request may still have been carried out by the server.
    static bool serverMayHaveActed(const ApiError &error);

public Q_SLOTS:
    void reload();
    void clear();
    // Tells views that relative times ("in 3 days") have moved on.
    void refreshTimes();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void totalCountChanged(int count);
    // The list was reloaded because an operation's outcome was uncertain.
    void reloadedAfterUncertainOperation(const QString &message);

private:
    void requestPage(const QString &after);
    void setLoading(bool loading);
    void setTotalCount(int count);
    bool removeToken(const QString &id);
    TokenAdminApi *adminApi();

    ModerneApi *m_api;
    TokenAdminApi *m_adminApi = nullptr;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QList<AccessToken> m_tokens;
    int m_pageSize = 500;
    int m_totalCount = 0;
    bool m_hasNextPage = false;
    QString m_endCursor;
    bool m_loading = false;
    quint64 m_generation = 0; // ignores pages of a list that was reloaded meanwhile
};
