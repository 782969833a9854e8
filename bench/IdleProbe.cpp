#include "IdleProbe.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QTimerEvent>

#include <cstdio>

#include <sys/resource.h>

IdleApplication::IdleApplication(int &argc, char **argv)
    : QApplication(argc, argv) {}

double IdleApplication::cpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

bool IdleApplication::notify(QObject *receiver, QEvent *event) {
    if (m_counting) {
        if (event->type() == QEvent::Timer) {
            ++m_timerEvents;
            ++m_timers[static_cast<QTimerEvent *>(event)->timerId()];
        } else if (event->type() == QEvent::Paint) {
            ++m_paints;
        }
    }
    return QApplication::notify(receiver, event);
}

void IdleApplication::measureIdle(int ms, std::function<void()> then) {
    // The measuring timer itself is one single-shot timer, started before counting begins.
    const double cpuStart = cpuMs();
    auto *wall = new QElapsedTimer;
    wall->start();
    QTimer::singleShot(ms, this, [this, cpuStart, wall, then] {
        m_counting = false;
        std::printf(
            "idle-cpu-ms %.2f\nidle-wall-ms %lld\nidle-timer-events %lld\nidle-timers %lld\n"
            "idle-paints %lld\n",
            cpuMs() - cpuStart, qint64(wall->elapsed()), m_timerEvents, qint64(m_timers.size()),
            m_paints);
        std::fflush(stdout);
        delete wall;
        if (then)
            then();
        else
            quit();
    });
    m_timerEvents = 0;
    m_paints = 0;
    m_timers.clear();
    m_counting = true;
}
