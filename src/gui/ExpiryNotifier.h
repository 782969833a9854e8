#pragma once

#include "ExpiryScheduler.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class DesktopNotifications;
class ExpiryCollector;
class QSystemTrayIcon;
class Settings;
class Ticker;
class QMenu;

// Desktop warnings before tokens expire: through the desktop's notification service
// (org.freedesktop.Notifications: GNOME, KDE…) where there is one, else a tray icon's balloon
// messages (where the desktop has a tray). Each names the tenant. Gives each warning once, and
// remembers (per tenant, in the settings, never a value) what it gave across restarts. While the
// shared 1 Hz ticker runs (a window is visible) it looks on the ticker's ticks and has no timer of
// its own; while the ticker sleeps (hidden, minimised) one single-shot timer is set for the next
// warning, so warnings still come from the tray.
class ExpiryNotifier : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    // useDesktop false: neither desktop notifications nor a tray icon, whatever the desktop
    // has (tests). `ticker` may be null (then the notifier's own timer does all the waking up).
    ExpiryNotifier(ExpiryCollector *expiries, Ticker *ticker, bool useDesktop = true,
                   QObject *parent = nullptr);
    ~ExpiryNotifier() override;

    void setClock(Clock clock);
    void setSettings(const NotificationSettings &settings);
    NotificationSettings settings() const { return m_scheduler.settings(); }
    // Where the warnings given are remembered across restarts (may be null: not remembered).
    void setStore(Settings *store);
    // The tenant the warnings are about: named in each, and the key of what was given.
    void setTenant(const QString &tenantKey, const QString &tenantName);
    QString tenantName() const { return m_tenantName; }
    // When this session started: tokens created since are not warned about in their first day.
    void setSessionStart(const QDateTime &start);
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // Whether warnings reach the desktop now (a notification service or a tray that shows
    // messages); when not, the window must show them itself.
    bool deliversToDesktop() const;
    // When the next warning falls due (for tests); invalid when nothing is pending.
    QDateTime nextCheck() const { return m_nextCheck; }
    // Whether the notifier's own timer is set (only while the ticker sleeps; for tests).
    bool isTimerActive() const { return m_timer.isActive(); }

public Q_SLOTS:
    // Gives the warnings due now and notes (or sets the timer for) the next one.
    void check();

Q_SIGNALS:
    // One per warning, once (the window shows it on the status bar when there is no tray).
    void warningGiven(const ExpiryWarning &warning);
    // The user clicked a notification: show the pane for this kind of token.
    void activated(ExpiryEntry::Kind kind);
    // The user clicked the tray icon or its "Show TokenDesk".
    void showWindowRequested();
    // The user clicked "Renew" on the warning about a personal access token (its id): rotate
    // it.
    void renewRequested(const QString &tokenId);

private:
    void onTick(const QDateTime &now);
    void armTimer(const QDateTime &now);

    ExpiryCollector *m_expiries;
    Ticker *m_ticker;
    ExpiryScheduler m_scheduler;
    QTimer m_timer;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    DesktopNotifications *m_desktop = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    Settings *m_store = nullptr;
    QString m_tenantKey;
    QString m_tenantName;
    QMenu *m_trayMenu = nullptr;
    ExpiryEntry::Kind m_lastKind = ExpiryEntry::Kind::ScmToken;
    QHash<int, ExpiryEntry> m_notified; // by the cookie given to the desktop notification
    int m_nextCookie = 0;
    QDateTime m_nextCheck;
};
