#include "WrapLabel.h"

#include <QEvent>

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent) {
    forget();
}

void WrapLabel::forget() const {
    m_heights.fill({-1, 0});
}

WrapLabel::Shape WrapLabel::shape() const {
    return {text(), textFormat(), wordWrap(), margin(), indent(), contentsMargins()};
}

int WrapLabel::heightForWidth(int width) const {
    if (Shape now = shape(); !(now == m_shape)) {
        m_shape = std::move(now);
        forget();
    }
    for (const auto &[known, height] : m_heights) {
        if (known == width)
            return height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = {width, height};
    m_next = (m_next + 1) % int(m_heights.size());
    return height;
}

void WrapLabel::changeEvent(QEvent *event) {
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::PaletteChange: // a style may size text by it
    case QEvent::LayoutDirectionChange:
        forget();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}
