#include "TokensPane.h"

#include "AccessTokenModel.h"
#include "AccessTokenProxyModel.h"
#include "AccessTokenService.h"
#include "AdminUsersPane.h"
#include "ClipboardGuard.h"
#include "ConfirmBox.h"
#include "CreateTokenDialog.h"
#include "CredentialStore.h"
#include "ExpiryPolicy.h"
#include "GraphQlClient.h"
#include "ModerneApi.h"
#include "NewTokenDialog.h"
#include "RotateTokenDialog.h"
#include "RotationJournal.h"
#include "SavedTokens.h"
#include "Session.h"
#include "Settings.h"
#include "StatusDelegate.h"
#include "Ticker.h"
#include "TimeFormat.h"
#include "TokenDisplay.h"
#include "TokenRotation.h"
#include "UserModel.h"
#include "Workspace.h"
#include "ui_TokensPane.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>

namespace {
constexpr int AdminSignInDays = 14;
constexpr int RefreshEveryTicks = 30; // relative times read in minutes at best
} // namespace

TokensPane::TokensPane(const PaneContext &context, QWidget *parent)
    : PaneBase(parent)
    , m_ui(new Ui::TokensPane)
    , m_context(context)
    , m_model(context.workspace->tokens())
    , m_service(context.workspace->tokenService())
    , m_session(context.workspace->session())
    , m_clipboardDelayMs(ClipboardGuard::DefaultDelayMs)
    , m_proxy(new AccessTokenProxyModel(this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("tokensPane"));
    m_ui->createTokenButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_ui->emptyCreateButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_ui->revokeButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_ui->adminBanner->bindTo(m_session);
    m_ui->tokensStatusMessage->bindTo(m_session);

    m_ui->tokenSections->addTab(tr("My tokens"));
    m_ui->tokenSections->addTab(tr("All users"));
    m_ui->tokenSections->setDrawBase(false);
    m_ui->tokenSections->setExpanding(false);
    m_ui->tokenSections->setDocumentMode(true);
    m_ui->tokenSections->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccessTokenModel::SortRole);
    m_proxy->setFilterKeyColumn(AccessTokenModel::DescriptionColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_ui->tokenFilter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    // After the proxy filtered: the summary says what the filter left.
    connect(m_ui->tokenFilter, &QLineEdit::textChanged, this, &TokensPane::updateState);
    m_ui->tokensSummary->setTextFormat(Qt::PlainText); // the filter is the user's text

    QTableView *view = m_ui->tokenTable;
    view->setModel(m_proxy);
    view->setItemDelegate(new StatusDelegate(view));
    view->sortByColumn(AccessTokenModel::CreatedColumn, Qt::DescendingOrder);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(AccessTokenModel::DescriptionColumn, QHeaderView::Stretch);
    // The dates and the Token column as wide as their texts, the description gets the rest:
    // nothing is cut where the texts fit at all (800×500, German, 200 %).
    header->setSectionResizeMode(AccessTokenModel::CreatedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AccessTokenModel::ExpiresColumn, QHeaderView::ResizeToContents);
    // The Token column mostly says "—": as wide as its texts and its title, without the room
    // Qt keeps for a sort arrow on every column (the description needs it more at 800 px).
    header->setSectionResizeMode(AccessTokenModel::SavedColumn, QHeaderView::Fixed);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TokensPane::fitTokenColumn);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TokensPane::fitTokenColumn);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TokensPane::fitTokenColumn);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &TokensPane::fitTokenColumn);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TokensPane::fitTokenColumn);

    // What this computer knows of the tokens: prefixes of those created here, keychain entries.
    m_saved = new SavedTokens(context.credentials, context.settings, this);
    m_model->setMarks([this, saved = m_saved](const QString &id) {
        AccessTokenModel::LocalMark mark;
        if (const auto record = saved->record(id)) {
            mark.prefix = record->prefix;
            mark.inKeychain = record->inKeychain;
        }
        const auto pending = m_pendingRevokes.constFind(id);
        if (pending != m_pendingRevokes.constEnd()) {
            mark.revokePending = true;
            if (pending->revokeAfterSeconds >= 0)
                mark.revokeAt = pending->revokeDueAt;
        }
        return mark;
    });
    connect(m_saved, &SavedTokens::changed, this, [this] {
        m_model->marksChanged();
        updateState();
    });
    connect(m_saved, &SavedTokens::migrated, this, [this](const QString &report) {
        if (!report.isEmpty())
            m_ui->tokensStatusMessage->showInfo(report);
    });
    // A token gone from the server takes its keychain entry with it.
    connect(m_service, &AccessTokenService::revoked, m_saved,
            [this](const QStringList &ids) { m_saved->forget(ids); });
    connect(m_service, &AccessTokenService::allRevoked, m_saved, &SavedTokens::forgetUser);
    connect(m_model, &AccessTokenModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_loadFailed = false;
        else
            reconcileSaved();
    });
    connect(m_session, &Session::tenantChanged, this, &TokensPane::updateSavedScope);
    m_staleButton = new QPushButton(tr("Remove stale keychain entries…"), this);
    m_staleButton->setObjectName(QStringLiteral("removeStaleButton"));
    m_staleButton->hide();
    m_ui->header->insertWidget(2, m_staleButton);
    connect(m_staleButton, &QPushButton::clicked, this, &TokensPane::removeStaleEntries);
    m_rotateButton = new QPushButton(tr("Rotate…"), this);
    m_rotateButton->setObjectName(QStringLiteral("rotateTokenButton"));
    m_rotateButton->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_rotateButton->setToolTip(tr("A new token in place of the selected one, then the old one "
                                  "revoked"));
    m_ui->header->insertWidget(m_ui->header->indexOf(m_ui->revokeButton), m_rotateButton);
    connect(m_rotateButton, &QPushButton::clicked, this, &TokensPane::rotateSelected);

    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &TokensPane::showRowMenu);

    connect(m_ui->createTokenButton, &QPushButton::clicked, this, &TokensPane::openCreateDialog);
    connect(m_ui->emptyCreateButton, &QPushButton::clicked, this, &TokensPane::openCreateDialog);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &TokensPane::revokeSelected);
    connect(m_ui->tokenSections, &QTabBar::currentChanged, this,
            [this](int index) { index == 1 ? showAllUsers() : showMyTokens(); });
    createActions();

    connect(m_model, &AccessTokenModel::loadingChanged, this, &TokensPane::updateState);
    connect(m_model, &AccessTokenModel::totalCountChanged, this, &TokensPane::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TokensPane::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TokensPane::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TokensPane::updateState);
    connect(m_model, &AccessTokenModel::totalCountChanged, this,
            &PaneBase::navigationDetailChanged);
    connect(m_model, &AccessTokenModel::loadFailed, this, [this](const QString &message) {
        m_loadFailed = true;
        m_ui->tokensMessage->setText(tr("The access tokens could not be loaded.\n%1").arg(message));
        setListState(ListState::LoadFailed);
    });
    connect(m_model, &AccessTokenModel::reloadedAfterUncertainOperation, this,
            [this](const QString &message) {
                m_ui->tokensStatusMessage->showError(
                    tr("%1\nTokenDesk did not send the request again: it reloaded the list, "
                       "which shows what the server holds now.")
                        .arg(message));
            });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TokensPane::updateState);
    connect(m_session, &Session::userChanged, this, &TokensPane::onUserChanged);
    connect(m_session, &Session::tenantChanged, this, &TokensPane::updateBanner);
    if (context.ticker) {
        connect(context.ticker, &Ticker::tick, this, [this] {
            if (++m_ticks % RefreshEveryTicks != 0)
                return;
            m_model->refreshTimes();
            if (m_session->user() && QFile::exists(RotationJournal::defaultPath()))
                rotation()->revokeDue();
            if (m_userModel && m_ui->sections->currentIndex() == 1)
                m_userModel->refreshTimes();
            updateBanner();
        });
    }
    if (context.settings) {
        m_clipboardDelayMs = context.settings->general().clipboardClearSeconds * 1000;
        connect(context.settings, &Settings::generalChanged, this,
                [this](const GeneralSettings &general) {
                    m_clipboardDelayMs = general.clipboardClearSeconds * 1000;
                });
    }
    onUserChanged();
    updateState();
}

