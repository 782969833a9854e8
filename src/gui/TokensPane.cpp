#include "TokensPane.h"

#include "AccessTokenModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

TokensPane::TokensPane(AccessTokenModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("tokensPane"));
    auto *title = new QLabel(tr("<h2>Access tokens</h2>"), this);
    m_filter->setObjectName(QStringLiteral("tokenFilter"));
    m_filter->setPlaceholderText(tr("Filter by description…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter access tokens"));

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(AccessTokenModel::SortRole);
    m_proxy->setFilterKeyColumn(AccessTokenModel::DescriptionColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("tokenTable"));
    m_view->setAccessibleName(tr("Access tokens"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AccessTokenModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(AccessTokenModel::DescriptionColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AccessTokenModel::CreatedColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AccessTokenModel::ExpiresColumn,
                                                     QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(AccessTokenModel::ExpiresColumn, 260);

    m_message->setObjectName(QStringLiteral("tokensMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    m_summary->setObjectName(QStringLiteral("tokensSummary"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);

    connect(model, &AccessTokenModel::loadingChanged, this, &TokensPane::updateState);
    connect(model, &AccessTokenModel::totalCountChanged, this, &TokensPane::updateState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TokensPane::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &TokensPane::updateState);
    connect(model, &AccessTokenModel::loadFailed, this, [this](const QString &message) {
        m_message->setText(tr("The access tokens could not be loaded.\n%1").arg(message));
        m_stack->setCurrentWidget(m_message);
    });
    updateState();
}

void TokensPane::updateState()
{
    const int rows = m_model->rowCount();
    if (rows == 0 && m_model->isLoading()) {
        m_message->setText(tr("Loading access tokens…"));
        m_stack->setCurrentWidget(m_message);
    } else if (rows == 0) {
        m_message->setText(tr("You have no personal access tokens.\n\nA personal access token "
                              "(mat-…) lets scripts and the Moderne CLI call the Moderne API as "
                              "you, without a browser sign-in."));
        m_stack->setCurrentWidget(m_message);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    m_summary->setText(m_model->isLoading() && rows > 0
                           ? tr("%1 of %2 tokens loaded…").arg(rows).arg(m_model->totalCount())
                           : tr("%n token(s)", nullptr, m_model->totalCount()));
}
