#include "AdminUsersPane.h"

#include "AccessTokenService.h"
#include "ConfirmBox.h"
#include "Session.h"
#include "StatusDelegate.h"
#include "TokenDisplay.h"
#include "TypeToConfirmDialog.h"
#include "UserModel.h"
#include "Workspace.h"
#include "ui_AdminUsersPane.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

AdminUsersPane::AdminUsersPane(const PaneContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::AdminUsersPane)
    , m_model(context.workspace->users())
    , m_service(context.workspace->tokenService())
    , m_session(context.workspace->session())
    , m_searchDelay(new QTimer(this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("adminUsersPane"));
    m_ui->adminMessage->bindTo(context.workspace->session());
    m_ui->adminRevokeToken->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));

    QTreeView *view = m_ui->usersTree;
    view->setModel(m_model);
    view->setItemDelegate(new StatusDelegate(view));
    view->header()->setSectionResizeMode(UserModel::NameColumn, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(UserModel::RoleColumn, QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(UserModel::CreatedColumn, QHeaderView::Interactive);
    view->header()->setSectionResizeMode(UserModel::ExpiresColumn, QHeaderView::Interactive);
    view->header()->resizeSection(UserModel::CreatedColumn, 170);
    view->header()->resizeSection(UserModel::ExpiresColumn, 280);

    connect(m_ui->adminRevokeToken, &QPushButton::clicked, this,
            &AdminUsersPane::revokeSelectedToken);
    m_rotate = new QPushButton(tr("Rotate…"), this);
    m_rotate->setObjectName(QStringLiteral("adminRotateToken"));
    m_rotate->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_ui->buttons->insertWidget(m_ui->buttons->indexOf(m_ui->adminRevokeToken), m_rotate);
    connect(m_rotate, &QPushButton::clicked, this, &AdminUsersPane::rotateSelectedToken);
    connect(m_ui->adminRevokeAll, &QPushButton::clicked, this,
            &AdminUsersPane::revokeAllOfSelectedUser);
    connect(m_ui->adminReload, &QPushButton::clicked, m_model, &UserModel::reload);
    const UserFilter filter = m_model->filter();
    m_ui->usersSearch->setText(filter.emailContains);
    m_ui->includeUsersWithoutTokens->setChecked(filter.includeWithoutTokens);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_searchDelay, &QTimer::timeout, this, &AdminUsersPane::applyFilter);
    connect(m_ui->usersSearch, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->usersSearch, &QLineEdit::returnPressed, this, &AdminUsersPane::applyFilter);
    connect(m_ui->includeUsersWithoutTokens, &QCheckBox::toggled, this,
            &AdminUsersPane::applyFilter);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &AdminUsersPane::showRowMenu);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AdminUsersPane::updateState);
    connect(m_model, &UserModel::loadingChanged, this, &AdminUsersPane::updateState);
    connect(m_model, &UserModel::totalCountChanged, this, &AdminUsersPane::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AdminUsersPane::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AdminUsersPane::updateState);
    connect(m_model, &UserModel::loadFailed, this, [this](const QString &message) {
        m_ui->adminMessage->showError(tr("The users could not be loaded: %1").arg(message));
    });
    updateState();
}

AdminUsersPane::~AdminUsersPane() = default;

QTreeView *AdminUsersPane::view() const {
    return m_ui->usersTree;
}

QString AdminUsersPane::message() const {
    return m_ui->adminMessage->message();
}

// A row's menu: a token's history, offboarding its user, and the buttons' actions.
void AdminUsersPane::showRowMenu(const QPoint &position) {
    QTreeView *view = m_ui->usersTree;
    const QModelIndex index = view->indexAt(position);
    if (!index.isValid() || !m_session->isAdmin())
        return;
    view->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("adminRowMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (const AccessToken *token = m_model->tokenOf(index)) {
        QAction *history = menu->addAction(tr("Show history"));
        history->setObjectName(QStringLiteral("rowShowHistory"));
        connect(history, &QAction::triggered, this,
                [this, token = *token] { Q_EMIT historyRequested(token); });
    }
    const QString email = m_model->emailOf(index);
    if (!email.isEmpty()) {
        QAction *offboard = menu->addAction(tr("Offboard %1…").arg(email));
        offboard->setObjectName(QStringLiteral("rowOffboard"));
        connect(offboard, &QAction::triggered, this,
                [this, email] { Q_EMIT offboardRequested(email); });
    }
    menu->popup(view->viewport()->mapToGlobal(position));
}

void AdminUsersPane::applyFilter() {
    m_searchDelay->stop();
    UserFilter filter;
    filter.emailContains = m_ui->usersSearch->text().trimmed();
    filter.includeWithoutTokens = m_ui->includeUsersWithoutTokens->isChecked();
    m_model->setFilter(filter);
}

