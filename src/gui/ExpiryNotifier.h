#pragma once

#include "ExpiryScheduler.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class ExpiryCollector;
class QSystemTrayIcon;
class Ticker;
class QMenu;

// Desktop warnings before tokens expire: a tray icon (where the desktop has a tray) whose
// balloon messages are the notifications. Gives each warning once. While the shared 1 Hz
// ticker runs (a window is visible) it looks on the ticker's ticks and has no timer of its
// own; while the ticker sleeps (hidden, minimised) one single-shot timer is set for the next
// warning, so warnings still come from the tray.
class ExpiryNotifier : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    // useTray false: no tray icon even where there is a tray (tests). `ticker` may be null
    // (then the notifier's own timer does all the waking up).
    ExpiryNotifier(ExpiryCollector *expiries, Ticker *ticker, bool useTray = true,
                   QObject *parent = nullptr);
    ~ExpiryNotifier() override;

    void setClock(Clock clock);
    void setSettings(const NotificationSettings &settings);
    NotificationSettings settings() const { return m_scheduler.settings(); }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
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

private:
    void onTick(const QDateTime &now);
    void armTimer(const QDateTime &now);

    ExpiryCollector *m_expiries;
    Ticker *m_ticker;
    ExpiryScheduler m_scheduler;
    QTimer m_timer;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    ExpiryEntry::Kind m_lastKind = ExpiryEntry::Kind::ScmToken;
    QDateTime m_nextCheck;
};
