#pragma once

#include <QStyledItemDelegate>

// Draws a cell's text in the status palette's colour for its ItemRoles::ToneRole (soon,
// expired, never expires), in any view: the models say what a cell's status is, the GUI says
// what colour that is.
class StatusDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit StatusDelegate(QObject *parent = nullptr);

    // The text colour for `index` on `palette`: its tone's, or the palette's text colour.
    static QColor textColour(const QModelIndex &index, const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
