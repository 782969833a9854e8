#include "OffboardingDialog.h"

#include "AccessTokenService.h"
#include "Logging.h"
#include "ModerneApi.h"
#include "ReceiptFile.h"
#include "Session.h"
#include "Settings.h"
#include "TimeFormat.h"
#include "TokenDisplay.h"
#include "TypeToConfirmDialog.h"
#include "Workspace.h"
#include "ui_OffboardingDialog.h"

#include <QCompleter>
#include <QHeaderView>
#include <QPushButton>
#include <QStringListModel>
#include <QTimer>

OffboardingDialog::OffboardingDialog(const PaneContext &context, const QString &email,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::OffboardingDialog)
    , m_session(context.workspace->session())
    , m_settings(context.settings)
    , m_service(context.workspace->tokenService())
    , m_offboarding(new UserOffboarding(context.workspace->api()->users(),
                                        context.workspace->api()->tokens(),
                                        context.workspace->api()->audit(), this))
    , m_emails(new QStringListModel(this))
    , m_emailDelay(new QTimer(this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("offboardingDialog"));
    m_ui->offboardMessage->bindTo(m_session);
    m_ui->offboardMessage->hide();
    m_ui->tenantLine->setText(m_session->tenantLine());
    m_ui->revokeAllButton->setObjectName(QStringLiteral("offboardRevokeAll"));
    m_ui->deleteUserButton->setObjectName(QStringLiteral("offboardDeleteUser"));
    m_ui->revokeAllButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_ui->deleteUserButton->setIcon(QIcon::fromTheme(QStringLiteral("user-trash")));
    m_ui->lookUpButton->setDefault(true); // Enter in the email field looks the user up

    // The picker: the tenant's users whose email contains what was typed, asked for once typing
    // pauses.
    auto *completer = new QCompleter(m_emails, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->emailEdit->setCompleter(completer);
    m_emailDelay->setSingleShot(true);
    m_emailDelay->setInterval(300);
    connect(m_emailDelay, &QTimer::timeout, this, &OffboardingDialog::findEmails);
    connect(m_ui->emailEdit, &QLineEdit::textEdited, m_emailDelay, qOverload<>(&QTimer::start));
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            &OffboardingDialog::lookUp);
    connect(m_ui->lookUpButton, &QPushButton::clicked, this,
            [this] { lookUp(m_ui->emailEdit->text()); });

    QTreeWidget *tokens = m_ui->tokensTree;
    tokens->header()->setSectionResizeMode(QHeaderView::Interactive);
    tokens->header()->resizeSection(0, 200);
    tokens->header()->resizeSection(1, 150);
    tokens->header()->resizeSection(2, 200);
    QTreeWidget *events = m_ui->eventsTree;
    events->header()->setSectionResizeMode(QHeaderView::Interactive);
    events->header()->resizeSection(0, 140);
    events->header()->resizeSection(1, 130);
    events->header()->resizeSection(2, 80);

    connect(m_ui->revokeAllButton, &QPushButton::clicked, this,
            &OffboardingDialog::confirmRevokeAll);
    connect(m_ui->deleteUserButton, &QPushButton::clicked, this,
            &OffboardingDialog::confirmDeleteUser);
    connect(m_ui->receiptButton, &QPushButton::clicked, this,
            &OffboardingDialog::chooseReceiptFile);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Another user or tenant signed in: nothing of this one stays, nothing more is sent.
    connect(m_session, &Session::identityChanged, this, &QDialog::reject);

    // As large as it likes to be, but never larger than the window it belongs to.
    QSize size(720, 460);
    if (parent)
        size = size.boundedTo(parent->window()->size() - QSize(20, 20));
    resize(size.expandedTo(minimumSizeHint()));

    m_ui->emailEdit->setText(email.trimmed());
    updateState();
    if (!email.trimmed().isEmpty())
        lookUp(email);
    findEmails();
}

OffboardingDialog::~OffboardingDialog() = default;

