#include "MessageBanner.h"

#include "StatusPalette.h"

#include <QEvent>

namespace {
StatusPalette::Status statusOf(MessageBanner::Kind kind) {
    using Status = StatusPalette::Status;
    // In the order of Kind (Info, Success, Warning, Error): a warning looks like what expires soon.
    constexpr Status statuses[] = {Status::Info, Status::Success, Status::Soon, Status::Error};
    return statuses[int(kind)];
}
} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    hide();
}

void MessageBanner::showMessage(const QString &text, Kind kind, Qt::TextFormat format) {
    m_kind = kind;
    setTextFormat(format);
    setText(text);
    applyStyle();
    setVisible(!text.isEmpty());
}

void MessageBanner::clear() {
    QLabel::clear();
    hide();
}

void MessageBanner::changeEvent(QEvent *event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void MessageBanner::applyStyle() {
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const StatusPalette::Status status = statusOf(m_kind);
    const QColor background = StatusPalette::bannerBackground(status, base);
    const QColor border = StatusPalette::bannerBorder(status, base);
    const QColor text =
        m_kind == Kind::Info ? base.color(QPalette::WindowText) : StatusPalette::text(status, base);
    // A style sheet of its own (background, border) that is rebuilt when the palette changes;
    // objectName-independent so that each banner keeps its own name for tests and tools.
    const QString sheet =
        QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %3; "
                       "border-radius: 4px; padding: 6px 8px; }")
            .arg(StatusPalette::css(text), StatusPalette::cssRgba(background),
                 StatusPalette::cssRgba(border));
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

// Compiled here rather than in the library's mocs_compilation.cpp, so that the first window's
// program (src/app) links this class alone.
#include "moc_MessageBanner.cpp"
