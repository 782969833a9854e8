#include "StatusPalette.h"

namespace {
struct Pair {
    QColor light;
    QColor dark;
    QColor pick(const QPalette &palette) const {
        return StatusPalette::isDark(palette) ? dark : light;
    }
};

// A status's hue: its text on the window, dark enough on white (WCAG AA) and light enough on a
// dark window; and its bars and marks.
struct Hue {
    Pair text;
    Pair fill;
};
const Hue Red{{QColor(0xc6, 0x28, 0x28), QColor(0xff, 0x8a, 0x80)},
              {QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x53, 0x50)}};
const Hue Amber{{QColor(0xb2, 0x6b, 0x00), QColor(0xff, 0xc1, 0x4d)},
                {QColor(0xe0, 0x8a, 0x00), QColor(0xff, 0xa7, 0x26)}};
const Hue Green{{QColor(0x2e, 0x7d, 0x32), QColor(0x81, 0xc7, 0x84)},
                {QColor(0x2e, 0x7d, 0x32), QColor(0x66, 0xbb, 0x6a)}};
const Pair BlueText{QColor(0x15, 0x65, 0xc0), QColor(0x90, 0xca, 0xf9)};
// JWT parts (jwt.io's habit) and JSON.
const Pair JwtHeader{QColor(0xe0, 0x3e, 0x5c), QColor(0xff, 0x6e, 0x8a)};
const Pair JwtPayload{QColor(0x9b, 0x59, 0xd6), QColor(0xc3, 0x9b, 0xf0)};
const Pair JwtSignature{QColor(0x1e, 0x90, 0xd6), QColor(0x6c, 0xc4, 0xff)};
const Pair JsonString{QColor(0x2e, 0x9d, 0x5b), QColor(0x7e, 0xd6, 0x9c)};
const Pair JsonLiteral{QColor(0xd0, 0x80, 0x10), QColor(0xff, 0xb7, 0x4d)};

// Red for what is over, amber for what needs attention, green for what is well; nothing for Info.
const Hue *hueOf(StatusPalette::Status status) {
    using Status = StatusPalette::Status;
    switch (status) {
    case Status::Expired:
    case Status::Error:
        return &Red;
    case Status::Soon:
    case Status::Never:
        return &Amber;
    case Status::Fine:
    case Status::Success:
        return &Green;
    case Status::Info:
        break;
    }
    return nullptr;
}
} // namespace

StatusPalette::Status StatusPalette::status(ExpiryState state) {
    switch (state) {
    case ExpiryState::Fine:
        return Status::Fine;
    case ExpiryState::Soon:
        return Status::Soon;
    case ExpiryState::Expired:
        return Status::Expired;
    case ExpiryState::Never:
        return Status::Never;
    }
    return Status::Fine;
}

bool StatusPalette::isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

QColor StatusPalette::text(Status status, const QPalette &palette) {
    // A fine token reads as normal text; only what needs a look stands out.
    const Hue *hue = status == Status::Fine ? nullptr : hueOf(status);
    return hue ? hue->text.pick(palette) : palette.color(QPalette::WindowText);
}

QColor StatusPalette::fill(Status status, const QPalette &palette) {
    const Hue *hue = hueOf(status);
    return hue ? hue->fill.pick(palette) : BlueText.pick(palette);
}

QColor StatusPalette::transparent() {
    return QColor(Qt::transparent);
}

QColor StatusPalette::bannerBackground(Status status, const QPalette &palette) {
    QColor colour = status == Status::Info ? BlueText.pick(palette) : fill(status, palette);
    colour.setAlphaF(isDark(palette) ? 0.22 : 0.12);
    return colour;
}

QColor StatusPalette::bannerBorder(Status status, const QPalette &palette) {
    QColor colour = status == Status::Info ? BlueText.pick(palette) : fill(status, palette);
    colour.setAlphaF(0.55);
    return colour;
}

QColor StatusPalette::jwtPart(JwtPart part, const QPalette &palette) {
    switch (part) {
    case JwtPart::Header:
        return JwtHeader.pick(palette);
    case JwtPart::Payload:
        return JwtPayload.pick(palette);
    case JwtPart::Signature:
        return JwtSignature.pick(palette);
    }
    return palette.color(QPalette::Text);
}

QColor StatusPalette::jsonString(const QPalette &palette) {
    return JsonString.pick(palette);
}

QColor StatusPalette::jsonLiteral(const QPalette &palette) {
    return JsonLiteral.pick(palette);
}

QColor StatusPalette::weekendText(const QPalette &palette) {
    // The red of "expired" text: dark enough on a white base, light enough on a dark one.
    return Red.text.pick(palette);
}

QByteArray StatusPalette::iconStroke() {
    return QByteArrayLiteral("#5b6b80");
}

QString StatusPalette::cssRgba(const QColor &colour) {
    return QStringLiteral("rgba(%1, %2, %3, %4)")
        .arg(colour.red())
        .arg(colour.green())
        .arg(colour.blue())
        .arg(colour.alphaF());
}
