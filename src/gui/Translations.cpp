#include "Translations.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

namespace {
QString translatorName() {
    return QStringLiteral("tokendesk-translator");
}
} // namespace

QString directory(const QString &applicationDir) {
    const QDir installed(applicationDir + QStringLiteral("/../share/tokendesk/translations"));
    if (QFileInfo::exists(installed.filePath(QStringLiteral("tokendesk_en.qm"))))
        return QDir::cleanPath(installed.absolutePath());
    return QStringLiteral(":/i18n");
}

QString install(QCoreApplication *app, const QLocale &locale) {
    return install(app, locale, directory(QCoreApplication::applicationDirPath()));
}

QString install(QCoreApplication *app, const QLocale &locale, const QString &directory) {
    // The translators of an earlier call go first, so that switching languages does not stack them.
    const auto previous =
        app->findChildren<QTranslator *>(translatorName(), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    auto *english = new QTranslator(app);
    english->setObjectName(translatorName());
    if (english->load(QStringLiteral("tokendesk_en"), directory))
        QCoreApplication::installTranslator(english);
    else
        qCWarning(lcGui) << "the English base translation is missing from" << directory;

    QString language = QStringLiteral("en");
    auto *localized = new QTranslator(app);
    localized->setObjectName(translatorName());
    if (locale.language() != QLocale::English &&
        localized->load(locale, QStringLiteral("tokendesk"), QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(localized);
        language = QLocale::languageToCode(locale.language());
        // Qt's own texts (the OK and Cancel of dialogs, context menus) from Qt's catalogue,
        // when the system has it (Debian: qt6-translations-l10n).
        auto *qt = new QTranslator(app);
        qt->setObjectName(translatorName());
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    } else {
        delete localized;
    }
    qCDebug(lcGui).noquote() << "translations from" << directory << "language" << language;
    return language;
}

} // namespace Translations
