#include "TokensPane.h"

#include "AccessTokenModel.h"
#include "AccessTokenProxyModel.h"
#include "AdminUsersPane.h"
#include "ClipboardGuard.h"
#include "CreateTokenDialog.h"
#include "NewTokenDialog.h"
#include "Ticker.h"
#include "TimeFormat.h"
#include "UserModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int AdminSignInDays = 14;
constexpr int RefreshEveryTicks = 30; // relative times read in minutes at best
} // namespace

TokensPane::TokensPane(AccessTokenModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_clipboardDelayMs(ClipboardGuard::DefaultDelayMs)
    , m_proxy(new AccessTokenProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_statusMessage(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_emptyPage(new QWidget(this))
    , m_emptyText(new QLabel(this))
    , m_create(new QPushButton(tr("Create token"), this))
    , m_revoke(new QPushButton(tr("Revoke"), this))
    , m_stack(new QStackedWidget(this))
    , m_sections(new QStackedWidget(this))
    , m_tabs(new QTabBar(this)) {
    setObjectName(QStringLiteral("tokensPane"));
    auto *title = new QLabel(tr("<h2>Access tokens</h2>"), this);
    m_create->setObjectName(QStringLiteral("createTokenButton"));
    m_create->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_create->setToolTip(tr("Create a personal access token (Ctrl+N)"));
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_revoke->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_revoke->setToolTip(tr("Revoke the selected tokens (Delete)"));
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_revoke);
    header->addWidget(m_create);

    m_banner->setObjectName(QStringLiteral("adminBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel#adminBanner { background: rgba(178, 107, 0, 0.12); border: 1px solid "
        "rgba(178, 107, 0, 0.55); border-radius: 4px; padding: 6px 8px; }"));
    m_banner->hide();

    m_tabs->setObjectName(QStringLiteral("tokenSections"));
    m_tabs->addTab(tr("My tokens"));
    m_tabs->addTab(tr("All users"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->setDocumentMode(true);
    m_tabs->hide();

    m_filter->setObjectName(QStringLiteral("tokenFilter"));
    m_filter->setPlaceholderText(tr("Filter by description…  (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter access tokens"));

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(AccessTokenModel::SortRole);
    m_proxy->setFilterKeyColumn(AccessTokenModel::DescriptionColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("tokenTable"));
    m_view->setAccessibleName(tr("Access tokens"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AccessTokenModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(AccessTokenModel::DescriptionColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AccessTokenModel::CreatedColumn,
                                                     QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(AccessTokenModel::ExpiresColumn,
                                                     QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(AccessTokenModel::CreatedColumn, 140);
    m_view->horizontalHeader()->resizeSection(AccessTokenModel::ExpiresColumn, 260);

    m_message->setObjectName(QStringLiteral("tokensMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);

    // The empty state: what a PAT is, and the way to make one.
    m_emptyPage->setObjectName(QStringLiteral("tokensEmptyPage"));
    m_emptyText->setObjectName(QStringLiteral("tokensEmptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setText(
        tr("<h3>No personal access tokens yet</h3><p>A personal access token (<tt>mat-…</tt>) "
           "lets the Moderne CLI, an IDE plugin or a script call the Moderne API as you, without "
           "a browser sign-in. You see its value once, when you create it; choose the shortest "
           "lifetime that does the job, and revoke it here when it is no longer needed.</p>"));
    auto *emptyCreate = new QPushButton(tr("Create token"), m_emptyPage);
    emptyCreate->setObjectName(QStringLiteral("emptyCreateButton"));
    emptyCreate->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(1);
    m_emptyText->setFixedWidth(560);
    auto *emptyRow = new QHBoxLayout;
    emptyRow->addStretch(1);
    emptyRow->addWidget(m_emptyText);
    emptyRow->addStretch(1);
    emptyLayout->addLayout(emptyRow);
    emptyLayout->addWidget(emptyCreate, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_emptyPage);
    m_summary->setObjectName(QStringLiteral("tokensSummary"));
    m_statusMessage->setObjectName(QStringLiteral("tokensStatusMessage"));
    m_statusMessage->setWordWrap(true);
    m_statusMessage->setTextFormat(Qt::PlainText);
    m_statusMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusMessage->hide();

    auto *mine = new QWidget(this);
    auto *mineLayout = new QVBoxLayout(mine);
    mineLayout->setContentsMargins(0, 0, 0, 0);
    mineLayout->addWidget(m_filter);
    mineLayout->addWidget(m_stack, 1);
    mineLayout->addWidget(m_statusMessage);
    mineLayout->addWidget(m_summary);
    m_sections->addWidget(mine);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs);
    layout->addWidget(m_sections, 1);

    // Tab follows the reading order: the actions at the top, the sections, the filter, the list.
    setTabOrder(m_revoke, m_create);
    setTabOrder(m_create, m_tabs);
    setTabOrder(m_tabs, m_filter);
    setTabOrder(m_filter, m_view);
    connect(m_create, &QPushButton::clicked, this, &TokensPane::openCreateDialog);
    connect(emptyCreate, &QPushButton::clicked, this, &TokensPane::openCreateDialog);
    connect(m_revoke, &QPushButton::clicked, this, &TokensPane::revokeSelected);
    connect(m_tabs, &QTabBar::currentChanged, this,
            [this](int index) { index == 1 ? showAllUsers() : showMyTokens(); });

    auto *createAction = new QAction(tr("Create token…"), this);
    createAction->setObjectName(QStringLiteral("actionCreateToken"));
    createAction->setShortcut(QKeySequence::New);
    createAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(createAction, &QAction::triggered, this, &TokensPane::openCreateDialog);
    addAction(createAction);
    auto *revokeAction = new QAction(tr("Revoke selected tokens…"), this);
    revokeAction->setObjectName(QStringLiteral("actionRevokeTokens"));
    revokeAction->setShortcut(QKeySequence::Delete);
    revokeAction->setShortcutContext(Qt::WidgetShortcut); // only while the list has the focus
    connect(revokeAction, &QAction::triggered, this, &TokensPane::revokeSelected);
    m_view->addAction(revokeAction);
    auto *filterAction = new QAction(tr("Filter tokens"), this);
    filterAction->setObjectName(QStringLiteral("actionFilterTokens"));
    filterAction->setShortcut(QKeySequence::Find);
    filterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(filterAction, &QAction::triggered, this, [this] {
        showMyTokens();
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(filterAction);

    connect(model, &AccessTokenModel::loadingChanged, this, &TokensPane::updateState);
    connect(model, &AccessTokenModel::totalCountChanged, this, &TokensPane::updateState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TokensPane::updateState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TokensPane::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &TokensPane::updateState);
    connect(model, &AccessTokenModel::loadFailed, this, [this](const QString &message) {
        m_message->setText(tr("The access tokens could not be loaded.\n%1").arg(message));
        m_stack->setCurrentWidget(m_message);
    });
    connect(model, &AccessTokenModel::reloadedAfterUncertainOperation, this,
            [this](const QString &message) {
                showMessage(tr("%1\nTokenDesk did not send the request again: it reloaded the "
                               "list, which shows what the server holds now.")
                                .arg(message),
                            true);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TokensPane::updateState);
    updateState();
}

CreateTokenDialog *TokensPane::createDialog() const {
    return m_createDialog.data();
}

NewTokenDialog *TokensPane::newTokenDialog() const {
    return m_newTokenDialog.data();
}

void TokensPane::setTicker(Ticker *ticker) {
    if (m_ticker)
        disconnect(m_ticker, nullptr, this, nullptr);
    m_ticker = ticker;
    if (!ticker)
        return;
    connect(ticker, &Ticker::tick, this, [this] {
        if (++m_ticks % RefreshEveryTicks != 0)
            return;
        m_model->refreshTimes();
        if (m_userModel && m_sections->currentIndex() == 1)
            m_userModel->refreshTimes();
        updateBanner();
    });
}

void TokensPane::setUser(const CurrentUser &user) {
    m_user = user;
    const bool admin = isAdminView();
    m_tabs->setVisible(admin);
    if (admin && !m_adminPane) {
        m_userModel = m_model->createUserModel(this);
        m_adminPane = new AdminUsersPane(m_userModel, this);
        m_sections->addWidget(m_adminPane);
    }
    if (!admin)
        showMyTokens();
    else if (m_sections->currentIndex() == 1)
        m_userModel->reload();
    updateBanner();
}

void TokensPane::setSignedInAt(const QDateTime &when) {
    m_signedInAt = when;
    updateBanner();
}

bool TokensPane::isAdminView() const {
    return m_user.role.compare(QLatin1String("ADMIN"), Qt::CaseInsensitive) == 0;
}

QDateTime TokensPane::adminLapse() const {
    QDateTime from = m_user.lastActive.value_or(QDateTime());
    if (m_signedInAt.isValid() && (!from.isValid() || m_signedInAt > from))
        from = m_signedInAt;
    return from.isValid() ? from.addDays(AdminSignInDays) : QDateTime();
}

void TokensPane::updateBanner() {
    if (!isAdminView()) {
        m_banner->hide();
        return;
    }
    const QDateTime lapse = adminLapse();
    const QString rule = tr("As an administrator, the tokens you create work only while you have "
                            "signed in within the last %n day(s).",
                            nullptr, AdminSignInDays);
    QString text;
    if (!lapse.isValid())
        text = rule + QLatin1Char(' ') + tr("The server did not say when you last signed in.");
    else if (lapse <= m_model->now())
        text =
            QStringLiteral("⚠ ") + rule + QLatin1Char(' ') +
            tr("That lapsed on %1: sign in again for them to work.").arg(TimeFormat::exact(lapse));
    else
        text = QStringLiteral("⚠ ") + rule + QLatin1Char(' ') +
               tr("Yours stop working on <b>%1</b> (%2) unless you sign in again before then.")
                   .arg(TimeFormat::exact(lapse), TimeFormat::relative(lapse, m_model->now()));
    m_banner->setText(text);
    m_banner->show();
}

QString TokensPane::bannerText() const {
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void TokensPane::showMyTokens() {
    m_sections->setCurrentIndex(0);
    const QSignalBlocker blocker(m_tabs);
    m_tabs->setCurrentIndex(0);
    updateState();
}

void TokensPane::showAllUsers() {
    if (!m_adminPane)
        return;
    const bool first = m_sections->currentWidget() != m_adminPane && m_userModel->rowCount() == 0;
    m_sections->setCurrentWidget(m_adminPane);
    {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(1);
    }
    if (first && !m_userModel->isLoading())
        m_userModel->reload();
    updateState();
}

QString TokensPane::message() const {
    return m_statusMessage->isHidden() ? QString() : m_statusMessage->text();
}

void TokensPane::showMessage(const QString &text, bool error) {
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_statusMessage->setPalette(palette);
    m_statusMessage->setText(text);
    m_statusMessage->setVisible(!text.isEmpty());
}

void TokensPane::updateState() {
    const int rows = m_model->rowCount();
    if (rows == 0 && m_model->isLoading()) {
        m_message->setText(tr("Loading access tokens…"));
        m_stack->setCurrentWidget(m_message);
    } else if (rows == 0) {
        if (m_stack->currentWidget() != m_message || m_message->text().startsWith(tr("Loading")))
            m_stack->setCurrentWidget(m_emptyPage);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    m_summary->setText(m_model->isLoading() && rows > 0
                           ? tr("%1 of %2 tokens loaded…").arg(rows).arg(m_model->totalCount())
                           : tr("%n token(s)", nullptr, m_model->totalCount()));
    // The filter has nothing to do on an empty list (unless it is what emptied the view).
    m_filter->setVisible(rows > 0 || !m_filter->text().isEmpty());
    const bool mine = m_sections->currentIndex() == 0;
    m_revoke->setVisible(mine && rows > 0);
    m_revoke->setEnabled(mine && !selectedIds().isEmpty());
}

QStringList TokensPane::selectedIds() const {
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(AccessTokenModel::IdRole).toString();
    return ids;
}

void TokensPane::openCreateDialog() {
    if (m_createDialog) {
        m_createDialog->raise();
        m_createDialog->activateWindow();
        return;
    }
    auto *dialog = new CreateTokenDialog(m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_createDialog = dialog;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { showNewToken(dialog->takeCreated()); });
    dialog->fetchMaxExpiryDays();
    dialog->open();
}

void TokensPane::showNewToken(CreatedAccessToken created) {
    if (created.value.isEmpty())
        return;
    showMyTokens();
    const int row = m_model->rowOf(created.token.id);
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    showMessage(tr("Created “%1”.").arg(created.token.description), false);
    const QString key =
        QStringLiteral("pat:%1:%2").arg(m_model->tenantKey(), created.token.description);
    auto *dialog = new NewTokenDialog(created, m_credentials, key, this);
    created.value.fill('\0');
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClipboardClearDelay(m_clipboardDelayMs);
    m_newTokenDialog = dialog;
    dialog->open();
}

void TokensPane::revokeSelected() {
    if (m_sections->currentIndex() == 1) {
        if (m_adminPane)
            m_adminPane->revokeSelectedToken();
        return;
    }
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList names;
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        names << (row >= 0 ? m_model->data(m_model->index(row, 0)).toString() : id);
    }
    QString list;
    for (const QString &name : names.mid(0, 10))
        list += QStringLiteral("• %1\n").arg(name);
    if (names.size() > 10)
        list += tr("… and %n more\n", nullptr, int(names.size() - 10));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Revoke tokens"),
                                tr("Revoke %n token(s)?", nullptr, int(ids.size())),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("revokeConfirm"));
    box->setInformativeText(list + QLatin1Char('\n') +
                            tr("Everything that uses them stops working at once. This cannot be "
                               "undone."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *revoke = box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    revoke->setObjectName(QStringLiteral("confirmRevoke"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::finished, this, [this, box, revoke, ids] {
        if (box->clickedButton() != revoke)
            return;
        m_revoke->setEnabled(false);
        showMessage(tr("Revoking %n token(s)…", nullptr, int(ids.size())), false);
        m_model->revokeTokens(
            ids, this, [this](const QList<AccessTokenModel::RevokeOutcome> &outcomes) {
                using Result = AccessTokenModel::RevokeOutcome::Result;
                QStringList lines;
                bool failed = false;
                for (const auto &outcome : outcomes) {
                    const QString name =
                        outcome.description.isEmpty() ? outcome.id : outcome.description;
                    switch (outcome.result) {
                    case Result::Revoked:
                        lines << tr("Revoked “%1”.").arg(name);
                        break;
                    case Result::AlreadyGone:
                        lines << tr("“%1” had already been revoked or removed; it is gone from the "
                                    "list.")
                                     .arg(name);
                        break;
                    case Result::Failed:
                        failed = true;
                        lines << tr("“%1” was not revoked: %2").arg(name, outcome.message);
                        break;
                    }
                }
                // A reload after an uncertain failure has already said so; keep both.
                const QString previous = failed ? message() : QString();
                showMessage(lines.join(QLatin1Char('\n')) + (previous.contains(tr("reloaded"))
                                                                 ? QLatin1Char('\n') + previous
                                                                 : QString()),
                            failed);
                updateState();
            });
    });
    box->open();
}
