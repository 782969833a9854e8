#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {
const QStringList languages{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                            QStringLiteral("ja")};

// A folder laid out like an installation: <root>/bin and <root>/share/tokendesk/translations.
struct Installation {
    QTemporaryDir root;
    QString bin() const { return root.filePath(QStringLiteral("bin")); }
    QString translations() const {
        return QDir::cleanPath(root.filePath(QStringLiteral("share/tokendesk/translations")));
    }
    bool make() const {
        return QDir(root.path()).mkpath(QStringLiteral("bin")) &&
               QDir(root.path()).mkpath(QStringLiteral("share/tokendesk/translations"));
    }
    // Copies the compiled-in English translation under the given file name.
    bool add(const QString &fileName) const {
        return QFile::copy(QStringLiteral(":/i18n/tokendesk_en.qm"),
                           translations() + QLatin1Char('/') + fileName);
    }
};

QString usersWithTokens(int count) {
    return QCoreApplication::translate("AdminUsersPane", "%n user(s) with tokens", nullptr, count);
}

int installedTranslators() {
    return int(QCoreApplication::instance()
                   ->findChildren<QTranslator *>(QStringLiteral("tokendesk-translator"),
                                                 Qt::FindDirectChildrenOnly)
                   .size());
}
} // namespace

class tst_TranslationLookup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void directoryNextToExecutable();
    void directoryFallsBackToResources();
    void directoryNeedsEnglishBase();
    void buildTreeLayout();
    void resourcesHoldEveryLanguage();
    void installLoadsFromGivenDirectory();
    void installWithoutEnglishBase();
    void installAgainReplacesTranslators();
    void installDefaultUsesResourcesForTests();
};

void tst_TranslationLookup::directoryNextToExecutable() {
    Installation installation;
    QVERIFY(installation.make());
    QVERIFY(installation.add(QStringLiteral("tokendesk_en.qm")));
    QCOMPARE(Translations::directory(installation.bin()), installation.translations());
}

void tst_TranslationLookup::directoryFallsBackToResources() {
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("bin")));
    QCOMPARE(Translations::directory(root.filePath(QStringLiteral("bin"))),
             QStringLiteral(":/i18n"));
}

void tst_TranslationLookup::directoryNeedsEnglishBase() {
    // A folder with only other languages is not used: the English base holds the plural forms.
    Installation installation;
    QVERIFY(installation.make());
    QVERIFY(installation.add(QStringLiteral("tokendesk_de.qm")));
    QCOMPARE(Translations::directory(installation.bin()), QStringLiteral(":/i18n"));
}

void tst_TranslationLookup::buildTreeLayout() {
    // The build tree is laid out like an installation: <build>/bin/tokendesk finds
    // <build>/share/tokendesk/translations, where CMake puts every .qm file.
    const QString bin = QStringLiteral(TOKENDESK_BUILD_DIR "/bin");
    const QString expected =
        QDir::cleanPath(QStringLiteral(TOKENDESK_BUILD_DIR "/share/tokendesk/translations"));
    QCOMPARE(Translations::directory(bin), expected);
    for (const QString &language : languages)
        QVERIFY2(QFile::exists(expected + QStringLiteral("/tokendesk_%1.qm").arg(language)),
                 qPrintable(language));
}

void tst_TranslationLookup::resourcesHoldEveryLanguage() {
    for (const QString &language : languages)
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/tokendesk_%1.qm").arg(language)),
                 qPrintable(language));
}

void tst_TranslationLookup::installLoadsFromGivenDirectory() {
    Installation installation;
    QVERIFY(installation.make());
    QVERIFY(installation.add(QStringLiteral("tokendesk_en.qm")));
    // French is compiled in, but this folder has none: English it is.
    QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale(QLocale::French),
                                   installation.translations()),
             QStringLiteral("en"));
    QCOMPARE(usersWithTokens(1), QStringLiteral("1 user with tokens"));
    QCOMPARE(usersWithTokens(3), QStringLiteral("3 users with tokens"));

    // With a French file in the folder, French is chosen (from there).
    QVERIFY(installation.add(QStringLiteral("tokendesk_fr.qm")));
    QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale(QLocale::French),
                                   installation.translations()),
             QStringLiteral("fr"));
    QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale(QLocale::German),
                                   installation.translations()),
             QStringLiteral("en"));
}

void tst_TranslationLookup::installWithoutEnglishBase() {
    QTemporaryDir empty;
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("English base translation is missing")));
    QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English),
                                   empty.path()),
             QStringLiteral("en"));
    // Without the base, the plural forms are not resolved.
    QCOMPARE(usersWithTokens(3), QStringLiteral("3 user(s) with tokens"));
}

void tst_TranslationLookup::installAgainReplacesTranslators() {
    Installation installation;
    QVERIFY(installation.make());
    QVERIFY(installation.add(QStringLiteral("tokendesk_en.qm")));
    QVERIFY(installation.add(QStringLiteral("tokendesk_fr.qm")));
    for (int i = 0; i < 3; ++i)
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::French),
                              installation.translations());
    // English base, French, and Qt's own French catalogue where the system has it.
    const bool qtCatalogue = QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                                           QStringLiteral("/qtbase_fr.qm"));
    QCOMPARE(installedTranslators(), qtCatalogue ? 3 : 2);
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English),
                          installation.translations());
    QCOMPARE(installedTranslators(), 1);
}

void tst_TranslationLookup::installDefaultUsesResourcesForTests() {
    // This test runs from <build>/tests/unit, with no share/ folder beside it: the compiled-in
    // copies are used.
    QCOMPARE(Translations::directory(QCoreApplication::applicationDirPath()),
             QStringLiteral(":/i18n"));
    QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English)),
             QStringLiteral("en"));
    QCOMPARE(usersWithTokens(2), QStringLiteral("2 users with tokens"));
}

QTEST_GUILESS_MAIN(tst_TranslationLookup)
#include "tst_translation_lookup.moc"
