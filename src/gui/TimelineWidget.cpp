#include "TimelineWidget.h"

#include "ExpiryCollector.h"
#include "StatusPalette.h"
#include "Ticker.h"
#include "TimeFormat.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>
#include <iterator>
#include <numeric>

namespace {
constexpr int Margin = 10;
constexpr int ExpiredZone = 180; // left: what has expired
constexpr int LaterZone = 220;   // right: beyond the 8 hours
constexpr int Rows = 3;
constexpr int MarkerHalf = 5;     // a marker's half width
constexpr int LabelGap = 8;       // from a marker's centre to its text
constexpr int MergeDistance = 12; // markers closer than this share one
constexpr int MinLabel = 40;      // a label shorter than this is left out (the tooltip has it)

// An x range, both ends included.
struct Span {
    int from = 0;
    int to = -1;
    bool overlaps(const Span &other) const { return from <= other.to && other.from <= to; }
};

bool overlapsAny(const Span &span, const QList<Span> &spans) {
    return std::any_of(spans.begin(), spans.end(),
                       [&span](const Span &other) { return span.overlaps(other); });
}
} // namespace

TimelineWidget::TimelineWidget(ExpiryCollector *expiries, Ticker *ticker, QWidget *parent)
    : QWidget(parent)
    , m_expiries(expiries)
    , m_ticker(ticker)
    , m_toggle(new QToolButton(this)) {
    setObjectName(QStringLiteral("timeline"));
    setAccessibleName(tr("Timeline of token expiries"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_toggle->setObjectName(QStringLiteral("timelineToggle"));
    m_toggle->setAutoRaise(true);
    connect(m_toggle, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });
    updateToggle();
    m_now = ticker ? ticker->now() : QDateTime::currentDateTimeUtc();
    const auto reload = [this] {
        m_entries = {}; // the old list goes before the collector builds the next one
        m_entries = m_expiries->entries();
        // Sorted once per change, not on every paint (once a second).
        m_byExpiry.resize(m_entries.size());
        std::iota(m_byExpiry.begin(), m_byExpiry.end(), 0);
        std::stable_sort(m_byExpiry.begin(), m_byExpiry.end(), [this](int a, int b) {
            return m_entries.at(a).expiresAt < m_entries.at(b).expiresAt;
        });
        update();
    };
    connect(expiries, &ExpiryCollector::changed, this, reload);
    reload();
    if (ticker) {
        connect(ticker, &Ticker::tick, this, [this](const QDateTime &now) {
            m_now = now;
            if (isVisible())
                update();
        });
    }
}

QSize TimelineWidget::sizeHint() const {
    const int line = fontMetrics().height();
    if (m_collapsed)
        return {900, Margin + line + Margin};
    return {900, Margin + line + 6 + Rows * (line + 4) + 14 + line + Margin};
}

QSize TimelineWidget::minimumSizeHint() const {
    return {ExpiredZone + LaterZone + 200, sizeHint().height()};
}

void TimelineWidget::setCollapsed(bool collapsed) {
    if (collapsed == m_collapsed)
        return;
    m_collapsed = collapsed;
    updateToggle();
    updateGeometry();
    update();
    Q_EMIT collapsedChanged(collapsed);
}

// The disclosure arrow before the title: down while the timeline is shown.
void TimelineWidget::updateToggle() {
    const int line = fontMetrics().height();
    m_toggle->setArrowType(m_collapsed ? Qt::RightArrow : Qt::DownArrow);
    const QString text = m_collapsed ? tr("Show timeline") : tr("Hide timeline");
    m_toggle->setToolTip(text);
    m_toggle->setAccessibleName(text);
    m_toggle->setGeometry(Margin - 4, Margin - 2, line + 4, line + 4);
}

QString TimelineWidget::shortSpan(qint64 seconds) {
    seconds = std::abs(seconds);
    if (seconds < 3600)
        return tr("%1 m").arg(std::max<qint64>(1, seconds / 60));
    if (seconds < 86400) {
        const qint64 minutes = seconds / 60;
        return minutes % 60 == 0 ? tr("%1 h").arg(minutes / 60)
                                 : tr("%1 h %2 m").arg(minutes / 60).arg(minutes % 60);
    }
    return tr("%1 d").arg((seconds + 43200) / 86400);
}

QDateTime TimelineWidget::now() const {
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QRect TimelineWidget::entryRect(ExpiryEntry::Kind kind, const QString &key) const {
    if (m_collapsed)
        return {};
    for (const Placed &p : layoutEntries(now())) {
        for (const ExpiryEntry &entry : p.entries) {
            if (entry.kind == kind && entry.key == key)
                return p.hit;
        }
    }
    return {};
}

QList<QRect> TimelineWidget::labelRects() const {
    QList<QRect> rects;
    if (m_collapsed)
        return rects;
    for (const Placed &p : layoutEntries(now())) {
        if (!p.label.isEmpty())
            rects.append(p.label);
    }
    return rects;
}

QList<QRect> TimelineWidget::markerRects() const {
    QList<QRect> rects;
    if (m_collapsed)
        return rects;
    for (const Placed &p : layoutEntries(now()))
        rects.append(p.marker);
    return rects;
}

QRect TimelineWidget::axisRect() const {
    const int line = fontMetrics().height();
    const int top = Margin + line + 6;
    return QRect(Margin + ExpiredZone, top, width() - 2 * Margin - ExpiredZone - LaterZone,
                 Rows * (line + 4) + 14);
}

QString TimelineWidget::legendText() const {
    return tr("● login token   ■ SCM token   ◆ personal access token   "
              "(green: fine · amber: soon · red: expired)");
}

// Under the axis, from the left margin (the expired zone has nothing on that line) to the
// right one; as wide as the text where it fits.
QRect TimelineWidget::legendRect() const {
    const QRect axis = axisRect();
    const int available = width() - 2 * Margin;
    // A few pixels beyond the advance: eliding measures the glyphs' overhang too.
    const int text = fontMetrics().horizontalAdvance(legendText()) + 4;
    return QRect(Margin, axis.bottom(), std::max(0, std::min(text, available)),
                 fontMetrics().height());
}

QString TimelineWidget::legendShown() const {
    return fontMetrics().elidedText(legendText(), Qt::ElideRight, legendRect().width());
}

QRect TimelineWidget::titleRect() const {
    QFont bold = font();
    bold.setBold(true);
    const int left = m_toggle->geometry().right() + 4;
    return QRect(left, Margin, QFontMetrics(bold).horizontalAdvance(tr("Timeline")) + 4,
                 fontMetrics().height());
}

// On the axis the name leads; in the side zones the time does, so eliding keeps it. Several
// entries sharing a marker: the first one's name "and 2 more".
QString TimelineWidget::labelText(const QList<ExpiryEntry> &entries, const QDateTime &now) const {
    const ExpiryEntry &first = entries.first();
    QString name = first.label;
    if (first.kind == ExpiryEntry::Kind::PersonalAccessToken)
        name = tr("PAT ") + name;
    if (entries.size() > 1)
        name = tr("%1 and %n more", nullptr, int(entries.size()) - 1).arg(name);
    const qint64 left = now.secsTo(first.expiresAt);
    if (left > 0 && left <= WindowSeconds)
        return name + QStringLiteral(" · ") + shortSpan(left);
    return (left <= 0 ? tr("expired") : shortSpan(left)) + QStringLiteral(" · ") + name;
}

QList<TimelineWidget::Placed> TimelineWidget::layoutEntries(const QDateTime &now) const {
    // The expired ones most recent first, then the rest soonest first.
    const auto firstLeft = std::partition_point(m_byExpiry.cbegin(), m_byExpiry.cend(), [&](int i) {
        return m_entries.at(i).expiresAt <= now;
    });
    const QRect axis = axisRect();
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const auto rowTop = [&](int row) { return axis.top() + 4 + row * (line + 4); };
    const auto markerAt = [&](int x, int row) {
        return QRect(x - MarkerHalf, rowTop(row) + line / 2 - MarkerHalf, 2 * MarkerHalf + 1,
                     2 * MarkerHalf + 1);
    };

    // Group: the side zones take one row each (the last row holds the rest); on the axis,
    // markers closer than MergeDistance share one.
    QList<Placed> expired, axisGroups, later;
    const auto xFor = [&](qint64 left) {
        return axis.left() + int(double(axis.width()) * double(left) / double(WindowSeconds));
    };
    const auto group = [&](const ExpiryEntry &entry) {
        const qint64 left = now.secsTo(entry.expiresAt);
        QList<Placed> &zone = left <= 0 ? expired : left > WindowSeconds ? later : axisGroups;
        if (&zone == &axisGroups) {
            const int x = xFor(left);
            if (!zone.isEmpty() && x - zone.last().markerX < MergeDistance) {
                zone.last().entries.append(entry);
                return;
            }
            Placed p;
            p.entries = {entry};
            p.markerX = x;
            p.onAxis = true;
            zone.append(p);
        } else if (zone.size() < Rows) {
            Placed p;
            p.entries = {entry};
            zone.append(p);
        } else {
            zone.last().entries.append(entry);
        }
    };
    for (auto it = std::make_reverse_iterator(firstLeft); it != m_byExpiry.crend(); ++it)
        group(m_entries.at(*it));
    for (auto it = firstLeft; it != m_byExpiry.cend(); ++it)
        group(m_entries.at(*it));

    QList<Span> taken[Rows]; // labels (with their marker and the gap between) and markers
    QList<Span> stems[Rows]; // the stems of markers in the rows above
    QList<Placed> placed;
    // The side zones: a fixed place per row, shortened to the zone's width.
    const auto placeSide = [&](QList<Placed> &zone, int x, int width) {
        for (int row = 0; row < zone.size(); ++row) {
            Placed p = zone.at(row);
            p.row = row;
            p.markerX = x;
            p.marker = markerAt(x, row);
            p.text = labelText(p.entries, now);
            const int textWidth = std::min(metrics.horizontalAdvance(p.text), width - 13);
            p.label = QRect(x + LabelGap, rowTop(row), textWidth, line);
            p.shown = metrics.elidedText(p.text, Qt::ElideRight, textWidth);
            p.hit = p.marker.united(p.label);
            taken[row].append({p.hit.left(), p.hit.right()});
            placed.append(p);
        }
    };
    placeSide(expired, Margin + 8, ExpiredZone - 14);
    placeSide(later, axis.right() + 18, LaterZone - 22);

    // The axis: a label's text stays between the "now" line and the "later" separator.
    const int textMin = axis.left() + 3;
    const int textMax = axis.right() + 8;
    // Whether a marker at x in `row`, with `reserved` (its label's span, or only the marker's),
    // fits: nothing taken there, no stem through it, and its own stem crosses no label below.
    const auto fits = [&](int x, int row, const Span &reserved) {
        if (overlapsAny(reserved, taken[row]) || overlapsAny(reserved, stems[row]))
            return false;
        for (int below = row + 1; below < Rows; ++below) {
            if (overlapsAny(Span{x - 1, x + 1}, taken[below]))
                return false;
        }
        return true;
    };
    const auto take = [&](Placed &p, int row, const QRect &label, const QString &shown) {
        const int x = p.markerX;
        p.row = row;
        p.marker = markerAt(x, row);
        p.label = label;
        p.shown = shown;
        p.hit = label.isEmpty() ? p.marker : p.marker.united(label);
        taken[row].append({p.hit.left(), p.hit.right()});
        for (int below = row + 1; below < Rows; ++below)
            stems[below].append({x - 1, x + 1});
        placed.append(p);
    };
    for (Placed &p : axisGroups) {
        p.text = labelText(p.entries, now);
        const int x = p.markerX;
        const int full = metrics.horizontalAdvance(p.text);
        const Span marker{x - MarkerHalf, x + MarkerHalf};
        bool done = false;
        // 1. The whole label, right of its marker or left of it, in the first row with room.
        for (int row = 0; row < Rows && !done; ++row) {
            const QRect right(x + LabelGap, rowTop(row), full, line);
            const QRect left(x - LabelGap - full, rowTop(row), full, line);
            if (right.right() <= textMax && fits(x, row, {marker.from, right.right()})) {
                take(p, row, right, p.text);
                done = true;
            } else if (left.left() >= textMin && fits(x, row, {left.left(), marker.to})) {
                take(p, row, left, p.text);
                done = true;
            }
        }
        if (done)
            continue;
        // 2. Shortened to the widest gap beside its marker (the tooltip has the whole text).
        int bestRow = -1, bestWidth = 0;
        bool bestLeft = false;
        for (int row = 0; row < Rows; ++row) {
            if (!fits(x, row, marker))
                continue;
            int rightEnd = textMax, leftEnd = textMin;
            for (const QList<Span> *spans : {&taken[row], &stems[row]}) {
                for (const Span &s : *spans) {
                    if (s.from > marker.to)
                        rightEnd = std::min(rightEnd, s.from - 2);
                    if (s.to < marker.from)
                        leftEnd = std::max(leftEnd, s.to + 2);
                }
            }
            // A stem of ours crossing a label below limits nothing here: fits() checked it.
            const int rightWidth = rightEnd - (x + LabelGap) + 1;
            const int leftWidth = (x - LabelGap) - leftEnd + 1;
            if (rightWidth > bestWidth) {
                bestRow = row, bestWidth = rightWidth, bestLeft = false;
            }
            if (leftWidth > bestWidth) {
                bestRow = row, bestWidth = leftWidth, bestLeft = true;
            }
        }
        if (bestRow >= 0) {
            if (bestWidth >= MinLabel) {
                const QString shown = metrics.elidedText(p.text, Qt::ElideRight, bestWidth);
                const int width = std::min(bestWidth, metrics.horizontalAdvance(shown));
                const QRect label = bestLeft
                                        ? QRect(x - LabelGap - width, rowTop(bestRow), width, line)
                                        : QRect(x + LabelGap, rowTop(bestRow), width, line);
                take(p, bestRow, label, shown);
            } else {
                // 3. The marker alone.
                take(p, bestRow, QRect(), QString());
            }
            continue;
        }
        // 4. No room anywhere: it joins the nearest marker on the axis (the tooltip lists it).
        Placed *nearest = nullptr;
        for (Placed &other : placed) {
            if (other.onAxis &&
                (!nearest || std::abs(other.markerX - x) < std::abs(nearest->markerX - x)))
                nearest = &other;
        }
        if (!nearest)
            continue;
        nearest->entries.append(p.entries);
        nearest->text = labelText(nearest->entries, now);
        if (!nearest->label.isEmpty())
            nearest->shown =
                metrics.elidedText(nearest->text, Qt::ElideRight, nearest->label.width());
    }
    return placed;
}

void TimelineWidget::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const QRect axis = axisRect();
    const QDateTime now = this->now();

    // Top border and title.
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(0, 0, width(), 0);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::Text));
    const QRect title = titleRect();
    painter.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, tr("Timeline"));
    painter.setFont(font());
    QColor dim = pal.color(QPalette::PlaceholderText);

    if (m_collapsed) {
        // The title line only, with what expires next.
        const ExpiryEntry *next = nullptr;
        for (const ExpiryEntry &entry : m_entries) {
            if (entry.expiresAt > now && (!next || entry.expiresAt < next->expiresAt))
                next = &entry;
        }
        QString summary = tr("Nothing expires in the next 8 hours.");
        if (next)
            summary = tr("Next: %1").arg(labelText({*next}, now));
        const QRect rest(title.right() + 12, Margin, width() - title.right() - 12 - Margin, line);
        painter.setPen(dim);
        painter.drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(summary, Qt::ElideRight, rest.width()));
        return;
    }

    painter.setPen(dim);
    painter.drawText(QRect(axis.right() + 18, Margin, LaterZone - 18, line),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("later"));

    // The axis: now -> +8 h, a tick each hour.
    const int baseline = axis.bottom() - 4;
    QColor axisColor = pal.color(QPalette::Text);
    axisColor.setAlpha(120);
    painter.setPen(QPen(axisColor, 1));
    painter.drawLine(axis.left(), baseline, axis.right() + 8, baseline);
    for (int hour = 0; hour <= 8; ++hour) {
        const int x = axis.left() + axis.width() * hour / 8;
        painter.setPen(QPen(axisColor, 1));
        painter.drawLine(x, baseline - 3, x, baseline + 3);
        painter.setPen(dim);
        const QString text = hour == 0 ? tr("now") : tr("%1 h").arg(hour);
        const int w = metrics.horizontalAdvance(text);
        painter.drawText(QRect(x - w / 2 - 2, Margin, w + 4, line), Qt::AlignCenter, text);
    }
    // The "now" line.
    painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
    painter.drawLine(axis.left(), Margin + line + 2, axis.left(), baseline + 3);
    // A dashed separator before the "later" zone.
    QPen dashed(axisColor, 1, Qt::DashLine);
    painter.setPen(dashed);
    painter.drawLine(axis.right() + 10, Margin + line + 2, axis.right() + 10, baseline + 3);

    // The legend under the axis: the marker's shape says the kind, its colour the urgency.
    painter.setPen(dim);
    painter.drawText(legendRect().adjusted(0, 0, 2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     legendShown());

    const QList<Placed> placed = layoutEntries(now);
    if (placed.isEmpty()) {
        painter.setPen(dim);
        painter.drawText(axis.adjusted(8, 0, 0, -10), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Nothing expires in the next 8 hours."));
        return;
    }
    for (const Placed &p : placed) {
        const ExpiryEntry &first = p.entries.first();
        const qint64 left = now.secsTo(first.expiresAt);
        const ExpiryState state = ExpiryRules::stateForSecondsLeft(first.kind, left);
        const QColor color = StatusPalette::fill(state, pal);
        const QPointF c = QRectF(p.marker).center();
        // A stem from the marker's row down to the axis for markers on the axis.
        if (p.onAxis) {
            QColor stem = color;
            stem.setAlpha(110);
            painter.setPen(QPen(stem, 1));
            painter.drawLine(QPointF(p.markerX, c.y()), QPointF(p.markerX, baseline));
        }
        // Marker shape by kind: circle = login token, square = SCM, diamond = PAT.
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        switch (first.kind) {
        case ExpiryEntry::Kind::LoginToken:
            painter.drawEllipse(c, 4.5, 4.5);
            break;
        case ExpiryEntry::Kind::ScmToken:
            painter.drawRect(QRectF(c.x() - 4, c.y() - 4, 8, 8));
            break;
        case ExpiryEntry::Kind::PersonalAccessToken: {
            QPainterPath diamond;
            diamond.moveTo(c.x(), c.y() - 5);
            diamond.lineTo(c.x() + 5, c.y());
            diamond.lineTo(c.x(), c.y() + 5);
            diamond.lineTo(c.x() - 5, c.y());
            diamond.closeSubpath();
            painter.drawPath(diamond);
            break;
        }
        }
        if (p.label.isEmpty())
            continue;
        painter.setPen(StatusPalette::text(state, pal));
        // The rectangle is the text's own width: no clipping of the last glyph's overhang.
        painter.drawText(p.label.adjusted(0, 0, 2, 0), Qt::AlignLeft | Qt::AlignVCenter, p.shown);
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event) {
    const QPoint at = event->position().toPoint();
    if (titleRect().contains(at)) {
        setCollapsed(!m_collapsed);
        return;
    }
    if (!m_collapsed) {
        for (const Placed &p : layoutEntries(now())) {
            if (p.hit.contains(at)) {
                Q_EMIT entryActivated(p.entries.first().kind);
                return;
            }
        }
    }
    QWidget::mouseReleaseEvent(event);
}

bool TimelineWidget::event(QEvent *event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        updateToggle();
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDateTime now = this->now();
        const QList<Placed> placed = m_collapsed ? QList<Placed>() : layoutEntries(now);
        for (const Placed &p : placed) {
            if (!p.hit.contains(help->pos()))
                continue;
            // Every entry behind the marker, whole, whatever the label had room for.
            QStringList lines;
            for (const ExpiryEntry &entry : p.entries) {
                const QString kind = entry.kind == ExpiryEntry::Kind::LoginToken ? tr("Login token")
                                     : entry.kind == ExpiryEntry::Kind::ScmToken
                                         ? tr("SCM token")
                                         : tr("Personal access token");
                lines << tr("%1 %2\n%3 %4")
                             .arg(kind, entry.label,
                                  now < entry.expiresAt ? tr("Expires") : tr("Expired"),
                                  TimeFormat::exact(entry.expiresAt));
            }
            QToolTip::showText(help->globalPos(), lines.join(QStringLiteral("\n\n")), this);
            return true;
        }
        // A legend shortened to the width: the tooltip has all of it.
        if (!m_collapsed && legendRect().contains(help->pos()) && legendShown() != legendText()) {
            QToolTip::showText(help->globalPos(), legendText(), this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}
