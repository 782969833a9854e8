#pragma once

#include <QApplication>
#include <QHash>

#include <functional>

// A QApplication that counts what an idle window costs: timer events per timer, paint events,
// and this process's CPU time over a period. measureIdle() prints, after `ms`:
//   idle-cpu-ms <user+system CPU time during the period>
//   idle-wall-ms <the period>
//   idle-timer-events <timer events delivered>    idle-timers <distinct timers that fired>
//   idle-paints <paint events>
// With TOKENDESK_BENCH_TIMER_DETAIL set, also one "idle-timer <receiver class>/<object name>
// <events>" line per timer on stderr, to find out who wakes up.
class IdleApplication : public QApplication {
public:
    IdleApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

    // Starts counting now; after `ms`, prints the figures, calls `then` (or quits).
    void measureIdle(int ms, std::function<void()> then);

    static double cpuMs();

private:
    bool m_counting = false;
    int m_measuringTimerId = 0;
    qint64 m_timerEvents = 0;
    qint64 m_paints = 0;
    QHash<int, qint64> m_timers;
    QHash<int, QString> m_timerReceivers;
};
