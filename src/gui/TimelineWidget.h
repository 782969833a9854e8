#pragma once

#include "ExpiryScheduler.h"

#include <QWidget>

class ExpiryCollector;
class Ticker;

// The timeline strip: every token that expires on one time axis, now -> the next 8 hours, with
// what expired on the left and what expires later (PATs, mostly) at the right edge. Repaints
// on the shared ticker; clicking a marker asks for the pane that shows that token.
class TimelineWidget : public QWidget {
    Q_OBJECT
public:
    static constexpr qint64 WindowSeconds = 8 * 3600;

    TimelineWidget(ExpiryCollector *expiries, Ticker *ticker, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Where the marker and label of an entry are drawn (empty if it is not shown).
    QRect entryRect(ExpiryEntry::Kind kind, const QString &key) const;

    // "42 m", "6 h 10 m", "27 d": the time left, short.
    static QString shortSpan(qint64 seconds);

Q_SIGNALS:
    void entryActivated(ExpiryEntry::Kind kind);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Placed {
        ExpiryEntry entry;
        QRect hit;       // marker and label
        int markerX = 0; // where the marker sits
        bool onAxis = false;
        bool labelLeft = false; // the label runs to the left of its marker
        QString text;
    };
    QList<Placed> layoutEntries(const QDateTime &now) const;
    QRect axisRect() const;

    ExpiryCollector *m_expiries;
    Ticker *m_ticker;
    QList<ExpiryEntry> m_entries;
    QDateTime m_now;
};
