// Desktop conventions on the real, signed-in windows under Xvfb: a shortcut for every main
// action and a list of them in Help, the settings dialog, accessible names on every control,
// a Tab order that reaches everything, the window's place and pane remembered, About, and
// `tokendesk --inspect` handing a token to the inspector.
#include "AccessTokenModel.h"
#include "BrowserPlayer.h"
#include "CreateTokenDialog.h"
#include "InspectorWindow.h"
#include "LoginTokenPane.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "ScmConnectionModel.h"
#include "Screenshot.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "SignedInApp.h"
#include "TenantsDialog.h"
#include "Ticker.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

namespace {
bool isInteractive(const QWidget *w) {
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w) ||
           qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTabBar *>(w) ||
           qobject_cast<const QCalendarWidget *>(w);
}

// Parts of a composite control (a spin box's editor, a combo box's list, a scroll bar, a
// table's header, Qt's own private buttons) are named by the control they belong to.
bool isPartOfAControl(const QWidget *w) {
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w) ||
        w->inherits("QTableCornerButton") || w->objectName().startsWith(QLatin1String("qt_")) ||
        w->objectName().startsWith(QLatin1String("_q_")))
        return true;
    for (const QObject *p = w->parent(); p; p = p->parent()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p) ||
            qobject_cast<const QCalendarWidget *>(p) || qobject_cast<const QTabBar *>(p) ||
            qobject_cast<const QLineEdit *>(p))
            return true;
    }
    return false;
}

QString describe(const QWidget *w) {
    QStringList path;
    for (const QObject *o = w; o; o = o->parent())
        path.prepend(QStringLiteral("%1(%2)").arg(QLatin1String(o->metaObject()->className()),
                                                  o->objectName()));
    return path.join(QLatin1Char('/'));
}

// Every interactive widget under `root` without an accessible name (what a screen reader reads:
// the accessible name, else a button's text, else the label it is the buddy of).
QStringList unnamedControls(const QWidget *root) {
    QStringList unnamed;
    QList<const QWidget *> widgets{root};
    for (const QWidget *w : root->findChildren<QWidget *>())
        widgets << w;
    for (const QWidget *w : widgets) {
        if (!isInteractive(w) || isPartOfAControl(w))
            continue;
        QAccessibleInterface *iface =
            QAccessible::queryAccessibleInterface(const_cast<QWidget *>(w));
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed << describe(w);
    }
    return unnamed;
}

QString plain(QString text) {
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}

// Runs `check` on the first modal dialog of type T that opens, then closes it with `finish`.
template <typename T> void onNextDialog(std::function<void(T *)> check) {
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, check] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<T *>(w); dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                check(dialog);
                return;
            }
        }
    });
    timer->start();
}
} // namespace

class tst_DesktopGui : public QObject {
    Q_OBJECT
private:
    static constexpr auto save = &saveScreenshotOrFail;

    SandboxProcess m_sandbox;
    BrowserPlayer m_browser;
    std::unique_ptr<SignedInApp> m_app;
    MainWindow *window() const { return m_app->mainWindow(); }

