#include "TimelineWidget.h"

#include "ExpiryCollector.h"
#include "StatusPalette.h"
#include "Ticker.h"
#include "TimeFormat.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace {
constexpr int Margin = 10;
constexpr int ExpiredZone = 180; // left: what has expired
constexpr int LaterZone = 220;   // right: beyond the 8 hours
constexpr int Rows = 3;

} // namespace

TimelineWidget::TimelineWidget(ExpiryCollector *expiries, Ticker *ticker, QWidget *parent)
    : QWidget(parent)
    , m_expiries(expiries)
    , m_ticker(ticker) {
    setObjectName(QStringLiteral("timeline"));
    setAccessibleName(tr("Timeline of token expiries"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_now = ticker ? ticker->now() : QDateTime::currentDateTimeUtc();
    const auto reload = [this] {
        m_entries = m_expiries->entries();
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
    return {900, Margin + line + 6 + Rows * (line + 4) + 14 + line + Margin};
}

QSize TimelineWidget::minimumSizeHint() const {
    return {ExpiredZone + LaterZone + 200, sizeHint().height()};
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

QRect TimelineWidget::entryRect(ExpiryEntry::Kind kind, const QString &key) const {
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    for (const Placed &p : layoutEntries(now)) {
        if (p.entry.kind == kind && p.entry.key == key)
            return p.hit;
    }
    return {};
}

QRect TimelineWidget::axisRect() const {
    const int line = fontMetrics().height();
    const int top = Margin + line + 6;
    return QRect(Margin + ExpiredZone, top, width() - 2 * Margin - ExpiredZone - LaterZone,
                 Rows * (line + 4) + 14);
}

QList<TimelineWidget::Placed> TimelineWidget::layoutEntries(const QDateTime &now) const {
    // The expired ones most recent first, then the rest soonest first.
    QList<ExpiryEntry> sorted = m_entries;
    std::sort(sorted.begin(), sorted.end(), [&now](const ExpiryEntry &a, const ExpiryEntry &b) {
        const bool aGone = a.expiresAt <= now, bGone = b.expiresAt <= now;
        if (aGone != bGone)
            return aGone;
        return aGone ? a.expiresAt > b.expiresAt : a.expiresAt < b.expiresAt;
    });
    const QRect axis = axisRect();
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    QList<Placed> placed;
    int rowEnd[Rows] = {INT_MIN, INT_MIN, INT_MIN};
    int expiredRow = 0, laterRow = 0;
    for (const ExpiryEntry &entry : std::as_const(sorted)) {
        const qint64 left = now.secsTo(entry.expiresAt);
        QString prefix;
        if (entry.kind == ExpiryEntry::Kind::PersonalAccessToken)
            prefix = tr("PAT ");
        const QString label = prefix + entry.label;
        Placed p;
        p.entry = entry;
        int x = 0;
        int row = 0;
        if (left <= 0) {
            if (expiredRow >= Rows)
                continue;
            row = expiredRow++;
            x = Margin + 8;
        } else if (left > WindowSeconds) {
            if (laterRow >= Rows)
                continue;
            row = laterRow++;
            x = axis.right() + 18;
        } else {
            x = axis.left() + int(double(axis.width()) * double(left) / double(WindowSeconds));
            // The first row whose last label ends before this marker.
            row = 0;
            while (row < Rows - 1 && rowEnd[row] > x - 6)
                ++row;
        }
        const int y = axis.top() + 4 + row * (line + 4);
        // On the axis the name leads; in the side zones the time does, so eliding keeps it.
        if (left > 0 && left <= WindowSeconds)
            p.text = label + QStringLiteral(" · ") + shortSpan(left);
        else
            p.text = (left <= 0 ? tr("expired") : shortSpan(left)) + QStringLiteral(" · ") + label;
        const int textWidth = metrics.horizontalAdvance(p.text);
        p.markerX = x;
        p.onAxis = left > 0 && left <= WindowSeconds;
        QRect hit(x - 5, y, 13 + textWidth, line);
        if (p.onAxis) {
            // Labels run to the right of the marker, or to its left near the end of the axis.
            if (hit.right() > axis.right() + 8) {
                hit = QRect(x - 8 - textWidth, y, textWidth + 13, line);
                p.labelLeft = true;
            }
            rowEnd[row] = std::max(rowEnd[row], hit.right());
        } else if (left <= 0) {
            hit.setWidth(std::min(hit.width(), ExpiredZone - 14));
        } else {
            hit.setWidth(std::min(hit.width(), LaterZone - 22));
        }
        p.hit = hit;
        placed.append(p);
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
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();

    // Top border, title and zone headings.
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(0, 0, width(), 0);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRect(Margin, Margin, ExpiredZone, line), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Timeline"));
    painter.setFont(font());
    QColor dim = pal.color(QPalette::PlaceholderText);
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
    painter.drawText(QRect(axis.left(), baseline + 4, axis.width() + LaterZone, line),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("● login token   ■ SCM token   ◆ personal access token   "
                        "(green: fine · amber: soon · red: expired)"));

    const QList<Placed> placed = layoutEntries(now);
    if (placed.isEmpty()) {
        painter.setPen(dim);
        painter.drawText(axis.adjusted(8, 0, 0, -10), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Nothing expires in the next 8 hours."));
        return;
    }
    for (const Placed &p : placed) {
        const qint64 left = now.secsTo(p.entry.expiresAt);
        const ExpiryState state = ExpiryRules::stateForSecondsLeft(p.entry.kind, left);
        const QColor color = StatusPalette::fill(state, pal);
        const QRect hit = p.hit;
        const int markerX = p.markerX;
        // A stem from the label's row down to the axis for markers on the axis.
        if (p.onAxis) {
            QColor stem = color;
            stem.setAlpha(110);
            painter.setPen(QPen(stem, 1));
            painter.drawLine(markerX, hit.center().y(), markerX, baseline);
        }
        // Marker shape by kind: circle = login token, square = SCM, diamond = PAT.
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const QPointF c(markerX, hit.center().y());
        switch (p.entry.kind) {
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
        const QString text = p.text;
        painter.setPen(StatusPalette::text(state, pal));
        QRect textRect = hit;
        if (p.labelLeft)
            textRect.setRight(markerX - 8);
        else
            textRect.setLeft(markerX + 8);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(text, Qt::ElideRight, textRect.width() + 2));
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event) {
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    for (const Placed &p : layoutEntries(now)) {
        if (p.hit.contains(event->position().toPoint())) {
            Q_EMIT entryActivated(p.entry.kind);
            return;
        }
    }
    QWidget::mouseReleaseEvent(event);
}

bool TimelineWidget::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        for (const Placed &p : layoutEntries(now)) {
            if (p.hit.contains(help->pos())) {
                const QString kind =
                    p.entry.kind == ExpiryEntry::Kind::LoginToken ? tr("Login token")
                    : p.entry.kind == ExpiryEntry::Kind::ScmToken ? tr("SCM token")
                                                                  : tr("Personal access token");
                QToolTip::showText(help->globalPos(),
                                   tr("%1 %2\n%3 %4")
                                       .arg(kind, p.entry.label,
                                            now < p.entry.expiresAt ? tr("Expires") : tr("Expired"),
                                            TimeFormat::exact(p.entry.expiresAt)),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}
