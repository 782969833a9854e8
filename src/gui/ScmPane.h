#pragma once

#include <QWidget>

class ScmConnectionModel;
class QTableView;

// The SCM connections pane: each provider connection and when its token expires.
class ScmPane : public QWidget
{
    Q_OBJECT
public:
    explicit ScmPane(ScmConnectionModel *model, QWidget *parent = nullptr);

private:
    QTableView *m_view;
};
