#pragma once

#include <QIcon>

class QPalette;

// A one-colour line icon (resources/icons/*.svg drawn with StatusPalette::iconStroke()) in the
// colours of the current palette: the text colour normally, the highlighted-text colour when its
// item is selected. Readable on light and dark palettes alike.
namespace ThemedIcon {
// Rendered for one size (device-independent pixels) at one device pixel ratio: cheap enough
// to build while the window is created.
QIcon monochrome(const QString &svgPath, const QPalette &palette, int size, qreal ratio);
// The same icon on the palette's highlight colour (a calendar's navigation bar): drawn in the
// highlighted-text colour.
QIcon onHighlight(const QString &svgPath, const QPalette &palette, int size, qreal ratio);
} // namespace ThemedIcon