TokensPane::~TokensPane() {
    m_model->setMarks({}); // the model outlives the pane
    delete m_ui;
}

void TokensPane::createActions() {
    auto *createAction = new QAction(tr("Create token…"), this);
    createAction->setObjectName(QStringLiteral("actionCreateToken"));
    createAction->setShortcut(QKeySequence::New);
    createAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(createAction, &QAction::triggered, this, &TokensPane::openCreateDialog);
    addAction(createAction);
    m_revokeAction = new QAction(tr("Revoke selected tokens…"), this);
    m_revokeAction->setObjectName(QStringLiteral("actionRevokeTokens"));
    m_revokeAction->setShortcut(QKeySequence::Delete);
    m_revokeAction->setShortcutContext(Qt::WidgetShortcut); // only while the list has the focus
    connect(m_revokeAction, &QAction::triggered, this, &TokensPane::revokeSelected);
    m_ui->tokenTable->addAction(m_revokeAction);
    m_rotateAction = new QAction(tr("Rotate token…"), this);
    m_rotateAction->setObjectName(QStringLiteral("actionRotateToken"));
    connect(m_rotateAction, &QAction::triggered, this, &TokensPane::rotateSelected);
    m_staleAction = new QAction(tr("Remove &stale keychain entries…"), this);
    m_staleAction->setObjectName(QStringLiteral("actionRemoveStale"));
    m_staleAction->setEnabled(false);
    connect(m_staleAction, &QAction::triggered, this, &TokensPane::removeStaleEntries);
    auto *filterAction = new QAction(tr("Filter tokens"), this);
    filterAction->setObjectName(QStringLiteral("actionFilterTokens"));
    filterAction->setShortcut(QKeySequence::Find);
    filterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(filterAction, &QAction::triggered, this, [this] {
        showMyTokens();
        m_ui->tokenFilter->setFocus();
        m_ui->tokenFilter->selectAll();
    });
    addAction(filterAction);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_menuActions = {createAction, m_rotateAction, m_revokeAction, separator, m_staleAction};
}