    QAction *action(const char *name) const {
        auto *a = window()->findChild<QAction *>(QLatin1String(name));
        if (!a)
            qWarning("no action %s", name);
        return a;
    }

private Q_SLOTS:
    void initTestCase() {
        // As main.cpp does: About shows the version the project was built as.
        QApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));
        QSettings().clear();
        Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString());
        m_app = std::make_unique<SignedInApp>(m_sandbox);
        QString error;
        QVERIFY2(m_app->signIn(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->workspace().tokens()->rowCount() > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->workspace().scm()->rowCount() > 0, 15000);
    }

    void cleanupTestCase() {
        m_app.reset();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void everyMainActionHasAShortcut() {
        const char *main[] = {"actionRefresh",       "actionSettings",    "actionSignOut",
                              "actionQuit",          "actionPane1",       "actionPane2",
                              "actionPane3",         "actionInspect",     "actionShortcuts",
                              "actionManageTenants", "actionCreateToken", "actionRevokeTokens",
                              "actionFilterTokens"};
        for (const char *name : main) {
            QAction *a = action(name);
            QVERIFY2(a, name);
            QVERIFY2(!a->shortcut().isEmpty(), name);
            QVERIFY2(!a->text().isEmpty(), name);
        }
        // No key does two things in the window.
        QHash<QKeySequence, QString> owners;
        for (const QAction *a : window()->findChildren<QAction *>()) {
            for (const QKeySequence &key : a->shortcuts()) {
                QVERIFY2(!owners.contains(key),
                         qPrintable(QStringLiteral("%1 is used by both %2 and %3")
                                        .arg(key.toString(), owners.value(key), a->text())));
                owners.insert(key, a->text());
            }
        }
    }

    void shortcutsListShowsThemAll() {
        ShortcutsDialog dialog(window());
        const auto entries = dialog.entries();
        for (const QAction *a : window()->findChildren<QAction *>()) {
            if (a->shortcut().isEmpty() || a->text().isEmpty())
                continue;
            const QString key = a->shortcut().toString(QKeySequence::NativeText);
            bool listed = false;
            for (const auto &entry : entries)
                listed |= entry.first == plain(a->text()) && entry.second.contains(key);
            QVERIFY2(listed, qPrintable(plain(a->text()) + QStringLiteral(" ") + key));
        }
        QVERIFY(entries.size() >= 13);
        // Grouped by menu: tenant names under Tenant only, apart from the actions.
        const QStringList groups = dialog.groups();
        QVERIFY2(groups.contains(QStringLiteral("Tenant")) &&
                     groups.contains(QStringLiteral("File")),
                 qPrintable(groups.join(QLatin1Char(','))));
        const QMenu *tenantMenu = window()->findChild<QMenu *>(QStringLiteral("tenantMenu"));
        QVERIFY(tenantMenu);
        int tenantRows = 0;
        for (const QAction *a : tenantMenu->actions()) {
            if (a->shortcut().isEmpty())
                continue;
            ++tenantRows;
            QVERIFY2(dialog.entriesOf(QStringLiteral("Tenant")).contains(plain(a->text())),
                     qPrintable(a->text()));
            for (const QString &group : groups)
                if (group != QLatin1String("Tenant"))
                    QVERIFY2(!dialog.entriesOf(group).contains(plain(a->text())),
                             qPrintable(group + QStringLiteral(": ") + a->text()));
        }
        QVERIFY(tenantRows >= 1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        save(&dialog, QStringLiteral("shortcuts.png"));
    }

    void keysSwitchPanes() {
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window()->currentPaneId(), PaneId::Scm.toString());
        QVERIFY(action("actionPane2")->isChecked());
        QTest::keyClick(window(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window()->currentPaneId(), PaneId::LoginToken.toString());
        QTest::keyClick(window(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window()->currentPaneId(), PaneId::Tokens.toString());
        QTest::keyClick(window(), Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(window()->currentPaneId(), PaneId::LoginToken.toString());
        QTRY_COMPARE(QApplication::focusWidget(),
                     window()->findChild<QLineEdit *>(QStringLiteral("pasteToken")));
        window()->showPane(PaneId::Tokens);
    }

    void settingsAreKeptAndApplied() {
        bool checked = false;
        onNextDialog<SettingsDialog>([&checked](SettingsDialog *dialog) {
            auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
            auto *seconds = dialog->findChild<QSpinBox *>(QStringLiteral("clipboardSeconds"));
            auto *note = dialog->findChild<QLabel *>(QStringLiteral("languageNote"));
            QCOMPARE(language->currentData().toString(), QString()); // system default at first
            QCOMPARE(seconds->value(), GeneralSettings::DefaultClipboardClearSeconds);
            QVERIFY(note->isHidden());
            language->setCurrentIndex(language->findData(QStringLiteral("de")));
            QVERIFY(!note->isHidden());
            QVERIFY(note->text().contains(QStringLiteral("next time")));
            seconds->setValue(12);
            save(dialog, QStringLiteral("settings.png"));
            dialog->accept();
            checked = true;
        });
        action("actionSettings")->trigger();
        QVERIFY(checked);
        const GeneralSettings stored = Settings().general();
        QCOMPARE(stored.language, QStringLiteral("de"));
        QCOMPARE(stored.clipboardClearSeconds, 12);

        // The delay reaches the inspector's copy buttons.
        window()->showPane(PaneId::LoginToken);
        auto *copy = window()->findChild<QPushButton *>(QStringLiteral("copyToken"));
        QVERIFY(copy && copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        auto *note = window()->findChild<QLabel *>(QStringLiteral("copyConfirmation"));
        QVERIFY2(note->text().contains(QStringLiteral("12 seconds")), qPrintable(note->text()));
        QApplication::clipboard()->clear();

        // Cancel keeps what was stored; the dialog opens with it.
        onNextDialog<SettingsDialog>([](SettingsDialog *dialog) {
            QCOMPARE(dialog->general().clipboardClearSeconds, 12);
            dialog->findChild<QSpinBox *>(QStringLiteral("clipboardSeconds"))->setValue(99);
            dialog->reject();
        });
        action("actionSettings")->trigger();
        QCOMPARE(Settings().general().clipboardClearSeconds, 12);
        Settings().setGeneral(GeneralSettings()); // back to the defaults for the next tests
        window()->showPane(PaneId::Tokens);
    }

    void everyControlHasAnAccessibleName() {
        QStringList unnamed;
        for (const QStringView pane : {PaneId::Tokens, PaneId::Scm, PaneId::LoginToken}) {
            window()->showPane(pane);
            QApplication::processEvents();
        }
        unnamed << unnamedControls(window());
        unnamed << unnamedControls(m_app->controller().loginWindow());
        SettingsDialog settings(GeneralSettings(), NotificationSettings(), window());
        unnamed << unnamedControls(&settings);
        // Never "System default ()": the C locale has no language name to put in brackets.
        const QString systemDefault =
            settings.findChild<QComboBox *>(QStringLiteral("language"))->itemText(0);
        QVERIFY2(systemDefault.startsWith(QLatin1String("System default")) &&
                     !systemDefault.contains(QLatin1String("()")),
                 qPrintable(systemDefault));
        ShortcutsDialog shortcuts(window());
        unnamed << unnamedControls(&shortcuts);
        CreateTokenDialog create(m_app->workspace().tokenService(), window());
        unnamed << unnamedControls(&create);
        TenantsDialog tenants(m_app->controller().profiles(), 0, window());
        unnamed << unnamedControls(&tenants);
        InspectorWindow inspector(nullptr, nullptr);
        unnamed << unnamedControls(&inspector);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("\n") + unnamed.join(QLatin1Char('\n'))));
    }

    // From the pane list, Tab reaches every enabled control of each pane, and Shift+Tab comes back.
    void tabReachesEveryControl() {
        const QStringView ids[] = {PaneId::Tokens, PaneId::Scm, PaneId::LoginToken};
        for (int pane = 0; pane < 3; ++pane) {
            window()->showPane(ids[pane]);
            QApplication::processEvents();
            auto *panes = window()->findChild<QStackedWidget *>(QStringLiteral("panes"));
            QWidget *current = panes->currentWidget();
            QSet<QWidget *> expected;
            for (QWidget *w : current->findChildren<QWidget *>()) {
                if (w->isVisibleTo(window()) && w->isEnabled() &&
                    (w->focusPolicy() & Qt::TabFocus) && isInteractive(w) && !isPartOfAControl(w) &&
                    w->isVisible())
                    expected.insert(w);
            }
            QVERIFY(!expected.isEmpty());
            QWidget *start = window()->findChild<QListWidget *>(QStringLiteral("navigation"));
            QSet<QWidget *> reached;
            QStringList order;
            QWidget *w = start;
            for (int i = 0; i < 500; ++i) {
                w = w->nextInFocusChain();
                if (w == start)
                    break;
                reached.insert(w);
                if (expected.contains(w))
                    order << w->objectName() + QLatin1Char(':') +
                                 QLatin1String(w->metaObject()->className());
            }
            qInfo("pane %d tab order: %s", pane, qPrintable(order.join(QStringLiteral(" → "))));
            // Reading order: top to bottom, left to right.
            const QStringList expectedOrder[] = {
                {QStringLiteral("createTokenButton:QPushButton"),
                 QStringLiteral("tokenSections:QTabBar"), QStringLiteral("tokenFilter:QLineEdit"),
                 QStringLiteral("tokenTable:QTableView")},
                {QStringLiteral("scmTable:QTableView"),
                 QStringLiteral("scmAction_github.com:QPushButton"),
                 QStringLiteral("scmAction_bitbucket.example.com:QPushButton"),
                 QStringLiteral("scmAction_gitlab.com:QPushButton"),
                 QStringLiteral("scmAction_bitbucket.org:QPushButton"),
                 QStringLiteral("scmAction_dev.azure.com:QPushButton")},
                {QStringLiteral("pasteToken:QLineEdit"), QStringLiteral("rawToken:QTextBrowser"),
                 QStringLiteral("decodedHeader:QPlainTextEdit"),
                 QStringLiteral("decodedPayload:QPlainTextEdit"),
                 QStringLiteral("claimsTable:QTableWidget"),
                 QStringLiteral("copyToken:QPushButton"),
                 QStringLiteral("copyAuthorizationHeader:QPushButton"),
                 QStringLiteral("copyCurl:QPushButton")}};
            QCOMPARE(order, expectedOrder[pane]);
            QStringList missing;
            for (QWidget *e : expected)
                if (!reached.contains(e))
                    missing << describe(e);
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));

            // Shift+Tab walks the same chain backwards: the same controls in reverse order...
            QStringList backwards;
            w = start;
            for (int i = 0; i < 500; ++i) {
                w = w->previousInFocusChain();
                if (w == start)
                    break;
                if (expected.contains(w))
                    backwards.prepend(w->objectName() + QLatin1Char(':') +
                                      QLatin1String(w->metaObject()->className()));
            }
            QCOMPARE(backwards, order);
            // ...and, pressed on the pane's first control, goes back to the pane list (unless
            // that control is a table: Qt's tables keep Tab and Shift+Tab for their cells).
            QWidget *first = nullptr;
            for (QWidget *e : expected)
                if (e->objectName() + QLatin1Char(':') +
                        QLatin1String(e->metaObject()->className()) ==
                    order.constFirst())
                    first = e;
            QVERIFY(first);
            if (!qobject_cast<QAbstractItemView *>(first)) {
                // (The window's own focus widget: what has focus whenever it is active.) It
                // leaves the pane at once, and a few presses on (past the window's other
                // controls, such as the tenant combo) reach the pane list.
                first->setFocus(Qt::TabFocusReason);
                QCOMPARE(window()->focusWidget(), first);
                QStringList passed;
                for (int i = 0; i < 5 && window()->focusWidget() != start; ++i) {
                    QTest::keyClick(window()->focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
                    QWidget *now = window()->focusWidget();
                    QVERIFY2(!current->isAncestorOf(now), qPrintable(describe(now)));
                    passed << describe(now);
                }
                QVERIFY2(window()->focusWidget() == start,
                         qPrintable(passed.join(QStringLiteral(" ← "))));
            }
        }
        window()->showPane(PaneId::Tokens);
    }

    void aboutNamesVersionAndLicence() {
        QString text;
        onNextDialog<QMessageBox>([&text](QMessageBox *box) {
            text = box->text();
            save(box, QStringLiteral("about.png"));
            box->accept();
        });
        window()->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
        // The project's version (CMakeLists.txt's project(VERSION)), under the name.
        QVERIFY(QByteArray(TOKENDESK_VERSION).count('.') == 2);
        QVERIFY2(text.contains(QStringLiteral("TokenDesk " TOKENDESK_VERSION)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("MIT")));
        QVERIFY(text.contains(QStringLiteral("https://docs.moderne.io")));
    }

    void inspectShowsATokenInTheInspector() {
        QFile file(QStringLiteral(TOKENDESK_SOURCE_DIR "/tests/data/jwt/rfc7515-a2-rs256.jwt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray token = file.readAll().trimmed();
        // Signed in: the main window's inspector shows it.
        m_app->controller().inspect(token);
        QCOMPARE(window()->currentPaneId(), PaneId::LoginToken.toString());
        auto *payload = window()->findChild<QWidget *>(QStringLiteral("decodedPayload"));
        QTRY_VERIFY(payload->property("plainText").toString().contains(QStringLiteral("joe")));
        QVERIFY(!m_app->controller().inspectorWindow());
        window()->loginTokenPane()->findChild<QLineEdit *>(QStringLiteral("pasteToken"))->clear();

        // Signed out (no main window): an inspector window of its own.
        SignedInApp signedOut(m_sandbox, QStringLiteral("TokenDesk-gui-test-signed-out"));
        signedOut.controller().inspect(token);
        InspectorWindow *inspector = signedOut.controller().inspectorWindow();
        QVERIFY(inspector);
        QVERIFY(QTest::qWaitForWindowExposed(inspector));
        auto *alone = inspector->findChild<QWidget *>(QStringLiteral("decodedPayload"));
        QTRY_VERIFY(alone->property("plainText").toString().contains(QStringLiteral("joe")));
        save(inspector, QStringLiteral("inspector-window.png"));
    }

    // Last: closing saves the window's place, size and pane; the next window opens the same way.
    void placeAndPaneAreRemembered() {
        window()->showNormal();
        window()->resize(1010, 655);
        window()->move(123, 87);
        QTRY_COMPARE(window()->pos(), QPoint(123, 87));
        window()->showPane(PaneId::Scm);
        QApplication::processEvents();
        window()->close();
        Ticker ticker;
        PaneContext context;
        context.workspace = &m_app->workspace();
        context.settings = &m_app->settings();
        context.ticker = &ticker;
        MainWindow next(context);
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        QCOMPARE(next.size(), QSize(1010, 655));
        QCOMPARE(next.pos(), QPoint(123, 87));
        QCOMPARE(next.currentPaneId(), PaneId::Scm.toString());
    }
};

QTEST_MAIN(tst_DesktopGui)
#include "tst_desktop_gui.moc"
