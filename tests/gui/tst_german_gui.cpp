// The windows in German: ctest runs this with LANG/LC_ALL/LC_MESSAGES=de_DE.UTF-8 (LANGUAGE
// unset), the test installs the translations as main.cpp does (Translations::install with the
// system locale), signs in against the sandbox and reads every visible text of the login window
// and of each pane of the main window: the expected German texts are there, no English text of
// the sources is left, and screenshots (german-*.png) show the longer German labels.
#include "AccessTokenModel.h"
#include "AppController.h"
#include "BrowserPlayer.h"
#include "CreateTokenDialog.h"
#include "LoginSession.h"
#include "LoginWindow.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "ScmConnectionModel.h"
#include "Screenshot.h"
#include "SettingsDialog.h"
#include "SignedInApp.h"
#include "TenantsDialog.h"
#include "TokensPane.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

namespace {

// "&Datei" -> "Datei"; "&&" stays one "&".
QString withoutMnemonic(QString text) {
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QString plain(const QString &text) {
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

void add(QStringList *texts, const QString &text) {
    const QString clean = withoutMnemonic(plain(text)).trimmed();
    if (!clean.isEmpty())
        texts->append(clean);
}

// Every text a user sees in `root` now: window title, menus (titles and actions), labels,
// buttons, group boxes, tabs, list items, placeholders, table headers and visible cells.
// Qt's standard dialog buttons (OK, Cancel) are translated by Qt's own catalogue, not by
// TokenDesk's: they go to `standardButtons` when given.
QStringList visibleTexts(QWidget *root, QStringList *standardButtons = nullptr) {
    QStringList texts;
    add(&texts, root->windowTitle());
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions()) {
                add(&texts, action->text());
                if (QMenu *menu = action->menu()) {
                    for (QAction *item : menu->actions())
                        add(&texts, item->text());
                }
            }
        }
        if (widget != root && !widget->isVisibleTo(root))
            continue;
        // Part of a token (its signature bytes) has no place in a failure message.
        if (widget->objectName() == u"signatureInfo")
            continue;
        if (auto *status = qobject_cast<QStatusBar *>(widget))
            add(&texts, status->currentMessage()); // a notice hides the permanent label
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(&texts, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
            if (box && box->standardButton(button) != QDialogButtonBox::NoButton)
                add(standardButtons ? standardButtons : &texts, button->text());
            else
                add(&texts, button->text());
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
            add(&texts, spin->text());
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(&texts, box->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(&texts, edit->placeholderText());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(&texts, tabs->tabText(i));
        } else if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int i = 0; i < list->count(); ++i)
                add(&texts, list->item(i)->text());
        } else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            for (int i = 0; header->model() && i < header->count(); ++i) {
                if (!header->isSectionHidden(i))
                    add(&texts, header->model()->headerData(i, header->orientation()).toString());
            }
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            QAbstractItemModel *model = view->model();
            for (int row = 0; model && row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column)
                    add(&texts, model->index(row, column).data().toString());
            }
        }
    }
    return texts;
}

// The English texts German must replace: the source of every plain message whose German
// translation in tokendesk_de.ts differs from it (not what the loaded .qm says, so that a text
// the .qm lacks still counts as English). Texts the same in both languages ("TokenDesk",
// "Status", "Header") are left out, and so are fragments such as "%1 (%2)".
QSet<QString> englishTexts() {
    QHash<QString, bool> changed; // source -> every context translates it to something else
    QFile file(QStringLiteral(TOKENDESK_SOURCE_DIR "/translations/tokendesk_de.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    bool numerus = false;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"message") {
            numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation" && !numerus) {
            const QString german = xml.readElementText();
            const QString english = withoutMnemonic(source).trimmed();
            if (english.size() > 2 && !english.contains(QLatin1Char('%')))
                changed[english] = changed.value(english, true) && german != source;
        }
    }
    QSet<QString> texts;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (it.value())
            texts.insert(it.key());
    }
    return texts;
}

} // namespace

class tst_GermanGui : public QObject {
    Q_OBJECT
private:
    static constexpr auto save = &saveScreenshotOrFail;

