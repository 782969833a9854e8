#include "RotateTokenDialog.h"

#include "TokenDisplay.h"
#include "ui_RotateTokenDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>

#include <cmath>

namespace {
constexpr int MaxDays = 3650;
}

RotateTokenDialog::RotateTokenDialog(const AccessToken &old, std::optional<int> cap,
                                     bool inKeychain, const QString &modProgram, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RotateTokenDialog>())
    , m_old(old)
    , m_cap(cap && *cap > 0 ? cap : std::nullopt)
    , m_proposed(RotationRules::lifetimeFor(old, std::nullopt, m_cap)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("rotateTokenDialog"));
    m_ui->rotateIntro->setText(
        tr("A new token “%1” replaces this one: it gets the new value where you choose, and the "
           "old token is revoked after that, never before.")
            .arg(TokenDisplay::description(old)));

    m_ui->rotateDays->setRange(1, m_cap ? *m_cap : MaxDays);
    m_ui->rotateDays->setValue(
        m_proposed.seconds ? int(std::lround(double(*m_proposed.seconds) / RotationRules::Day))
                           : (m_cap ? *m_cap : 90));
    m_ui->rotateNoExpiry->setVisible(!m_cap);
    m_ui->rotateNoExpiry->setChecked(!m_cap && !m_proposed.seconds);
    if (m_proposed.capped)
        m_ui->rotateCapNote->setText(
            m_proposed.wanted
                ? tr("The tenant allows tokens for at most %n day(s), so the new token lives "
                     "shorter than the old one (%1 days).",
                     nullptr, *m_cap)
                      .arg(std::lround(double(*m_proposed.wanted) / RotationRules::Day))
                : tr("The tenant allows tokens for at most %n day(s); the old token never "
                     "expires, the new one will.",
                     nullptr, *m_cap));
    m_ui->rotateCapNote->setVisible(m_proposed.capped);

    m_ui->rotateKeychain->setEnabled(inKeychain);
    m_ui->rotateKeychain->setChecked(inKeychain);
    if (!inKeychain)
        m_ui->rotateKeychain->setToolTip(tr("The keychain holds no value of the old token."));
    m_ui->rotateClipboard->setChecked(!inKeychain && modProgram.isEmpty());
    m_ui->rotateMod->setEnabled(!modProgram.isEmpty());
    if (modProgram.isEmpty())
        m_ui->rotateMod->setToolTip(tr("mod is not on the PATH."));
    for (QCheckBox *box :
         {m_ui->rotateKeychain, m_ui->rotateClipboard, m_ui->rotateMod, m_ui->rotateNoExpiry})
        connect(box, &QCheckBox::toggled, this, &RotateTokenDialog::updateState);

    m_ui->rotateRevoke->addItem(tr("When I confirm"), int(Revoke::AskFirst));
    m_ui->rotateRevoke->addItem(tr("Right after the hand-off"), int(Revoke::Now));
    m_ui->rotateRevoke->addItem(tr("1 hour after the hand-off"), int(Revoke::AfterHour));
    m_ui->rotateRevoke->addItem(tr("1 day after the hand-off"), int(Revoke::AfterDay));

    m_rotate = m_ui->rotateButtons->addButton(tr("Rotate"), QDialogButtonBox::AcceptRole);
    m_rotate->setObjectName(QStringLiteral("rotateButton"));
    m_rotate->setDefault(true);
    connect(m_ui->rotateButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->rotateButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

RotateTokenDialog::~RotateTokenDialog() = default;

void RotateTokenDialog::updateState() {
    m_ui->rotateDays->setEnabled(!m_ui->rotateNoExpiry->isChecked());
    // A new value nobody receives could never be used: one hand-off at least.
    m_rotate->setEnabled(replaceKeychain() || copyToClipboard() || handToMod());
}

RotationRules::Lifetime RotateTokenDialog::lifetime() const {
    RotationRules::Lifetime lifetime = m_proposed;
    // Not isVisible(): the answer is read after the dialog has closed.
    if (!m_cap && m_ui->rotateNoExpiry->isChecked())
        lifetime.seconds.reset();
    else
        lifetime.seconds = qint64(m_ui->rotateDays->value()) * RotationRules::Day;
    return lifetime;
}

bool RotateTokenDialog::replaceKeychain() const {
    return m_ui->rotateKeychain->isEnabled() && m_ui->rotateKeychain->isChecked();
}

bool RotateTokenDialog::copyToClipboard() const {
    return m_ui->rotateClipboard->isChecked();
}

bool RotateTokenDialog::handToMod() const {
    return m_ui->rotateMod->isEnabled() && m_ui->rotateMod->isChecked();
}

RotateTokenDialog::Revoke RotateTokenDialog::revoke() const {
    return Revoke(m_ui->rotateRevoke->currentData().toInt());
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
    return m_proposed.capped ? m_ui->rotateCapNote->text() : QString();
}
