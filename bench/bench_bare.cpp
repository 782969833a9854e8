// The baseline for start-up, memory and idle figures: a bare Qt Widgets program that shows an
// empty QMainWindow the same way TokenDesk shows its first window.
//   bench_bare                 exits right after the first paint (first-paint-ms, max-rss-kb)
//   bench_bare --idle SECONDS  stays open, then prints cpu-ms and timer-events
#include "FirstPaintProbe.h"
#include "IdleProbe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[]) {
    IdleApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QMainWindow window;
    window.resize(440, 340);
    window.setWindowTitle(QStringLiteral("bare"));
    const int idle = arguments.indexOf(QStringLiteral("--idle"));
    if (idle < 0)
        new FirstPaintProbe(&app);
    window.show();
    if (idle >= 0)
        app.measureIdle(arguments.value(idle + 1).toInt() * 1000, {});
    return app.exec();
}
