#include "Ticker.h"

Ticker::Ticker(QObject *parent)
    : QObject(parent) {
    m_timer.setInterval(1000);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT tick(m_clock()); });
}

void Ticker::setActive(bool active) {
    if (active == m_timer.isActive())
        return;
    if (active) {
        m_timer.start();
        Q_EMIT activeChanged(true);
        Q_EMIT tick(m_clock());
    } else {
        m_timer.stop();
        Q_EMIT activeChanged(false);
    }
}
