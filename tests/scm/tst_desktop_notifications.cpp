// Expiry warnings reach a desktop without a tray (GNOME on Debian 12): they go to the session
// bus's org.freedesktop.Notifications, played here by a real D-Bus object on the test's own
// session bus (dbus-run-session). Each names the tenant; clicking one opens its pane; a server
// that renders markup gets escaped text; what was given is remembered across a restart; the
// window's warnings button lists what was given.
#include "ExpiryCollector.h"
#include "ExpiryNotifier.h"
#include "FakeNotificationServer.h"
#include "Settings.h"
#include "WarningsButton.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {
const QDateTime Start(QDate(2026, 12, 5), QTime(9, 0), QTimeZone::utc());
using Shown = FakeNotificationServer::Shown;
} // namespace

class tst_DesktopNotifications : public QObject {
    Q_OBJECT
private:
    FakeNotificationServer m_server;

    // A login token expiring in 4 minutes: its warning (5 minutes ahead) is due at once.
    static void expireSoon(ExpiryCollector &expiries) {
        expiries.setLoginToken(Start.addSecs(4 * 60), false);
    }

private Q_SLOTS:
    void initTestCase() {
        const QString registered = m_server.registerOnSessionBus();
        QVERIFY2(registered.isEmpty(), qPrintable(registered));
    }

    void init() {
        m_server.shown.clear();
        m_server.capabilities = {QStringLiteral("actions"), QStringLiteral("body")};
    }

    void warningGoesToTheNotificationServiceAndNamesTheTenant() {
        ExpiryCollector expiries(nullptr, nullptr);
        ExpiryNotifier notifier(&expiries, nullptr, true);
        notifier.setClock([] { return Start; });
        notifier.setTenant(QStringLiteral("https://login.acme/realms/acme"),
                           QStringLiteral("Acme production"));
        QVERIFY(notifier.deliversToDesktop());
        QSignalSpy given(&notifier, &ExpiryNotifier::warningGiven);
        expireSoon(expiries);
        QCOMPARE(given.count(), 1);
        QCOMPARE(m_server.shown.size(), 1);
        const Shown &shown = m_server.shown.first();
        QCOMPARE(shown.appName, QStringLiteral("TokenDesk"));
        QVERIFY2(shown.summary.contains(QLatin1String("login token")), qPrintable(shown.summary));
        QVERIFY2(shown.body.contains(QLatin1String("Tenant: Acme production")),
                 qPrintable(shown.body));
        QCOMPARE(shown.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("dev.tokendesk.TokenDesk"));
        QVERIFY(shown.actions.contains(QStringLiteral("default")));
        // Given once.
        notifier.check();
        QCOMPARE(m_server.shown.size(), 1);
    }

    void clickingTheNotificationOpensItsPane() {
        ExpiryCollector expiries(nullptr, nullptr);
        ExpiryNotifier notifier(&expiries, nullptr, true);
        notifier.setClock([] { return Start; });
        QSignalSpy activated(&notifier, &ExpiryNotifier::activated);
        expireSoon(expiries);
        QCOMPARE(m_server.shown.size(), 1);
        // Another application's notification (another id) is not ours.
        Q_EMIT m_server.ActionInvoked(7, QStringLiteral("default"));
        Q_EMIT m_server.ActionInvoked(101, QStringLiteral("default"));
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().value<ExpiryEntry::Kind>(),
                 ExpiryEntry::Kind::LoginToken);
        QTest::qWait(100);
        QCOMPARE(activated.count(), 1);
    }

    // Tenant names are the user's text: where the server renders markup they are escaped.
    void markupIsEscapedWhereTheServerRendersIt() {
        m_server.capabilities << QStringLiteral("body-markup");
        ExpiryCollector expiries(nullptr, nullptr);
        ExpiryNotifier notifier(&expiries, nullptr, true);
        notifier.setClock([] { return Start; });
        notifier.setTenant(QStringLiteral("k"), QStringLiteral("<b>Acme</b> & co"));
        expireSoon(expiries);
        QCOMPARE(m_server.shown.size(), 1);
        QVERIFY2(m_server.shown.first().body.contains(
                     QLatin1String("Tenant: &lt;b&gt;Acme&lt;/b&gt; &amp; co")),
                 qPrintable(m_server.shown.first().body));
    }

    // "Once" holds over a restart, per tenant: the settings keep what was given (no values).
    void givenWarningsAreRememberedAcrossRestarts() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        {
            ExpiryCollector expiries(nullptr, nullptr);
            ExpiryNotifier notifier(&expiries, nullptr, true);
            notifier.setClock([] { return Start; });
            notifier.setStore(&settings);
            notifier.setTenant(QStringLiteral("tenant-a"), QStringLiteral("A"));
            expireSoon(expiries);
            QCOMPARE(m_server.shown.size(), 1);
        }
        {
            ExpiryCollector expiries(nullptr, nullptr);
            ExpiryNotifier notifier(&expiries, nullptr, true);
            notifier.setClock([] { return Start.addSecs(30); });
            notifier.setStore(&settings);
            notifier.setTenant(QStringLiteral("tenant-a"), QStringLiteral("A"));
            expireSoon(expiries);
            QCOMPARE(m_server.shown.size(), 1); // not again after the restart
            notifier.setTenant(QStringLiteral("tenant-b"), QStringLiteral("B"));
            QCOMPARE(m_server.shown.size(), 2); // another tenant's login token: its own warning
            QVERIFY(m_server.shown.last().body.contains(QLatin1String("Tenant: B")));
        }
        QVERIFY(!settings.announcedWarnings(QStringLiteral("tenant-a")).isEmpty());
        QVERIFY(!settings.announcedWarnings(QStringLiteral("tenant-b")).isEmpty());
    }

    // The window's own list: what was given, newest first, until the token is dealt with.
    void warningsButtonListsWhatWasGiven() {
        WarningsButton button;
        QVERIFY(button.isHidden());
        ExpiryWarning login;
        login.entry.kind = ExpiryEntry::Kind::LoginToken;
        login.entry.key = QStringLiteral("login");
        login.entry.expiresAt = Start.addSecs(240);
        login.title = QStringLiteral("Your login token expires in 4 minutes");
        ExpiryWarning pat;
        pat.entry.kind = ExpiryEntry::Kind::PersonalAccessToken;
        pat.entry.key = QStringLiteral("id-1");
        pat.entry.expiresAt = Start.addDays(3);
        pat.title = QStringLiteral("Access token “CI” expires in 3 days");
        button.add(login);
        button.add(pat);
        button.add(pat); // the next day's warning replaces the first
        QVERIFY(!button.isHidden());
        QCOMPARE(button.text(), QStringLiteral("2 warning(s)"));
        const QList<QAction *> actions = button.menu()->actions();
        QCOMPARE(actions.first()->text(), pat.title);
        QCOMPARE(actions.at(1)->text(), login.title);
        QSignalSpy activated(&button, &WarningsButton::activated);
        actions.at(1)->trigger();
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().value<ExpiryEntry::Kind>(),
                 ExpiryEntry::Kind::LoginToken);
        // The PAT was revoked: its warning goes; the login token's stays.
        button.prune({login.entry});
        QCOMPARE(button.warnings().size(), 1);
        QCOMPARE(button.text(), QStringLiteral("1 warning(s)"));
        button.clear();
        QVERIFY(button.isHidden());
    }
};

QTEST_MAIN(tst_DesktopNotifications)
#include "tst_desktop_notifications.moc"