QLineEdit *OffboardingDialog::emailEdit() const {
    return m_ui->emailEdit;
}

QTreeWidget *OffboardingDialog::tokensTree() const {
    return m_ui->tokensTree;
}

QTreeWidget *OffboardingDialog::eventsTree() const {
    return m_ui->eventsTree;
}

QPushButton *OffboardingDialog::revokeAllButton() const {
    return m_ui->revokeAllButton;
}

QPushButton *OffboardingDialog::deleteUserButton() const {
    return m_ui->deleteUserButton;
}

QPushButton *OffboardingDialog::receiptButton() const {
    return m_ui->receiptButton;
}

QStringList OffboardingDialog::emailChoices() const {
    return m_emails->stringList();
}

QString OffboardingDialog::automationText() const {
    return m_ui->automationLabel->isHidden() ? QString() : m_ui->automationLabel->text();
}

QString OffboardingDialog::summaryText() const {
    return m_ui->userSummary->text();
}

QString OffboardingDialog::message() const {
    return m_ui->offboardMessage->message();
}

bool OffboardingDialog::mayAct() const {
    return m_session->isSignedIn() && m_session->isAdmin();
}

void OffboardingDialog::findEmails() {
    m_emailDelay->stop();
    if (!mayAct())
        return; // a USER session sends nothing of this
    m_offboarding->findEmails(m_ui->emailEdit->text(), this, [this](const QStringList &emails) {
        m_emails->setStringList(emails);
    });
}

TokenHygiene::Context OffboardingDialog::hygieneContext() const {
    TokenHygiene::Context context;
    context.now = QDateTime::currentDateTimeUtc();
    context.capDays = m_cap;
    context.inactiveDays =
        m_settings ? m_settings->hygieneInactiveDays() : TokenHygiene::DefaultInactiveDays;
    context.v1 = !m_session->tenant().isV2();
    return context;
}

void OffboardingDialog::lookUp(const QString &email) {
    const QString wanted = email.trimmed();
    if (!mayAct() || wanted.isEmpty())
        return; // a USER session sends nothing of this
    m_email = wanted;
    if (m_ui->emailEdit->text().trimmed() != wanted)
        m_ui->emailEdit->setText(wanted);
    const quint64 lookup = ++m_lookup;
    m_profile.reset();
    m_profileError.clear();
    m_events.clear();
    m_eventsError.clear();
    m_suspects.clear();
    m_pending = 2;
    m_ui->userSummary->setText(tr("Reading %1…").arg(wanted));
    showProfile();
    showEvents();
    updateState();
    if (!m_capAsked) {
        // The cap is read once, before the flags are judged (like the hygiene board's).
        m_capAsked = true;
        ++m_pending;
        m_service->maxExpiryDays(this, [this, lookup](const ApiResult<std::optional<int>> &cap) {
            if (cap.value)
                m_cap = *cap.value;
            if (lookup == m_lookup)
                finishLoading();
        });
    }
    m_offboarding->profile(wanted, this,
                           [this, lookup](const ApiResult<UserOffboarding::Profile> &result) {
                               if (lookup != m_lookup)
                                   return;
                               if (result.value)
                                   m_profile = *result.value;
                               else
                                   m_profileError = result.error.message;
                               finishLoading();
                           });
    m_offboarding->recentEvents(wanted, this,
                                [this, lookup](const ApiResult<AuditEventPage> &result) {
                                    if (lookup != m_lookup)
                                        return;
                                    if (result.value)
                                        m_events = result.value->items;
                                    else
                                        m_eventsError = result.error.message;
                                    finishLoading();
                                });
}

void OffboardingDialog::finishLoading() {
    if (m_pending > 0)
        --m_pending;
    if (m_pending > 0)
        return;
    if (m_profile)
        m_suspects = UserOffboarding::automationSuspects(m_profile->tokens, m_events,
                                                         QDateTime::currentDateTimeUtc());
    showProfile();
    showEvents();
    updateState();
    Q_EMIT loaded();
    if (std::exchange(m_finishAction, false)) {
        m_acting = false;
        updateState();
        Q_EMIT actionFinished();
    }
}

