#pragma once

#include "PaneBase.h"
#include "PaneRegistry.h"

#include <QDateTime>
#include <QMainWindow>

namespace Ui {
class MainWindow;
}
class ExpiryCollector;
class ExpiryForecastWidget;
class ExpiryNotifier;
class LoginTokenPane;
class OffboardingDialog;
class QComboBox;
class QLabel;
class QMenu;
class Session;
class SessionStatusWidget;
class TimelineWidget;
class WarningsButton;

// The main window: navigation on the left (each entry with a live figure), the panes on the
// right — both built from a list of pane descriptors (PaneRegistry) — the expiry timeline
// under them, and who is signed in where on the status bar. It reads the Session and follows
// its signals: the tenant in the title, the combo box and the Tenant menu (one tenants model),
// the user and role, which panes an administrator sees.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `panes`: the panes to show, in navigation order (PaneRegistry::standard() by default).
    explicit MainWindow(const PaneContext &context, QList<PaneDescriptor> panes = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // The pane with this id (PaneId), made visible; false when there is none or it is hidden.
    bool showPane(QStringView id);
    QString currentPaneId() const;
    // The pane of type T, if the window has one.
    template <typename T> T *pane() const {
        for (PaneBase *pane : m_panes) {
            if (auto *typed = qobject_cast<T *>(pane))
                return typed;
        }
        return nullptr;
    }
    LoginTokenPane *loginTokenPane() const;
    // `tokendesk --inspect`: the token in the login token pane, shown.
    void inspect(const QByteArray &token);

    TimelineWidget *timeline() const { return m_timeline; }
    // The expiry forecast under the timeline (administrators only).
    ExpiryForecastWidget *forecast() const { return m_forecast; }
    // File → Export expiries to calendar…: the signed-in user's own token expiries as an .ics
    // file at `path` (all pages of their tokens first); calendarExported() tells how it went.
    void exportCalendar(const QString &path);
    ExpiryNotifier *notifier() const { return m_notifier; }
    ExpiryCollector *expiries() const { return m_expiries; }
    // File → Settings (a SettingsDialog::Page).
    void openSettings(int page = 0);
    QString statusText() const;
    // The status bar's live session part (login token countdown, PAT, signed out).
    SessionStatusWidget *sessionStatus() const { return m_sessionStatus; }
    WarningsButton *warningsButton() const { return m_warnings; }
    // Administrators: the Activity pane narrowed to the events naming `token`; false when the
    // session may not see it.
    bool showHistory(const AccessToken &token);
    // Administrators: the offboarding dialog (opened, deleted on close), for `email` when given;
    // nullptr for anyone else.
    OffboardingDialog *openOffboarding(const QString &email = {});

    // A passing message on the status bar (e.g. the keychain refused to save); it belongs to
    // the session it was raised in.
    void showNotice(const QString &message);

Q_SIGNALS:
    void refreshRequested();
    void signOutRequested();
    void tenantChosen(int index);
    void manageTenantsRequested();
    // exportCalendar() finished: saved (`ok`) or not, with the sentence the status bar shows.
    void calendarExported(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildPanes(const QList<PaneDescriptor> &panes);
    void createActions();
    void createTenantSwitcher();
    void rebuildTenantMenu();
    void fitNavigation();
    void updateNavigation();
    void updateNavigationIcons();
    void updateAudience();
    void updateTitle();
    void updateStatus();
    void updateLoginTokenExpiry();
    void showAbout();
    void saveWindowState() const;
    void restoreWindowState();
    void expireNotice(const QDateTime &now);
    void updateForecastVisibility();
    void chooseCalendarFile();
    void exportCalendarNow(const QString &path, bool waited);

    Ui::MainWindow *m_ui;
    PaneContext m_context;
    Session *m_session;
    QList<PaneDescriptor> m_descriptors;
    QList<PaneBase *> m_panes;
    QList<QAction *> m_paneActions;
    QMenu *m_viewMenu = nullptr;
    QAction *m_inspectAction =
        nullptr; // View → Inspect a token (the timeline's action goes before)
    QLabel *m_statusLabel;
    SessionStatusWidget *m_sessionStatus;
    ExpiryCollector *m_expiries;
    TimelineWidget *m_timeline;
    ExpiryForecastWidget *m_forecast;
    QAction *m_exportCalendarAction = nullptr;
    ExpiryNotifier *m_notifier;
    WarningsButton *m_warnings;
    QComboBox *m_tenantCombo = nullptr;
    QMenu *m_tenantMenu = nullptr;
    QAction *m_offboardAction = nullptr; // Tenant → Offboard user… (administrators)
    QString m_notice;                    // showNotice()'s message, until m_noticeUntil
    QDateTime m_noticeUntil;
    bool m_navigationFitted = false;
};
