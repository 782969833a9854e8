#include "Translations.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Translations {

QString install(QCoreApplication *app, const QLocale &locale)
{
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/tokendesk_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        qCWarning(lcGui) << "the English base translation is missing";

    auto *localized = new QTranslator(app);
    if (locale.language() != QLocale::English
        && localized->load(locale, QStringLiteral("tokendesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(localized);
        return QLocale::languageToCode(locale.language());
    }
    delete localized;
    return QStringLiteral("en");
}

} // namespace Translations
