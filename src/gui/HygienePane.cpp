#include "HygienePane.h"

#include "AccessTokenService.h"
#include "HygieneModel.h"
#include "Logging.h"
#include "ReceiptFile.h"
#include "Session.h"
#include "Settings.h"
#include "StatusDelegate.h"
#include "Workspace.h"
#include "ui_HygienePane.h"

#include <QButtonGroup>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QShowEvent>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

#include <map>

namespace {
constexpr int StateInterval = 250; // ms between count updates while pages come in
} // namespace

HygienePane::HygienePane(const PaneContext &context, QWidget *parent)
    : PaneBase(parent)
    , m_ui(new Ui::HygienePane)
    , m_model(context.workspace->hygiene())
    , m_filter(new HygieneFilterModel(this))
    , m_service(context.workspace->tokenService())
    , m_session(context.workspace->session())
    , m_settings(context.settings)
    , m_flags(new QButtonGroup(this))
    , m_stateTimer(new QTimer(this)) {
    m_stateTimer->setSingleShot(true);
    m_stateTimer->setInterval(StateInterval);
    connect(m_stateTimer, &QTimer::timeout, this, &HygienePane::updateState);
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("hygienePane"));
    m_ui->hygieneMessage->bindTo(m_session);

    // The summary strip: every token, then a button per flag with its count; one is pressed.
    m_flags->setExclusive(true);
    // In a strip that scrolls sideways, so that the window keeps its smallest size.
    auto *strip = new QWidget;
    auto *stripLayout = new QHBoxLayout(strip);
    stripLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("flagStripArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_ui->flagStrip->addWidget(scroll);
    const auto addFlagButton = [this, strip, stripLayout](int flag, const QString &name) {
        auto *button = new QToolButton(strip);
        button->setObjectName(QStringLiteral("flagButton%1").arg(flag));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(name);
        m_flags->addButton(button, flag);
        stripLayout->addWidget(button);
    };
    addFlagButton(0, tr("All tokens"));
    for (TokenHygiene::Flag flag : TokenHygiene::all())
        addFlagButton(flag, TokenHygiene::name(flag));
    stripLayout->addStretch(1);
    scroll->setWidget(strip);
    scroll->setFixedHeight(strip->sizeHint().height() +
                           scroll->horizontalScrollBar()->sizeHint().height());
    m_flags->button(0)->setChecked(true);
    connect(m_flags, &QButtonGroup::idClicked, this, [this](int flag) {
        m_filter->setFlag(flag);
        updateState();
    });

    m_ui->inactiveDaysSpin->setSuffix(tr(" days"));
    m_ui->inactiveDaysSpin->setValue(m_settings ? m_settings->hygieneInactiveDays()
                                                : TokenHygiene::DefaultInactiveDays);
    connect(m_ui->inactiveDaysSpin, &QSpinBox::valueChanged, this, [this](int days) {
        if (m_settings)
            m_settings->setHygieneInactiveDays(days);
        updateContext();
    });

    m_filter->setSourceModel(m_model);
    QTableView *table = m_ui->hygieneTable;
    table->setModel(m_filter);
    table->setItemDelegate(new StatusDelegate(table));
    table->sortByColumn(HygieneModel::OwnerColumn, Qt::AscendingOrder);
    QHeaderView *header = table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(HygieneModel::OwnerColumn, 200);
    header->resizeSection(HygieneModel::RoleColumn, 100);
    header->resizeSection(HygieneModel::LastActiveColumn, 110);
    header->resizeSection(HygieneModel::DescriptionColumn, 150);
    header->resizeSection(HygieneModel::CreatedColumn, 110);
    header->resizeSection(HygieneModel::ExpiresColumn, 170);
    header->resizeSection(HygieneModel::AgeColumn, 70);

    m_ui->revokeButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &HygienePane::reload);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &HygienePane::revokeSelected);
    connect(m_ui->receiptButton, &QPushButton::clicked, this, &HygienePane::chooseReceiptFile);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HygienePane::updateState);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &HygienePane::showRowMenu);

    connect(m_model, &HygieneModel::countsChanged, this, &HygienePane::scheduleState);
    connect(m_model, &HygieneModel::loadingChanged, this, &HygienePane::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HygienePane::scheduleState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HygienePane::updateState);
    connect(m_model, &HygieneModel::loadFailed, this, [this](const QString &message) {
        m_ui->hygieneMessage->showError(
            tr("The tokens could not all be read: %1 Reload to try again.").arg(message));
    });

    // Another user or tenant: nothing of the last one stays; an administrator's open pane reads
    // again, anyone else's sends nothing.
    connect(m_session, &Session::identityChanged, this, [this] {
        m_model->clear();
        m_receipt.reset();
        m_loadedIdentity = 0;
        if (isVisible() && mayAct())
            reload();
        updateState();
    });
    connect(m_session, &Session::userChanged, this, [this] {
        if (!mayAct())
            m_model->clear();
        updateState();
    });
    updateStrip();
    updateState();
}

HygienePane::~HygienePane() = default;

QTableView *HygienePane::view() const {
    return m_ui->hygieneTable;
}

