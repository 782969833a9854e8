// The second baseline for start-up and memory: the smallest main window that shows text (a
// label, a line edit and a button), shown the way TokenDesk shows its first window. Any window
// with text pays fontconfig's initialisation and the text layout; the empty bare window doesn't.
//   bench_text    exits right after the first paint (first-paint-ms, max-rss-kb)
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QVBoxLayout>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(440, 340);
    window.setWindowTitle(QStringLiteral("text"));
    auto *central = new QWidget(&window);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(new QLabel(QStringLiteral("Sign in to Moderne"), central));
    layout->addWidget(new QLineEdit(QStringLiteral("https://app.moderne.io"), central));
    layout->addWidget(new QPushButton(QStringLiteral("Sign in"), central));
    window.setCentralWidget(central);
    new FirstPaintProbe(&app);
    window.show();
    return app.exec();
}
