#include "NewTokenDialog.h"

#include "ClipboardGuard.h"
#include "CredentialStore.h"
#include "TimeFormat.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

NewTokenDialog::NewTokenDialog(CreatedAccessToken &created, CredentialStore *credentials,
                               const QString &keychainKey, QWidget *parent)
    : QDialog(parent)
    , m_value(std::move(created.value))
    , m_description(created.token.description)
    , m_credentials(credentials)
    , m_keychainKey(keychainKey)
    , m_clipboardDelayMs(ClipboardGuard::DefaultDelayMs)
    , m_valueEdit(new QLineEdit(this))
    , m_commandEdit(new QLineEdit(this))
    , m_show(new QToolButton(this))
    , m_copy(new QPushButton(tr("&Copy token"), this))
    , m_copyCommand(new QPushButton(tr("Copy co&mmand"), this))
    , m_save(new QPushButton(tr("&Save in keychain"), this))
    , m_status(new QLabel(this)) {
    created.value = QByteArray();
    setObjectName(QStringLiteral("newTokenDialog"));
    setWindowTitle(tr("Token created"));

    auto *title =
        new QLabel(tr("<h3>Token “%1” created</h3>").arg(m_description.toHtmlEscaped()), this);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/connected.svg")).pixmap(28, 28));
    auto *warning =
        new QLabel(tr("<b>Copy it now: this is the only time TokenDesk can show it.</b> "
                      "The server keeps no readable copy, so it cannot be shown "
                      "again; if you lose it, revoke it and create another."),
                   this);
    warning->setWordWrap(true);
    QString expiry = created.token.expiresAt
                         ? tr("It expires %1 (%2).")
                               .arg(TimeFormat::exact(*created.token.expiresAt),
                                    TimeFormat::relative(*created.token.expiresAt,
                                                         QDateTime::currentDateTimeUtc()))
                         : tr("It never expires: revoke it when it is no longer needed.");
    auto *expiryLabel = new QLabel(expiry, this);
    expiryLabel->setObjectName(QStringLiteral("newTokenExpiry"));
    expiryLabel->setWordWrap(true);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_valueEdit->setObjectName(QStringLiteral("tokenValue"));
    m_valueEdit->setAccessibleName(tr("Token value"));
    m_valueEdit->setReadOnly(true);
    m_valueEdit->setFont(mono);
    m_valueEdit->setEchoMode(QLineEdit::Password);
    m_valueEdit->setText(QString::fromUtf8(m_value));
    m_valueEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_valueEdit->setMinimumWidth(m_valueEdit->fontMetrics().horizontalAdvance(QLatin1Char('m')) *
                                 50);

    m_show->setObjectName(QStringLiteral("showToken"));
    m_show->setCheckable(true);
    m_show->setText(tr("Show"));
    m_show->setToolTip(tr("Show or hide the token"));
    m_show->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_show, &QToolButton::toggled, this, &NewTokenDialog::setRevealed);

    m_copy->setObjectName(QStringLiteral("copyToken"));
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setDefault(true);
    connect(m_copy, &QPushButton::clicked, this, &NewTokenDialog::copyValue);

    m_commandEdit->setObjectName(QStringLiteral("loginCommand"));
    m_commandEdit->setAccessibleName(tr("Moderne CLI command"));
    m_commandEdit->setReadOnly(true);
    m_commandEdit->setFont(mono);
    m_commandEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_copyCommand->setObjectName(QStringLiteral("copyCommand"));
    m_copyCommand->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    connect(m_copyCommand, &QPushButton::clicked, this, &NewTokenDialog::copyCommand);

    m_save->setObjectName(QStringLiteral("saveToKeychain"));
    m_save->setToolTip(
        tr("Keeps the token in the operating system's keychain under “%1”.").arg(m_description));
    m_save->setVisible(m_credentials != nullptr);
    connect(m_save, &QPushButton::clicked, this, &NewTokenDialog::saveToKeychain);

    m_status->setObjectName(QStringLiteral("revealStatus"));
    m_status->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Token:"), this), 0, 0);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_valueEdit, 1);
    valueRow->addWidget(m_show);
    grid->addLayout(valueRow, 0, 1);
    grid->addWidget(m_copy, 0, 2);
    grid->addWidget(new QLabel(tr("Or sign the Moderne CLI in on this machine:"), this), 1, 0, 1,
                    3);
    grid->addWidget(m_commandEdit, 2, 0, 1, 2);
    grid->addWidget(m_copyCommand, 2, 2);
    grid->setColumnStretch(1, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *doneButton = buttons->addButton(tr("Done"), QDialogButtonBox::AcceptRole);
    doneButton->setObjectName(QStringLiteral("doneButton"));
    doneButton->setAutoDefault(false);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(warning);
    layout->addWidget(expiryLabel);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateCommand();
}

