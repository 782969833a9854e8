#include "ScmPane.h"

#include "ScmConnectionModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ScmPane::ScmPane(ScmConnectionModel *model, QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("scmPane"));
    auto *title = new QLabel(tr("<h2>SCM connections</h2>"), this);
    auto *note = new QLabel(tr("Source code hosts that Moderne may access on your behalf. Their "
                               "OAuth tokens last up to 8 hours."),
                            this);
    note->setWordWrap(true);
    auto *error = new QLabel(this);
    error->setObjectName(QStringLiteral("scmMessage"));
    error->setWordWrap(true);
    error->hide();
    m_view->setObjectName(QStringLiteral("scmTable"));
    m_view->setAccessibleName(tr("SCM connections"));
    m_view->setModel(model);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(note);
    layout->addWidget(error);
    layout->addWidget(m_view, 1);
    connect(model, &ScmConnectionModel::loadFailed, error, [error](const QString &message) {
        error->setText(message);
        error->show();
    });
    connect(model, &ScmConnectionModel::loaded, error, &QWidget::hide);
}
