// Every translation file in translations/ (found by a glob, so a new language is checked as
// soon as its .ts exists) must be complete and consistent with the English source file:
// no unfinished, empty, vanished or obsolete entry, the plural form count of its language,
// every placeholder of the source, the same HTML markup and mnemonics, and exactly the
// (context, source) pairs of tokendesk_en.ts. A failure names file, context and source text.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type;      // "unfinished", "vanished", "obsolete" or empty
    QStringList forms; // one entry for a plain message, the numerus forms otherwise
};

struct TsFile {
    QString name;
    QString language; // the TS element's language attribute, e.g. de_DE
    QList<Message> messages;
    QString error;
};

TsFile parse(QIODevice *device, const QString &name) {
    TsFile file;
    file.name = name;
    QXmlStreamReader xml(device);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"TS") {
            file.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == u"context") {
            context.clear();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"numerusform")
                                message.forms << xml.readElementText();
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        message.forms << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement(); // comment, extracomment, location, ...
                }
            }
            file.messages << message;
        }
    }
    if (xml.hasError())
        file.error = QStringLiteral("%1: line %2: %3")
                         .arg(name)
                         .arg(xml.lineNumber())
                         .arg(xml.errorString());
    return file;
}

TsFile parseFile(const QString &path) {
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        TsFile file;
        file.name = QFileInfo(path).fileName();
        file.error = path + QStringLiteral(": ") + device.errorString();
        return file;
    }
    return parse(&device, QFileInfo(path).fileName());
}

QString translationsDir() {
    return QStringLiteral(TOKENDESK_SOURCE_DIR "/translations");
}

// The language code in the file name: tokendesk_de.ts -> de.
QString fileLanguage(const QString &fileName) {
    static const QRegularExpression pattern(QStringLiteral("^tokendesk_([A-Za-z_]+)\\.ts$"));
    return pattern.match(fileName).captured(1);
}

// How many plural forms lrelease expects for a language (Qt's numerus rules). A new
// language fails here until its count is added: a wrong count silently breaks its plurals.
int pluralForms(QLocale::Language language) {
    switch (language) {
    case QLocale::English:
    case QLocale::German:
    case QLocale::French:
        return 2;
    case QLocale::Japanese:
        return 1;
    default:
        return -1;
    }
}

QString describe(const TsFile &file, const Message &message) {
    QString source = message.source;
    source.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    if (source.size() > 100)
        source = source.left(97) + QStringLiteral("...");
    return QStringLiteral("%1: [%2] \"%3\"").arg(file.name, message.context, source);
}

