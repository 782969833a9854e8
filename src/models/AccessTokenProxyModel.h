#pragma once

#include <QSortFilterProxyModel>

#include <vector>

class AccessTokenModel;

// The sorted, filterable view of an AccessTokenModel (the tokens pane's table). Sorts by
// AccessTokenModel::SortRole exactly as a plain QSortFilterProxyModel would, but for the created
// and expiry columns compares keys taken once from the rows, instead of two data() calls and
// QVariants per comparison: sorting 10,000 tokens (and re-sorting when the filter changes) calls
// lessThan ~200,000 times. The keys are taken again after any change of the source's rows.
// Filters on the description, case-insensitively, as before.
class AccessTokenProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AccessTokenProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void forgetKeys() { m_keysColumn = -1; }

    const AccessTokenModel *m_tokens = nullptr; // the source, when it is one (a flat table)
    QList<QMetaObject::Connection> m_connections;
    mutable std::vector<qint64> m_keys; // per source row, for m_keysColumn
    mutable int m_keysColumn = -1;
    bool m_sortByKeys = false; // sortRole() is AccessTokenModel::SortRole
};
