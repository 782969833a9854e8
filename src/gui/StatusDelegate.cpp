#include "StatusDelegate.h"

#include "ItemRoles.h"
#include "StatusPalette.h"

StatusDelegate::StatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QColor StatusDelegate::textColour(const QModelIndex &index, const QPalette &palette) {
    const QVariant tone = index.data(ItemRoles::ToneRole);
    if (!tone.isValid())
        return palette.color(QPalette::Text);
    return StatusPalette::text(tone.value<ExpiryState>(), palette);
}

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(ItemRoles::ToneRole).isValid())
        option->palette.setColor(QPalette::Text, textColour(index, option->palette));
}
