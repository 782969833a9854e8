#pragma once

#include <QSize>
#include <QTest>
#include <QWidget>

// Resizes `window` to `size`, shows it and waits until the window system exposes it; false when
// it was not exposed in time (for QVERIFY(shownAt(window, size))).
inline bool shownAt(QWidget &window, const QSize &size) {
    window.resize(size);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}
