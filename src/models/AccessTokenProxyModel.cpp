#include "AccessTokenProxyModel.h"

#include "AccessTokenModel.h"
#include "TokenDisplay.h"

AccessTokenProxyModel::AccessTokenProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    // Read once per change, not per comparison (sortRole() is a bindable property's getter).
    connect(this, &QSortFilterProxyModel::sortRoleChanged, this,
            [this](int role) { m_sortByKeys = role == AccessTokenModel::SortRole; });
    setSortRole(AccessTokenModel::SortRole);
    setFilterKeyColumn(AccessTokenModel::DescriptionColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void AccessTokenProxyModel::setSourceModel(QAbstractItemModel *sourceModel) {
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    forgetKeys();
    m_tokens = qobject_cast<const AccessTokenModel *>(sourceModel);
    if (m_tokens) {
        // Connected before the base class connects its own handlers (which may re-sort), so
        // the keys are forgotten first. Times never change in place: only row changes count.
        const auto forget = [this] { forgetKeys(); };
        using M = QAbstractItemModel;
        m_connections << connect(m_tokens, &M::rowsInserted, this, forget)
                      << connect(m_tokens, &M::rowsRemoved, this, forget)
                      << connect(m_tokens, &M::rowsMoved, this, forget)
                      << connect(m_tokens, &M::modelReset, this, forget)
                      << connect(m_tokens, &M::layoutChanged, this, forget)
                      << connect(m_tokens, &M::dataChanged, this, forget);
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

bool AccessTokenProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const int column = left.column();
    if (!m_tokens || !m_sortByKeys || column != right.column() ||
        (column != AccessTokenModel::CreatedColumn && column != AccessTokenModel::ExpiresColumn))
        return QSortFilterProxyModel::lessThan(left, right);
    // The keys are forgotten whenever the source's rows change (setSourceModel()); the bounds
    // check only guards against a change that said nothing.
    if (m_keysColumn != column || size_t(left.row()) >= m_keys.size() ||
        size_t(right.row()) >= m_keys.size()) {
        const int rows = m_tokens->rowCount();
        // The same keys as AccessTokenModel::data(SortRole) returns for these columns.
        m_keys.resize(rows);
        for (int row = 0; row < rows; ++row) {
            const AccessToken &token = m_tokens->tokenAt(row);
            m_keys[row] = column == AccessTokenModel::CreatedColumn
                              ? token.created.toSecsSinceEpoch()
                              : TokenDisplay::expiresSortKey(token);
        }
        m_keysColumn = column;
    }
    return m_keys[left.row()] < m_keys[right.row()]; // a table: every index is top-level
}
