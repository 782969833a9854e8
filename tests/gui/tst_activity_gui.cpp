// The Activity pane against the sandbox (450 seeded audit events over the last year): an
// administrator opens it and gets the newest page of at most 100, more as the table scrolls, to
// the end; every filter becomes the query's `where` and the rows match it; a 500 in the middle of
// paging is said and scrolling again carries on; a USER session neither sees the pane nor sends
// any audit operation.
#include "ActivityPane.h"
#include "AuditEventModel.h"
#include "BrowserPlayer.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "SignedInApp.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ActivityGui : public QObject {
    Q_OBJECT
private:
    SandboxProcess m_sandbox{{QStringLiteral("--seed-audit"), QStringLiteral("450")}};
    BrowserPlayer m_browser;

    template <typename T> static T *child(QWidget *parent, const char *name) {
        return parent->findChild<T *>(QLatin1String(name));
    }
    // The `where` of the last AuditLogs request the sandbox logged.
    QJsonObject lastWhere() const {
        const QList<QJsonObject> logged = m_sandbox.loggedOperations(QStringLiteral("AuditLogs"));
        return logged.isEmpty() ? QJsonObject()
                                : logged.constLast()
                                      .value(QLatin1String("variables"))
                                      .toObject()
                                      .value(QLatin1String("where"))
                                      .toObject();
    }
    // The `_eq` of `field` in that `where`.
    QString lastEquals(const QString &field) const {
        return lastWhere().value(field).toObject().value(u"_eq"_s).toString();
    }
    static void waitLoaded(AuditEventModel *model) {
        QTRY_VERIFY_WITH_TIMEOUT(model->hasStarted() && !model->isLoading(), 15000);
    }
    // The pane's filters applied, and the first page read with them.
    static void applyAndWait(ActivityPane *pane, AuditEventModel *model) {
        pane->applyFilters();
        waitLoaded(model);
    }
    static void setCustomYear(ActivityPane *pane) {
        child<QComboBox>(pane, "rangeCombo")->setCurrentIndex(int(ActivityPane::Range::Custom));
        child<QDateTimeEdit>(pane, "sinceEdit")
            ->setDateTime(QDateTime::currentDateTime().addDays(-400));
        child<QDateTimeEdit>(pane, "untilEdit")
            ->setDateTime(QDateTime::currentDateTime().addDays(1));
    }

