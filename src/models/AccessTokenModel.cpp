#include "AccessTokenModel.h"

#include "AccessTokenApi.h"
#include "Logging.h"
#include "ModelPaging.h"
#include "TimeFormat.h"
#include "TokenDisplay.h"

#include <QIcon>

AccessTokenModel::AccessTokenModel(AccessTokenApi *api, AccessTokenService *service,
                                   QObject *parent)
    : PagedTableModel(ColumnCount, parent)
    , PagedRows([this](int first, const QString &after,
                       auto done) { m_api->myTokens(first, after, this, std::move(done)); },
                500)
    , m_api(api) {
    m_pager.setLoadingChanged([this](bool loading) { Q_EMIT loadingChanged(loading); });
    if (service) {
        connect(service, &AccessTokenService::created, this, &AccessTokenModel::addCreated);
        connect(service, &AccessTokenService::revoked, this, &AccessTokenModel::removeRevoked);
        connect(service, &AccessTokenService::reloadNeeded, this,
                [this](const QString &email, const QString &message) {
                    if (!email.isEmpty()) // another user's tokens (the admin view's)
                        return;
                    reload();
                    Q_EMIT reloadedAfterUncertainOperation(message);
                });
    }
}

int AccessTokenModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_tokens.size());
}

AccessTokenModel::ExpiryState AccessTokenModel::expiryState(const AccessToken &token) const {
    return TokenDisplay::expiryState(token, m_clock());
}

int AccessTokenModel::rowOf(const QString &id) const {
    for (int row = 0; row < m_tokens.size(); ++row) {
        if (m_tokens.at(row).id == id)
            return row;
    }
    return -1;
}

static_assert(int(TokenDisplay::Column::Description) == AccessTokenModel::DescriptionColumn &&
              int(TokenDisplay::Column::Created) == AccessTokenModel::CreatedColumn &&
              int(TokenDisplay::Column::Expires) == AccessTokenModel::ExpiresColumn);

QString AccessTokenModel::unknownPrefixText() {
    return tr("Not known here: a token's value and its first characters are known only for "
              "tokens created on this computer (the server keeps no readable copy).");
}

QVariant AccessTokenModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessToken &token = m_tokens.at(index.row());
    if (index.column() == SavedColumn || role == PrefixRole || role == InKeychainRole) {
        const LocalMark mark = m_marks ? m_marks(token.id) : LocalMark{};
        switch (role) {
        case PrefixRole:
            return mark.prefix;
        case InKeychainRole:
            return mark.inKeychain;
        case Qt::DisplayRole:
        case SortRole: {
            QString text = mark.prefix.isEmpty() ? QString() : mark.prefix + QChar(0x2026);
            if (mark.inKeychain)
                text = text.isEmpty() ? tr("in keychain") : tr("%1 · in keychain").arg(text);
            if (mark.revokePending) {
                const QString pending =
                    mark.revokeAt.isValid()
                        ? tr("old token, revoked %1")
                              .arg(TimeFormat::relative(mark.revokeAt, m_clock()))
                        : tr("old token, revoked when you confirm");
                text = text.isEmpty() ? pending : text + QStringLiteral(" · ") + pending;
            }
            // Nothing known here: a dash (sorted last), not an empty cell that looks unloaded.
            if (text.isEmpty())
                return role == SortRole ? QString(QChar(0xffff)) : QString(QChar(0x2014));
            return text;
        }
        case Qt::ToolTipRole:
            if (mark.revokePending)
                return mark.revokeAt.isValid()
                           ? tr("Replaced by a rotation: this old token is revoked at %1. "
                                "Right-click it to revoke it now or to keep it.")
                                 .arg(TimeFormat::exact(mark.revokeAt))
                           : tr("Replaced by a rotation: this old token is revoked when you "
                                "confirm. Right-click it to revoke it now or to keep it.");
            if (mark.inKeychain)
                return tr("Saved in the keychain of this computer.");
            if (!mark.prefix.isEmpty())
                return tr("Created here; its value begins with %1.").arg(mark.prefix);
            return unknownPrefixText();
        case Qt::AccessibleTextRole:
            if (!mark.inKeychain && mark.prefix.isEmpty())
                return unknownPrefixText();
            return {};
        case Qt::DecorationRole:
            if (mark.inKeychain)
                return QIcon(QStringLiteral(":/icons/key.svg"));
            return {};
        default:
            break;
        }
        if (index.column() == SavedColumn && role != IdRole)
            return {};
    }
    // A cell as a token reads wherever it is listed (display, tooltip, decoration, tone, sort).
    const QVariant cell =
        TokenDisplay::cell(token, TokenDisplay::Column(index.column()), role, SortRole, m_clock());
    if (cell.isValid())
        return cell;
    switch (role) {
    case IdRole:
        return token.id;
    case ExpiryStateRole:
        return QVariant::fromValue(expiryState(token));
    default:
        break;
    }
    return {};
}

