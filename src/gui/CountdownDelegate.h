#pragma once

#include "StatusDelegate.h"

// Paints a countdown cell: the time left, and a bar that empties over the token's lifetime
// (FractionRole of ScmConnectionModel), green, amber under an hour, red when expired.
class CountdownDelegate : public StatusDelegate {
    Q_OBJECT
public:
    explicit CountdownDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The narrowest cell that shows `text` (a countdown or a word such as "expired") and a bar
    // still worth seeing; the size hint adds extraBarWidth() for the full bar.
    static int minimumWidth(const QFontMetrics &metrics, const QString &text);
    static int extraBarWidth();
};
