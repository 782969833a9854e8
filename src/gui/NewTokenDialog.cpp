#include "NewTokenDialog.h"

#include "ClipboardGuard.h"
#include "ConfirmBox.h"
#include "CredentialStore.h"
#include "DialogGrowth.h"
#include "PlainText.h"
#include "SavedTokens.h"
#include "SecretMemory.h"
#include "TimeFormat.h"
#include "ui_NewTokenDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>

NewTokenDialog::NewTokenDialog(CreatedAccessToken &created, CredentialStore *credentials,
                               const QString &keychainKey, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::NewTokenDialog)
    , m_value(std::move(created.value))
    , m_description(created.token.description)
    , m_credentials(credentials)
    , m_keychainKey(keychainKey)
    , m_clipboardDelayMs(ClipboardGuard::DefaultDelayMs) {
    created.value = QByteArray();
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("newTokenDialog"));
    m_ui->revealStatus->setTextFormat(Qt::PlainText); // may name the token or a keychain error

    m_ui->title->setText(tr("<h3>Token “%1” created</h3>").arg(m_description.toHtmlEscaped()));
    m_ui->icon->setPixmap(QIcon(QStringLiteral(":/icons/connected.svg")).pixmap(28, 28));
    // The prefix the web UI shows too, so the token can be recognised later (the list shows it
    // for tokens created here).
    const QString prefix = SavedTokens::prefixOf(m_value);
    m_ui->newTokenExpiry->setTextFormat(Qt::PlainText);
    m_ui->newTokenExpiry->setText(
        (prefix.isEmpty() ? QString()
                          // The prefix ends with an ellipsis: no period after it.
                          : tr("It begins with %1 (the list of tokens shows this too).")
                                    .arg(prefix + QChar(0x2026)) +
                                QLatin1Char(' ')) +
        (created.token.expiresAt ? tr("It expires %1 (%2).")
                                       .arg(TimeFormat::exact(*created.token.expiresAt),
                                            TimeFormat::relative(*created.token.expiresAt,
                                                                 QDateTime::currentDateTimeUtc()))
                                 : tr("It never expires: revoke it when it is no longer needed.")));

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QLineEdit *value = m_ui->tokenValue;
    value->setFont(mono);
    value->setText(QString::fromUtf8(m_value));
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 50);
    m_ui->loginCommand->setFont(mono);
    // Always exactly the two lines: no vertical scroll bar next to them.
    m_ui->loginCommand->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->loginCommand->setFixedHeight(
        m_ui->loginCommand->fontMetrics().lineSpacing() * 2 + 2 * m_ui->loginCommand->frameWidth() +
        int(m_ui->loginCommand->document()->documentMargin() * 2) + 2);
    m_ui->copyToken->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_ui->copyCommand->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    connect(m_ui->showToken, &QToolButton::toggled, this, &NewTokenDialog::setRevealed);
    connect(m_ui->copyToken, &QPushButton::clicked, this, &NewTokenDialog::copyValue);
    connect(m_ui->copyCommand, &QPushButton::clicked, this, &NewTokenDialog::copyCommand);

    QPushButton *doneButton = m_ui->buttons->addButton(tr("Done"), QDialogButtonBox::AcceptRole);
    doneButton->setObjectName(QStringLiteral("doneButton"));
    doneButton->setAutoDefault(false);
    m_save = m_ui->buttons->addButton(tr("&Save in keychain"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveToKeychain"));
    m_save->setToolTip(PlainText::toRichText(
        tr("Keeps the token in the operating system's keychain under “%1”.").arg(m_description)));
    // After addButton(), which shows the buttons it lays out.
    m_save->setVisible(m_credentials != nullptr);
    connect(m_save, &QPushButton::clicked, this, &NewTokenDialog::saveToKeychain);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    setTenant({}, std::nullopt);
    // The status line, beside the buttons, has its room from the start (two lines), so that "on
    // the clipboard" appearing moves nothing; a longer message makes the dialog grow rather than
    // squash the token field.
    m_ui->revealStatus->setMinimumHeight(m_ui->revealStatus->fontMetrics().lineSpacing() * 2);
    m_ui->revealStatus->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    DialogGrowth::install(this);
}

NewTokenDialog::~NewTokenDialog() {
    wipe();
    delete m_ui;
}

QString NewTokenDialog::cliCommands(const QUrl &tenantUrl) {
    const QString tenant = tenantUrl.isValid() && !tenantUrl.host().isEmpty()
                               ? tenantUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)
                               : tr("<tenant URL>");
    return QStringLiteral("mod config moderne edit %1\nmod config moderne login --with-token")
        .arg(tenant);
}

