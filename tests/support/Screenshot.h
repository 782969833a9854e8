#pragma once

#include <QString>

class QWidget;

// Saves what `widget` shows as <build>/screenshots/<name> (never into the source tree:
// scripts/screenshots refreshes docs/screenshots). Returns false when it could not be saved.
bool saveScreenshot(QWidget *widget, const QString &name);

// The same in a test function: a picture that cannot be saved fails it (the caller goes on).
void saveScreenshotOrFail(QWidget *widget, const QString &name);
