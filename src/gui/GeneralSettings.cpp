#include "GeneralSettings.h"

#include <QSettings>

#include <algorithm>

GeneralSettings GeneralSettings::load(const QSettings &settings) {
    GeneralSettings s;
    s.language = settings.value(QStringLiteral("general/language")).toString();
    if (!s.language.isEmpty() && !availableLanguages().contains(s.language))
        s.language.clear();
    bool ok = false;
    const int seconds = settings.value(QStringLiteral("general/clipboardClearSeconds")).toInt(&ok);
    if (ok)
        s.clipboardClearSeconds = std::clamp(seconds, 5, 600);
    return s;
}

void GeneralSettings::save(QSettings &settings) const {
    settings.setValue(QStringLiteral("general/language"), language);
    settings.setValue(QStringLiteral("general/clipboardClearSeconds"), clipboardClearSeconds);
}

QStringList GeneralSettings::availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ja")};
}

QString GeneralSettings::nativeName(const QString &code) {
    if (code == u"en")
        return QStringLiteral("English");
    if (code == u"de")
        return QStringLiteral("Deutsch");
    if (code == u"fr")
        return QStringLiteral("Français");
    if (code == u"ja")
        return QStringLiteral("日本語");
    return code;
}
