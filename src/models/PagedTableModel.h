#pragma once

#include <QAbstractTableModel>
#include <QString>

// The base of the table models that load a server's list page by page (with PagedRows, their
// pager): a fixed number of columns, and the signals their views follow, which
// ModelPaging::take() and setTotal() emit.
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    PagedTableModel(int columnCount, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount) {}

    int columnCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : m_columnCount;
    }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void totalCountChanged(int count);

private:
    int m_columnCount;
};
