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
        const int id =
            event->type() == QEvent::Timer ? static_cast<QTimerEvent *>(event)->timerId() : 0;
        if (event->type() == QEvent::Timer && id != m_measuringTimerId) {
            ++m_timerEvents;
            ++m_timers[id];
            if (!m_timerReceivers.contains(id))
                m_timerReceivers.insert(
                    id,
                    QString::fromLatin1(receiver->metaObject()->className()) + QLatin1Char('/') +
                        receiver->objectName() +
                        (receiver->parent() ? QLatin1String(" in ") +
                                                  QString::fromLatin1(
                                                      receiver->parent()->metaObject()->className())
                                            : QString()));
        } else if (event->type() == QEvent::Paint) {
            ++m_paints;
        }
    }
    return QApplication::notify(receiver, event);
}

void IdleApplication::measureIdle(int ms, std::function<void()> then) {
    // The measuring timer itself is one single-shot timer, started before counting begins.
    // It is the probe's, not the application's: its one event is not counted.
    const double cpuStart = cpuMs();
    auto *wall = new QElapsedTimer;
    wall->start();
    auto *measuring = new QTimer(this);
    measuring->setSingleShot(true);
    measuring->setTimerType(Qt::PreciseTimer);
    connect(measuring, &QTimer::timeout, this, [this, cpuStart, wall, then, measuring] {
        measuring->deleteLater();
        m_counting = false;
        std::printf(
            "idle-cpu-ms %.2f\nidle-wall-ms %lld\nidle-timer-events %lld\nidle-timers %lld\n"
            "idle-paints %lld\n",
            cpuMs() - cpuStart, qint64(wall->elapsed()), m_timerEvents, qint64(m_timers.size()),
            m_paints);
        std::fflush(stdout);
        if (qEnvironmentVariableIsSet("TOKENDESK_BENCH_TIMER_DETAIL")) {
            for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it)
                std::fprintf(stderr, "idle-timer %s %lld\n",
                             qPrintable(m_timerReceivers.value(it.key())), it.value());
        }
        delete wall;
        if (then)
            then();
        else
            quit();
    });
    m_timerEvents = 0;
    m_paints = 0;
    m_timers.clear();
    m_timerReceivers.clear();
    measuring->start(ms);
    m_measuringTimerId = measuring->timerId();
    m_counting = true;
}
