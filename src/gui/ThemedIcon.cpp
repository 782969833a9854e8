#include "ThemedIcon.h"

#include "StatusPalette.h"

#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace ThemedIcon {

namespace {
QPixmap render(const QByteArray &svg, const QColor &colour, int size, qreal ratio) {
    QByteArray tinted = svg;
    tinted.replace(StatusPalette::iconStroke(), colour.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(tinted);
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(StatusPalette::transparent());
    QPainter painter(&pixmap);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return pixmap;
}

QByteArray readSvg(const QString &svgPath) {
    QFile file(svgPath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

QIcon monochrome(const QString &svgPath, const QPalette &palette, int size, qreal ratio) {
    const QByteArray svg = readSvg(svgPath);
    if (svg.isEmpty())
        return QIcon(svgPath);
    QIcon icon;
    icon.addPixmap(render(svg, palette.color(QPalette::Active, QPalette::WindowText), size, ratio),
                   QIcon::Normal);
    icon.addPixmap(
        render(svg, palette.color(QPalette::Active, QPalette::HighlightedText), size, ratio),
        QIcon::Selected);
    icon.addPixmap(
        render(svg, palette.color(QPalette::Disabled, QPalette::WindowText), size, ratio),
        QIcon::Disabled);
    return icon;
}

QIcon onHighlight(const QString &svgPath, const QPalette &palette, int size, qreal ratio) {
    const QByteArray svg = readSvg(svgPath);
    if (svg.isEmpty())
        return QIcon(svgPath);
    QIcon icon;
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Active, QIcon::Selected})
        icon.addPixmap(
            render(svg, palette.color(QPalette::Active, QPalette::HighlightedText), size, ratio),
            mode);
    icon.addPixmap(
        render(svg, palette.color(QPalette::Disabled, QPalette::HighlightedText), size, ratio),
        QIcon::Disabled);
    return icon;
}

} // namespace ThemedIcon
