#pragma once

#include "ExpiryRules.h"

#include <QByteArray>
#include <QColor>
#include <QPalette>
#include <QString>

// The one place where TokenDesk's colours are defined: the status colours (fine, soon, expired,
// never expires, error, success) for text, bars and banners, the JWT's part colours and the
// JSON syntax colours, each in a light and a dark variant chosen from the palette they are
// drawn on. Colour never stands alone: every state also has a word or an icon.
class StatusPalette {
public:
    enum class Status { Fine, Soon, Expired, Never, Error, Success, Info };
    enum class JwtPart { Header, Payload, Signature };

    static Status status(ExpiryState state);
    // True when `palette` is a dark one (light text on a dark window).
    static bool isDark(const QPalette &palette);

    // Text in that status on `palette`'s window or base (Fine and Info: the normal text).
    static QColor text(Status status, const QPalette &palette);
    static QColor text(ExpiryState state, const QPalette &palette) {
        return text(StatusPalette::status(state), palette);
    }
    // A bar or a mark in that status (timeline, countdown): Fine is green.
    static QColor fill(Status status, const QPalette &palette);
    static QColor fill(ExpiryState state, const QPalette &palette) {
        return fill(StatusPalette::status(state), palette);
    }
    // An inline banner's background and border.
    static QColor bannerBackground(Status status, const QPalette &palette);
    static QColor bannerBorder(Status status, const QPalette &palette);

    // Saturdays and Sundays in a calendar (Qt's default is pure red, unreadable on a dark base).
    static QColor weekendText(const QPalette &palette);

    static QColor jwtPart(JwtPart part, const QPalette &palette);
    static QColor jsonString(const QPalette &palette);
    static QColor jsonLiteral(const QPalette &palette);

    // "#rrggbb", for rich text.
    static QString css(const QColor &colour) { return colour.name(QColor::HexRgb); }
    // "rgba(r, g, b, a)", for style sheets (keeps the alpha).
    static QString cssRgba(const QColor &colour);
    // The stroke colour the bundled line icons (resources/icons/*.svg) are drawn with, which
    // ThemedIcon replaces with the palette's text colour.
    static QByteArray iconStroke();
    // Nothing at all: the background of a drawn icon.
    static QColor transparent();
};
