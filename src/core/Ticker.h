#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

// The one shared 1 Hz ticker behind every countdown in the app. It runs only while it is
// active (a visible window asks for it) and its clock can be replaced in tests.
class Ticker : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit Ticker(QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    // Starts or stops the timer; a start ticks at once so what was paused catches up.
    void setActive(bool active);
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void tick(const QDateTime &now);
    // The timer started or stopped (e.g. the window was minimised): who needs to be woken up
    // while the ticker sleeps sets its own timer then, and only then.
    void activeChanged(bool active);

private:
    QTimer m_timer;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};
