#pragma once

#include <QWidget>

class AccessTokenModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

// The Access tokens pane: the user's PATs, sortable and filterable.
class TokensPane : public QWidget
{
    Q_OBJECT
public:
    explicit TokensPane(AccessTokenModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    void updateState();

    AccessTokenModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_message;
    QStackedWidget *m_stack;
};
