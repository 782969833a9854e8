#pragma once

#include "AccessTokenService.h"
#include "ApiTypes.h"
#include "ConnectionPager.h"
#include "ExpiryRules.h"
#include "ItemRoles.h"
#include "ModelPaging.h"
#include "PagedTableModel.h"

#include <QDateTime>

#include <functional>

class AccessTokenApi;

// The signed-in user's personal access tokens (currentUser.tokens), loaded page by page
// through fetchMore so thousands of tokens never freeze the window. It only presents rows:
// creating and revoking are AccessTokenService's, whose signals keep the rows equal to the
// server's (a new token joins, a revoked one leaves, an uncertain outcome reloads).
// Holds no token values.
class AccessTokenModel : public PagedTableModel, public PagedRows<AccessToken> {
    Q_OBJECT
public:
    // SavedColumn: what TokenDesk knows of a token created or saved here (its prefix, whether
    // the keychain holds it); empty for the others.
    enum Column { DescriptionColumn, CreatedColumn, ExpiresColumn, SavedColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole,
        ExpiryStateRole,
        PrefixRole,     // "mat-AbCd" for a token created here, else empty
        InKeychainRole, // whether the keychain holds its value
        ToneRole = ItemRoles::ToneRole
    };
    using ExpiryState = ::ExpiryState;
    using Clock = std::function<QDateTime()>;
    // What this computer knows of a token (never its value).
    struct LocalMark {
        QString prefix;
        bool inKeychain = false;
        // A rotation replaced this token and revokes it at `revokeAt` (invalid: when the user
        // confirms).
        bool revokePending = false;
        QDateTime revokeAt;
    };
    using MarkLookup = std::function<LocalMark(const QString &id)>;

    // `service` may be nullptr (a read-only list).
    AccessTokenModel(AccessTokenApi *api, AccessTokenService *service, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }
    // Tells views that relative times ("in 3 days") have moved on.
    void refreshTimes();
    void setPageSize(int size) { m_pager.setPageSize(size); }
    // Where SavedColumn's marks come from; marksChanged() when they have changed.
    void setMarks(MarkLookup lookup);
    void marksChanged();

    int rowCount(const QModelIndex &parent = {}) const override;
    // Without QAbstractTableModel's two virtual calls (rowCount, columnCount) per index: the
    // proxy's sort of 10,000 rows asks for about 400,000 of them.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override {
        return !parent.isValid() && row >= 0 && row < m_tokens.size() && column >= 0 &&
                       column < ColumnCount
                   ? createIndex(row, column)
                   : QModelIndex();
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The Token column's explanation of its "—": the prefix is known only for tokens created
    // on this computer.
    static QString unknownPrefixText();

    const AccessToken &tokenAt(int row) const { return m_tokens.at(row); }
    int rowOf(const QString &id) const;
    ExpiryState expiryState(const AccessToken &token) const;

    void reload();
    void clear();

Q_SIGNALS:
    // The list was reloaded because an operation's outcome was uncertain.
    void reloadedAfterUncertainOperation(const QString &message);

private:
    void onPage(const ApiResult<AccessTokenPage> &result);
    void addCreated(const AccessToken &token);
    void removeRevoked(const QStringList &ids);

    AccessTokenApi *m_api;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QList<AccessToken> m_tokens;
    MarkLookup m_marks;
};
