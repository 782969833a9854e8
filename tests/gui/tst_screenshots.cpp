// The README's pictures: the three panes and the dialogs of the real, signed-in application
// under Xvfb. scripts/screenshots runs this test once per look (see kLooks) with the look's
// environment and copies the pictures to docs/screenshots/<look>/; in the suite it runs once,
// as "default".
//
// TOKENDESK_SCREENSHOT_VARIANT names the look. The test checks that the environment gave the
// look what it promises (the dark palette, the scale, German), that every window is shot at the
// size it claims (the main window at the look's size, the image that size times the scale),
// that the pane or dialog pictured is really there and shown, and that it speaks the look's
// language (one text of each picture, in English or in German).
#include "AccessTokenModel.h"
#include "AppController.h"
#include "BrowserPlayer.h"
#include "CreateTokenDialog.h"
#include "InspectorWindow.h"
#include "LoginTokenPane.h"
#include "MainWindow.h"
#include "NewTokenDialog.h"
#include "PaneRegistry.h"
#include "SandboxProcess.h"
#include "ScmConnectionModel.h"
#include "ScmPane.h"
#include "Session.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "SignedInApp.h"
#include "TokensPane.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

namespace {

// The size the main window opens with when nothing is remembered.
constexpr QSize kDefaultWindowSize(980, 650);

// One set of pictures: docs/screenshots/<name>/. An empty window size is the size the main
// window opens with (MainWindow.ui, nothing remembered yet). scripts/screenshots gives each
// look its environment (GTK theme, QT_SCALE_FACTOR, LANG); the test checks it took.
struct Look {
    const char *name;
    QSize window;
    qreal scale;
    bool dark;
    bool german;
};
const Look kLooks[] = {
    {"default", {}, 1, false, false},  {"800x500", {800, 500}, 1, false, false},
    {"scale200", {}, 2, false, false}, {"de", {}, 1, false, true},
    {"dark", {}, 1, true, false},
};

// A text the picture must show, in the look's language: the text (or window title, when
// `object` is empty) of the named child, without its mnemonic's '&'.
struct Text {
    const char *object;
    const char *english;
    const char *german;
};

// The panes, in navigation order.
struct PaneShot {
    QStringView id;
    const char *file;
    const char *className;
    Text text;
};
const PaneShot kPanes[] = {
    {PaneId::Tokens,
     "pane-access-tokens",
     "TokensPane",
     {"createTokenButton", "Create token", "Token erstellen"}},
    {PaneId::Scm,
     "pane-scm-connections",
     "ScmPane",
     {"title", "SCM connections", "SCM-Verbindungen"}},
    {PaneId::LoginToken,
     "pane-login-token",
     "LoginTokenPane",
     {"loginTokenTitle", "Login token", "Anmeldetoken"}},
};

// Clearly not a secret: what the reveal shows in the pictures (the sandbox's shape, `mat-` and
// 43 base64url characters).
constexpr char kFakeTokenValue[] = "mat-FAKE_sandbox_value_not_a_real_token_0000000";

// The text `window` shows as `text.object` (a child of `within`), or its title.
QString shownText(QWidget *window, QWidget *within, const char *object) {
    if (!*object)
        return window->windowTitle();
    QWidget *child = within->findChild<QWidget *>(QString::fromLatin1(object));
    if (!child || !child->isVisibleTo(window))
        return QStringLiteral("<no visible %1>").arg(QLatin1String(object));
    QString text;
    if (auto *button = qobject_cast<QAbstractButton *>(child))
        text = button->text();
    else if (auto *label = qobject_cast<QLabel *>(child))
        text = label->text();
    return text.remove(QLatin1Char('&'));
}

} // namespace

class tst_Screenshots : public QObject {
    Q_OBJECT
private:
    const Look *m_look = nullptr;
    QString m_dir;
    QSize m_windowSize;
    SandboxProcess m_sandbox;
    BrowserPlayer m_browser;
    std::unique_ptr<SignedInApp> m_app;