QAbstractButton *HygienePane::flagButton(int flag) const {
    return m_flags->button(flag);
}

QString HygienePane::message() const {
    return m_ui->hygieneMessage->message();
}

QString HygienePane::navigationDetail() const {
    if (!m_model->hasStarted())
        return {};
    return tr("%n flagged", nullptr, m_model->flaggedCount());
}

bool HygienePane::mayAct() const {
    return m_session->isSignedIn() && m_session->isAdmin();
}

void HygienePane::aboutToShow(std::function<void()> show) {
    if (!mayAct() || m_loadedIdentity == m_session->identity())
        return show();
    reload(); // what showEvent() would do, before the page is laid out and painted
    m_model->afterRequestsSent(this, std::move(show));
}

void HygienePane::showEvent(QShowEvent *event) {
    PaneBase::showEvent(event);
    if (mayAct() && m_loadedIdentity != m_session->identity())
        reload();
}

// A row's menu: the token's history, offboarding its owner, revoking the selection.
void HygienePane::showRowMenu(const QPoint &position) {
    QTableView *table = view();
    const QModelIndex index = table->indexAt(position);
    if (!index.isValid() || !mayAct())
        return;
    if (!table->selectionModel()->isRowSelected(index.row(), {}))
        table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows);
    const int source = m_filter->mapToSource(index).row();
    const QString email = m_model->ownerOf(m_model->row(source)).email;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("hygieneRowMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *history = menu->addAction(tr("Show history"));
    history->setObjectName(QStringLiteral("rowShowHistory"));
    connect(history, &QAction::triggered, this,
            [this, token = m_model->token(source)] { Q_EMIT historyRequested(token); });
    QAction *offboard = menu->addAction(tr("Offboard %1…").arg(email));
    offboard->setObjectName(QStringLiteral("rowOffboard"));
    connect(offboard, &QAction::triggered, this,
            [this, email] { Q_EMIT offboardRequested(email); });
    menu->addSeparator();
    QAction *revoke = menu->addAction(tr("Revoke selected…"));
    revoke->setObjectName(QStringLiteral("rowRevokeSelected"));
    revoke->setEnabled(m_ui->revokeButton->isEnabled());
    connect(revoke, &QAction::triggered, this, &HygienePane::revokeSelected);
    menu->popup(table->viewport()->mapToGlobal(position));
}

void HygienePane::reload() {
    if (!mayAct())
        return; // a USER session sends nothing of the board
    m_loadedIdentity = m_session->identity();
    m_capKnown = false;
    const quint64 identity = m_loadedIdentity;
    m_service->maxExpiryDays(this, [this, identity](const ApiResult<std::optional<int>> &cap) {
        if (identity != m_session->identity())
            return;
        if (cap.error) {
            m_ui->hygieneMessage->showWarning(
                tr("The tenant's cap on token lifetimes could not be read (%1); no token is "
                   "flagged for outliving it.")
                    .arg(cap.error.message));
            m_cap.reset();
        } else {
            m_cap = *cap.value;
        }
        m_capKnown = true;
        updateContext();
    });
    updateContext();
    m_model->reload();
}

void HygienePane::updateContext() {
    TokenHygiene::Context context;
    context.now = QDateTime::currentDateTimeUtc();
    context.capDays = m_cap;
    context.inactiveDays = m_ui->inactiveDaysSpin->value();
    // The app's one source of the generation: the tenant profile.
    context.v1 = !m_session->tenant().isV2();
    m_model->setContext(context);
}

void HygienePane::updateStrip() {
    m_flags->button(0)->setText(tr("All tokens: %1").arg(m_model->rowCount()));
    const TokenHygiene::Context &context = m_model->context();
    for (TokenHygiene::Flag flag : TokenHygiene::all()) {
        QAbstractButton *button = m_flags->button(flag);
        button->setText(tr("%1: %2").arg(TokenHygiene::name(flag)).arg(m_model->count(flag)));
        button->setToolTip(TokenHygiene::explanation(flag, context));
    }
    // The 14-day rule exists on v1 tenants only.
    m_flags->button(TokenHygiene::AdminRuleLapsed)->setVisible(context.v1);
    Q_EMIT navigationDetailChanged();
}

void HygienePane::scheduleState() {
    if (!m_model->isBusy())
        updateState();
    else if (!m_stateTimer->isActive())
        m_stateTimer->start();
}

void HygienePane::updateState() {
    m_stateTimer->stop();
    const bool may = mayAct();
    const bool selected = view()->selectionModel()->hasSelection();
    m_ui->revokeButton->setEnabled(may && selected && !m_revoking);
    m_ui->reloadButton->setEnabled(may && !m_revoking);
    m_ui->receiptButton->setEnabled(may && m_receipt.has_value() && !m_revoking);
    QString text;
    const int shown = m_filter->rowCount();
    const int loaded = m_model->rowCount();
    if (m_model->isBusy())
        text = tr("Loading tokens… %n so far.", nullptr, loaded);
    else if (m_model->hasStarted())
        text = shown == loaded ? tr("%n token(s).", nullptr, loaded)
                               : tr("Showing %1 of %n token(s).", nullptr, loaded).arg(shown);
    m_ui->countLabel->setText(text);
    updateStrip();
}

