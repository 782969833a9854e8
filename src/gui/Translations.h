#pragma once

#include <QLocale>

class QCoreApplication;

namespace Translations {

// Installs the English base translation (it holds the plural forms) and, on top of it,
// the one for `locale` when TokenDesk has it. Returns the language actually used.
QString install(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace Translations
