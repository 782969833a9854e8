// Build-time host tool: renders the application's SVG icon to the PNG sizes of the hicolor
// icon theme, so that no PNG is committed.
//   tokendesk-render-icon <icon.svg> <output dir> <icon name> <size>...
// writes <output dir>/<size>x<size>/apps/<icon name>.png for each size.
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[]) {
    if (argc < 5) {
        std::fputs("usage: tokendesk-render-icon <icon.svg> <output dir> <icon name> <size>...\n",
                   stderr);
        return 2;
    }
    const QString svg = QString::fromLocal8Bit(argv[1]);
    const QDir output(QString::fromLocal8Bit(argv[2]));
    const QString name = QString::fromLocal8Bit(argv[3]);
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "tokendesk-render-icon: cannot read %s\n", argv[1]);
        return 1;
    }
    for (int i = 4; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size <= 0 || size > 1024) {
            std::fprintf(stderr, "tokendesk-render-icon: bad size %s\n", argv[i]);
            return 2;
        }
        const QString folder = QStringLiteral("%1x%1/apps").arg(size);
        if (!output.mkpath(folder)) {
            std::fprintf(stderr, "tokendesk-render-icon: cannot create %s\n",
                         qPrintable(output.filePath(folder)));
            return 1;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString file =
            output.filePath(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
        if (!image.save(file, "PNG")) {
            std::fprintf(stderr, "tokendesk-render-icon: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