void TokensPane::showRowMenu(const QPoint &position) {
    QTableView *view = m_ui->tokenTable;
    const QModelIndex index = view->indexAt(position);
    if (index.isValid() && !view->selectionModel()->isRowSelected(index.row(), {}))
        view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                  QItemSelectionModel::Rows);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("tokenRowMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QList<AccessToken> tokens = selectedTokens();
    if (!tokens.isEmpty()) {
        QAction *revoke = menu->addAction(
            tokens.size() == 1
                ? tr("Revoke “%1”…").arg(TokenDisplay::description(tokens.constFirst()))
                : tr("Revoke %n tokens…", nullptr, int(tokens.size())));
        revoke->setObjectName(QStringLiteral("rowRevoke"));
        revoke->setShortcut(QKeySequence::Delete);
        connect(revoke, &QAction::triggered, this, &TokensPane::revokeSelected);
        if (tokens.size() == 1) {
            QAction *rotate = menu->addAction(
                tr("Rotate “%1”…").arg(TokenDisplay::description(tokens.constFirst())));
            rotate->setObjectName(QStringLiteral("rowRotate"));
            connect(rotate, &QAction::triggered, this, &TokensPane::rotateSelected);
            for (const Rotation &pending : rotation()->pendingRevokes()) {
                if (pending.oldId != tokens.constFirst().id)
                    continue;
                QAction *now = menu->addAction(tr("Revoke the old token now"));
                now->setObjectName(QStringLiteral("rowRevokeOldNow"));
                connect(now, &QAction::triggered, this,
                        [this, id = pending.id] { rotation()->revokeNow(id); });
                QAction *keep = menu->addAction(tr("Keep the old token (cancel its revoke)"));
                keep->setObjectName(QStringLiteral("rowCancelRevoke"));
                connect(keep, &QAction::triggered, this,
                        [this, id = pending.id] { rotation()->cancelRevoke(id); });
            }
        }
        // Administrators: the token's history in the Activity pane.
        if (tokens.size() == 1 && m_session->isAdmin()) {
            QAction *history = menu->addAction(tr("Show history"));
            history->setObjectName(QStringLiteral("rowShowHistory"));
            connect(history, &QAction::triggered, this,
                    [this, token = tokens.constFirst()] { Q_EMIT historyRequested(token); });
        }
        menu->addSeparator();
    }
    menu->addAction(m_menuActions.constFirst());
    menu->popup(view->viewport()->mapToGlobal(position));
}

