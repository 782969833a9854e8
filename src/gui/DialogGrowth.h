#pragma once

#include <QObject>

class QWidget;

// Keeps a window from squashing its contents: when its layout asks for more height than the
// window has (a message appeared, a wrapped label got longer), the window grows to the
// layout's preferred height for its width; it never shrinks on its own. Install with
// DialogGrowth::install(dialog); it lives as the window's child.
class DialogGrowth : public QObject {
    Q_OBJECT
public:
    static DialogGrowth *install(QWidget *window);

    // Grows `window` now if its layout needs more height; returns whether it did.
    static bool grow(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit DialogGrowth(QWidget *window);

    QWidget *m_window;
    bool m_pending = false;
};
