#pragma once

#include "ApiTypes.h"

#include <QDialog>
#include <QUrl>

#include <optional>

namespace Ui {
class NewTokenDialog;
}
class ClipboardGuard;
class CredentialStore;
class QPushButton;

// The one-time reveal of a new personal access token: masked by default with a show toggle,
// copy buttons for the value and for the Moderne CLI's two lines (`mod config moderne edit
// <tenant>`, then `mod config moderne login --with-token`, which reads the token on standard
// input, never from the command line or the shell's history), the `--expiration` to pass to
// the CLI's own login where the tenant caps lifetimes below its 365 days, and saving it in the
// OS keychain. The clipboard is cleared after a delay if it still holds
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
    // The tenant the token belongs to (its web address for `mod config moderne edit`) and its
    // cap on token lifetimes (empty: none).
    void setTenant(const QUrl &tenantUrl, std::optional<int> maxExpiryDays);
    // The CLI's lines for a tenant: select it, then log in with a token read on standard input.
    static QString cliCommands(const QUrl &tenantUrl);
    // The CLI's browser login makes tokens of this many days unless told otherwise.
    static constexpr int CliDefaultLifetimeDays = 365;
    // What to tell the CLI's own login under a cap shorter than its default; empty otherwise.
    static QString expirationHint(std::optional<int> maxExpiryDays);

public Q_SLOTS:
    void setRevealed(bool revealed);
    void copyValue();
    void copyCommand();
    void saveToKeychain();
    void done(int result) override;

Q_SIGNALS:
    void notice(const QString &message);
    // The keychain now holds the value (under the key given).
    void saved();

private:
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