QString TokensPane::navigationDetail() const {
    return tr("%n token(s)", nullptr, m_model->totalCount());
}

QTableView *TokensPane::view() const {
    return m_ui->tokenTable;
}

CreateTokenDialog *TokensPane::createDialog() const {
    return m_createDialog.data();
}

NewTokenDialog *TokensPane::newTokenDialog() const {
    return m_newTokenDialog.data();
}

void TokensPane::updateSavedScope() {
    const QString tenantKey = m_context.workspace->client()->endpoint().toString(
        QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    const std::optional<CurrentUser> &user = m_session->user();
    m_saved->setScope(tenantKey, user ? user->email : QString());
}

// After a complete, successful load: which keychain entries are stale, and the old entries
// moved to their token's id.
void TokensPane::reconcileSaved() {
    if (m_loadFailed || m_model->isLoading() || m_model->rowCount() != m_model->totalCount())
        return;
    updateSavedScope();
    QList<AccessToken> tokens;
    tokens.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        tokens << m_model->tokenAt(row);
    m_saved->reconcile(tokens);
}

void TokensPane::removeStaleEntries() {
    const QList<SavedTokens::Record> stale = m_saved->stale();
    if (stale.isEmpty())
        return;
    QString list;
    for (const SavedTokens::Record &record : stale.mid(0, 10))
        list += record.prefix.isEmpty()
                    ? QStringLiteral("• %1\n").arg(record.description)
                    : QStringLiteral("• %1 (%2…)\n").arg(record.description, record.prefix);
    if (stale.size() > 10)
        list += tr("… and %n more\n", nullptr, int(stale.size() - 10));
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Remove stale keychain entries"),
        tr("The keychain holds %n token(s) that no longer exist on %1.", nullptr, int(stale.size()))
            .arg(m_session->tenant().displayName),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeStaleConfirm"));
    box->setInformativeText(list + QLatin1Char('\n') +
                            tr("They were revoked or have expired and removed; their values are of "
                               "no use any more."));
    box->setTextFormat(Qt::PlainText);
    ConfirmBox::open(
        box,
        {tr("Remove from keychain"), QMessageBox::AcceptRole, QStringLiteral("confirmRemoveStale")},
        [this, count = int(stale.size())] {
            QPointer<TokensPane> guard(this);
            m_saved->removeStale([guard, count](const QString &error) {
                if (!guard)
                    return;
                if (error.isEmpty())
                    guard->m_ui->tokensStatusMessage->showSuccess(
                        tr("Removed %n stale keychain entry(s).", nullptr, count));
                else
                    guard->m_ui->tokensStatusMessage->showError(error);
            });
        });
}

void TokensPane::onUserChanged() {
    updateSavedScope();
    // Rotations an earlier run left (a pending revoke, a lost answer) go on.
    if (m_session->user() && QFile::exists(RotationJournal::defaultPath()))
        rotation()->resume();
    refreshPendingRevokes();
    const bool admin = isAdminView();
    m_ui->tokenSections->setVisible(admin);
    if (admin && !m_adminPane) {
        m_userModel = m_context.workspace->users();
        m_adminPane = new AdminUsersPane(m_context, this);
        // The administrator's own tokens rotate from "All users" too.
        connect(m_adminPane, &AdminUsersPane::rotateRequested, this, &TokensPane::rotate);
        connect(m_adminPane, &AdminUsersPane::historyRequested, this, &PaneBase::historyRequested);
        connect(m_adminPane, &AdminUsersPane::offboardRequested, this,
                &PaneBase::offboardRequested);
        m_ui->sections->addWidget(m_adminPane);
    }
    if (!admin)
        showMyTokens();
    else if (m_ui->sections->currentIndex() == 1)
        m_userModel->reload();
    updateBanner();
}

bool TokensPane::isAdminView() const {
    return m_session->isAdmin();
}

QDateTime TokensPane::adminLapse() const {
    // The server's record of the last sign-in (lastActive) is what the rule counts from.
    const std::optional<CurrentUser> &user = m_session->user();
    const QDateTime from = user ? user->lastActive.value_or(QDateTime()) : QDateTime();
    return from.isValid() ? from.addDays(AdminSignInDays) : QDateTime();
}

// The 14-day rule for administrators' tokens exists on v1 tenants only.
void TokensPane::updateBanner() {
    if (!isAdminView() || m_session->tenant().isV2()) {
        m_ui->adminBanner->clear();
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
    // TokenDesk's own sentence and dates: rich text for the emphasis.
    m_ui->adminBanner->showMessage(text, MessageBanner::Kind::Warning, Qt::RichText);
}

QString TokensPane::bannerText() const {
    return m_ui->adminBanner->message();
}

void TokensPane::showMyTokens() {
    m_ui->sections->setCurrentIndex(0);
    const QSignalBlocker blocker(m_ui->tokenSections);
    m_ui->tokenSections->setCurrentIndex(0);
    updateState();
}

void TokensPane::showAllUsers() {
    if (!m_adminPane)
        return;
    const bool first =
        m_ui->sections->currentWidget() != m_adminPane && m_userModel->rowCount() == 0;
    m_ui->sections->setCurrentWidget(m_adminPane);
    {
        const QSignalBlocker blocker(m_ui->tokenSections);
        m_ui->tokenSections->setCurrentIndex(1);
    }
    if (first && !m_userModel->isLoading())
        m_userModel->reload();
    updateState();
}

QString TokensPane::message() const {
    return m_ui->tokensStatusMessage->message();
}

void TokensPane::setListState(ListState state) {
    m_listState = state;
    switch (state) {
    case ListState::Loading:
        m_ui->tokensMessage->setText(tr("Loading access tokens…"));
        m_ui->listStack->setCurrentWidget(m_ui->tokensMessage);
        break;
    case ListState::LoadFailed:
        m_ui->listStack->setCurrentWidget(m_ui->tokensMessage);
        break;
    case ListState::Empty:
        m_ui->listStack->setCurrentWidget(m_ui->tokensEmptyPage);
        break;
    case ListState::List:
        m_ui->listStack->setCurrentWidget(m_ui->tokenTable);
        break;
    }
}

void TokensPane::fitTokenColumn() {
    QTableView *view = m_ui->tokenTable;
    QHeaderView *header = view->horizontalHeader();
    const int column = AccessTokenModel::SavedColumn;
    const QString title = m_proxy->headerData(column, Qt::Horizontal).toString();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    int width = header->fontMetrics().horizontalAdvance(title) + 2 * margin + 4;
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == column)
        width += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin;
    width = std::max(width, static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column));
    if (header->sectionSize(column) != width)
        header->resizeSection(column, width);
}

