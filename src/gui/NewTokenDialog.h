#pragma once

#include "ApiTypes.h"

#include <QDialog>

namespace Ui {
class NewTokenDialog;
}
class ClipboardGuard;
class CredentialStore;
class QPushButton;

// The one-time reveal of a new personal access token: masked by default with a show toggle,
// copy buttons for the value and for the ready `mod config moderne login --with-token` line,
// and saving it in the OS keychain. The clipboard is cleared after a delay if it still holds
// the value; closing before the value was copied or saved asks first; on close the value is
// overwritten. It never reaches a model, a log or the settings.
class NewTokenDialog : public QDialog {
    Q_OBJECT
public:
    // Takes `created` (its value is moved in and the caller's copy emptied).
    NewTokenDialog(CreatedAccessToken &created, CredentialStore *credentials,
                   const QString &keychainKey, QWidget *parent = nullptr);
    ~NewTokenDialog() override;

    void setClipboardClearDelay(int milliseconds) { m_clipboardDelayMs = milliseconds; }
    bool isRevealed() const;
    bool wasCopied() const { return m_copied; }
    bool wasSaved() const { return m_saved; }
    // Whether the dialog still holds the token value: false once it has closed (the value is
    // overwritten then), so nothing can copy or save it any more.
    bool holdsValue() const { return !m_value.isEmpty(); }
    // The last clipboard guard armed (for tests).
    ClipboardGuard *lastClipboardGuard() const { return m_lastGuard; }
    static QString loginCommand(const QString &value);

public Q_SLOTS:
    void setRevealed(bool revealed);
    void copyValue();
    void copyCommand();
    void saveToKeychain();
    void done(int result) override;

Q_SIGNALS:
    void notice(const QString &message);

private:
    void updateCommand();
    void wipe();

    Ui::NewTokenDialog *m_ui;
    QByteArray m_value;
    QString m_description;
    CredentialStore *m_credentials;
    QString m_keychainKey;
    int m_clipboardDelayMs;
    bool m_copied = false;
    bool m_saved = false;
    bool m_confirmed = false;
    ClipboardGuard *m_lastGuard = nullptr;

    QPushButton *m_save;
};
