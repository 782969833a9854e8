#include "CountdownDelegate.h"

#include "ScmConnectionModel.h"
#include "StatusPalette.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int BarWidth = 110; // preferred
constexpr int MaxBarWidth = 180;
constexpr int BarHeight = 8;
constexpr int Gap = 10;
constexpr int MinBarWidth = 24;
constexpr int Padding = 12; // 6 each side

int textWidthFor(const QFontMetrics &metrics, const QString &text) {
    return std::max(metrics.horizontalAdvance(QStringLiteral("00:00:00")),
                    metrics.horizontalAdvance(text));
}
} // namespace

int CountdownDelegate::minimumWidth(const QFontMetrics &metrics, const QString &text) {
    return Padding + textWidthFor(metrics, text) + Gap + MinBarWidth;
}

int CountdownDelegate::extraBarWidth() {
    return MaxBarWidth - MinBarWidth;
}

CountdownDelegate::CountdownDelegate(QObject *parent)
    : StatusDelegate(parent) {}

void CountdownDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    using M = ScmConnectionModel;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection

    const auto status = M::Status(index.data(M::StatusRole).toInt());
    if (status == M::Status::NotConnected || text.isEmpty())
        return;
    const auto urgency = M::Urgency(index.data(M::UrgencyRole).toInt());
    const double fraction = index.data(M::FractionRole).toDouble();
    const QColor color = StatusPalette::fill(urgency == M::Urgency::Expired ? ExpiryState::Expired
                                             : urgency == M::Urgency::Soon  ? ExpiryState::Soon
                                                                            : ExpiryState::Fine,
                                             option.palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect area = option.rect.adjusted(6, 0, -6, 0);
    const QFontMetrics metrics(opt.font);
    const int textWidth = textWidthFor(metrics, text);
    QRect textRect(area.left(), area.top(), textWidth, area.height());
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                             : textColour(index, option.palette));
    painter->setFont(opt.font);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignRight, text);

    const int barLeft = textRect.right() + Gap;
    const int barWidth = std::min(MaxBarWidth, area.right() - barLeft);
    if (barWidth > 20) {
        const QRectF track(barLeft, area.center().y() - BarHeight / 2.0 + 1, barWidth, BarHeight);
        QColor trackColor = option.palette.color(QPalette::Mid);
        trackColor.setAlpha(90);
        painter->setPen(Qt::NoPen);
        painter->setBrush(trackColor);
        painter->drawRoundedRect(track, BarHeight / 2.0, BarHeight / 2.0);
        if (fraction > 0) {
            QRectF fill = track;
            fill.setWidth(std::max(double(BarHeight), track.width() * fraction));
            painter->setBrush(color);
            painter->drawRoundedRect(fill, BarHeight / 2.0, BarHeight / 2.0);
        } else if (urgency == M::Urgency::Expired) {
            QPen pen(StatusPalette::fill(ExpiryState::Expired, option.palette), 1.2);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(track.adjusted(0.5, 0.5, -0.5, -0.5), BarHeight / 2.0,
                                     BarHeight / 2.0);
        }
    }
    painter->restore();
}

QSize CountdownDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    QSize size = StatusDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(Padding + textWidthFor(metrics, index.data(Qt::DisplayRole).toString()) + Gap +
                  BarWidth);
    return size;
}
