#pragma once

#include <QString>
#include <QStringList>

class QSettings;

// Settings → General: the interface language and how long a copied secret stays on the
// clipboard. Stored in QSettings (never a secret).
struct GeneralSettings {
    static constexpr int DefaultClipboardClearSeconds = 30;

    QString language; // a language code ("de"); empty: follow the system
    int clipboardClearSeconds = DefaultClipboardClearSeconds;

    static GeneralSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    // The languages TokenDesk has a translation for, as codes ("en", "de", …).
    static QStringList availableLanguages();
    // A language's name in that language ("Deutsch").
    static QString nativeName(const QString &code);
};
