#include "ScmPane.h"

#include "CountdownDelegate.h"
#include "ScmConnectFlow.h"
#include "ScmConnectionModel.h"
#include "Session.h"
#include "StatusDelegate.h"
#include "Ticker.h"
#include "TimeFormat.h"
#include "Workspace.h"
#include "ui_ScmPane.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

ScmPane::ScmPane(const PaneContext &context, QWidget *parent)
    : PaneBase(parent)
    , m_ui(new Ui::ScmPane)
    , m_model(context.workspace->scm())
    , m_flow(context.workspace->scmService()) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("scmPane"));
    m_ui->scmMessage->bindTo(context.workspace->session());
    m_ui->scmWaiting->hide();

    QTableView *view = m_ui->scmTable;
    view->setModel(m_model);
    view->setItemDelegate(new StatusDelegate(view));
    view->setItemDelegateForColumn(ScmConnectionModel::TimeLeftColumn, new CountdownDelegate(view));
    QHeaderView *header = view->horizontalHeader();
    // The pane sets every width itself (fitColumns): each column as wide as its text, the
    // countdown with its bar, the buttons always in view; what does not fit goes, least
    // needed first, instead of a horizontal scroll bar.
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->viewport()->installEventFilter(this);
    const auto refit = [this] {
        if (!std::exchange(m_fitPending, true))
            QMetaObject::invokeMethod(this, &ScmPane::fitColumns, Qt::QueuedConnection);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, refit);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, refit);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, refit);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this, refit](const QModelIndex &from, const QModelIndex &to) {
                // The countdown's ticks change no width.
                if (from.column() != ScmConnectionModel::TimeLeftColumn ||
                    to.column() != ScmConnectionModel::TimeLeftColumn)
                    refit();
            });

    connect(m_model, &ScmConnectionModel::loadFailed, this, [this](const QString &message) {
        m_ui->scmMessage->showError(message);
        m_loadError = true;
    });
    connect(m_model, &ScmConnectionModel::loaded, this, [this] {
        if (std::exchange(m_loadError, false))
            m_ui->scmMessage->clear();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScmPane::rebuildActions);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ScmPane::rebuildActions);
    connect(m_model, &ScmConnectionModel::loaded, this, &PaneBase::navigationDetailChanged);
    connect(m_model, &ScmConnectionModel::connectionsChanged, this,
            &PaneBase::navigationDetailChanged);

    connect(m_ui->scmCancelButton, &QPushButton::clicked, m_flow, &ScmConnectFlow::cancel);
    connect(m_flow, &ScmConnectFlow::busyChanged, this, [this](bool busy) {
        if (!busy)
            m_ui->scmWaiting->hide();
        rebuildActions();
    });
    connect(m_flow, &ScmConnectFlow::waitingForBrowser, this,
            [this](const QString &origin, const QUrl &url, const QDateTime &expiresAt) {
                m_ui->scmMessage->clear();
                m_ui->waitingLabel->setText(
                    tr("Waiting for the browser: authorize TokenDesk at %1, then come back. "
                       "(<a href=\"%2\">Open the page again</a>; this request expires at %3.)")
                        .arg(origin.toHtmlEscaped(),
                             url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                             expiresAt.toLocalTime().time().toString(QStringLiteral("HH:mm"))));
                m_ui->scmWaiting->show();
            });
    connect(m_flow, &ScmConnectFlow::reconnecting, this, [this](const QString &origin) {
        m_ui->scmMessage->showInfo(
            tr("Disconnected from %1; connecting it again in the browser…").arg(origin));
    });
    connect(m_flow, &ScmConnectFlow::connected, this, [this](const QString &origin) {
        m_loadError = false;
        m_ui->scmMessage->showSuccess(tr("Connected to %1.").arg(origin));
    });
    connect(m_flow, &ScmConnectFlow::disconnected, this, [this](const QString &origin) {
        m_loadError = false;
        m_ui->scmMessage->showSuccess(tr("Disconnected from %1.").arg(origin));
    });
    connect(m_flow, &ScmConnectFlow::failed, this,
            [this](const QString &origin, const QString &message) {
                m_loadError = false;
                m_ui->scmMessage->showError(tr("%1: %2").arg(origin, message));
            });
    if (context.ticker)
        connect(context.ticker, &Ticker::tick, this, &ScmPane::onTick);
    m_session = context.workspace->session();
    connect(m_session, &Session::tenantChanged, this, &ScmPane::updateNote);
    updateNote();
    rebuildActions();
}

ScmPane::~ScmPane() = default;

QTableView *ScmPane::view() const {
    return m_ui->scmTable;
}

bool ScmPane::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_ui->scmTable->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return PaneBase::eventFilter(watched, event);
}

bool ScmPane::event(QEvent *event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange ||
        event->type() == QEvent::StyleChange)
        fitColumns();
    return PaneBase::event(event);
}