void TokensPane::updateState() {
    const int rows = m_model->rowCount();
    if (rows == 0 && m_model->isLoading())
        setListState(ListState::Loading);
    else if (rows == 0 && m_listState != ListState::LoadFailed)
        setListState(ListState::Empty);
    else if (rows > 0)
        setListState(ListState::List);
    const QString filter = m_ui->tokenFilter->text().trimmed();
    const int shown = m_proxy->rowCount();
    if (m_model->isLoading() && rows > 0)
        m_ui->tokensSummary->setText(
            tr("%1 of %2 tokens loaded…").arg(rows).arg(m_model->totalCount()));
    else if (!filter.isEmpty() && rows > 0 && shown == 0)
        m_ui->tokensSummary->setText(tr("No token matches “%1”.").arg(filter));
    else if (!filter.isEmpty() && shown < rows)
        m_ui->tokensSummary->setText(
            tr("%1 of %n token(s) match “%2”.", nullptr, m_model->totalCount())
                .arg(shown)
                .arg(filter));
    else
        m_ui->tokensSummary->setText(tr("%n token(s)", nullptr, m_model->totalCount()));
    // The filter has nothing to do on an empty list (unless it is what emptied the view).
    m_ui->tokenFilter->setVisible(rows > 0 || !m_ui->tokenFilter->text().isEmpty());
    const bool mine = m_ui->sections->currentIndex() == 0;
    m_ui->revokeButton->setVisible(mine && rows > 0);
    m_ui->revokeButton->setEnabled(mine && !selectedTokens().isEmpty());
    if (m_rotateButton) {
        m_rotateButton->setVisible(mine && rows > 0);
        m_rotateButton->setEnabled(mine && selectedTokens().size() == 1);
    }
    if (m_rotateAction)
        m_rotateAction->setEnabled(mine && selectedTokens().size() == 1);
    if (m_revokeAction)
        m_revokeAction->setEnabled(!mine || !selectedTokens().isEmpty());
    if (!m_staleAction)
        return; // still being built
    const int stale = int(m_saved->stale().size());
    m_staleAction->setEnabled(stale > 0);
    m_staleButton->setVisible(mine && stale > 0);
    m_staleButton->setToolTip(
        tr("The keychain holds %n token(s) that no longer exist on the server.", nullptr, stale));
}