    // Each expected text must be one of `texts` (exactly, or as a line of a multi-line one).
    static void expectGerman(const QStringList &texts, const QStringList &expected,
                             const char *where) {
        for (const QString &want : expected) {
            const bool found = std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) {
                return t == want || t.split(QLatin1Char('\n')).contains(want) ||
                       (want.size() > 12 && t.contains(want));
            });
            QVERIFY2(found, qPrintable(QStringLiteral("%1: \"%2\" is not shown; visible: %3")
                                           .arg(QLatin1String(where), want,
                                                texts.join(QStringLiteral(" | ")))));
        }
    }

    // No visible text may be an English source text whose German translation differs
    // (texts that are the same in both languages, like "TokenDesk" or "Status", are fine),
    // nor contain one of the given English phrases.
    void expectNoEnglish(const QStringList &texts, const QStringList &phrases, const char *where) {
        QStringList left;
        for (const QString &text : texts) {
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                if (m_english.contains(line.trimmed()))
                    left << line.trimmed();
            }
            for (const QString &phrase : phrases) {
                if (text.contains(phrase))
                    left << text;
            }
        }
        QVERIFY2(left.isEmpty(),
                 qPrintable(QStringLiteral("%1: English text left: %2")
                                .arg(QLatin1String(where), left.join(QStringLiteral(" | ")))));
    }

    // expectGerman, then expectNoEnglish with `english`.
    void expectOnlyGerman(const QStringList &texts, const QStringList &expected,
                          const QStringList &english, const char *where) {
        expectGerman(texts, expected, where);
        if (!QTest::currentTestFailed())
            expectNoEnglish(texts, english, where);
    }

    // Saves `root` as the screenshot `screenshot`, then expectOnlyGerman on the texts it shows
    // (Qt's standard buttons go to *standardButtons, emptied first, when given); returns them.
    QStringList expectShownOnlyGerman(QWidget *root, const QString &screenshot,
                                      const QStringList &expected, const QStringList &english,
                                      const char *where, QStringList *standardButtons = nullptr) {
        save(root, screenshot);
        if (standardButtons)
            standardButtons->clear();
        const QStringList texts = visibleTexts(root, standardButtons);
        expectOnlyGerman(texts, expected, english, where);
        return texts;
    }

    SandboxProcess m_sandbox;
    BrowserPlayer m_browser;
    QSet<QString> m_english; // English source texts (without mnemonics) that German changes