HygieneRevokeDialog *HygienePane::revokeSelected() {
    if (!mayAct() || m_revoking)
        return nullptr;
    // The selection, grouped by owner (in email order), each owner's tokens in table order.
    std::map<QString, HygieneRevokeDialog::OwnerTokens> owners;
    QModelIndexList rows = view()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        const int source = m_filter->mapToSource(index).row();
        const QString email = m_model->ownerOf(m_model->row(source)).email;
        HygieneRevokeDialog::OwnerTokens &entry = owners[email.toLower()];
        entry.owner = email;
        entry.tokens.append(m_model->token(source));
    }
    if (owners.empty())
        return nullptr;
    QList<HygieneRevokeDialog::OwnerTokens> plan;
    for (const auto &[key, entry] : owners)
        plan.append(entry);
    auto *dialog = new HygieneRevokeDialog(plan, m_session->tenantLine(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { revoke(dialog->plan()); });
    dialog->open();
    return dialog;
}

void HygienePane::revoke(const QList<HygieneRevokeDialog::OwnerTokens> &plan) {
    if (!mayAct() || m_revoking || plan.isEmpty())
        return;
    m_revoking = true;
    m_receipt.emplace(m_session->tenantLabel(), m_session->email(),
                      QStringLiteral("revokeAccessToken"), QDateTime::currentDateTimeUtc());
    int total = 0;
    for (const auto &owner : plan)
        total += int(owner.tokens.size());
    m_ui->hygieneMessage->showInfo(tr("Revoking %n token(s)…", nullptr, total));
    updateState();
    revokeNext(std::make_shared<QList<HygieneRevokeDialog::OwnerTokens>>(plan));
}

// One owner after the other; AccessTokenService sends each token's revoke once.
void HygienePane::revokeNext(std::shared_ptr<QList<HygieneRevokeDialog::OwnerTokens>> pending) {
    if (pending->isEmpty())
        return finishRevocation();
    const HygieneRevokeDialog::OwnerTokens owner = pending->takeFirst();
    m_service->revoke(
        owner.tokens, owner.owner, this,
        [this, owner, pending](const QList<AccessTokenService::RevokeOutcome> &outcomes) {
            using Result = AccessTokenService::RevokeOutcome::Result;
            if (!m_receipt) { // another user or tenant meanwhile: this receipt is gone
                m_revoking = false;
                updateState();
                return;
            }
            const QDateTime at = QDateTime::currentDateTimeUtc();
            for (const AccessTokenService::RevokeOutcome &outcome : outcomes) {
                RevocationReceipt::Entry entry;
                entry.owner = owner.owner;
                entry.tokenId = outcome.id;
                entry.description = outcome.description;
                entry.at = at;
                switch (outcome.result) {
                case Result::Revoked:
                    entry.outcome = QStringLiteral("revoked");
                    break;
                case Result::AlreadyGone:
                    entry.outcome = QStringLiteral("failed");
                    entry.message =
                        tr("The server has no such token: it had already been revoked.");
                    break;
                case Result::Failed:
                    entry.outcome =
                        outcome.uncertain ? QStringLiteral("unknown") : QStringLiteral("failed");
                    entry.message =
                        outcome.uncertain
                            ? tr("%1 The answer was lost: the server may have revoked it. It was "
                                 "not sent again.")
                                  .arg(outcome.message)
                            : outcome.message;
                    break;
                }
                m_receipt->add(entry);
            }
            revokeNext(pending);
        });
}

void HygienePane::finishRevocation() {
    m_revoking = false;
    const int revoked = m_receipt->count(QStringLiteral("revoked"));
    const int failed = m_receipt->count(QStringLiteral("failed"));
    const int unknown = m_receipt->count(QStringLiteral("unknown"));
    QString text = tr("Revoked %n token(s).", nullptr, revoked);
    if (failed > 0)
        text += QLatin1Char(' ') + tr("%n could not be revoked.", nullptr, failed);
    if (unknown > 0)
        text += QLatin1Char(' ') +
                tr("For %n the answer was lost: the server may have revoked them; they were not "
                   "sent again, and the list now shows what the server holds.",
                   nullptr, unknown);
    text += QLatin1Char(' ') + tr("Save the receipt with “Save receipt…”.");
    if (failed > 0 || unknown > 0)
        m_ui->hygieneMessage->showWarning(text);
    else
        m_ui->hygieneMessage->showSuccess(text);
    qCInfo(lcGui) << "hygiene revoke:" << revoked << "revoked," << failed << "failed," << unknown
                  << "unknown";
    // Read the list again: it shows what the server holds now.
    reload();
    updateState();
    Q_EMIT revocationFinished();
}

void HygienePane::chooseReceiptFile() {
    if (m_receipt)
        saveReceipt(ReceiptFile::choose(this, tr("Save the revocation receipt"),
                                        QStringLiteral("token-revocation")));
}

bool HygienePane::saveReceipt(const QString &path) {
    return m_receipt && ReceiptFile::save(*m_receipt, path, m_ui->hygieneMessage);
}