QVariant AccessTokenModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return ItemRoles::columnTitle({tr("Description"), tr("Created"), tr("Expires"), tr("Token")},
                                  section, orientation, role)
        .value_or(QAbstractTableModel::headerData(section, orientation, role));
}

bool AccessTokenModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_pager.hasStarted() && m_pager.canFetchMore();
}

void AccessTokenModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent))
        m_pager.fetchNext([this](const auto &result) { onPage(result); });
}

void AccessTokenModel::clear() {
    m_pager.reset();
    beginResetModel();
    m_tokens.clear();
    m_totalCount = 0;
    endResetModel();
    Q_EMIT totalCountChanged(0);
}

void AccessTokenModel::reload() {
    clear();
    m_pager.fetchNext([this](const auto &result) { onPage(result); });
}

void AccessTokenModel::setMarks(MarkLookup lookup) {
    m_marks = std::move(lookup);
    marksChanged();
}

void AccessTokenModel::marksChanged() {
    if (!m_tokens.isEmpty())
        Q_EMIT dataChanged(index(0, SavedColumn), index(rowCount() - 1, SavedColumn));
}

void AccessTokenModel::refreshTimes() {
    if (!m_tokens.isEmpty())
        Q_EMIT dataChanged(
            index(0, CreatedColumn), index(rowCount() - 1, SavedColumn),
            {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, ToneRole, ExpiryStateRole});
}

void AccessTokenModel::onPage(const ApiResult<AccessTokenPage> &result) {
    // The pager has taken the page's cursor and count before the rows appear, and stays
    // "loading" until they have: a fetchMore() from a rowsInserted handler does not ask again.
    ModelPaging::take(this, result, &m_totalCount, "token",
                      [this](const QList<AccessToken> &tokens) {
                          const int first = int(m_tokens.size());
                          beginInsertRows({}, first, first + int(tokens.size()) - 1);
                          if (m_tokens.isEmpty()) {
                              m_tokens = tokens; // shared, not copied row by row
                          } else {
                              // Room for every token the count announces, once: a long list
                              // doesn't grow (and copy itself) by doubling.
                              if (m_tokens.capacity() < m_totalCount)
                                  m_tokens.reserve(m_totalCount);
                              m_tokens.append(tokens);
                          }
                          endInsertRows();
                      });
}

void AccessTokenModel::addCreated(const AccessToken &token) {
    if (rowOf(token.id) >= 0)
        return;
    // Newest first, as the server lists them; the paging cursor is not affected.
    beginInsertRows({}, 0, 0);
    m_tokens.prepend(token);
    endInsertRows();
    ModelPaging::setTotal(this, &m_totalCount, m_totalCount + 1);
}

void AccessTokenModel::removeRevoked(const QStringList &ids) {
    bool cursorGone = false;
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        // The next page continues after the last loaded token's cursor: without that token the
        // cursor means nothing to the server, so the list is loaded afresh instead.
        cursorGone |= m_pager.hasNextPage() && row == m_tokens.size() - 1;
        beginRemoveRows({}, row, row);
        m_tokens.removeAt(row);
        endRemoveRows();
        ModelPaging::setTotal(this, &m_totalCount, std::max(0, m_totalCount - 1));
    }
    if (cursorGone)
        reload();
}
