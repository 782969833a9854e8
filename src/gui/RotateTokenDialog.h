#pragma once

#include "ApiTypes.h"
#include "RotationRules.h"

#include <QDialog>

#include <optional>

#include <memory>

class QPushButton;
namespace Ui {
class RotateTokenDialog;
}

// "Rotate…": a new token with the old one's description and lifetime (within the tenant's cap,
// editable; the dialog says when the cap shortens it), where the new value goes (the keychain
// entry that held the old token, the clipboard, the Moderne CLI's `mod config moderne login`
// on standard input) and when the old token is revoked (when you confirm, at once, after an
// hour or a day). Holds no value: the rotation itself is TokenRotation's.
class RotateTokenDialog : public QDialog {
    Q_OBJECT
public:
    enum class Revoke { AskFirst, Now, AfterHour, AfterDay };

    // `cap`: the tenant's maxExpiryDays; `inKeychain`: the old token's value is saved here;
    // `modProgram`: the path of `mod` (empty: not on PATH).
    RotateTokenDialog(const AccessToken &old, std::optional<int> cap, bool inKeychain,
                      const QString &modProgram, QWidget *parent = nullptr);
    ~RotateTokenDialog() override;

    AccessToken oldToken() const { return m_old; }
    RotationRules::Lifetime lifetime() const;
    bool replaceKeychain() const;
    bool copyToClipboard() const;
    bool handToMod() const;
    Revoke revoke() const;
    // For TokenRotation: 0, seconds, or TokenRotation::AskFirst (-1).
    int revokeAfterSeconds() const;
    QString capNote() const;

private:
    void updateState();

    std::unique_ptr<Ui::RotateTokenDialog> m_ui;
    AccessToken m_old;
    std::optional<int> m_cap;
    RotationRules::Lifetime m_proposed;
    QPushButton *m_rotate = nullptr;
};
