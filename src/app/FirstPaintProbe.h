#pragma once

#include <QObject>

// For start-up measurements (--exit-after-first-paint, bench/run): watches every window and,
// right after the first one has been painted, prints "first-paint-ms <ms since
// TOKENDESK_BENCH_T0_NS>" and "max-rss-kb <peak RSS>" (when that variable is set) and quits
// with status 0. The bench's bare baseline program uses the same probe.
class FirstPaintProbe : public QObject {
    Q_OBJECT
public:
    explicit FirstPaintProbe(QObject *parent = nullptr);

    // Peak resident set size of this process in KiB (getrusage).
    static long maxRssKb();
    // Milliseconds since the launcher's TOKENDESK_BENCH_T0_NS (CLOCK_REALTIME ns), or -1.
    static double msSinceLaunch();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};
