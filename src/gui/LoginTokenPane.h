#pragma once

#include "ClipboardGuard.h"
#include "JwksCache.h"
#include "JwsVerifier.h"
#include "PaneBase.h"

#include <QByteArray>
#include <QDateTime>
#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <memory>

class JwksCache;
class QPushButton;
class QTimer;
class Ticker;
namespace Ui {
class LoginTokenPane;
}

// The login token inspector: the current login token (or any pasted JWT) in its three
// coloured parts, decoded and syntax-coloured, every claim in plain words, a live countdown to
// exp, the clock skew against the API server, the signature verified against the issuer's
// keys (JwksCache), copy buttons, and where the role comes from.
class LoginTokenPane : public PaneBase {
    Q_OBJECT
public:
    // In the main window: follows the session (its tenant, login token and role).
    LoginTokenPane(const PaneContext &context, QWidget *parent = nullptr);
    // On its own (the inspector window, tests): told what to show with the setters below.
    explicit LoginTokenPane(QWidget *parent = nullptr);
    ~LoginTokenPane() override;

    QString navigationDetail() const override;

    // Optional services: keys for verification, the shared 1 Hz ticker for the countdown.
    void setJwksCache(JwksCache *cache) { m_jwks = cache; }
    void setTicker(Ticker *ticker);
    // The signed-in tenant: tokens from this issuer are verified with its keys.
    void setTenant(const QUrl &issuer, const QUrl &apiUrl);

    // The session's own token (shown unless the user pasted another one).
    void setToken(const QByteArray &token);
    void setApiRole(const QString &role);
    // Shows `token` as if the user had pasted it (tokendesk --inspect); the session's own token
    // comes back with "Show my login token".
    void inspect(const QByteArray &token);
    void focusPasteField();
    // How long a copied token stays on the clipboard (it is cleared if still there).
    void setClipboardClearDelay(int milliseconds) { m_clipboardDelayMs = milliseconds; }
    // Signed in with a personal access token: it is not a JWT; the pane says so.
    void setPersonalAccessTokenMode(bool pat);
    // The Date header of the last API response, for the clock skew.
    void setServerDate(const QDateTime &serverDate, const QDateTime &localDate);

    // The summary sentence under the countdown (rich text): who issued the token (iss), to whom
    // (email, else sub) and for which client (azp, else client_id); a whole sentence for every
    // combination of claims the token lacks.
    static QString issuedSummary(const QString &issuer, const QString &subject,
                                 const QString &client);

    // For tests: the verdict shown, and the text of the verdict banner.
    std::optional<JwsVerifier::Verdict> verdict() const { return m_verdict; }
    QString verdictText() const;
    // The roles inside the session's login token (fixed at issue) disagree with the role the API
    // reports now (currentUser.role): the user's role changed since the token was issued.
    bool roleDrift() const;

Q_SIGNALS:
    void verdictChanged();

protected:
    // The signature is checked when the pane is first shown with a token, not before: a hidden
    // pane neither asks the issuer for its keys nor sets up OpenSSL.
    void showEvent(QShowEvent *event) override;

private:
    std::unique_ptr<Ui::LoginTokenPane> m_ui; // the form: ui/LoginTokenPane.ui
    int m_clipboardDelayMs = ClipboardGuard::DefaultDelayMs;
    QByteArray shownToken() const;
    void render();
    void verify();
    void showVerdict();
    void updateClock();
    void copy(QPushButton *button, const QString &text, const QString &what);
    void restoreCopyButton();

    QPointer<JwksCache> m_jwks;
    Ticker *m_ticker = nullptr;
    QUrl m_issuer;
    QUrl m_apiUrl;
    QByteArray m_sessionToken;
    QByteArray m_pasted;
    QString m_apiRole;
    bool m_patMode = false;
    qint64 m_skewSeconds = 0;
    bool m_haveSkew = false;
    std::optional<JwsVerifier::Verdict> m_verdict;
    quint64 m_generation = 0;
    bool m_verifyWhenShown = false;
    // The copy button that says "Copied" for a moment, and its own text.
    QPointer<QPushButton> m_copiedButton;
    QString m_copiedButtonText;
    QTimer *m_copiedTimer = nullptr;
    QTimer *m_copyNoteTimer = nullptr; // hides the note when the clipboard is cleared
};
