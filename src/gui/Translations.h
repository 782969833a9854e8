#pragma once

#include <QLocale>

class QCoreApplication;

namespace Translations {

// Where the compiled translations (.qm) are loaded from: `<applicationDir>/../share/tokendesk/
// translations` when it holds tokendesk_en.qm (the build tree, an installed package under /usr,
// an unpacked tarball), otherwise the copies compiled into the program (":/i18n").
QString directory(const QString &applicationDir);

// Installs the English base translation (it holds the plural forms) and, on top of it,
// the one for `locale` when TokenDesk has it, from directory(applicationDirPath()). Calling it
// again replaces the translators it installed before. Returns the language actually used.
QString install(QCoreApplication *app, const QLocale &locale = QLocale());

// The same, from the given folder of .qm files.
QString install(QCoreApplication *app, const QLocale &locale, const QString &directory);

} // namespace Translations
