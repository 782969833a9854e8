// Issue 18, the expiry forecast against the sandbox: an administrator's forecast under the
// timeline reads nothing until asked, then shows all users' tokens expiring within the horizon,
// grouped per owner exactly as the server's state says (7, 30 and 90 days); "Remind" opens a
// mailto: draft to that owner naming their tokens by description and date only; File → Export
// expiries to calendar… writes one's own token expiries as an .ics file; a USER session sees no
// forecast and sends none of its queries (its own calendar export works).
#include "BrowserPlayer.h"
#include "ExpiryForecastWidget.h"
#include "HygieneModel.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "Screenshot.h"
#include "SignedInApp.h"
#include "TimelineWidget.h"
#include "Translations.h"
#include "Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
// RFC 5545 unfolding and the values of one property name, unescaped.
QStringList icsValues(const QByteArray &ics, const QString &property) {
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    QStringList values;
    for (const QByteArray &raw : unfolded.split('\n')) {
        const QString line = QString::fromUtf8(raw).chopped(raw.endsWith('\r') ? 1 : 0);
        if (!line.startsWith(property + u':'))
            continue;
        QString value = line.mid(property.size() + 1);
        QString out;
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (value.at(i) == u'\\' && i + 1 < value.size()) {
                const QChar next = value.at(++i);
                out += next == u'n' ? QChar(u'\n') : next;
            } else {
                out += value.at(i);
            }
        }
        values << out;
    }
    return values;
}
} // namespace

class tst_ForecastGui : public QObject {
    Q_OBJECT
private:
    SandboxProcess m_sandbox{{u"--seed-users"_s, u"3"_s, u"--seed-tokens-per-user"_s, u"2"_s}};
    BrowserPlayer m_browser;
    QStringList m_values; // the values of the tokens made here: never in a draft or a file

    void addToken(const QString &username, const QString &description, int expiresInDays) {
        const QJsonObject token =
            m_sandbox.adminJson(u"add-token?username="_s + username + u"&description="_s +
                                QString::fromLatin1(QUrl::toPercentEncoding(description)) +
                                u"&expiresInDays="_s + QString::number(expiresInDays));
        QVERIFY(!token.value(u"id"_s).toString().isEmpty());
        m_values << token.value(u"token"_s).toString();
    }

    struct Held {
        QString owner;
        QString id;
        QString description;
        QDateTime expiresAt;
    };
    QList<Held> serverTokens() {
        QList<Held> result;
        const QJsonObject state = m_sandbox.adminJson(u"state"_s, "GET");
        for (const QJsonValue &u : state.value(u"users"_s).toArray()) {
            const QJsonObject user = u.toObject();
            for (const QJsonValue &t : user.value(u"tokens"_s).toArray()) {
                const QJsonObject token = t.toObject();
                result.append({user.value(u"email"_s).toString(), token.value(u"id"_s).toString(),
                               token.value(u"description"_s).toString(),
                               token.value(u"expiresAt"_s).isString()
                                   ? QDateTime::fromString(token.value(u"expiresAt"_s).toString(),
                                                           Qt::ISODateWithMs)
                                   : QDateTime()});
            }
        }
        return result;
    }

    // Owner → descriptions expiring within `days` (today and the days after it, in local time),
    // worked out here from the server's state.
    QMap<QString, QStringList> expected(int days) {
        const QDateTime now = QDateTime::currentDateTime();
        const QDateTime end = now.date().addDays(days).startOfDay();
        QMap<QString, QStringList> owners;
        for (const Held &held : serverTokens()) {
            if (held.expiresAt.isValid() && held.expiresAt > now && held.expiresAt < end)
                owners[held.owner] << held.description;
        }
        for (QStringList &list : owners)
            list.sort();
        return owners;
    }

    static QMap<QString, QStringList> shown(const ExpiryForecastWidget *forecast) {
        QMap<QString, QStringList> owners;
        QTreeWidget *list = forecast->ownerList();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *owner = list->topLevelItem(i);
            QStringList descriptions;
            for (int j = 0; j < owner->childCount(); ++j)
                descriptions << owner->child(j)->text(0);
            descriptions.sort();
            owners.insert(owner->text(0), descriptions);
            if (owner->text(1) != QString::number(owner->childCount()))
                return {};
        }
        return owners;
    }