// The widths: every shown column at least as wide as its title and its widest cell, the action
// column as wide as its widest button in any state, the countdown with room for its bar. When
// the view is too narrow, Created, then Expires, then Origin are hidden; the space left goes to
// the countdown's bar, then to the Provider column.
void ScmPane::fitColumns() {
    using M = ScmConnectionModel;
    m_fitPending = false;
    QTableView *view = m_ui->scmTable;
    QHeaderView *header = view->horizontalHeader();
    const int available = view->viewport()->width();
    if (available <= 0)
        return;
    int need[M::ColumnCount] = {};
    for (int column = 0; column < M::ColumnCount; ++column) {
        if (column == M::ActionColumn)
            continue;
        view->setColumnHidden(column, false);
        need[column] = std::max(header->sectionSizeHint(column),
                                static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column)) +
                       4;
    }
    QPushButton probe;
    probe.setFont(view->font());
    int button = 0;
    for (const QString &text : {tr("Connect"), tr("Connect again"), tr("Disconnect"),
                                tr("Connecting…"), tr("Disconnecting…")}) {
        probe.setText(text);
        button = std::max(button, probe.sizeHint().width());
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        probe.setText(m_model->index(row, M::ActionColumn).data(M::ActionRole).toString());
        button = std::max(button, probe.sizeHint().width());
    }
    need[M::ActionColumn] = std::max(button + 12, header->sectionSizeHint(M::ActionColumn));
    // The countdown: its text and at least a short bar (the delegate's size hint is the full one).
    const QFontMetrics metrics(view->font());
    int countdownCells = CountdownDelegate::minimumWidth(metrics, QString());
    for (int row = 0; row < m_model->rowCount(); ++row)
        countdownCells = std::max(
            countdownCells, CountdownDelegate::minimumWidth(
                                metrics, m_model->index(row, M::TimeLeftColumn).data().toString()));
    const int countdownMin = std::max(header->sectionSizeHint(M::TimeLeftColumn), countdownCells);
    const int countdownFull = std::max(countdownMin, need[M::TimeLeftColumn]);
    need[M::TimeLeftColumn] = countdownMin;

    bool shown[M::ColumnCount];
    std::fill(std::begin(shown), std::end(shown), true);
    const auto total = [&] {
        int sum = 0;
        for (int column = 0; column < M::ColumnCount; ++column)
            sum += shown[column] ? need[column] : 0;
        return sum;
    };
    for (int column : {M::CreatedColumn, M::ExpiresColumn, M::OriginColumn}) {
        if (total() <= available)
            break;
        shown[column] = false;
    }
    // Still too wide (German or French on v2 at 800 px): titles wrap onto two lines.
    const QFontMetrics titleMetrics(header->font());
    // The width of `text` laid out on at most two lines, cut between words.
    const auto twoLines = [](const QFontMetrics &fm, const QString &text) {
        const QStringList words = text.split(QLatin1Char(' '));
        int best = fm.horizontalAdvance(text);
        for (int cut = 1; cut < words.size(); ++cut)
            best = std::min(best,
                            std::max(fm.horizontalAdvance(words.mid(0, cut).join(QLatin1Char(' '))),
                                     fm.horizontalAdvance(words.mid(cut).join(QLatin1Char(' ')))));
        return best;
    };
    bool wrapped = false;
    if (total() > available) {
        for (int column = 0; column < M::ColumnCount; ++column) {
            const QString title =
                m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
            if (!shown[column])
                continue;
            const int titleNeed = header->sectionSizeHint(column) -
                                  titleMetrics.horizontalAdvance(title) +
                                  twoLines(titleMetrics, title) + 2;
            int cellNeed = 0;
            if (column == M::TimeLeftColumn) {
                cellNeed = countdownCells;
            } else if (column == M::ActionColumn) {
                cellNeed = need[column];
            } else {
                // Cells wrap onto two lines too (a row has the height for them).
                for (int row = 0; row < m_model->rowCount(); ++row) {
                    const QModelIndex index = m_model->index(row, column);
                    const int icon =
                        index.data(Qt::DecorationRole).isNull() ? 0 : view->iconSize().width() + 4;
                    cellNeed =
                        std::max(cellNeed, twoLines(metrics, index.data().toString()) + icon + 12);
                }
            }
            const int reduced = std::max(titleNeed, cellNeed);
            if (reduced < need[column]) {
                need[column] = reduced;
                wrapped = true;
            }
        }
    }
    Qt::Alignment titleAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    if (wrapped)
        titleAlignment = Qt::Alignment(int(titleAlignment) | Qt::TextWordWrap);
    header->setDefaultAlignment(titleAlignment);
    header->setMinimumHeight(wrapped ? titleMetrics.lineSpacing() * 2 + 8 : 0);
    view->setWordWrap(wrapped);
    int spare = std::max(0, available - total());
    const int countdownExtra =
        std::min(spare, countdownFull - countdownMin + CountdownDelegate::extraBarWidth());
    need[M::TimeLeftColumn] += countdownExtra;
    spare -= countdownExtra;
    need[M::ProviderColumn] += spare;
    for (int column = 0; column < M::ColumnCount; ++column) {
        view->setColumnHidden(column, !shown[column]);
        if (shown[column])
            header->resizeSection(column, need[column]);
    }
}

