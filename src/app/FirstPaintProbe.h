#pragma once

#include <QObject>

// For start-up measurements (--exit-after-first-paint, bench/run): watches every window and,
// right after the first one has been painted, prints "first-paint-ms <ms since
// TOKENDESK_BENCH_T0_NS>" and "max-rss-kb <peak RSS>" (when that variable is set) and quits
// with status 0. The bench's bare baseline program uses the same probe. It also prints, always,
// "first-paint-libraries <n>" and one "first-paint-library <file name>" line per shared object
// mapped at that moment (tests check that the program that shows the first window has not
// loaded the network, OpenSSL or the keychain by then).
class FirstPaintProbe : public QObject {
    Q_OBJECT
public:
    // `quit`: quit after printing (false: the caller quits, e.g. once it has loaded the rest).
    explicit FirstPaintProbe(QObject *parent = nullptr, bool quit = true);

    // Peak resident set size of this process in KiB (getrusage).
    static long maxRssKb();
    // Milliseconds since the launcher's TOKENDESK_BENCH_T0_NS (CLOCK_REALTIME ns), or -1.
    static double msSinceLaunch();
    // The file names of the shared objects this process has mapped now (/proc/self/maps).
    static QStringList mappedLibraries();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
    bool m_quit = true;
};
