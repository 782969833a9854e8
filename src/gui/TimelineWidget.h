#pragma once

#include "ExpiryScheduler.h"

#include <QWidget>

class ExpiryCollector;
class QToolButton;
class Ticker;

// The timeline strip: every token that expires on one time axis, now -> the next 8 hours, with
// what expired on the left and what expires later (PATs, mostly) at the right edge. Repaints
// on the shared ticker; clicking a marker asks for the pane that shows that token.
//
// Labels never overlap: each goes to the first of three rows with room for it beside its
// marker; where there is none it is shortened (the tooltip has the whole text), and entries
// too close to tell apart share one marker ("github.com and 2 more"). The strip can be
// collapsed to its title line (which then names the next expiry).
class TimelineWidget : public QWidget {
    Q_OBJECT
public:
    static constexpr qint64 WindowSeconds = 8 * 3600;

    TimelineWidget(ExpiryCollector *expiries, Ticker *ticker, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Where the marker and label of an entry are drawn (empty if it is not shown). Entries that
    // share a marker share this rectangle.
    QRect entryRect(ExpiryEntry::Kind kind, const QString &key) const;
    // Where the labels' texts and the markers are drawn, one per shown marker (for tests).
    QList<QRect> labelRects() const;
    QList<QRect> markerRects() const;
    // The legend under the axis: its whole text, where it is drawn and what is drawn there
    // (elided to the widget's width when it does not fit; the tooltip then gives it whole).
    QString legendText() const;
    QRect legendRect() const;
    QString legendShown() const;

    // Collapsed: only the title line. The toggle beside the title and View → Timeline switch it.
    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);

    // "42 m", "6 h 10 m", "27 d": the time left, short.
    static QString shortSpan(qint64 seconds);

Q_SIGNALS:
    void entryActivated(ExpiryEntry::Kind kind);
    void collapsedChanged(bool collapsed);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    // One marker and its label: one entry, or several too close to tell apart.
    struct Placed {
        QList<ExpiryEntry> entries; // the first one's kind and time are drawn
        QRect hit;                  // marker and label
        QRect marker;
        QRect label;   // the text's rectangle (empty: the marker alone)
        QString text;  // the whole label
        QString shown; // what fits in `label`
        int markerX = 0;
        int row = 0;
        bool onAxis = false;
    };
    QList<Placed> layoutEntries(const QDateTime &now) const;
    QString labelText(const QList<ExpiryEntry> &entries, const QDateTime &now) const;
    QRect axisRect() const;
    QRect titleRect() const;
    QDateTime now() const;
    void updateToggle();

    ExpiryCollector *m_expiries;
    Ticker *m_ticker;
    QToolButton *m_toggle;
    QList<ExpiryEntry> m_entries; // the collector's list, shared, never copied
    QList<int> m_byExpiry;        // indexes into m_entries, soonest expiry first
    QDateTime m_now;
    bool m_collapsed = false;
};