void OffboardingDialog::showProfile() {
    QTreeWidget *tree = m_ui->tokensTree;
    tree->clear();
    if (!m_profile) {
        if (!m_profileError.isEmpty())
            m_ui->userSummary->setText(m_profileError);
        m_ui->automationLabel->hide();
        return;
    }
    const UserOffboarding::Profile &user = *m_profile;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString role =
        user.role.compare(QLatin1String("ADMIN"), Qt::CaseInsensitive) == 0  ? tr("Administrator")
        : user.role.compare(QLatin1String("USER"), Qt::CaseInsensitive) == 0 ? tr("User")
                                                                             : user.role;
    const QString active = user.lastActive ? tr("last active %1 (%2)")
                                                 .arg(TimeFormat::exact(*user.lastActive),
                                                      TimeFormat::relative(*user.lastActive, now))
                                           : tr("never active");
    m_ui->userSummary->setText(
        tr("%1 · %2 · %3 · %n personal access token(s)", nullptr, int(user.tokens.size()))
            .arg(user.email, role, active));

    // Each token with its hygiene flags, judged as the hygiene board judges them.
    const TokenHygiene::Context context = hygieneContext();
    const TokenHygiene::Owner owner{user.email, user.role, user.lastActive};
    QHash<QString, int> descriptions;
    for (const AccessToken &token : user.tokens)
        ++descriptions[TokenHygiene::duplicateKey(token)];
    for (const AccessToken &token : user.tokens) {
        const QString key = TokenHygiene::duplicateKey(token);
        const TokenHygiene::Flags flags =
            TokenHygiene::flagsOf(token, owner, context, !key.isEmpty() && descriptions[key] > 1);
        QStringList names;
        QStringList explanations;
        for (TokenHygiene::Flag flag : TokenHygiene::all()) {
            if (flags.testFlag(flag)) {
                names << TokenHygiene::name(flag);
                explanations << TokenHygiene::explanation(flag, context);
            }
        }
        auto *item = new QTreeWidgetItem(
            tree, {TokenDisplay::description(token),
                   token.expiresAt ? TimeFormat::exact(*token.expiresAt) : tr("No expiration"),
                   names.join(QStringLiteral(", ")), token.id});
        item->setData(0, Qt::UserRole, token.id);
        item->setData(2, Qt::UserRole, int(flags));
        item->setToolTip(2, explanations.join(QLatin1Char('\n')));
    }

    // What looks like automation, before anything is done.
    if (m_suspects.isEmpty()) {
        m_ui->automationLabel->hide();
        return;
    }
    QStringList lines;
    for (const UserOffboarding::Suspect &suspect : std::as_const(m_suspects)) {
        QStringList why;
        if (suspect.repeated)
            why << tr("the same description as another of their tokens");
        if (suspect.recentActivity)
            why << tr("named in their events of the last %n day(s)", nullptr,
                      UserOffboarding::RecentDays);
        lines << tr("• “%1” (%2): %3")
                     .arg(TokenDisplay::description(suspect.token), suspect.token.id,
                          why.join(QStringLiteral("; ")));
    }
    m_ui->automationLabel->setText(
        tr("%n token(s) may be used by automation (a CLI, a pipeline); revoking them stops it:",
           nullptr, int(m_suspects.size())) +
        QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_ui->automationLabel->show();
}

void OffboardingDialog::showEvents() {
    QTreeWidget *tree = m_ui->eventsTree;
    tree->clear();
    if (!m_eventsError.isEmpty()) {
        auto *item = new QTreeWidgetItem(
            tree, {QString(), QString(), QString(),
                   tr("The audit events could not be read: %1").arg(m_eventsError)});
        item->setFirstColumnSpanned(true);
        return;
    }
    for (const AuditEvent &event : std::as_const(m_events)) {
        auto *item = new QTreeWidgetItem(tree, {TimeFormat::exact(event.timestamp), event.action,
                                                event.outcome, event.description});
        item->setToolTip(0, event.timestamp.toUTC().toString(Qt::ISODate));
        item->setToolTip(3, event.description);
        item->setData(0, Qt::UserRole, event.id);
    }
}

void OffboardingDialog::updateState() {
    const bool may = mayAct() && !m_acting && m_pending == 0 && m_profile.has_value();
    m_ui->revokeAllButton->setEnabled(may && !m_profile->tokens.isEmpty());
    m_ui->deleteUserButton->setEnabled(may);
    m_ui->lookUpButton->setEnabled(mayAct() && !m_acting);
    m_ui->receiptButton->setEnabled(m_receipt.has_value() && !m_acting);
    m_ui->tabs->setTabText(1, m_events.isEmpty() ? tr("Recent &events")
                                                 : tr("Recent &events (%1)").arg(m_events.size()));
    m_ui->tabs->setTabText(0, m_profile ? tr("&Tokens (%1)").arg(m_profile->tokens.size())
                                        : tr("&Tokens"));
}

TypeToConfirmDialog *OffboardingDialog::confirmRevokeAll() {
    return confirm(Action::RevokeAll);
}

TypeToConfirmDialog *OffboardingDialog::confirmDeleteUser() {
    return confirm(Action::DeleteUser);
}

TypeToConfirmDialog *OffboardingDialog::confirm(Action action) {
    if (!mayAct() || m_acting || m_pending > 0 || !m_profile)
        return nullptr;
    const QString email = m_profile->email;
    const int count = int(m_profile->tokens.size());
    if (action == Action::RevokeAll && count == 0)
        return nullptr;
    // TokenDesk's own rich text: whatever the server said is escaped.
    QString automation;
    if (!m_suspects.isEmpty()) {
        automation = QStringLiteral("<br><br>") +
                     tr("These look like automation (a CLI, a pipeline) and stop working too:")
                         .toHtmlEscaped() +
                     QStringLiteral("<ul>");
        for (const UserOffboarding::Suspect &suspect : std::as_const(m_suspects))
            automation += QStringLiteral("<li>%1 (%2)</li>")
                              .arg(TokenDisplay::description(suspect.token).toHtmlEscaped(),
                                   suspect.token.id.toHtmlEscaped());
        automation += QStringLiteral("</ul>");
    }
    const QString what =
        action == Action::RevokeAll
            ? tr("This revokes all %n personal access token(s) of <b>%1</b>. Every script, CLI "
                 "and plugin using them stops working at once, and it cannot be undone.",
                 nullptr, count)
                  .arg(email.toHtmlEscaped())
            : tr("This deletes the user <b>%1</b> and all %n of their personal access token(s). "
                 "Every script, CLI and plugin using them stops working at once, and it cannot "
                 "be undone.",
                 nullptr, count)
                  .arg(email.toHtmlEscaped());
    auto *dialog = new TypeToConfirmDialog(
        action == Action::RevokeAll ? tr("Revoke all tokens of %1").arg(email)
                                    : tr("Delete the user %1").arg(email),
        m_session->tenantLine().toHtmlEscaped() + QStringLiteral("<br><br>") + what + automation +
            QStringLiteral("<br>") + tr("Type the user's email to confirm:"),
        email, action == Action::RevokeAll ? tr("Revoke all") : tr("Delete the user"), this);
    dialog->setObjectName(action == Action::RevokeAll ? QStringLiteral("offboardRevokeAllConfirm")
                                                      : QStringLiteral("offboardDeleteConfirm"));
    dialog->input()->setObjectName(QStringLiteral("confirmEmail"));
    dialog->actionButton()->setObjectName(QStringLiteral("confirmOffboard"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, action, email] { act(action, email); });
    m_confirm = dialog;
    dialog->open();
    return dialog;
}

void OffboardingDialog::act(Action action, const QString &email) {
    if (!mayAct() || m_acting || !m_profile ||
        m_profile->email.compare(email, Qt::CaseInsensitive) != 0)
        return;
    m_acting = true;
    const bool revokeAll = action == Action::RevokeAll;
    m_receipt.emplace(m_session->tenantLabel(), m_session->email(),
                      revokeAll ? QStringLiteral("revokeAllAccessTokens")
                                : QStringLiteral("deleteUser"),
                      QDateTime::currentDateTimeUtc());
    const QList<AccessToken> tokens = m_profile->tokens;
    m_ui->offboardMessage->showInfo(revokeAll ? tr("Revoking all tokens of %1…").arg(email)
                                              : tr("Deleting the user %1…").arg(email));
    updateState();
    const auto done = [this, revokeAll, email, tokens](AccessTokenService::UserOutcome outcome,
                                                       const QString &message) {
        using Outcome = AccessTokenService::UserOutcome;
        const QDateTime at = QDateTime::currentDateTimeUtc();
        for (const AccessToken &token : tokens) {
            RevocationReceipt::Entry entry;
            entry.owner = email;
            entry.tokenId = token.id;
            entry.description = token.description;
            entry.at = at;
            switch (outcome) {
            case Outcome::Done:
                entry.outcome = QStringLiteral("revoked");
                if (!revokeAll)
                    entry.message = tr("Deleted with the user.");
                break;
            case Outcome::Unknown:
                entry.outcome = QStringLiteral("unknown");
                entry.message = tr("%1 The answer was lost: the server may have acted. It was "
                                   "not sent again.")
                                    .arg(message);
                break;
            case Outcome::NotFound:
            case Outcome::Failed:
                entry.outcome = QStringLiteral("failed");
                entry.message = message;
                break;
            }
            m_receipt->add(entry);
        }
        const QString saveHint = tr("Save the receipt with “Save receipt…”.");
        switch (outcome) {
        case Outcome::Done:
            m_ui->offboardMessage->showSuccess(
                (revokeAll
                     ? tr("Revoked all %n token(s) of %1.", nullptr, int(tokens.size()))
                     : tr("Deleted the user %1 and %n token(s).", nullptr, int(tokens.size())))
                    .arg(email) +
                QLatin1Char(' ') + saveHint);
            break;
        case Outcome::Unknown:
            m_ui->offboardMessage->showWarning(
                (revokeAll ? tr("The answer to revoking all tokens of %1 was lost (%2): the "
                                "outcome is unknown.")
                           : tr("The answer to deleting the user %1 was lost (%2): the outcome "
                                "is unknown."))
                    .arg(email, message) +
                QLatin1Char(' ') +
                tr("TokenDesk did not send it again; it read the user again, and the list shows "
                   "what the server holds now.") +
                QLatin1Char(' ') + saveHint);
            break;
        case Outcome::NotFound:
        case Outcome::Failed:
            m_ui->offboardMessage->showError((revokeAll
                                                  ? tr("The tokens of %1 were not revoked: %2")
                                                  : tr("The user %1 was not deleted: %2"))
                                                 .arg(email, message));
            break;
        }
        qCInfo(lcGui) << "offboarding:" << (revokeAll ? "revoke all" : "delete user") << "outcome"
                      << int(outcome);
        // Read the user again: what the server holds now (nothing is sent twice).
        m_finishAction = true;
        lookUp(email);
    };
    if (revokeAll)
        m_service->revokeAllOf(email, this, done);
    else
        m_service->deleteUser(email, this, done);
}

void OffboardingDialog::chooseReceiptFile() {
    if (m_receipt)
        saveReceipt(ReceiptFile::choose(this, tr("Save the offboarding receipt"),
                                        QStringLiteral("offboarding")));
}

bool OffboardingDialog::saveReceipt(const QString &path) {
    return m_receipt && ReceiptFile::save(*m_receipt, path, m_ui->offboardMessage);
}