private Q_SLOTS:
    void initTestCase() {
        // The environment ctest sets: German, and no LANGUAGE list to override it.
        QCOMPARE(qEnvironmentVariable("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        QVERIFY(!qEnvironmentVariableIsSet("LANGUAGE"));
        QCOMPARE(QLocale().language(), QLocale::German);
        // What main.cpp does.
        QCOMPARE(Translations::install(qApp), QStringLiteral("de"));

        m_english = englishTexts();
        QVERIFY2(m_english.size() > 250, qPrintable(QString::number(m_english.size())));
        QVERIFY(m_english.contains(QStringLiteral("Sign in with browser")));

        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString());
    }

    void windowsAreGerman() {
        SignedInApp app(m_sandbox, QStringLiteral("TokenDesk-german-gui-test"));
        AppController &controller = app.controller();
        Workspace &workspace = app.workspace();
        QCOMPARE(controller.profile().displayName, QStringLiteral("Lokale Sandbox"));
        app.start();

        // The login window.
        LoginWindow *login = controller.loginWindow();
        QVERIFY(QTest::qWaitForWindowExposed(login));
        auto *button = login->findChild<QPushButton *>(QStringLiteral("signInButton"));
        QVERIFY(button);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
        expectShownOnlyGerman(
            login, QStringLiteral("german-login.png"),
            {QStringLiteral("Anmelden – TokenDesk"),
             QStringLiteral("Moderne-Token in einem Fenster"), QStringLiteral("Mandant"),
             QStringLiteral("Mandanten…"), QStringLiteral("Im Browser anmelden"),
             QStringLiteral("Stattdessen ein persönliches Zugriffstoken verwenden")},
            {QStringLiteral("Sign in"), QStringLiteral("Tenant"),
             QStringLiteral("personal access token"), QStringLiteral("one window")},
            "login window");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(login->findChild<QLabel *>(QStringLiteral("tenantTitle"))->text(),
                 QStringLiteral("Mandant"));

        QString error;
        QVERIFY2(app.signIn(&error), qPrintable(error)); // clicks "Im Browser anmelden"
        // The sandbox's own callback page is English; TokenDesk's pages are not shown here.

        // The main window, pane by pane.
        MainWindow *window = controller.mainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.tokens()->rowCount() > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(workspace.scm()->rowCount() == 5, 15000);
        window->resize(1000, 620);
        window->showPane(PaneId::Tokens);
        auto *table = window->findChild<QTableView *>(QStringLiteral("tokenTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());

        save(window, QStringLiteral("german-main.png"));
        const int total = workspace.tokens()->totalCount();
        const QStringList tokenTexts = visibleTexts(window);
        expectOnlyGerman(tokenTexts,
                         {QStringLiteral("TokenDesk – Lokale Sandbox"),
                          QStringLiteral("Datei"),
                          QStringLiteral("Mandant"),
                          QStringLiteral("Hilfe"),
                          QStringLiteral("Aktualisieren"),
                          QStringLiteral("Abmelden"),
                          QStringLiteral("Beenden"),
                          QStringLiteral("Über TokenDesk"),
                          QStringLiteral("Mandanten verwalten…"),
                          QStringLiteral("Zugriffstoken"),
                          QStringLiteral("%1 Token").arg(total),
                          QStringLiteral("SCM-Verbindungen"),
                          QStringLiteral("Anmeldetoken"),
                          QStringLiteral("JWT von Keycloak"),
                          QStringLiteral("Token erstellen"),
                          QStringLiteral("Widerrufen"),
                          QStringLiteral("Meine Token"),
                          QStringLiteral("Alle Benutzer"),
                          QStringLiteral("Beschreibung"),
                          QStringLiteral("Erstellt"),
                          QStringLiteral("Läuft ab"),
                          QStringLiteral("Nach Beschreibung filtern…  (Strg+F)")},
                         {QStringLiteral("Signed in"), QStringLiteral(" ago"),
                          QStringLiteral("Access token"), QStringLiteral("Expire"),
                          QStringLiteral("token(s)"), QStringLiteral(" left")},
                         "access tokens pane");
        if (QTest::currentTestFailed())
            return;
        // The permanent status label (a notice may cover it for a while).
        QCOMPARE(
            window->statusText(),
            QStringLiteral(
                "Angemeldet als admin@moderne.example · ADMIN · Lokale Sandbox (Plattform v2)"));
        // Relative times come from the German plural forms (dative: "vor 3 Tagen").
        const QModelIndex created = table->model()->index(0, 1);
        QVERIFY2(created.data().toString().startsWith(QStringLiteral("vor ")) ||
                     created.data().toString() == QStringLiteral("gerade eben"),
                 qPrintable(created.data().toString()));

        window->showPane(PaneId::Scm);
        QApplication::processEvents();
        expectShownOnlyGerman(window, QStringLiteral("german-scm.png"),
                              {QStringLiteral("SCM-Verbindungen"), QStringLiteral("Anbieter"),
                               QStringLiteral("Ursprung"), QStringLiteral("Bis zur Erneuerung"),
                               QStringLiteral("Verbunden"), QStringLiteral("Trennen")},
                              {QStringLiteral("Connected"), QStringLiteral("Disconnect"),
                               QStringLiteral("Time left"), QStringLiteral("Source code hosts")},
                              "SCM pane");
        if (QTest::currentTestFailed())
            return;

        window->showPane(PaneId::LoginToken);
        auto *summary = window->findChild<QLabel *>(QStringLiteral("tokenSummary"));
        QVERIFY(summary);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("Ausgestellt von")),
                                 10000);
        auto *verdict = window->findChild<QLabel *>(QStringLiteral("verdict"));
        QTRY_VERIFY_WITH_TIMEOUT(plain(verdict->text()).contains(QStringLiteral("Signatur gültig")),
                                 15000);
        expectShownOnlyGerman(
            window, QStringLiteral("german-login-token.png"),
            {QStringLiteral("Anmeldetoken"), QStringLiteral("Token kopieren"),
             QStringLiteral("curl-Befehl kopieren"), QStringLiteral("Was das Token aussagt"),
             QStringLiteral("Wert"), QStringLiteral("Bedeutung"),
             QStringLiteral("Aussteller: der Keycloak-Realm, der das Token signiert "
                            "hat.")},
            {QStringLiteral("Signature valid"), QStringLiteral("Expires in"),
             QStringLiteral("What the token says"), QStringLiteral("Issued by")},
            "login token pane");
        if (QTest::currentTestFailed())
            return;
        window->showPane(PaneId::Tokens);

        // The dialogs with the longest German texts.
        auto *pane = window->findChild<TokensPane *>(QStringLiteral("tokensPane"));
        QVERIFY(pane);
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("createTokenButton")),
                          Qt::LeftButton);
        CreateTokenDialog *create = pane->createDialog();
        QVERIFY(create);
        QVERIFY(QTest::qWaitForWindowExposed(create));
        auto *cap = create->findChild<QLabel *>(QStringLiteral("capLabel"));
        QVERIFY(cap);
        QTRY_VERIFY_WITH_TIMEOUT(!cap->text().startsWith(QStringLiteral("Die Höchstdauer")), 10000);
        QStringList standardButtons;
        const QStringList createTexts = expectShownOnlyGerman(
            create, QStringLiteral("german-create-token.png"),
            {QStringLiteral("Persönliches Zugriffstoken erstellen"), QStringLiteral("Name:"),
             QStringLiteral("Eigenes Datum (im Kalender wählen)"), QStringLiteral("Kein Ablauf"),
             QStringLiteral("Token erstellen")},
            {QStringLiteral("days —"), QStringLiteral("expire"), QStringLiteral("organization")},
            "create token dialog", &standardButtons);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(std::any_of(
                     createTexts.cbegin(), createTexts.cend(),
                     [](const QString &t) { return t.startsWith(QStringLiteral("30 Tage – ")); }),
                 qPrintable(createTexts.join(QStringLiteral(" | "))));
        // Qt's own catalogue (qtbase_de.qm, Debian package qt6-translations-l10n) translates the
        // standard buttons.
        QCOMPARE(standardButtons.size(), 1);
        QCOMPARE(standardButtons.first(), QStringLiteral("Abbrechen"));
        create->reject();

        // File → Settings, on its Notifications page.
        QVERIFY(visibleTexts(window).contains(QStringLiteral("Einstellungen…")));
        SettingsDialog settings(GeneralSettings(), NotificationSettings(), window);
        settings.showPage(SettingsDialog::NotificationsPage);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        save(&settings, QStringLiteral("german-notifications.png"));
        auto *tabs = settings.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QStringList tabTitles;
        for (int i = 0; i < tabs->count(); ++i)
            tabTitles << tabs->tabText(i);
        QCOMPARE(tabTitles,
                 (QStringList{QStringLiteral("Allgemein"), QStringLiteral("Benachrichtigungen"),
                              QStringLiteral("Mandanten")}));
        standardButtons.clear();
        const QStringList notificationTexts = visibleTexts(&settings, &standardButtons);
        expectOnlyGerman(notificationTexts,
                         {QStringLiteral("Einstellungen"), QStringLiteral("Anmeldetoken"),
                          QStringLiteral("SCM-Token"), QStringLiteral("Persönliche Zugriffstoken"),
                          QStringLiteral("5 Min. vorher"),
                          QStringLiteral("7 Tage vorher, einmal täglich")},
                         {QStringLiteral("before")}, "notification settings");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(standardButtons.size(), 2);
        QVERIFY2(standardButtons.contains(QStringLiteral("Abbrechen")),
                 qPrintable(standardButtons.join(u' ')));
        settings.close();

        TenantsDialog tenants(controller.profiles(), 0, window);
        tenants.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tenants));
        expectShownOnlyGerman(&tenants, QStringLiteral("german-tenants.png"),
                              {QStringLiteral("Mandanten"), QStringLiteral("Anzeigename:"),
                               QStringLiteral("Mandanten-URL:"), QStringLiteral("Aussteller-URL:"),
                               QStringLiteral("GraphQL-API-URL:"), QStringLiteral("Client-ID:"),
                               QStringLiteral("Aus Mandanten-URL ausfüllen"),
                               QStringLiteral("Hinzufügen"), QStringLiteral("Entfernen")},
                              {QStringLiteral("Fill in"), QStringLiteral("Issuer")},
                              "tenants dialog", &standardButtons);
        if (QTest::currentTestFailed())
            return;
        tenants.close();

        // Signing out brings back the login window, with a German message.
        QSignalSpy signedOut(&app.session(), &LoginSession::signedOut);
        QMetaObject::invokeMethod(window, "signOutRequested");
        QCOMPARE(signedOut.count(), 1);
        QTRY_VERIFY(login->isVisible());
        QVERIFY2(login->message().contains(QStringLiteral("Sie sind abgemeldet")),
                 qPrintable(login->message()));
    }
};

QTEST_MAIN(tst_GermanGui)
#include "tst_german_gui.moc"