void AdminUsersPane::updateState() {
    const QModelIndex current = m_ui->usersTree->currentIndex();
    m_ui->adminRevokeToken->setEnabled(current.isValid() && !m_model->isUser(current));
    const bool own = isOwnToken(current);
    m_rotate->setEnabled(own);
    m_rotate->setToolTip(own ? tr("A new token in place of this one of yours, then the old one "
                                  "revoked")
                             : tr("Only your own tokens can be rotated: the new value is handed "
                                  "over on this computer."));
    m_ui->adminRevokeAll->setEnabled(current.isValid() && m_model->tokenCountOf(current) > 0);
    const int loaded = m_model->rowCount();
    const int total = m_model->totalCount();
    const UserFilter &filter = m_model->filter();
    // The intro says whom the list holds: with the option on, users without tokens too.
    m_ui->intro->setText(filter.includeWithoutTokens
                             ? tr("Every user of the tenant, with or without personal access "
                                  "tokens. Expand a user to see the tokens; revoking one stops "
                                  "every script that uses it at once.")
                             : tr("Every user of the tenant who holds personal access tokens. "
                                  "Expand a user to see the tokens; revoking one stops every "
                                  "script that uses it at once."));
    QString summary;
    if (m_model->isLoading())
        summary = tr("Loading users…");
    else if (total == 0 && !filter.emailContains.isEmpty())
        summary = tr("No user matches “%1”.").arg(filter.emailContains);
    else if (filter.includeWithoutTokens)
        summary = tr("%n user(s)", nullptr, total);
    else
        summary = tr("%n user(s) with tokens", nullptr, total);
    if (!m_model->isLoading() && loaded < total)
        summary += tr(" (%1 loaded; scroll for more)").arg(loaded);
    m_ui->usersSummary->setText(summary);
}

bool AdminUsersPane::isOwnToken(const QModelIndex &index) const {
    const std::optional<CurrentUser> &user = m_session->user();
    return index.isValid() && user && m_model->tokenOf(index) &&
           m_model->emailOf(index).compare(user->email, Qt::CaseInsensitive) == 0;
}

void AdminUsersPane::rotateSelectedToken() {
    const QModelIndex current = m_ui->usersTree->currentIndex();
    if (!isOwnToken(current))
        return;
    Q_EMIT rotateRequested(*m_model->tokenOf(current));
}

void AdminUsersPane::revokeSelectedToken() {
    const QModelIndex current = m_ui->usersTree->currentIndex();
    const AccessToken *selected = m_model->tokenOf(current);
    if (!selected)
        return;
    const AccessToken token = *selected;
    const QString description = TokenDisplay::description(token);
    const QString email = m_model->emailOf(current);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Revoke token"),
                                tr("Revoke “%1” of %2?\n\nEverything that uses it stops working "
                                   "at once. This cannot be undone.")
                                        .arg(description, email) +
                                    QStringLiteral("\n\n") + m_session->tenantLine(),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("adminRevokeConfirm"));
    box->setTextFormat(Qt::PlainText);
    ConfirmBox::open(
        box, {tr("Revoke"), QMessageBox::DestructiveRole, QStringLiteral("confirmRevoke")},
        [this, token, description, email] {
            m_ui->adminRevokeToken->setEnabled(false);
            m_ui->adminMessage->showInfo(tr("Revoking “%1”…").arg(description));
            m_service->revoke(
                {token}, email, this,
                [this, description,
                 email](const QList<AccessTokenService::RevokeOutcome> &outcomes) {
                    using Result = AccessTokenService::RevokeOutcome::Result;
                    const auto &outcome = outcomes.constFirst();
                    if (outcome.result == Result::Revoked)
                        m_ui->adminMessage->showSuccess(
                            tr("Revoked “%1” of %2.").arg(description, email));
                    else if (outcome.result == Result::AlreadyGone)
                        m_ui->adminMessage->showInfo(
                            tr("\"%1\" had already been revoked.").arg(description) +
                            QLatin1Char(' ') + tr("It is gone from the list."));
                    else
                        m_ui->adminMessage->showError(
                            tr("“%1” could not be revoked: %2").arg(description, outcome.message));
                    updateState();
                });
        });
}

void AdminUsersPane::revokeAllOfSelectedUser() {
    const QModelIndex current = m_ui->usersTree->currentIndex();
    if (!current.isValid())
        return;
    const QString email = m_model->emailOf(current);
    const int count = m_model->tokenCountOf(m_model->userIndex(email));
    auto *dialog = new TypeToConfirmDialog(
        tr("Revoke all tokens of %1").arg(email),
        m_session->tenantLine().toHtmlEscaped() + QStringLiteral("<br><br>") +
            tr("This revokes %n personal access token(s) of <b>%1</b>. Every script, CLI and "
               "plugin using them stops working at once, and it cannot be undone.<br><br>Type "
               "the user's email to confirm:",
               nullptr, count)
                .arg(email.toHtmlEscaped()),
        email, tr("Revoke all"), this);
    dialog->setObjectName(QStringLiteral("revokeAllConfirm"));
    dialog->input()->setObjectName(QStringLiteral("confirmEmail"));
    dialog->actionButton()->setObjectName(QStringLiteral("confirmRevokeAll"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, email] {
        m_ui->adminRevokeAll->setEnabled(false);
        m_ui->adminMessage->showInfo(tr("Revoking all tokens of %1…").arg(email));
        m_service->revokeAll(email, this, [this, email](bool done, const QString &message) {
            if (done)
                m_ui->adminMessage->showSuccess(tr("Revoked all tokens of %1.").arg(email));
            else
                m_ui->adminMessage->showError(
                    tr("Not all tokens of %1 were revoked: %2").arg(email, message));
            updateState();
        });
    });
    dialog->open();
}
