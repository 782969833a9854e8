#pragma once

#include "ApiTypes.h"
#include "GeneralSettings.h"
#include "TenantProfile.h"

#include <QMainWindow>

namespace Ui {
class MainWindow;
}
class AccessTokenModel;
class ExpiryCollector;
class ExpiryNotifier;
class JwksCache;
class CredentialStore;
class LoginTokenPane;
class QLabel;
class ScmConnectionModel;
class ScmPane;
class QComboBox;
class SessionStatusWidget;
class Ticker;
class TimelineWidget;
class TokensPane;

// The main window: navigation on the left (each entry with a live figure), the panes on the
// right, who is signed in on the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Pane { AccessTokensPane, ScmConnectionsPane, LoginTokenPaneIndex };

    // What the window and its panes work with; owned elsewhere (AppController), outliving it.
    struct Services {
        AccessTokenModel *tokens = nullptr;
        ScmConnectionModel *scm = nullptr;
        Ticker *ticker = nullptr;               // the one shared 1 Hz ticker
        CredentialStore *credentials = nullptr; // the OS keychain
        JwksCache *jwks = nullptr;              // the issuer's keys, for the inspector
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setTenantName(const QString &name);
    void setUser(const CurrentUser &user);
    void setLoginToken(const QByteArray &token);
    LoginTokenPane *loginTokenPane() const { return m_loginTokenPane; }
    // The login token's expiry for the timeline and the warnings (invalid: none, e.g. signed
    // out or a personal access token in use); no warning when it will be refreshed.
    void setLoginTokenExpiry(const QDateTime &expiresAt, bool willBeRefreshed);
    TimelineWidget *timeline() const { return m_timeline; }
    ExpiryNotifier *notifier() const { return m_notifier; }
    void showPane(Pane pane);
    // File → Settings (a SettingsDialog::Page).
    void openSettings(int page = 0);
    QString statusText() const;

    // The tenant switcher (menu and combo box on the menu bar).
    void setTenants(const QList<TenantProfile> &profiles, int current);
    // The status bar's live session part (login token countdown, PAT, signed out).
    SessionStatusWidget *sessionStatus() const { return m_sessionStatus; }
    // A passing message on the status bar (e.g. the keychain refused to save).
    void showNotice(const QString &message);

Q_SIGNALS:
    void refreshRequested();
    void signOutRequested();
    void tenantChosen(int index);
    void manageTenantsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateNavigation();
    void updateNavigationIcons();
    void createActions();
    void showAbout();
    void applyGeneralSettings(const GeneralSettings &general);
    void saveWindowState() const;
    void restoreWindowState();
    void expireNotice(const QDateTime &now);

    Ui::MainWindow *m_ui;
    Services m_services;
    AccessTokenModel *m_tokens;
    ScmConnectionModel *m_scm;
    TokensPane *m_tokensPane;
    ScmPane *m_scmPane;
    LoginTokenPane *m_loginTokenPane;
    QLabel *m_statusLabel;
    SessionStatusWidget *m_sessionStatus;
    ExpiryCollector *m_expiries;
    TimelineWidget *m_timeline;
    ExpiryNotifier *m_notifier;
    QComboBox *m_tenantCombo;
    QMenu *m_tenantMenu;
    QString m_tenantName;
    QString m_notice; // showNotice()'s message, until m_noticeUntil
    QDateTime m_noticeUntil;
};