QList<AccessToken> TokensPane::selectedTokens() const {
    QList<AccessToken> tokens;
    for (const QModelIndex &index : m_ui->tokenTable->selectionModel()->selectedRows()) {
        const int row = m_model->rowOf(index.data(AccessTokenModel::IdRole).toString());
        if (row >= 0)
            tokens << m_model->tokenAt(row);
    }
    return tokens;
}

void TokensPane::openCreateDialog() {
    if (m_createDialog) {
        m_createDialog->raise();
        m_createDialog->activateWindow();
        return;
    }
    auto *dialog = new CreateTokenDialog(m_service, this);
    dialog->setClock([model = m_model] { return model->now(); });
    dialog->setGeneration(m_session->tenant().generation);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_createDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_lastCap = dialog->policy().maxExpiryDays();
        showNewToken(dialog->takeCreated());
    });
    // Closed with "Close when done" and the create failed: what it says stays in view here.
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        if (dialog->closesWhenDone() && !dialog->errorText().isEmpty())
            m_ui->tokensStatusMessage->showError(dialog->errorText());
    });
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
        m_ui->tokenTable->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_ui->tokenTable->scrollTo(index);
    }
    m_ui->tokensStatusMessage->showSuccess(tr("Created “%1”.").arg(created.token.description));
    updateSavedScope();
    m_saved->noteCreated(created.token, created.value); // its prefix, never its value
    const QString id = created.token.id;
    auto *dialog = new NewTokenDialog(created, m_context.credentials, m_saved->keyFor(id), this);
    connect(dialog, &NewTokenDialog::saved, m_saved, [this, id] { m_saved->noteSaved(id); });
    created.value.fill('\0');
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClipboardClearDelay(m_clipboardDelayMs);
    const TenantProfile tenant = m_session->tenant();
    dialog->setTenant(tenant.baseUrl.isValid() ? tenant.baseUrl
                                               : tenant.apiUrl.adjusted(QUrl::RemovePath),
                      m_lastCap);
    m_newTokenDialog = dialog;
    dialog->open();
}

void TokensPane::revokeSelected() {
    if (m_ui->sections->currentIndex() == 1) {
        if (m_adminPane)
            m_adminPane->revokeSelectedToken();
        return;
    }
    const QList<AccessToken> tokens = selectedTokens();
    if (tokens.isEmpty())
        return;
    QString list;
    for (const AccessToken &token : tokens.mid(0, 10))
        list += QStringLiteral("• %1\n").arg(TokenDisplay::description(token));
    if (tokens.size() > 10)
        list += tr("… and %n more\n", nullptr, int(tokens.size() - 10));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Revoke tokens"),
                                tr("Revoke %n token(s)?", nullptr, int(tokens.size())),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("revokeConfirm"));
    box->setInformativeText(list + QLatin1Char('\n') +
                            tr("Everything that uses the token(s) stops working at once. This "
                               "cannot be undone.",
                               nullptr, int(tokens.size())) +
                            QLatin1Char('\n') + m_session->tenantLine());
    box->setTextFormat(Qt::PlainText); // after the informative text: it applies to both
    ConfirmBox::open(
        box, {tr("Revoke"), QMessageBox::DestructiveRole, QStringLiteral("confirmRevoke")},
        [this, tokens] {
            m_ui->revokeButton->setEnabled(false);
            m_ui->tokensStatusMessage->showInfo(
                tr("Revoking %n token(s)…", nullptr, int(tokens.size())));
            m_service->revoke(
                tokens, {}, this, [this](const QList<AccessTokenService::RevokeOutcome> &outcomes) {
                    using Result = AccessTokenService::RevokeOutcome::Result;
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
                            lines << tr("“%1” had already been revoked or removed; it is gone from "
                                        "the "
                                        "list.")
                                         .arg(name);
                            break;
                        case Result::Failed:
                            failed = true;
                            // A lost answer is no "not revoked": its message says the server may
                            // have done it and that the list was reloaded. Said once.
                            lines << (outcome.uncertain ? tr("“%1”: %2").arg(name, outcome.message)
                                                        : tr("“%1” was not revoked: %2")
                                                              .arg(name, outcome.message));
                            break;
                        }
                    }
                    const QString text = lines.join(QLatin1Char('\n'));
                    failed ? m_ui->tokensStatusMessage->showError(text)
                           : m_ui->tokensStatusMessage->showSuccess(text);
                    updateState();
                });
        });
}