QString NewTokenDialog::expirationHint(std::optional<int> maxExpiryDays) {
    if (!maxExpiryDays || *maxExpiryDays >= CliDefaultLifetimeDays)
        return {};
    return tr("This tenant allows tokens of at most %n day(s). The CLI's own browser login "
              "(mod config moderne login) creates 365-day tokens, which the tenant refuses: "
              "pass the lifetime yourself, e.g. mod config moderne login --expiration P%nD",
              nullptr, *maxExpiryDays);
}

void NewTokenDialog::setTenant(const QUrl &tenantUrl, std::optional<int> maxExpiryDays) {
    m_ui->loginCommand->setPlainText(cliCommands(tenantUrl));
    const QString hint = expirationHint(maxExpiryDays);
    m_ui->expirationHint->setText(hint);
    m_ui->expirationHint->setVisible(!hint.isEmpty());
}

bool NewTokenDialog::isRevealed() const {
    return m_ui->tokenValue->echoMode() == QLineEdit::Normal;
}

void NewTokenDialog::setRevealed(bool revealed) {
    // Hiding: the shown copy goes (a copy of the value laid out for display).
    if (!revealed && isRevealed())
        SecretMemory::overwrite(m_ui->tokenValue->displayText());
    m_ui->tokenValue->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (m_ui->showToken->isChecked() != revealed)
        m_ui->showToken->setChecked(revealed);
    m_ui->showToken->setText(revealed ? tr("Hide") : tr("Show"));
}

void NewTokenDialog::copyValue() {
    if (m_value.isEmpty())
        return;
    QString text = QString::fromUtf8(m_value);
    m_lastGuard = ClipboardGuard::copy(text, m_clipboardDelayMs);
    SecretMemory::wipe(text); // only let go of: the clipboard shares it
    m_copied = true;
    m_ui->revealStatus->setText(tr("The token is on the clipboard; TokenDesk clears it there in %n "
                                   "second(s) unless you have copied something else.",
                                   nullptr, (m_clipboardDelayMs + 999) / 1000));
}

// The commands hold no secret: the token goes to the CLI on standard input, pasted by the
// user (Copy token) when the CLI waits for it.
void NewTokenDialog::copyCommand() {
    QGuiApplication::clipboard()->setText(m_ui->loginCommand->toPlainText());
    m_ui->revealStatus->setText(tr("The commands are on the clipboard: paste them into a "
                                   "terminal, then copy the token and paste it when the CLI "
                                   "waits for it."));
}

void NewTokenDialog::saveToKeychain() {
    if (!m_credentials || m_value.isEmpty())
        return;
    m_save->setEnabled(false);
    m_ui->revealStatus->setText(tr("Saving in the keychain…"));
    QPointer<NewTokenDialog> guard(this);
    m_credentials->write(m_keychainKey, m_value, [guard](const QString &error) {
        if (!guard)
            return;
        if (error.isEmpty()) {
            guard->m_saved = true;
            guard->m_ui->revealStatus->setText(
                tr("Saved in the keychain as “%1”.").arg(guard->m_keychainKey));
            guard->m_save->setText(tr("Saved"));
            Q_EMIT guard->saved();
        } else {
            guard->m_save->setEnabled(true);
            guard->m_ui->revealStatus->setText(
                tr("The keychain did not save the token: %1").arg(error));
        }
    });
}

void NewTokenDialog::done(int result) {
    if (!m_copied && !m_saved && !m_confirmed && !m_value.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Close without copying?"),
                                    tr("You have not copied the token or saved it in the keychain. "
                                       "It cannot be shown again once this window closes."),
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("confirmCloseBox"));
        ConfirmBox::open(
            box, {tr("Close anyway"), QMessageBox::DestructiveRole, QStringLiteral("closeAnyway")},
            [this, result] {
                m_confirmed = true;
                done(result);
            },
            ConfirmBox::Button{tr("Go back"), QMessageBox::RejectRole, QStringLiteral("goBack")});
        return;
    }
    wipe();
    QDialog::done(result);
}

void NewTokenDialog::wipe() {
    if (m_value.isEmpty())
        return;
    // The line edit's own copies, overwritten in place before it lets go of them: the laid-out
    // text shown while revealed, and its text. Then the value itself.
    QLineEdit *edit = m_ui->tokenValue;
    SecretMemory::overwrite(edit->displayText());
    SecretMemory::overwrite(edit->text());
    edit->setText(QString());
    SecretMemory::wipe(m_value);
}
