#include "RotateTokenDialog.h"

#include "TokenDisplay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr int MaxDays = 3650;
}

RotateTokenDialog::RotateTokenDialog(const AccessToken &old, std::optional<int> cap,
                                     bool inKeychain, const QString &modProgram, QWidget *parent)
    : QDialog(parent)
    , m_old(old)
    , m_cap(cap && *cap > 0 ? cap : std::nullopt)
    , m_proposed(RotationRules::lifetimeFor(old, std::nullopt, m_cap)) {
    setObjectName(QStringLiteral("rotateTokenDialog"));
    setWindowTitle(tr("Rotate token"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A new token “%1” replaces this one: it gets the new value where you choose, and the "
           "old token is revoked after that, never before.")
            .arg(TokenDisplay::description(old)),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("rotateDays"));
    m_days->setAccessibleName(tr("Lifetime in days"));
    m_days->setRange(1, m_cap ? *m_cap : MaxDays);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(m_proposed.seconds
                         ? int(std::lround(double(*m_proposed.seconds) / RotationRules::Day))
                         : (m_cap ? *m_cap : 90));
    m_noExpiry = new QCheckBox(tr("Never expires"), this);
    m_noExpiry->setObjectName(QStringLiteral("rotateNoExpiry"));
    m_noExpiry->setVisible(!m_cap);
    m_noExpiry->setChecked(!m_cap && !m_proposed.seconds);
    auto *lifetimeRow = new QHBoxLayout;
    lifetimeRow->addWidget(m_days);
    lifetimeRow->addWidget(m_noExpiry);
    lifetimeRow->addStretch();
    form->addRow(tr("New token's lifetime:"), lifetimeRow);
    m_capNote = new QLabel(this);
    m_capNote->setObjectName(QStringLiteral("rotateCapNote"));
    m_capNote->setWordWrap(true);
    m_capNote->setTextFormat(Qt::PlainText);
    if (m_proposed.capped)
        m_capNote->setText(
            m_proposed.wanted
                ? tr("The tenant allows tokens for at most %n day(s), so the new token lives "
                     "shorter than the old one (%1 days).",
                     nullptr, *m_cap)
                      .arg(std::lround(double(*m_proposed.wanted) / RotationRules::Day))
                : tr("The tenant allows tokens for at most %n day(s); the old token never "
                     "expires, the new one will.",
                     nullptr, *m_cap));
    m_capNote->setVisible(m_proposed.capped);
    form->addRow(QString(), m_capNote);
    layout->addLayout(form);

    auto *handOff = new QLabel(tr("Put the new value:"), this);
    layout->addWidget(handOff);
    m_keychain = new QCheckBox(tr("In the keychain, in place of the old token's entry"), this);
    m_keychain->setObjectName(QStringLiteral("rotateKeychain"));
    m_keychain->setEnabled(inKeychain);
    m_keychain->setChecked(inKeychain);
    if (!inKeychain)
        m_keychain->setToolTip(tr("The keychain holds no value of the old token."));
    m_clipboard = new QCheckBox(tr("On the clipboard"), this);
    m_clipboard->setObjectName(QStringLiteral("rotateClipboard"));
    m_clipboard->setChecked(!inKeychain && modProgram.isEmpty());
    m_mod = new QCheckBox(
        tr("In the Moderne CLI (mod config moderne login, on its standard input)"), this);
    m_mod->setObjectName(QStringLiteral("rotateMod"));
    m_mod->setEnabled(!modProgram.isEmpty());
    if (modProgram.isEmpty())
        m_mod->setToolTip(tr("mod is not on the PATH."));
    for (QCheckBox *box : {m_keychain, m_clipboard, m_mod}) {
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &RotateTokenDialog::updateState);
    }
    connect(m_noExpiry, &QCheckBox::toggled, this, &RotateTokenDialog::updateState);

    auto *revokeForm = new QFormLayout;
    m_revoke = new QComboBox(this);
    m_revoke->setObjectName(QStringLiteral("rotateRevoke"));
    m_revoke->addItem(tr("When I confirm"), int(Revoke::AskFirst));
    m_revoke->addItem(tr("Right after the hand-off"), int(Revoke::Now));
    m_revoke->addItem(tr("1 hour after the hand-off"), int(Revoke::AfterHour));
    m_revoke->addItem(tr("1 day after the hand-off"), int(Revoke::AfterDay));
    revokeForm->addRow(tr("Revoke the old token:"), m_revoke);
    layout->addLayout(revokeForm);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *rotate = m_buttons->addButton(tr("Rotate"), QDialogButtonBox::AcceptRole);
    rotate->setObjectName(QStringLiteral("rotateButton"));
    rotate->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateState();
}

void RotateTokenDialog::updateState() {
    m_days->setEnabled(!m_noExpiry->isChecked());
    // A new value nobody receives could never be used: one hand-off at least.
    const bool any = (m_keychain->isEnabled() && m_keychain->isChecked()) ||
                     m_clipboard->isChecked() || (m_mod->isEnabled() && m_mod->isChecked());
    if (QPushButton *rotate = findChild<QPushButton *>(QStringLiteral("rotateButton")))
        rotate->setEnabled(any);
}

RotationRules::Lifetime RotateTokenDialog::lifetime() const {
    RotationRules::Lifetime lifetime = m_proposed;
    if (m_noExpiry->isVisible() && m_noExpiry->isChecked())
        lifetime.seconds.reset();
    else
        lifetime.seconds = qint64(m_days->value()) * RotationRules::Day;
    return lifetime;
}

bool RotateTokenDialog::replaceKeychain() const {
    return m_keychain->isEnabled() && m_keychain->isChecked();
}

bool RotateTokenDialog::copyToClipboard() const {
    return m_clipboard->isChecked();
}

bool RotateTokenDialog::handToMod() const {
    return m_mod->isEnabled() && m_mod->isChecked();
}

RotateTokenDialog::Revoke RotateTokenDialog::revoke() const {
    return Revoke(m_revoke->currentData().toInt());
}

int RotateTokenDialog::revokeAfterSeconds() const {
    switch (revoke()) {
    case Revoke::AskFirst:
        return -1;
    case Revoke::Now:
        return 0;
    case Revoke::AfterHour:
        return 3600;
    case Revoke::AfterDay:
        return 86400;
    }
    return -1;
}

QString RotateTokenDialog::capNote() const {
    return m_capNote->isVisible() ? m_capNote->text() : QString();
}