RotateTokenDialog *TokensPane::rotateDialog() const {
    return m_rotateDialog.data();
}

TokenRotation *TokensPane::rotation() {
    const QString tenant = m_session->tenant().apiUrl.toString(QUrl::StripTrailingSlash);
    if (m_rotation && m_rotation->property("tenant").toString() == tenant)
        return m_rotation;
    delete m_rotation;
    m_rotation = new TokenRotation(m_context.workspace->api()->tokens(), m_service,
                                   RotationJournal::defaultPath(), tenant, this);
    m_rotation->setProperty("tenant", tenant);
    connect(m_rotation, &TokenRotation::message, this, [this](const QString &text, bool error) {
        if (error)
            m_ui->tokensStatusMessage->showError(text);
        else
            m_ui->tokensStatusMessage->showSuccess(text);
    });
    connect(m_rotation, &TokenRotation::finished, m_model, [this] {
        m_model->reload();
        if (m_userModel && m_ui->sections->currentWidget() == m_adminPane)
            m_userModel->reload(); // "All users" shows the administrator's new token too
    });
    connect(m_rotation, &TokenRotation::changed, this, &TokensPane::refreshPendingRevokes);
    connect(m_rotation, &TokenRotation::revokeAwaitsConfirmation, this, &TokensPane::confirmRevoke);
    return m_rotation;
}

void TokensPane::refreshPendingRevokes() {
    m_pendingRevokes.clear();
    if (m_session->user() && QFile::exists(RotationJournal::defaultPath()))
        for (const Rotation &pending : rotation()->pendingRevokes())
            m_pendingRevokes.insert(pending.oldId, pending);
    m_model->marksChanged();
}

// "When I confirm": the new value is in place; the old token's revoke is asked for, naming the
// tenant and the token. Not now leaves it pending (marked in the list, the row menu revokes it
// or keeps it).
void TokensPane::confirmRevoke(const Rotation &pending) {
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Revoke the old token?"),
                        tr("The new token for “%1” is in place. Revoke the old token “%1” now?")
                            .arg(pending.description),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("rotateRevokeConfirm"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        m_session->tenantLine() + QLatin1Char('\n') +
        tr("Old token: “%1”, created %2.")
            .arg(pending.description, TimeFormat::exact(pending.oldCreated)) +
        QStringLiteral("\n\n") +
        tr("Anything still using the old token stops working. Not now keeps it, marked in the "
           "list until you revoke it or keep it (right-click it)."));
    ConfirmBox::open(
        box, {tr("Revoke old token"), QMessageBox::AcceptRole, QStringLiteral("confirmRevokeOld")},
        [this, id = pending.id] { rotation()->revokeNow(id); },
        ConfirmBox::Button{tr("Not now"), QMessageBox::RejectRole,
                           QStringLiteral("revokeOldLater")});
}

