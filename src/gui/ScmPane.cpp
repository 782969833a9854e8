#include "ScmPane.h"

#include "CountdownDelegate.h"
#include "ScmConnectFlow.h"
#include "ScmConnectionModel.h"
#include "Ticker.h"
#include "TimeFormat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ScmPane::ScmPane(ScmConnectionModel *model, Ticker *ticker, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_ticker(ticker)
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
    , m_waiting(new QWidget(this))
    , m_waitingLabel(new QLabel(m_waiting)) {
    setObjectName(QStringLiteral("scmPane"));
    if (ticker)
        model->setClock([ticker] { return ticker->now(); });
    auto *title = new QLabel(tr("<h2>SCM connections</h2>"), this);
    auto *note = new QLabel(tr("Source code hosts that Moderne may access on your behalf. Their "
                               "OAuth tokens last up to 8 hours; the bar empties as the time runs "
                               "out."),
                            this);
    note->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("scmMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_waiting->setObjectName(QStringLiteral("scmWaiting"));
    m_waitingLabel->setWordWrap(true);
    auto *cancel = new QPushButton(tr("Cancel"), m_waiting);
    cancel->setObjectName(QStringLiteral("scmCancelButton"));
    auto *waitingLayout = new QHBoxLayout(m_waiting);
    waitingLayout->setContentsMargins(0, 0, 0, 0);
    waitingLayout->addWidget(m_waitingLabel, 1);
    waitingLayout->addWidget(cancel);
    m_waiting->hide();

    m_view->setObjectName(QStringLiteral("scmTable"));
    m_view->setAccessibleName(tr("SCM connections"));
    m_view->setModel(model);
    m_view->setItemDelegateForColumn(ScmConnectionModel::TimeLeftColumn,
                                     new CountdownDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(40);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setIconSize(QSize(20, 20));
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ScmConnectionModel::TimeLeftColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setSectionResizeMode(ScmConnectionModel::ActionColumn, QHeaderView::Fixed);
    header->resizeSection(ScmConnectionModel::ActionColumn,
                          QPushButton(tr("Disconnecting…")).sizeHint().width() + 16);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(m_waiting);
    layout->addWidget(m_view, 1);

    connect(model, &ScmConnectionModel::loadFailed, this, [this](const QString &message) {
        showMessage(message, true);
        m_loadError = true;
    });
    connect(model, &ScmConnectionModel::loaded, this, [this] {
        if (std::exchange(m_loadError, false))
            m_message->hide();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &ScmPane::rebuildActions);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ScmPane::rebuildActions);

    ScmConnectFlow *flow = model->connectFlow();
    connect(cancel, &QPushButton::clicked, flow, &ScmConnectFlow::cancel);
    connect(flow, &ScmConnectFlow::busyChanged, this, [this](bool busy) {
        if (!busy)
            m_waiting->hide();
        rebuildActions();
    });
    connect(flow, &ScmConnectFlow::waitingForBrowser, this,
            [this](const QString &origin, const QUrl &url, const QDateTime &expiresAt) {
                m_message->hide();
                m_waitingLabel->setText(
                    tr("Waiting for the browser: authorize TokenDesk at %1, then come back. "
                       "(<a href=\"%2\">Open the page again</a>; this request expires at %3.)")
                        .arg(origin.toHtmlEscaped(),
                             url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                             expiresAt.toLocalTime().time().toString(QStringLiteral("HH:mm"))));
                m_waitingLabel->setOpenExternalLinks(true);
                m_waiting->show();
            });
    connect(flow, &ScmConnectFlow::connected, this, [this](const QString &origin) {
        showMessage(tr("Connected to %1.").arg(origin), false);
    });
    connect(flow, &ScmConnectFlow::disconnected, this, [this](const QString &origin) {
        showMessage(tr("Disconnected from %1.").arg(origin), false);
    });
    connect(flow, &ScmConnectFlow::failed, this,
            [this](const QString &origin, const QString &message) {
                showMessage(tr("%1: %2").arg(origin, message), true);
            });
    if (ticker)
        connect(ticker, &Ticker::tick, this, &ScmPane::onTick);
    rebuildActions();
}

void ScmPane::onTick() {
    // Only the countdown cells of the rows on screen are repainted; statuses are checked always.
    if (!isVisible() || m_model->rowCount() == 0) {
        m_model->refreshCountdowns(0, -1);
        return;
    }
    const int first = m_view->rowAt(0);
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (first < 0) {
        m_model->refreshCountdowns(0, -1);
        return;
    }
    if (last < 0)
        last = m_model->rowCount() - 1;
    m_model->refreshCountdowns(first, last);
}

void ScmPane::rebuildActions() {
    const ScmConnectFlow *flow = m_model->connectFlow();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, ScmConnectionModel::ActionColumn);
        const QString origin = index.data(ScmConnectionModel::OriginRole).toString();
        const auto status =
            ScmConnectionModel::Status(index.data(ScmConnectionModel::StatusRole).toInt());
        auto *cell = new QWidget;
        const QString action = index.data(ScmConnectionModel::ActionRole).toString();
        auto *button = new QPushButton(action, cell);
        button->setObjectName(QStringLiteral("scmAction_") + origin);
        button->setAccessibleName(action + QLatin1Char(' ') + origin);
        button->setEnabled(!flow->isBusy());
        if (flow->isBusy() && flow->busyOrigin() == origin)
            button->setText(status == ScmConnectionModel::Status::Connected ? tr("Disconnecting…")
                                                                            : tr("Connecting…"));
        auto *layout = new QHBoxLayout(cell);
        layout->setContentsMargins(6, 3, 6, 3);
        layout->addWidget(button);
        if (status == ScmConnectionModel::Status::Connected)
            connect(button, &QPushButton::clicked, this,
                    [this, origin] { disconnectOrigin(origin); });
        else
            connect(button, &QPushButton::clicked, this, [this, origin] { connectOrigin(origin); });
        m_view->setIndexWidget(index, cell);
    }
}

void ScmPane::connectOrigin(const QString &origin) {
    m_message->hide();
    m_model->connectFlow()->connectOrigin(origin);
}

void ScmPane::disconnectOrigin(const QString &origin) {
    if (m_confirmDisconnect) {
        QMessageBox box(QMessageBox::Question, tr("Disconnect %1?").arg(origin),
                        tr("Disconnect your Moderne account from %1?").arg(origin),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("scmDisconnectConfirm"));
        box.setInformativeText(tr("Moderne will no longer be able to reach %1 on your behalf until "
                                  "you connect again.")
                                   .arg(origin));
        QPushButton *yes = box.addButton(tr("Disconnect"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != yes)
            return;
    }
    m_message->hide();
    m_model->connectFlow()->disconnectOrigin(origin);
}

void ScmPane::showMessage(const QString &text, bool isError) {
    m_loadError = false;
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #c62828;")
                                     : QStringLiteral("color: #2e7d32;"));
    m_message->show();
}