// What the countdown means on this tenant's generation.
void ScmPane::updateNote() {
    m_ui->note->setText(
        m_model->generation() == TenantProfile::Generation::V1
            ? tr("Source code hosts that Moderne may access on your behalf. Their OAuth tokens "
                 "last up to 8 hours; the bar empties as the time runs out.")
            : tr("Source code hosts that Moderne may access on your behalf. Where a host's "
                 "credentials expire (GitHub App tokens: 8 hours), the platform renews them "
                 "automatically: the bar shows the time until the next renewal. Connections "
                 "unused for 90 days are removed by the platform."));
}

QString ScmPane::navigationDetail() const {
    return tr("%1 of %2 connected").arg(m_model->connectedCount()).arg(m_model->rowCount());
}

void ScmPane::onTick() {
    // Only the countdown cells of the rows on screen are repainted; statuses are checked always.
    if (!isVisible() || m_model->rowCount() == 0) {
        m_model->refreshCountdowns(0, -1);
        return;
    }
    const int first = m_ui->scmTable->rowAt(0);
    int last = m_ui->scmTable->rowAt(m_ui->scmTable->viewport()->height() - 1);
    if (first < 0) {
        m_model->refreshCountdowns(0, -1);
        return;
    }
    if (last < 0)
        last = m_model->rowCount() - 1;
    m_model->refreshCountdowns(first, last);
}

void ScmPane::rebuildActions() {
    const ScmConnectFlow *flow = m_flow;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, ScmConnectionModel::ActionColumn);
        const QString origin = index.data(ScmConnectionModel::OriginRole).toString();
        const auto kind =
            ScmConnectionModel::Action(index.data(ScmConnectionModel::ActionKindRole).toInt());
        auto *cell = new QWidget;
        const QString action = index.data(ScmConnectionModel::ActionRole).toString();
        auto *button = new QPushButton(action, cell);
        button->setObjectName(QStringLiteral("scmAction_") + origin);
        button->setAccessibleName(action + QLatin1Char(' ') + origin);
        button->setEnabled(!flow->isBusy());
        if (flow->isBusy() && flow->busyOrigin() == origin)
            button->setText(kind == ScmConnectionModel::Action::Disconnect ? tr("Disconnecting…")
                                                                           : tr("Connecting…"));
        auto *layout = new QHBoxLayout(cell);
        layout->setContentsMargins(6, 3, 6, 3);
        layout->addWidget(button);
        switch (kind) {
        case ScmConnectionModel::Action::Disconnect:
            connect(button, &QPushButton::clicked, this,
                    [this, origin] { disconnectOrigin(origin); });
            break;
        case ScmConnectionModel::Action::Reconnect:
            connect(button, &QPushButton::clicked, this, [this, origin] { connectAgain(origin); });
            break;
        case ScmConnectionModel::Action::Connect:
            connect(button, &QPushButton::clicked, this, [this, origin] { connectOrigin(origin); });
            break;
        }
        m_ui->scmTable->setIndexWidget(index, cell);
    }
}

void ScmPane::connectOrigin(const QString &origin) {
    m_ui->scmMessage->clear();
    m_flow->connectOrigin(origin);
}

// "Connect again": on v1 a new connect over the expired token; on v2 the platform's documented
// fix for an invalid connection, Disconnect then Connect, as one action that says so.
void ScmPane::connectAgain(const QString &origin) {
    if (m_model->generation() == TenantProfile::Generation::V1)
        return connectOrigin(origin);
    if (!confirm({QStringLiteral("scmConnectAgainConfirm"), tr("Connect %1 again?").arg(origin),
                  tr("The platform reports the connection to %1 as invalid.").arg(origin),
                  tr("“Connect again” disconnects it, then connects it afresh: "
                     "your browser opens %1's consent page.")
                      .arg(origin),
                  tr("Connect again")}))
        return;
    m_ui->scmMessage->clear();
    m_flow->reconnectOrigin(origin);
}

void ScmPane::disconnectOrigin(const QString &origin) {
    if (!confirm({QStringLiteral("scmDisconnectConfirm"), tr("Disconnect %1?").arg(origin),
                  tr("Disconnect your Moderne account from %1?").arg(origin),
                  tr("Moderne will no longer be able to reach %1 on your behalf until "
                     "you connect again.")
                      .arg(origin),
                  tr("Disconnect"), true}))
        return;
    m_ui->scmMessage->clear();
    m_flow->disconnectOrigin(origin);
}

bool ScmPane::confirm(const Confirmation &question) {
    if (!m_confirmDisconnect)
        return true;
    QMessageBox box(QMessageBox::Question, question.title, question.text, QMessageBox::Cancel,
                    this);
    box.setObjectName(question.objectName);
    box.setInformativeText(question.detail + QLatin1Char('\n') + m_session->tenantLine());
    box.setTextFormat(Qt::PlainText); // after the informative text: it applies to both
    QPushButton *yes =
        box.addButton(question.action, question.destructive ? QMessageBox::DestructiveRole
                                                            : QMessageBox::AcceptRole);
    if (question.destructive)
        box.setDefaultButton(QMessageBox::Cancel);
    else
        box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes;
}
