#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

// Runs the event loop until `done` (checked after every batch of events) or the timeout, the
// way the application's own loop runs: it sleeps until an event comes and handles it at once.
// Neither QTest::qWaitFor (it sleeps 10 ms between its passes, which adds up to 10 ms to every
// answer a measurement waits for) nor processEvents(WaitForMoreEvents, ms) (it drops the wait
// flag and spins, taking a core from the server being measured) does that.
inline bool runUntil(const std::function<bool()> &done, int timeoutMs = 600000) {
    const QDeadlineTimer deadline(timeoutMs, Qt::PreciseTimer);
    QTimer alarm; // wakes the loop at the deadline if no event does
    alarm.setSingleShot(true);
    alarm.start(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Runs the event loop for `ms` (QTest::qWait spins through it instead).
inline void runFor(int ms) {
    (void)runUntil([] { return false; }, ms);
}
