#include "DialogGrowth.h"

#include <QEvent>
#include <QLayout>
#include <QTimer>
#include <QWidget>

DialogGrowth::DialogGrowth(QWidget *window)
    : QObject(window)
    , m_window(window) {
    setObjectName(QStringLiteral("dialogGrowth"));
    window->installEventFilter(this);
}

DialogGrowth *DialogGrowth::install(QWidget *window) {
    return new DialogGrowth(window);
}

bool DialogGrowth::grow(QWidget *window) {
    QLayout *layout = window->layout();
    if (!layout)
        return false;
    layout->activate();
    const int width = window->width();
    const int need = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                 : layout->totalSizeHint().height();
    if (need <= window->height())
        return false;
    window->resize(width, need);
    return true;
}

bool DialogGrowth::eventFilter(QObject *watched, QEvent *event) {
    // The layout handles the request after the filters: grow once it has, on the next turn.
    if (watched == m_window &&
        (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show) && !m_pending) {
        m_pending = true;
        QTimer::singleShot(0, this, [this] {
            m_pending = false;
            grow(m_window);
        });
    }
    return QObject::eventFilter(watched, event);
}
