#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

#include <sys/resource.h>

FirstPaintProbe::FirstPaintProbe(QObject *parent, bool quit)
    : QObject(parent)
    , m_quit(quit) {
    QCoreApplication::instance()->installEventFilter(this);
}

long FirstPaintProbe::maxRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double FirstPaintProbe::msSinceLaunch() {
    const QByteArray t0 = qgetenv("TOKENDESK_BENCH_T0_NS");
    if (t0.isEmpty())
        return -1;
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    const double nowNs = double(now.tv_sec) * 1e9 + double(now.tv_nsec);
    return (nowNs - t0.toDouble()) / 1e6;
}

QStringList FirstPaintProbe::mappedLibraries() {
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> names;
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype slash = line.indexOf('/');
        if (slash < 0)
            continue;
        const QString name = QFileInfo(QString::fromLocal8Bit(line.mid(slash))).fileName();
        if (name.contains(QLatin1String(".so")))
            names.insert(name);
    }
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    return sorted;
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event) {
    // The paint of a top-level window's contents has been handed to the window system.
    if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->isWindow()) {
        m_done = true;
        // After this paint event has been delivered and flushed: quit on the next turn.
        QTimer::singleShot(0, qApp, [quit = m_quit] {
            const double ms = msSinceLaunch();
            if (ms >= 0)
                std::printf("first-paint-ms %.2f\nmax-rss-kb %ld\n", ms, maxRssKb());
            const QStringList libraries = mappedLibraries();
            std::printf("first-paint-libraries %lld\n", static_cast<long long>(libraries.size()));
            for (const QString &library : libraries)
                std::printf("first-paint-library %s\n", qPrintable(library));
            std::fflush(stdout);
            if (quit)
                QCoreApplication::exit(0);
        });
    }
    return false;
}
