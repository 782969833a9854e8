#include "AdminUsersPane.h"

#include "UserModel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

AdminUsersPane::AdminUsersPane(UserModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
    , m_revoke(new QPushButton(tr("Revoke token"), this))
    , m_revokeAll(new QPushButton(tr("Revoke all of user's tokens…"), this))
    , m_refresh(new QPushButton(tr("Reload"), this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("adminUsersPane"));
    auto *intro = new QLabel(tr("Every user of the tenant who holds personal access tokens. "
                                "Expand a user to see the tokens; revoking one stops every "
                                "script that uses it at once."),
                             this);
    intro->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("usersTree"));
    m_view->setAccessibleName(tr("Users and their tokens"));
    m_view->setModel(model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(UserModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(UserModel::CreatedColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(UserModel::ExpiresColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(UserModel::CreatedColumn, 170);
    m_view->header()->resizeSection(UserModel::ExpiresColumn, 280);

    m_revoke->setObjectName(QStringLiteral("adminRevokeToken"));
    m_revokeAll->setObjectName(QStringLiteral("adminRevokeAll"));
    m_refresh->setObjectName(QStringLiteral("adminReload"));
    m_revoke->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_summary->setObjectName(QStringLiteral("usersSummary"));
    m_message->setObjectName(QStringLiteral("adminMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_revoke);
    buttons->addWidget(m_revokeAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_revoke, &QPushButton::clicked, this, &AdminUsersPane::revokeSelectedToken);
    connect(m_revokeAll, &QPushButton::clicked, this, &AdminUsersPane::revokeAllOfSelectedUser);
    connect(m_refresh, &QPushButton::clicked, model, &UserModel::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AdminUsersPane::updateState);
    connect(model, &UserModel::loadingChanged, this, &AdminUsersPane::updateState);
    connect(model, &UserModel::totalCountChanged, this, &AdminUsersPane::updateState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AdminUsersPane::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &AdminUsersPane::updateState);
    connect(model, &UserModel::loadFailed, this, [this](const QString &message) {
        showMessage(tr("The users could not be loaded: %1").arg(message), true);
    });
    updateState();
}

QString AdminUsersPane::message() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

void AdminUsersPane::showMessage(const QString &text, bool error) {
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_message->setPalette(palette);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void AdminUsersPane::updateState() {
    const QModelIndex current = m_view->currentIndex();
    m_revoke->setEnabled(current.isValid() && !m_model->isUser(current));
    m_revokeAll->setEnabled(current.isValid());
    const int loaded = m_model->rowCount();
    m_summary->setText(m_model->isLoading()
                           ? tr("Loading users…")
                           : tr("%n user(s) with tokens", nullptr, m_model->totalCount()) +
                                 (loaded < m_model->totalCount()
                                      ? tr(" (%1 loaded; scroll for more)").arg(loaded)
                                      : QString()));
}

void AdminUsersPane::revokeSelectedToken() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_model->isUser(current))
        return;
    const QModelIndex token = current.siblingAtColumn(UserModel::NameColumn);
    const QString description = token.data().toString();
    const QString email = m_model->emailOf(token);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Revoke token"),
                                tr("Revoke “%1” of %2?\n\nEverything that uses it stops working "
                                   "at once. This cannot be undone.")
                                    .arg(description, email),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("adminRevokeConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *revoke = box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    revoke->setObjectName(QStringLiteral("confirmRevoke"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    const QPersistentModelIndex target(token);
    connect(box, &QMessageBox::finished, this, [this, box, revoke, target, description, email] {
        if (box->clickedButton() != revoke || !target.isValid())
            return;
        m_revoke->setEnabled(false);
        showMessage(tr("Revoking “%1”…").arg(description), false);
        m_model->revokeToken(
            target, this, [this, description, email](bool done, const QString &message) {
                if (done)
                    showMessage(message.isEmpty()
                                    ? tr("Revoked “%1” of %2.").arg(description, email)
                                    : message + QLatin1Char(' ') + tr("It is gone from the list."),
                                false);
                else
                    showMessage(tr("“%1” could not be revoked: %2").arg(description, message),
                                true);
                updateState();
            });
    });
    box->open();
}

void AdminUsersPane::revokeAllOfSelectedUser() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString email = m_model->emailOf(current);
    const QModelIndex user = m_model->userIndex(email);
    const int count = m_model->tokenCountOf(user);

    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("revokeAllConfirm"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Revoke all tokens of %1").arg(email));
    auto *text = new QLabel(tr("This revokes all %n personal access token(s) of <b>%1</b>. Every "
                               "script, CLI and plugin using them stops working at once, and it "
                               "cannot be undone.<br><br>Type the user's email to confirm:",
                               nullptr, count)
                                .arg(email.toHtmlEscaped()),
                            dialog);
    text->setWordWrap(true);
    auto *typed = new QLineEdit(dialog);
    typed->setObjectName(QStringLiteral("confirmEmail"));
    typed->setPlaceholderText(email);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *revoke = buttons->addButton(tr("Revoke all"), QDialogButtonBox::AcceptRole);
    revoke->setObjectName(QStringLiteral("confirmRevokeAll"));
    revoke->setEnabled(false);
    connect(typed, &QLineEdit::textChanged, revoke, [revoke, email](const QString &value) {
        revoke->setEnabled(value.trimmed().compare(email, Qt::CaseInsensitive) == 0);
    });
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(typed);
    layout->addWidget(buttons);
    dialog->resize(460, dialog->sizeHint().height());

    const QPersistentModelIndex target(user);
    connect(dialog, &QDialog::accepted, this, [this, target, email] {
        if (!target.isValid())
            return;
        m_revokeAll->setEnabled(false);
        showMessage(tr("Revoking all tokens of %1…").arg(email), false);
        m_model->revokeAll(target, this, [this, email](bool done, const QString &message) {
            showMessage(done ? tr("Revoked all tokens of %1.").arg(email)
                             : tr("Not all tokens of %1 were revoked: %2").arg(email, message),
                        !done);
            updateState();
        });
    });
    dialog->open();
}