QSet<QString> placeholders(const QString &text, bool withN) {
    static const QRegularExpression pattern(QStringLiteral("%([1-9]|n)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text)) {
        if (withN || match.captured(1) != u"n")
            found.insert(match.captured(0));
    }
    return found;
}

// The HTML elements of a text, in order (only real tags: "<tenant>" in a URL pattern is no tag).
QStringList markup(const QString &text) {
    static const QRegularExpression pattern(
        QStringLiteral("</?(?:a|b|i|p|br|h[1-6]|tt|span|code|ul|ol|li)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList tags;
    for (const auto &match : pattern.globalMatch(text)) {
        QString tag = match.captured(0);
        // Attribute values may be translated (none are today) but the element stays.
        tag = tag.section(QLatin1Char(' '), 0, 0).remove(QLatin1Char('>')).toLower();
        tags << tag;
    }
    return tags;
}

bool hasMnemonic(const QString &text) {
    static const QRegularExpression pattern(
        QStringLiteral("(?<!&)&(?!&)(?![a-zA-Z]+;|#)[\\p{L}\\p{N}]"));
    return pattern.match(text).hasMatch();
}

// Every problem of one file, each line naming file, context and source text.
QStringList problems(const TsFile &file, const TsFile &english) {
    QStringList out;
    if (!file.error.isEmpty())
        return {file.error};
    const QString code = fileLanguage(file.name);
    const QLocale locale(file.language);
    if (file.language.isEmpty() || QLocale::languageToCode(locale.language()) != code)
        out << QStringLiteral("%1: the language attribute \"%2\" does not match the file name")
                   .arg(file.name, file.language);
    const int forms = pluralForms(locale.language());
    if (forms < 0)
        out << QStringLiteral("%1: no plural form count known for language \"%2\"; add it to "
                              "pluralForms() in tst_translations.cpp")
                   .arg(file.name, file.language);

    QSet<QPair<QString, QString>> seen;
    for (const Message &message : file.messages) {
        const QString where = describe(file, message);
        if (seen.contains({message.context, message.source}))
            out << where + QStringLiteral(": duplicate entry");
        seen.insert({message.context, message.source});
        if (!message.type.isEmpty()) {
            out << where + QStringLiteral(": ") + message.type;
            continue;
        }
        if (message.numerus && forms > 0 && message.forms.size() != forms)
            out << where + QStringLiteral(": %1 plural forms, %2 needs %3")
                               .arg(message.forms.size())
                               .arg(file.language)
                               .arg(forms);
        if (message.forms.isEmpty())
            out << where + QStringLiteral(": no translation");
        const QSet<QString> needed = placeholders(message.source, message.numerus);
        const QStringList sourceMarkup = markup(message.source);
        for (int i = 0; i < message.forms.size(); ++i) {
            const QString &text = message.forms.at(i);
            const QString form =
                message.numerus ? QStringLiteral(" (form %1)").arg(i + 1) : QString();
            if (text.trimmed().isEmpty()) {
                out << where + form + QStringLiteral(": empty translation");
                continue;
            }
            const QSet<QString> present = placeholders(text, message.numerus);
            // The placeholders in `some` but not in `others`, said with `problem`.
            const auto compare = [&](const QSet<QString> &some, const QSet<QString> &others,
                                     const QString &problem) {
                QStringList names = (some - others).values();
                names.sort();
                if (!names.isEmpty())
                    out << where + form + problem.arg(names.join(QStringLiteral(", ")));
            };
            compare(needed, present, QStringLiteral(": placeholder %1 missing"));
            compare(present, needed, QStringLiteral(": placeholder %1 not in the source"));
            QStringList translatedMarkup = markup(text);
            QStringList expectedMarkup = sourceMarkup;
            translatedMarkup.sort();
            expectedMarkup.sort();
            if (translatedMarkup != expectedMarkup)
                out << where + form +
                           QStringLiteral(": HTML tags differ (%1 instead of %2)")
                               .arg(translatedMarkup.join(u' '), expectedMarkup.join(u' '));
            if (hasMnemonic(message.source) && !hasMnemonic(text))
                out << where + form + QStringLiteral(": the & mnemonic is lost");
        }
    }

    // Exactly the English file's texts: nothing missing (lupdate not run), nothing extra.
    QSet<QPair<QString, QString>> reference;
    for (const Message &message : english.messages)
        reference.insert({message.context, message.source});
    for (const Message &message : english.messages) {
        if (!seen.contains({message.context, message.source}))
            out << describe(file, message) + QStringLiteral(": missing (it is in tokendesk_en.ts)");
    }
    for (const Message &message : file.messages) {
        if (!reference.contains({message.context, message.source}))
            out << describe(file, message) + QStringLiteral(": not in tokendesk_en.ts");
    }
    return out;
}

const Message *find(const TsFile &file, const QString &context, const QString &source) {
    for (const Message &message : file.messages) {
        if (message.context == context && message.source == source)
            return &message;
    }
    return nullptr;
}

QString report(const QStringList &lines) {
    constexpr int shown = 40;
    QString text = lines.mid(0, shown).join(u'\n');
    if (lines.size() > shown)
        text += QStringLiteral("\n... and %1 more").arg(lines.size() - shown);
    return QStringLiteral("%1 problem(s):\n").arg(lines.size()) + text;
}

} // namespace

class tst_Translations : public QObject {
    Q_OBJECT
private:
    TsFile m_english;

private Q_SLOTS:
    void initTestCase() {
        m_english = parseFile(translationsDir() + QStringLiteral("/tokendesk_en.ts"));
        QVERIFY2(m_english.error.isEmpty(), qPrintable(m_english.error));
        // lupdate found the texts: an empty source file would make every check pass.
        QVERIFY2(m_english.messages.size() > 500,
                 qPrintable(QString::number(m_english.messages.size())));
    }

    void languages() {
        const QStringList files =
            QDir(translationsDir()).entryList({QStringLiteral("tokendesk_*.ts")}, QDir::Files);
        for (const char *code : {"en", "de", "fr", "ja"})
            QVERIFY2(files.contains(QStringLiteral("tokendesk_%1.ts").arg(QLatin1String(code))),
                     qPrintable(files.join(u' ')));
    }

    void complete_data() {
        QTest::addColumn<QString>("path");
        const QDir dir(translationsDir());
        const QStringList files =
            dir.entryList({QStringLiteral("tokendesk_*.ts")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            QTest::newRow(qPrintable(fileLanguage(file))) << dir.filePath(file);
    }

    void complete() {
        QFETCH(QString, path);
        const TsFile file = parseFile(path);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        const QStringList found = problems(file, m_english);
        QVERIFY2(found.isEmpty(), qPrintable(report(found)));
    }

    // The checker itself: a file with one defect of each kind yields each complaint.
    void checkerFindsEachDefect() {
        QByteArray ts = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ctx</name>
    <message><source>Fine %1</source><translation>Gut %1</translation></message>
    <message><source>Open</source><translation type="unfinished"></translation></message>
    <message><source>Gone</source><translation type="vanished">Weg</translation></message>
    <message><source>Old</source><translation type="obsolete">Alt</translation></message>
    <message><source>Blank</source><translation>  </translation></message>
    <message><source>Copy %1 to %2</source><translation>%2 kopieren</translation></message>
    <message numerus="yes"><source>%n day(s)</source><translation><numerusform>%n Tag</numerusform></translation></message>
    <message numerus="yes"><source>%n file(s) in %1</source><translation><numerusform>eine Datei in %1</numerusform><numerusform>%n Dateien in %1</numerusform></translation></message>
    <message><source>&lt;b&gt;Bold&lt;/b&gt;</source><translation>Fett</translation></message>
    <message><source>&amp;File</source><translation>Datei</translation></message>
    <message><source>Extra</source><translation>Extra</translation></message>
</context>
</TS>
)";
        QBuffer buffer(&ts);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        TsFile file = parse(&buffer, QStringLiteral("tokendesk_de.ts"));
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QCOMPARE(file.messages.size(), 11);

        TsFile english;
        english.name = QStringLiteral("tokendesk_en.ts");
        for (const Message &message : std::as_const(file.messages)) {
            if (message.source != u"Extra")
                english.messages << message;
        }
        Message onlyEnglish;
        onlyEnglish.context = QStringLiteral("Ctx");
        onlyEnglish.source = QStringLiteral("New text");
        english.messages << onlyEnglish;

        const QStringList found = problems(file, english);
        const QStringList expected = {
            QStringLiteral("[Ctx] \"Open\": unfinished"),
            QStringLiteral("[Ctx] \"Gone\": vanished"),
            QStringLiteral("[Ctx] \"Old\": obsolete"),
            QStringLiteral("[Ctx] \"Blank\": empty translation"),
            QStringLiteral("[Ctx] \"Copy %1 to %2\": placeholder %1 missing"),
            QStringLiteral("[Ctx] \"%n day(s)\": 1 plural forms, de_DE needs 2"),
            QStringLiteral("[Ctx] \"%n file(s) in %1\" (form 1): placeholder %n missing"),
            QStringLiteral("[Ctx] \"<b>Bold</b>\": HTML tags differ"),
            QStringLiteral("[Ctx] \"&File\": the & mnemonic is lost"),
            QStringLiteral("[Ctx] \"Extra\": not in tokendesk_en.ts"),
            QStringLiteral("[Ctx] \"New text\": missing (it is in tokendesk_en.ts)"),
        };
        for (const QString &complaint : expected) {
            const bool named = std::any_of(found.cbegin(), found.cend(), [&](const QString &line) {
                return line.startsWith(QStringLiteral("tokendesk_de.ts: ")) &&
                       line.contains(complaint);
            });
            QVERIFY2(named,
                     qPrintable(complaint + QStringLiteral("\nnot in:\n") + found.join(u'\n')));
        }
        QCOMPARE(found.size(), expected.size());

        // Japanese has one plural form: two are wrong there.
        file.name = QStringLiteral("tokendesk_ja.ts");
        file.language = QStringLiteral("ja_JP");
        QVERIFY(problems(file, english)
                    .join(u'\n')
                    .contains(QStringLiteral(
                        "[Ctx] \"%n file(s) in %1\": 2 plural forms, ja_JP needs 1")));
        // A language attribute that does not match the file name breaks lrelease's plural rules.
        file.language = QStringLiteral("de_DE");
        QVERIFY(problems(file, english)
                    .join(u'\n')
                    .contains(QStringLiteral(
                        "the language attribute \"de_DE\" does not match the file name")));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