private Q_SLOTS:
    void initTestCase() {
        m_sandbox.logOperations();
        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString());
    }

    void anAdministratorPagesToTheEndAndFilters() {
        m_browser.setCredentials(QStringLiteral("admin"), QStringLiteral("admin-password"));
        SignedInApp app(m_sandbox, QStringLiteral("TokenDesk-activity-admin-test"));
        QString error;
        QVERIFY2(app.signIn(&error), qPrintable(error));
        MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->resize(1100, 700);
        // Nothing of the audit log is read before the pane is opened.
        QTest::qWait(300);
        QVERIFY(m_sandbox.loggedOperations(QStringLiteral("AuditLogs")).isEmpty());

        auto *pane = window->findChild<ActivityPane *>();
        QVERIFY(pane);
        QVERIFY(
            child<QLabel>(pane, "auditNote")->text().contains(QStringLiteral("itself audited")));
        QVERIFY(child<QLabel>(pane, "auditNote")->text().contains(QStringLiteral("never contain")));
        AuditEventModel *model = pane->model();
        setCustomYear(pane);
        // Opening the pane reads the first page (once, whatever the filters did before).
        QVERIFY(window->showPane(PaneId::Activity));
        waitLoaded(model);
        QTest::qWait(600);
        QCOMPARE(model->rowCount(), 100);
        QVERIFY2(model->totalCount() > 450, qPrintable(QString::number(model->totalCount())));
        // Each read adds a (newer) read event: the count grows, the pages after the first
        // cursor do not.
        const int atFirstPage = model->totalCount();
        const QList<QJsonObject> first = m_sandbox.loggedOperations(QStringLiteral("AuditLogs"));
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.constFirst().value(u"variables"_s).toObject().value(u"first"_s).toInt(),
                 100);
        // Newest first.
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->event(row - 1).timestamp >= model->event(row).timestamp);
        // The time column is local; its tooltip the exact UTC time.
        const QModelIndex time = model->index(0, AuditEventModel::TimeColumn);
        QVERIFY(time.data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("UTC")));

        // Scrolling to the bottom asks for the next page, and so on to the end.
        QTableView *table = pane->view();
        for (int guard = 0; guard < 20 && model->hasMore(); ++guard) {
            const int before = model->rowCount();
            table->scrollToBottom();
            table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
            QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > before, 15000);
            waitLoaded(model);
        }
        QVERIFY(!model->hasMore());
        QCOMPARE(model->rowCount(), atFirstPage);
        QCOMPARE(model->totalCount(), atFirstPage + 4); // the four later reads
        QSet<QString> ids;
        for (const AuditEvent &event : model->events())
            ids.insert(event.id);
        QCOMPARE(ids.size(), model->rowCount());
        QVERIFY(pane->navigationDetail().contains(QString::number(model->totalCount())));

        // The actions seen are offered, with the documented one.
        auto *actions = child<QComboBox>(pane, "actionCombo");
        QVERIFY(actions->findText(QStringLiteral("create.token")) >= 0);
        QVERIFY(actions->findText(QStringLiteral("delete.token")) >= 0);

        // Each filter becomes the `where`, and every row matches it.
        auto *outcome = child<QComboBox>(pane, "outcomeCombo");
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("FAILURE")));
        applyAndWait(pane, model);
        QCOMPARE(lastEquals(u"outcome"_s), QStringLiteral("FAILURE"));
        QVERIFY(model->rowCount() > 0);
        for (const AuditEvent &event : model->events())
            QCOMPARE(event.outcome, QStringLiteral("FAILURE"));
        QVERIFY(model->index(0, 0).data(AuditEventModel::FailureRole).toBool());
        outcome->setCurrentIndex(0);

        actions->setCurrentText(QStringLiteral("create.token"));
        applyAndWait(pane, model);
        QCOMPARE(lastEquals(u"action"_s), QStringLiteral("create.token"));
        QVERIFY(model->rowCount() > 0);
        for (const AuditEvent &event : model->events())
            QCOMPARE(event.action, QStringLiteral("create.token"));
        actions->setCurrentText(QString());

        auto *targets = child<QComboBox>(pane, "targetCombo");
        targets->setCurrentText(QStringLiteral("scm.connections"));
        applyAndWait(pane, model);
        QVERIFY(model->rowCount() > 0);
        for (const AuditEvent &event : model->events())
            QCOMPARE(event.target, QStringLiteral("scm.connections"));
        targets->setCurrentText(QString());

        child<QLineEdit>(pane, "actorEdit")->setText(QStringLiteral("USER@moderne"));
        applyAndWait(pane, model);
        QVERIFY(model->rowCount() > 0);
        for (const AuditEvent &event : model->events())
            QCOMPARE(event.actorEmail, QStringLiteral("user@moderne.example"));
        child<QLineEdit>(pane, "actorEdit")->clear();

        child<QLineEdit>(pane, "textEdit")->setText(QStringLiteral("revoked"));
        applyAndWait(pane, model);
        QVERIFY(model->rowCount() > 0);
        for (const AuditEvent &event : model->events())
            QVERIFY2(event.description.contains(QStringLiteral("revoked"), Qt::CaseInsensitive),
                     qPrintable(event.description));
        child<QLineEdit>(pane, "textEdit")->clear();

        // Time ranges: today, 7 and 30 days, custom.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto *range = child<QComboBox>(pane, "rangeCombo");
        const QDateTime midnight(QDate::currentDate(), QTime(0, 0));
        const QList<std::pair<ActivityPane::Range, QDateTime>> ranges{
            {ActivityPane::Range::Today, midnight},
            {ActivityPane::Range::Days7, now.addDays(-7).addSecs(-60)},
            {ActivityPane::Range::Days30, now.addDays(-30).addSecs(-60)}};
        int previous = 0;
        for (const auto &[which, since] : ranges) {
            range->setCurrentIndex(int(which));
            pane->applyFilters();
            waitLoaded(model);
            QVERIFY(lastWhere().value(u"timestamp"_s).toObject().contains(u"_gte"_s));
            QVERIFY(model->totalCount() >= previous); // wider ranges hold more
            previous = model->totalCount();
            for (const AuditEvent &event : model->events())
                QVERIFY(event.timestamp >= since);
        }
        QVERIFY(previous > 0);
        range->setCurrentIndex(int(ActivityPane::Range::Custom));
        const QDateTime from = QDateTime::currentDateTime().addDays(-60);
        const QDateTime until = QDateTime::currentDateTime().addDays(-20);
        child<QDateTimeEdit>(pane, "sinceEdit")->setDateTime(from);
        child<QDateTimeEdit>(pane, "untilEdit")->setDateTime(until);
        applyAndWait(pane, model);
        QVERIFY(lastWhere().value(u"timestamp"_s).toObject().contains(u"_lte"_s));
        QVERIFY(model->rowCount() > 0);
        for (const AuditEvent &event : model->events())
            QVERIFY(event.timestamp >= from.addSecs(-1) && event.timestamp <= until.addSecs(1));

        // A 500 in the middle of paging (every attempt of the second page): said in the pane;
        // the rows stay, and scrolling again carries on.
        setCustomYear(pane);
        applyAndWait(pane, model);
        QCOMPARE(model->rowCount(), 100);
        QVERIFY(m_sandbox.injectFault(QJsonObject{
            {u"kind"_s, u"http500"_s}, {u"operation"_s, u"AuditLogs"_s}, {u"count"_s, 3}}));
        auto *banner = pane->findChild<QLabel *>(QStringLiteral("activityMessage"));
        model->fetchMore();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->text().contains(u"500"_s), 20000);
        QCOMPARE(model->rowCount(), 100);
        QVERIFY(model->canFetchMore());
        model->fetchMore();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 200, 15000);
        QTRY_VERIFY(!banner->isVisible());
    }

    void aUserSessionSeesAndSendsNoneOfIt() {
        m_browser.setCredentials(QStringLiteral("user"), QStringLiteral("user-password"));
        const qsizetype before = m_sandbox.loggedOperationNames().size();
        SignedInApp app(m_sandbox, QStringLiteral("TokenDesk-activity-user-test"));
        QString error;
        QVERIFY2(app.signIn(&error), qPrintable(error));
        MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(!window->showPane(PaneId::Activity));
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int row = 0; row < navigation->count(); ++row) {
            if (navigation->item(row)->text().startsWith(QStringLiteral("Activity")))
                QVERIFY(navigation->item(row)->isHidden());
        }
        auto *pane = window->findChild<ActivityPane *>();
        QVERIFY(pane);
        pane->applyFilters(); // even asked directly, a USER session sends nothing
        QTest::qWait(1000);
        const QStringList names = m_sandbox.loggedOperationNames().mid(before);
        QVERIFY(!names.isEmpty()); // the session's own reads were logged
        for (const QString &name : names)
            QVERIFY2(!name.contains(QStringLiteral("Audit")), qPrintable(names.join(u',')));
        QCOMPARE(pane->model()->rowCount(), 0);
    }
};

QTEST_MAIN(tst_ActivityGui)
#include "tst_activity_gui.moc"