NewTokenDialog::~NewTokenDialog() {
    wipe();
}

QString NewTokenDialog::loginCommand(const QString &value) {
    return QStringLiteral("mod config moderne login --with-token %1").arg(value);
}

bool NewTokenDialog::isRevealed() const {
    return m_valueEdit->echoMode() == QLineEdit::Normal;
}

void NewTokenDialog::setRevealed(bool revealed) {
    m_valueEdit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (m_show->isChecked() != revealed)
        m_show->setChecked(revealed);
    m_show->setText(revealed ? tr("Hide") : tr("Show"));
    updateCommand();
}

void NewTokenDialog::updateCommand() {
    // The command shows the value only while the value itself is shown.
    const QString shown =
        isRevealed() ? QString::fromUtf8(m_value) : QString(m_value.size(), QChar(0x2022));
    m_commandEdit->setText(loginCommand(shown));
    m_commandEdit->setCursorPosition(0);
}

void NewTokenDialog::copyValue() {
    if (m_value.isEmpty())
        return;
    m_lastGuard = ClipboardGuard::copy(QString::fromUtf8(m_value), m_clipboardDelayMs);
    m_copied = true;
    m_status->setText(tr("The token is on the clipboard; TokenDesk clears it there in %n "
                         "second(s) unless you have copied something else.",
                         nullptr, (m_clipboardDelayMs + 999) / 1000));
}

void NewTokenDialog::copyCommand() {
    if (m_value.isEmpty())
        return;
    m_lastGuard =
        ClipboardGuard::copy(loginCommand(QString::fromUtf8(m_value)), m_clipboardDelayMs);
    m_copied = true;
    m_status->setText(tr("The command is on the clipboard; paste it into a terminal. TokenDesk "
                         "clears it there in %n second(s).",
                         nullptr, (m_clipboardDelayMs + 999) / 1000));
}

void NewTokenDialog::saveToKeychain() {
    if (!m_credentials || m_value.isEmpty())
        return;
    m_save->setEnabled(false);
    m_status->setText(tr("Saving in the keychain…"));
    QPointer<NewTokenDialog> guard(this);
    m_credentials->write(m_keychainKey, m_value, [guard](const QString &error) {
        if (!guard)
            return;
        if (error.isEmpty()) {
            guard->m_saved = true;
            guard->m_status->setText(
                tr("Saved in the keychain as “%1”.").arg(guard->m_keychainKey));
            guard->m_save->setText(tr("Saved"));
        } else {
            guard->m_save->setEnabled(true);
            guard->m_status->setText(tr("The keychain did not save the token: %1").arg(error));
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
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *close = box->addButton(tr("Close anyway"), QMessageBox::DestructiveRole);
        close->setObjectName(QStringLiteral("closeAnyway"));
        QPushButton *back = box->addButton(tr("Go back"), QMessageBox::RejectRole);
        back->setObjectName(QStringLiteral("goBack"));
        box->setDefaultButton(back);
        connect(box, &QMessageBox::finished, this, [this, box, close, result] {
            if (box->clickedButton() != close)
                return;
            m_confirmed = true;
            done(result);
        });
        box->open();
        return;
    }
    wipe();
    QDialog::done(result);
}

void NewTokenDialog::wipe() {
    if (m_value.isEmpty())
        return;
    // Overwrite the widgets' copies with a same-length filler, then the value itself.
    const QString filler(m_value.size(), QLatin1Char('0'));
    m_valueEdit->setText(filler);
    m_valueEdit->clear();
    m_commandEdit->setText(loginCommand(filler));
    m_commandEdit->clear();
    m_value.fill('\0');
    m_value.clear();
}