bool TokensPane::rotateToken(const QString &tokenId) {
    showMyTokens();
    const int row = m_model->rowOf(tokenId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_ui->tokenTable->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_ui->tokenTable->scrollTo(index);
    rotateSelected();
    return true;
}

void TokensPane::rotateSelected() {
    const QList<AccessToken> tokens = selectedTokens();
    if (tokens.size() != 1 || m_ui->sections->currentIndex() != 0)
        return;
    rotate(tokens.constFirst());
}

void TokensPane::rotate(const AccessToken &old) {
    if (m_rotateDialog) {
        m_rotateDialog->raise();
        return;
    }
    // The tenant's cap, then the dialog.
    m_service->maxExpiryDays(this, [this, old](const ApiResult<std::optional<int>> &cap) {
        if (cap.error) {
            m_ui->tokensStatusMessage->showError(
                tr("The tenant's limit on token lifetimes could not be read: %1")
                    .arg(cap.error.message));
            return;
        }
        m_lastCap = cap.value.value_or(std::nullopt);
        auto *dialog = new RotateTokenDialog(
            old, m_lastCap, m_saved->hasKeychain() && m_saved->isSaved(old.id),
            QStandardPaths::findExecutable(QStringLiteral("mod")), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { startRotation(dialog); });
        m_rotateDialog = dialog;
        dialog->open();
    });
}

void TokensPane::startRotation(RotateTokenDialog *dialog) {
    const AccessToken old = dialog->oldToken();
    const bool keychain = dialog->replaceKeychain();
    const bool clipboard = dialog->copyToClipboard();
    const bool mod = dialog->handToMod();
    QList<AccessToken> mine;
    for (int row = 0; row < m_model->rowCount(); ++row)
        mine << m_model->tokenAt(row);
    TokenRotation *rotator = rotation();
    rotator->setHandOver(
        [this, old, keychain, clipboard, mod](const CreatedAccessToken &created,
                                              std::function<void(const QString &)> done) {
            handOver(created, old, keychain, clipboard, mod, std::move(done));
        });
    rotator->start(old, mine, dialog->lifetime(), dialog->revokeAfterSeconds());
}

void TokensPane::handOver(const CreatedAccessToken &created, const AccessToken &old, bool keychain,
                          bool clipboard, bool mod, std::function<void(const QString &)> done) {
    updateSavedScope();
    m_saved->noteCreated(created.token, created.value);
    if (clipboard)
        ClipboardGuard::copy(QString::fromLatin1(created.value), m_clipboardDelayMs);
    // The value for the steps that follow, wiped when they end.
    auto value = std::make_shared<QByteArray>(created.value);
    auto finish = [value, done](const QString &error) {
        value->fill('\0');
        done(error);
    };
    auto toMod = [this, value, mod, finish] {
        if (!mod)
            return finish({});
        // `mod config moderne login --with-token` reads the value on standard input: it is never
        // on a command line.
        auto *process = new QProcess(this);
        process->setProgram(QStandardPaths::findExecutable(QStringLiteral("mod")));
        process->setArguments({QStringLiteral("config"), QStringLiteral("moderne"),
                               QStringLiteral("login"), QStringLiteral("--with-token")});
        process->setProcessChannelMode(QProcess::MergedChannels);
        connect(process, &QProcess::finished, this,
                [process, finish](int code, QProcess::ExitStatus status) {
                    process->deleteLater();
                    finish(status == QProcess::NormalExit && code == 0
                               ? QString()
                               : tr("mod config moderne login failed (exit code %1).").arg(code));
                });
        connect(process, &QProcess::errorOccurred, this,
                [process, finish](QProcess::ProcessError e) {
                    if (e != QProcess::FailedToStart)
                        return;
                    process->deleteLater();
                    finish(tr("mod could not be started."));
                });
        process->start();
        process->write(*value + '\n');
        process->closeWriteChannel();
    };
    if (!keychain || !m_context.credentials)
        return toMod();
    const QString newId = created.token.id;
    m_context.credentials->write(
        m_saved->keyFor(newId), created.value,
        [this, newId, oldId = old.id, toMod, finish](const QString &error) {
            if (!error.isEmpty())
                return finish(tr("The keychain did not take the new value: %1").arg(error));
            m_saved->noteSaved(newId);
            m_saved->forget({oldId}); // the old entry goes: the new one is in its place
            toMod();
        });
}
