#pragma once

#include "ExpiryScheduler.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class ExpiryCollector;
class QSystemTrayIcon;
class QMenu;

// Desktop warnings before tokens expire: a tray icon (where the desktop has a tray) whose
// balloon messages are the notifications. It runs on its own timer, set for the next warning
// (not the 1 Hz ticker, which stops while the window is hidden), and gives each warning once.
class ExpiryNotifier : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    // useTray false: no tray icon even where there is a tray (tests).
    explicit ExpiryNotifier(ExpiryCollector *expiries, bool useTray = true,
                            QObject *parent = nullptr);
    ~ExpiryNotifier() override;

    void setClock(Clock clock);
    void setSettings(const NotificationSettings &settings);
    NotificationSettings settings() const { return m_scheduler.settings(); }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // When the timer will look again (for tests); invalid when nothing is pending.
    QDateTime nextCheck() const { return m_nextCheck; }

public Q_SLOTS:
    // Gives the warnings due now and sets the timer for the next one.
    void check();

Q_SIGNALS:
    // One per warning, once (the window shows it on the status bar when there is no tray).
    void warningGiven(const ExpiryWarning &warning);
    // The user clicked a notification: show the pane for this kind of token.
    void activated(ExpiryEntry::Kind kind);
    // The user clicked the tray icon or its "Show TokenDesk".
    void showWindowRequested();

private:
    ExpiryCollector *m_expiries;
    ExpiryScheduler m_scheduler;
    QTimer m_timer;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    ExpiryEntry::Kind m_lastKind = ExpiryEntry::Kind::ScmToken;
    QDateTime m_nextCheck;
};
