#pragma once

#include <QLabel>
#include <QMargins>

#include <array>
#include <utility>

// A word-wrapped QLabel that remembers its heightForWidth(). Layouts ask it again and again:
// every time anything in a pane changes size (a count, a flag's chip while pages come in),
// the layout's own cache is cleared and QLabel lays its whole text out anew each time (a
// paragraph: about 0.4 M instructions, 100 times while the hygiene board's first rows came).
// The answers are kept per width for the label's current text, font, format and margins.
class WrapLabel : public QLabel {
    Q_OBJECT
public:
    explicit WrapLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // What an answer depends on besides the width; a change forgets every answer.
    struct Shape {
        QString text;
        Qt::TextFormat format = Qt::AutoText;
        bool wordWrap = false;
        int margin = 0;
        int indent = 0;
        QMargins contents;
        bool operator==(const Shape &) const = default;
    };
    Shape shape() const;
    void forget() const; // every answer

    mutable Shape m_shape;
    mutable std::array<std::pair<int, int>, 8> m_heights{}; // width, height; width -1: none
    mutable int m_next = 0;                                 // the slot replaced next
};
