#include "TokensPane.h"

#include "AccessTokenModel.h"
#include "AccessTokenProxyModel.h"
#include "AccessTokenService.h"
#include "AdminUsersPane.h"
#include "ClipboardGuard.h"
#include "CreateTokenDialog.h"
#include "ExpiryPolicy.h"
#include "GraphQlClient.h"
#include "NewTokenDialog.h"
#include "Session.h"
#include "Settings.h"
#include "StatusDelegate.h"
#include "Ticker.h"
#include "TimeFormat.h"
#include "TokenDisplay.h"
#include "UserModel.h"
#include "Workspace.h"
#include "ui_TokensPane.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>

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
    header->setSectionResizeMode(AccessTokenModel::CreatedColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(AccessTokenModel::ExpiresColumn, QHeaderView::Interactive);
    header->resizeSection(AccessTokenModel::CreatedColumn, 140);
    header->resizeSection(AccessTokenModel::ExpiresColumn, 260);

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
    delete m_ui;
}

void TokensPane::createActions() {
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
    m_ui->tokenTable->addAction(revokeAction);
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

void TokensPane::onUserChanged() {
    const bool admin = isAdminView();
    m_ui->tokenSections->setVisible(admin);
    if (admin && !m_adminPane) {
        m_userModel = m_context.workspace->users();
        m_adminPane = new AdminUsersPane(m_context, this);
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
    const QString tenantKey = m_context.workspace->client()->endpoint().toString(
        QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    const QString key = QStringLiteral("pat:%1:%2").arg(tenantKey, created.token.description);
    auto *dialog = new NewTokenDialog(created, m_context.credentials, key, this);
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
                               nullptr, int(tokens.size())));
    box->setTextFormat(Qt::PlainText); // after the informative text: it applies to both
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *revoke = box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    revoke->setObjectName(QStringLiteral("confirmRevoke"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::finished, this, [this, box, revoke, tokens] {
        if (box->clickedButton() != revoke)
            return;
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
                        lines << tr("“%1” had already been revoked or removed; it is gone from the "
                                    "list.")
                                     .arg(name);
                        break;
                    case Result::Failed:
                        failed = true;
                        // A lost answer is no "not revoked": its message says the server may
                        // have done it and that the list was reloaded. Said once.
                        lines << (outcome.uncertain
                                      ? tr("“%1”: %2").arg(name, outcome.message)
                                      : tr("“%1” was not revoked: %2").arg(name, outcome.message));
                        break;
                    }
                }
                const QString text = lines.join(QLatin1Char('\n'));
                failed ? m_ui->tokensStatusMessage->showError(text)
                       : m_ui->tokensStatusMessage->showSuccess(text);
                updateState();
            });
    });
    box->open();
}