    // Saves `window` as <dir>/<look>/<name>.png after checking that it shows `text` (a child
    // of `within`, the window itself by default) in the look's language, that the image is the
    // window's size times the scale, and that something was drawn (a picture of one colour
    // means nothing was).
    void save(QWidget *window, const QString &name, const Text &text, QWidget *within = nullptr) {
        for (int i = 0; i < 5; ++i) {
            QApplication::processEvents();
            QTest::qWait(20);
        }
        const QString expected = QString::fromUtf8(m_look->german ? text.german : text.english);
        const QString shown = shownText(window, within ? within : window, text.object);
        QVERIFY2(
            shown.contains(expected),
            qPrintable(QStringLiteral("%1: “%2” does not show “%3”").arg(name, shown, expected)));
        const QImage image = window->grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.devicePixelRatio(), m_look->scale);
        QCOMPARE(image.size(), window->size() * m_look->scale);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(name));
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        QVERIFY(image.save(path));
        qInfo("screenshot: %s (%dx%d)", qPrintable(path), window->width(), window->height());
    }

    // Shows `dialog` over the main window and saves it.
    void saveDialog(QWidget *dialog, const QString &name, const Text &text) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        save(dialog, name, text);
    }

private Q_SLOTS:
    void initTestCase() {
        const QString variant =
            qEnvironmentVariable("TOKENDESK_SCREENSHOT_VARIANT", QStringLiteral("default"));
        for (const Look &look : kLooks) {
            if (variant == QLatin1String(look.name))
                m_look = &look;
        }
        QVERIFY2(m_look, qPrintable(QStringLiteral("no look named %1").arg(variant)));
        m_dir = QDir(QStringLiteral(TOKENDESK_SCREENSHOT_DIR)).filePath(variant);
        QVERIFY(QDir().mkpath(m_dir));
        QSettings().clear();
        Translations::install(qApp, QLocale::system()); // as main.cpp: the system's language
        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString());
        m_app = std::make_unique<SignedInApp>(m_sandbox, QStringLiteral("TokenDesk-screenshots"));
    }

    void cleanupTestCase() {
        m_app.reset();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    // The environment gives the look what it promises.
    void theEnvironmentMatchesTheLook() {
        const QPalette system = QApplication::palette();
        QCOMPARE(system.color(QPalette::Window).lightness() < 128, m_look->dark);
        QCOMPARE(qApp->devicePixelRatio(), m_look->scale);
        QCOMPARE(QLocale().language() == QLocale::German, m_look->german);
        // No window overrides what the system says.
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->controller().loginWindow()));
        QCOMPARE(m_app->controller().loginWindow()->palette().color(QPalette::Window),
                 system.color(QPalette::Window));
    }

    void loginWindow() {
        QWidget *login = m_app->controller().loginWindow();
        QVERIFY(QTest::qWaitForWindowExposed(login));
        QTest::qWait(300);
        save(login, QStringLiteral("login-window"),
             {"", "Sign in — TokenDesk", "Anmelden – TokenDesk"});
    }

    void panes() {
        QString error;
        QVERIFY2(m_app->signIn(&error), qPrintable(error));
        MainWindow *window = m_app->mainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(m_app->workspace().tokens()->rowCount() > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->workspace().scm()->rowCount() > 0, 15000);
        QCOMPARE(window->palette().color(QPalette::Window),
                 QApplication::palette().color(QPalette::Window));
        // The size the window opens with, unless the look names one (which the window must
        // allow: its minimum size is no larger).
        qInfo("the main window opens at %dx%d", window->width(), window->height());
        // The default the issue names (MainWindow.ui): 980×650.
        QCOMPARE(window->size(), kDefaultWindowSize);
        if (m_look->window.isValid())
            window->resize(m_look->window);
        m_windowSize = m_look->window.isValid() ? m_look->window : window->size();
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        QCOMPARE(window->size(), m_windowSize);
        for (const PaneShot &shot : kPanes) {
            QVERIFY2(window->showPane(shot.id), shot.file);
            QCOMPARE(window->currentPaneId(), shot.id.toString());
            // The pane pictured is shown, the other two are not.
            QWidget *pictured = nullptr;
            for (const PaneShot &other : kPanes) {
                QWidget *pane = nullptr;
                for (PaneBase *candidate : window->findChildren<PaneBase *>()) {
                    if (QLatin1String(candidate->metaObject()->className()) ==
                        QLatin1String(other.className))
                        pane = candidate;
                }
                QVERIFY2(pane, other.className);
                QCOMPARE(pane->isVisible(), &other == &shot);
                if (&other == &shot)
                    pictured = pane;
            }
            save(window, QString::fromLatin1(shot.file), shot.text, pictured);
            // The tokens' descriptions are not cut, at 800×500 too.
            if (auto *tokens = qobject_cast<TokensPane *>(pictured)) {
                QAbstractItemView *view = tokens->view();
                const int width = static_cast<QTableView *>(view)->columnWidth(
                    AccessTokenModel::DescriptionColumn);
                QVERIFY2(width >= view->sizeHintForColumn(AccessTokenModel::DescriptionColumn),
                         qPrintable(QStringLiteral("description column %1 < %2")
                                        .arg(width)
                                        .arg(view->sizeHintForColumn(
                                            AccessTokenModel::DescriptionColumn))));
            }
            QCOMPARE(window->size(), m_windowSize);
        }
        window->showPane(PaneId::Tokens);
    }

    void dialogs() {
        MainWindow *window = m_app->mainWindow();
        CreateTokenDialog create(m_app->workspace().tokenService(), window);
        saveDialog(&create, QStringLiteral("dialog-create-token"),
                   {"expiryNever", "No expiration", "Kein Ablauf"});
        create.reject();

        // The one-time reveal as the tokens pane opens it, the (fake) value shown.
        CreatedAccessToken created;
        created.token.id = QStringLiteral("screenshot");
        created.token.description = QStringLiteral("CI pipeline");
        created.token.created = QDateTime::currentDateTimeUtc();
        created.token.expiresAt = created.token.created.addDays(30);
        created.value = QByteArray(kFakeTokenValue);
        {
            NewTokenDialog reveal(created, m_app->credentials(), QString(), window);
            const TenantProfile tenant = m_app->controller().session()->tenant();
            reveal.setTenant(tenant.baseUrl.isValid() ? tenant.baseUrl
                                                      : tenant.apiUrl.adjusted(QUrl::RemovePath),
                             std::nullopt);
            reveal.setRevealed(true);
            saveDialog(&reveal, QStringLiteral("dialog-reveal-token"),
                       {"copyToken", "Copy token", "Token kopieren"});
            QVERIFY(reveal.findChild<QWidget *>(QStringLiteral("saveToKeychain"))->isVisible());
            // Both lines of the CLI's commands in view, no scroll bar beside them.
            auto *commands = reveal.findChild<QPlainTextEdit *>(QStringLiteral("loginCommand"));
            QVERIFY(commands);
            QVERIFY(!commands->verticalScrollBar()->isVisible());
        } // closed without asking: the value is overwritten

        SettingsDialog settings(GeneralSettings(), NotificationSettings(), window);
        saveDialog(&settings, QStringLiteral("dialog-settings"), {"", "Settings", "Einstellungen"});

        ShortcutsDialog shortcuts(window, window);
        saveDialog(&shortcuts, QStringLiteral("dialog-shortcuts"),
                   {"", "Keyboard Shortcuts", "Tastenkürzel"});
        // Every action readable: the action column is as wide as its longest entry.
        QAbstractItemView *list =
            shortcuts.findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
        QVERIFY(list);
        QVERIFY2(static_cast<QTreeWidget *>(list)->columnWidth(0) >= list->sizeHintForColumn(0),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(static_cast<QTreeWidget *>(list)->columnWidth(0))
                                .arg(list->sizeHintForColumn(0))));
    }

    void inspectorWindow() {
        QFile file(QStringLiteral(TOKENDESK_SOURCE_DIR "/tests/data/jwt/rfc7515-a2-rs256.jwt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        InspectorWindow inspector(nullptr, nullptr);
        inspector.setAttribute(Qt::WA_DeleteOnClose, false);
        inspector.pane()->inspect(file.readAll());
        saveDialog(&inspector, QStringLiteral("inspector-window"),
                   {"", "Token inspector", "Token-Inspektor"});
    }
};

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
