#include "Screenshot.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTest>
#include <QWidget>

bool saveScreenshot(QWidget *widget, const QString &name) {
    QApplication::processEvents();
    const QString dir = QStringLiteral(TOKENDESK_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    if (!widget->grab().save(path))
        return false;
    qInfo("screenshot: %s", qPrintable(path));
    return true;
}

void saveScreenshotOrFail(QWidget *widget, const QString &name) {
    if (!saveScreenshot(widget, name))
        QTest::qFail(qPrintable(QStringLiteral("could not save the screenshot %1").arg(name)),
                     __FILE__, __LINE__);
}