private Q_SLOTS:
    void initTestCase() {
        m_sandbox.logOperations();
        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString());
        QVERIFY(m_sandbox.admin(u"add-user?username=olga&role=ADMIN&daysAgo=3"_s));
        QVERIFY(m_sandbox.admin(u"add-user?username=ivan&role=USER&daysAgo=3"_s));
        addToken(u"olga"_s, u"olga deploy, staging; prod"_s, 2);
        addToken(u"olga"_s, u"olga laptop"_s, 12);
        addToken(u"olga"_s, u"olga backup"_s, 80);
        addToken(u"ivan"_s, u"ivan scripts"_s, 5);
        addToken(u"ivan"_s, u"ivan old"_s, -3);
        addToken(u"admin"_s, u"admin release, nightly"_s, 20);
    }

    void adminForecastGroupedPerOwner() {
        m_browser.setCredentials(u"admin"_s, u"admin-password"_s);
        SignedInApp app(m_sandbox, u"TokenDesk-forecast-admin-test"_s);
        QString error;
        QVERIFY2(app.signIn(&error), qPrintable(error));
        MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->resize(1000, 700);
        ExpiryForecastWidget *forecast = window->forecast();
        QVERIFY(forecast);
        // Under the timeline, folded, and nothing of all users read yet.
        QVERIFY(window->timeline()->isVisible());
        QTRY_VERIFY(forecast->isVisible());
        QVERIFY(!forecast->isExpanded());
        QVERIFY(forecast->mapTo(window, QPoint()).y() >
                window->timeline()->mapTo(window, QPoint()).y());
        QTest::qWait(300);
        QCOMPARE(m_sandbox.loggedOperations(u"UsersWithTokens"_s).size(), 0);

        // Unfolding it reads them, by itself (the hygiene pane was never opened).
        forecast->findChild<QToolButton *>(u"forecastToggle"_s)->click();
        QVERIFY(forecast->isExpanded());
        QTRY_VERIFY_WITH_TIMEOUT(app.workspace().hygiene()->isComplete(), 20000);
        QTRY_VERIFY(!forecast->ownerList()->isHidden() &&
                    forecast->ownerList()->topLevelItemCount() > 0);
        QVERIFY(m_sandbox.loggedOperations(u"UsersWithTokens"_s).size() >= 1);
        QVERIFY(forecast->strip()->isVisible());

        for (int days : {30, 7, 90, 60}) {
            auto *box = forecast->horizonBox();
            box->setCurrentIndex(box->findData(days));
            QCOMPARE(forecast->horizonDays(), days);
            const QMap<QString, QStringList> want = expected(days);
            QVERIFY(!want.isEmpty());
            QCOMPARE(shown(forecast), want);
            qInfo("%d days: %d owners", days, int(want.size()));
            // The strip counts the same tokens, one bar a day.
            const QList<ExpiryForecast::Bucket> buckets = forecast->buckets();
            QCOMPARE(buckets.size(), days);
            int total = 0;
            for (const ExpiryForecast::Bucket &bucket : buckets)
                total += bucket.count;
            int wanted = 0;
            for (const QStringList &list : want)
                wanted += int(list.size());
            QCOMPARE(total, wanted);
            QVERIFY2(forecast->summary().contains(QString::number(wanted)),
                     qPrintable(forecast->summary()));
            // The soonest owner first.
            const QList<ExpiryForecast::OwnerGroup> owners = forecast->owners();
            for (int i = 1; i < owners.size(); ++i)
                QVERIFY(owners.at(i - 1).earliest() <= owners.at(i).earliest());
        }
        // 7 days: olga's deploy token and ivan's scripts; not ivan's expired one.
        forecast->horizonBox()->setCurrentIndex(forecast->horizonBox()->findData(7));
        QVERIFY(shown(forecast).value(u"olga@moderne.example"_s) ==
                QStringList{u"olga deploy, staging; prod"_s});
        QVERIFY(shown(forecast).value(u"ivan@moderne.example"_s) == QStringList{u"ivan scripts"_s});
        forecast->horizonBox()->setCurrentIndex(forecast->horizonBox()->findData(30));
        QCOMPARE(shown(forecast).value(u"olga@moderne.example"_s),
                 (QStringList{u"olga deploy, staging; prod"_s, u"olga laptop"_s}));

        forecast->ownerList()->expandAll();
        saveScreenshotOrFail(window, u"forecast-admin.png"_s);

        // Remind: a mailto: draft to the owner naming their tokens' descriptions and dates.
        QList<QUrl> opened;
        forecast->setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        QPushButton *remind = forecast->remindButton(u"olga@moderne.example"_s);
        QVERIFY(remind);
        QVERIFY(!remind->accessibleName().isEmpty());
        remind->click();
        QCOMPARE(opened.size(), 1);
        const QUrl url = opened.constFirst();
        QCOMPARE(url.scheme(), u"mailto"_s);
        QCOMPARE(url.path(), u"olga@moderne.example"_s);
        const QUrlQuery query(url);
        const QString subject = query.queryItemValue(u"subject"_s, QUrl::FullyDecoded);
        const QString body = query.queryItemValue(u"body"_s, QUrl::FullyDecoded);
        QVERIFY2(subject.startsWith(u"2 personal access token"_s), qPrintable(subject));
        const QList<Held> held = serverTokens();
        for (const Held &token : held) {
            if (token.owner != u"olga@moderne.example"_s)
                continue;
            const QString line = token.description + u": expires on "_s +
                                 token.expiresAt.toLocalTime().date().toString(Qt::ISODate);
            QCOMPARE(body.contains(line), token.description != u"olga backup"_s);
        }
        const QByteArray encoded = url.toEncoded();
        for (const Held &token : held) {
            QVERIFY(!body.contains(token.id));
            QVERIFY(!encoded.contains(token.id.toUtf8()));
            if (token.owner != u"olga@moderne.example"_s)
                QVERIFY2(!body.contains(token.description), qPrintable(token.description));
        }
        for (const QString &value : std::as_const(m_values))
            QVERIFY(!body.contains(value) && !encoded.contains(value.toUtf8()));

        // Folding the timeline (View → Timeline) folds the forecast away with it.
        window->timeline()->setCollapsed(true);
        QVERIFY(!forecast->isVisible());
        window->timeline()->setCollapsed(false);
        QVERIFY(forecast->isVisible());

        // File → Export expiries to calendar…: the admin's own tokens that expire.
        QAction *exportAction = window->findChild<QAction *>(u"actionExportCalendar"_s);
        QVERIFY(exportAction && exportAction->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"expiries.ics"_s);
        QSignalSpy exported(window, &MainWindow::calendarExported);
        window->exportCalendar(path);
        QTRY_COMPARE(exported.size(), 1);
        QVERIFY2(exported.constFirst().at(0).toBool(),
                 qPrintable(exported.constFirst().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(!QByteArray(ics).replace("\r\n", "").contains('\n')); // CRLF only
        file.seek(0);
        const QByteArray raw = file.readAll();
        QStringList summaries = icsValues(raw, u"SUMMARY"_s);
        QStringList want;
        for (const Held &token : held) {
            if (token.owner == u"admin@moderne.example"_s && token.expiresAt.isValid())
                want << u"Token expires: "_s + token.description;
        }
        summaries.sort();
        want.sort();
        QCOMPARE(summaries, want);
        QVERIFY(want.contains(u"Token expires: admin release, nightly"_s));
        QVERIFY(raw.contains("admin release\\, nightly"));
        QCOMPARE(icsValues(raw, u"UID"_s).size(), want.size());
        for (const QString &value : std::as_const(m_values))
            QVERIFY(!raw.contains(value.toUtf8()));
        QVERIFY(!raw.contains("olga"));
    }

    // An administrator's window at 800×500 with the forecast unfolded keeps its size in English,
    // German and French: the header's controls whole, every Remind button whole and in view.
    void fitsAt800x500_data() {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "fr"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void fitsAt800x500() {
        QFETCH(QString, language);
        const QLocale locale(language);
        QLocale::setDefault(locale);
        QCOMPARE(Translations::install(qApp, locale), language);
        m_browser.setCredentials(u"admin"_s, u"admin-password"_s);
        SignedInApp app(m_sandbox, u"TokenDesk-forecast-layout-"_s + language);
        QString error;
        QVERIFY2(app.signIn(&error), qPrintable(error));
        MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QSize size(800, 500);
        window->resize(size);
        ExpiryForecastWidget *forecast = window->forecast();
        QTRY_VERIFY(forecast->isVisible());
        forecast->load();
        QTRY_VERIFY_WITH_TIMEOUT(app.workspace().hygiene()->isComplete(), 20000);
        QTRY_VERIFY(forecast->ownerList()->topLevelItemCount() > 0);
        QTest::qWait(100);
        QApplication::processEvents();
        // The forecast never sets the window's width: it needs less than the timeline above it.
        QVERIFY2(forecast->minimumSizeHint().width() <=
                     window->timeline()->minimumSizeHint().width(),
                 qPrintable(QString::number(forecast->minimumSizeHint().width())));
        QCOMPARE(window->height(), size.height());
        // An administrator's window keeps 800×500 in every language (German and French were
        // 838 and 902 px wide: All users' "Revoke all of user's tokens…" row).
        QCOMPARE(window->size(), size);
        QVERIFY(window->minimumSizeHint().width() <= size.width());
        QVERIFY(forecast->width() <= window->width());
        // The header's controls are whole and inside the forecast.
        for (QWidget *control : {static_cast<QWidget *>(forecast->horizonBox()),
                                 static_cast<QWidget *>(forecast->loadButton()),
                                 forecast->findChild<QWidget *>(u"forecastTitle"_s)}) {
            const QRect at(control->mapTo(forecast, QPoint()), control->size());
            QVERIFY2(forecast->rect().contains(at), qPrintable(control->objectName()));
            QVERIFY2(control->width() >= control->minimumSizeHint().width(),
                     qPrintable(control->objectName()));
        }
        auto *title = forecast->findChild<QLabel *>(u"forecastTitle"_s);
        QVERIFY(title->width() >= title->fontMetrics().horizontalAdvance(title->text()));
        // Every Remind button whole, inside the list's viewport, without sideways scrolling.
        QTreeWidget *list = forecast->ownerList();
        const QRect viewport = list->viewport()->rect();
        for (const ExpiryForecast::OwnerGroup &owner : forecast->owners()) {
            QPushButton *button = forecast->remindButton(owner.email);
            QVERIFY(button);
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
            const QRect at(button->mapTo(list->viewport(), QPoint()), button->size());
            if (at.top() >= viewport.bottom())
                continue; // further down: scrolled to
            QVERIFY2(at.left() >= 0 && at.right() <= viewport.right(),
                     qPrintable(u"%1 at %2..%3 of %4"_s.arg(button->text())
                                    .arg(at.left())
                                    .arg(at.right())
                                    .arg(viewport.width())));
        }
        saveScreenshotOrFail(window, u"forecast-%1-800x500.png"_s.arg(language));
        QLocale::setDefault(QLocale::c());
        Translations::install(qApp, QLocale(u"en"_s));
    }

    void userSessionSeesAndSendsNoneOfIt() {
        m_browser.setCredentials(u"user"_s, u"user-password"_s);
        const qsizetype before = m_sandbox.loggedOperationNames().size();
        SignedInApp app(m_sandbox, u"TokenDesk-forecast-user-test"_s);
        QString error;
        QVERIFY2(app.signIn(&error), qPrintable(error));
        MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        ExpiryForecastWidget *forecast = window->forecast();
        QVERIFY(window->timeline()->isVisible());
        QVERIFY(!forecast->isVisible());
        // Even asked directly, nothing is sent.
        forecast->setExpanded(true);
        forecast->load();
        QVERIFY(!forecast->loadButton()->isEnabled());
        QTest::qWait(1000);
        const QStringList names = m_sandbox.loggedOperationNames().mid(before);
        QVERIFY(!names.isEmpty());
        for (const QString &name : names)
            QVERIFY2(name != u"UsersWithTokens"_s && name != u"UserTokens"_s,
                     qPrintable(names.join(u',')));
        QCOMPARE(forecast->ownerList()->topLevelItemCount(), 0);

        // Their own calendar export works (any role).
        QTemporaryDir dir;
        QSignalSpy exported(window, &MainWindow::calendarExported);
        window->exportCalendar(dir.filePath(u"mine.ics"_s));
        QTRY_COMPARE(exported.size(), 1);
        QVERIFY(exported.constFirst().at(0).toBool());
        QFile file(dir.filePath(u"mine.ics"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(icsValues(file.readAll(), u"SUMMARY"_s),
                 QStringList{u"Token expires: Moderne CLI"_s});
    }
};

QTEST_MAIN(tst_ForecastGui)
#include "tst_forecast_gui.moc"
