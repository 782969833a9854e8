// The Activity pane against the sandbox (450 seeded audit events over the last year): an
// administrator opens it and gets the newest page of at most 100, more as the table scrolls, to
// the end; every filter becomes the query's `where` and the rows match it; a 500 in the middle of
// paging is said and scrolling again carries on; a USER session neither sees the pane nor sends
// any audit operation.
#include "ActivityPane.h"
#include "AuditApi.h"
#include "AuditEventModel.h"
#include "AuditExportDialog.h"
#include "AuditPlatformExport.h"
#include "BrowserPlayer.h"
#include "Csv.h"
#include "GraphQlClient.h"
#include "MainWindow.h"
#include "ModerneApi.h"
#include "SandboxProcess.h"
#include "Screenshot.h"
#include "SignedInApp.h"
#include "Translations.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkReply>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

class tst_ActivityGui : public QObject {
    Q_OBJECT
private:
    SandboxProcess m_sandbox{{QStringLiteral("--seed-audit"), QStringLiteral("450"),
                              QStringLiteral("--audit-export-delay-ms"), QStringLiteral("400")}};
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
    // The sandbox's `kind` fault on the AuditLogs requests after the first page's, `setting`
    // giving its size (latencyMs, count).
    bool faultAfterFirstPage(const QString &kind, const QString &setting, int value) {
        return m_sandbox.injectFault(QJsonObject{
            {u"kind"_s, kind}, {u"operation"_s, u"AuditLogs"_s}, {u"skip"_s, 1}, {setting, value}});
    }
    // Signs `app` in (SignedInApp::signIn): what failed, or "" once the main window shows the
    // user (for QCOMPARE).
    static QString signInFailure(SignedInApp &app) {
        QString error;
        return app.signIn(&error) ? QString() : error;
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

    // The browser signs in as the administrator; a PAT of theirs made on the sandbox (its value),
    // to read the sandbox's events apart from the app.
    QByteArray adminPat(const QString &description) {
        m_browser.setCredentials(QStringLiteral("admin"), QStringLiteral("admin-password"));
        return m_sandbox.adminJson(u"add-token?username=admin&description="_s + description)
            .value(u"token"_s)
            .toString()
            .toUtf8();
    }

    // The sandbox's events for `where`, newest first, read page by page with a PAT of the admin
    // (not through the app's own API classes).
    QJsonArray sandboxEvents(const QByteArray &pat, const QJsonObject &where) const {
        QNetworkAccessManager network;
        QJsonArray events;
        QString after;
        for (int guard = 0; guard < 50; ++guard) {
            QJsonObject variables{{u"first"_s, 100}, {u"where"_s, where}};
            if (!after.isEmpty())
                variables.insert(u"after"_s, after);
            QNetworkRequest request(m_sandbox.apiUrl());
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setRawHeader("Authorization", "Bearer " + pat);
            const QByteArray body =
                QJsonDocument(QJsonObject{{u"operationName"_s, u"AuditLogs"_s},
                                          {u"query"_s, QString::fromUtf8(GraphQlClient::document(
                                                           u"AuditLogs"_s))},
                                          {u"variables"_s, variables}})
                    .toJson();
            QNetworkReply *reply = network.post(request, body);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const QJsonObject connection = QJsonDocument::fromJson(reply->readAll())
                                               .object()
                                               .value(u"data"_s)
                                               .toObject()
                                               .value(u"auditLogs"_s)
                                               .toObject();
            reply->deleteLater();
            for (const QJsonValue &edge : connection.value(u"edges"_s).toArray())
                events.append(edge.toObject().value(u"node"_s));
            const QJsonObject pageInfo = connection.value(u"pageInfo"_s).toObject();
            if (!pageInfo.value(u"hasNextPage"_s).toBool())
                break;
            after = pageInfo.value(u"endCursor"_s).toString();
        }
        return events;
    }
    // The CSV file at `path`: the header `header`, then a row of `columns` cells for each of
    // `expected` (in order) that says what it says (auditRowDiffers); its rows go to *rows.
    static void readEventsCsv(const QString &path, const QString &header, int columns,
                              const QJsonArray &expected, QList<QStringList> *rows) {
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        *rows = parseCsv(QString::fromUtf8(csv.readAll()));
        QCOMPARE(rows->size(), expected.size() + 1);
        QCOMPARE(rows->constFirst().join(u','), header);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QStringList &row = rows->at(i + 1);
            QCOMPARE(row.size(), columns);
            const QString differs = auditRowDiffers(row, expected.at(i).toObject());
            QVERIFY2(differs.isEmpty(), qPrintable(differs));
        }
    }
    // The 400 days up to a second ago, waited for so that the range holds none of the reads that
    // follow (each read is itself an event).
    static AuditFilter rangeBeforeLaterReads() {
        QTest::qWait(1100);
        const QDateTime until =
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 1, QTimeZone::utc());
        QTest::qWait(1100);
        AuditFilter range;
        range.since = until.addDays(-400);
        range.until = until;
        return range;
    }
    static QString utc(const QString &time) {
        return QDateTime::fromString(time, Qt::ISODateWithMs).toUTC().toString(Qt::ISODateWithMs);
    }

private Q_SLOTS:
    void initTestCase() {
        // English as users get it (plural forms from tokendesk_en.ts), for the screenshots too.
        Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        m_sandbox.logOperations();
        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString());
    }

    void anAdministratorPagesToTheEndAndFilters() {
        m_browser.setCredentials(QStringLiteral("admin"), QStringLiteral("admin-password"));
        SignedInApp app(m_sandbox, QStringLiteral("TokenDesk-activity-admin-test"));
        QCOMPARE(signInFailure(app), QString());
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
        saveScreenshotOrFail(window, u"activity.png"_s);
    }

    void anAdministratorExportsTheFilterLocally() {
        const QByteArray pat = adminPat(u"export-check"_s);
        QVERIFY(!pat.isEmpty());
        SignedInApp app(m_sandbox, QStringLiteral("TokenDesk-activity-export-test"));
        QCOMPARE(signInFailure(app), QString());
        MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *pane = window->findChild<ActivityPane *>();
        AuditEventModel *model = pane->model();
        QVERIFY(window->showPane(PaneId::Activity));
        waitLoaded(model);
        // A range that ends before this test's reads.
        AuditFilter filter = rangeBeforeLaterReads();
        model->setFilter(filter);
        model->reload();
        waitLoaded(model);
        const QJsonArray expected = sandboxEvents(pat, AuditApi::where(filter));
        QVERIFY2(expected.size() > 250, qPrintable(QString::number(expected.size())));
        QCOMPARE(model->totalCount(), expected.size());
        QTemporaryDir dir;

        // CSV: every page (not only the 100 loaded), row for row the sandbox's events.
        const QString csvPath = dir.filePath(u"events.csv"_s);
        AuditExportDialog *dialog = pane->exportTo(AuditExport::Format::Csv, csvPath);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), 20000);
        QVERIFY2(dialog->message().contains(u"Saved"_s), qPrintable(dialog->message()));
        QVERIFY2(dialog->statusText().contains(QString::number(expected.size())),
                 qPrintable(dialog->statusText()));
        dialog->close();
        QList<QStringList> rows;
        readEventsCsv(csvPath, u"User,Target,Action type,Action,Description,Time,Outcome,Id"_s, 8,
                      expected, &rows);
        if (QTest::currentTestFailed())
            return;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject event = expected.at(i).toObject();
            const QStringList &row = rows.at(i + 1);
            QCOMPARE(row.at(7), event.value(u"id"_s).toString());
            QCOMPARE(row.at(5), utc(event.value(u"timestamp"_s).toString())); // UTC, as written
        }

        // JSON of a narrower filter: the API's objects, all of them.
        filter.outcome = u"SUCCESS"_s;
        model->setFilter(filter);
        model->reload();
        waitLoaded(model);
        const QJsonArray successes = sandboxEvents(pat, AuditApi::where(filter));
        QVERIFY(successes.size() > 200);
        const QString jsonPath = dir.filePath(u"events.json"_s);
        dialog = pane->exportTo(AuditExport::Format::Json, jsonPath);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), 20000);
        dialog->close();
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray written = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(written.size(), successes.size());
        for (qsizetype i = 0; i < successes.size(); ++i) {
            QJsonObject a = written.at(i).toObject();
            QJsonObject e = successes.at(i).toObject();
            QCOMPARE(utc(a.take(u"timestamp"_s).toString()),
                     utc(e.take(u"timestamp"_s).toString()));
            QCOMPARE(a, e);
        }

        // Cancel after the first page: no file, nothing left in the folder.
        const QString canceledPath = dir.filePath(u"canceled.csv"_s);
        QVERIFY(faultAfterFirstPage(u"latency"_s, u"latencyMs"_s, 1500));
        dialog = pane->exportTo(AuditExport::Format::Csv, canceledPath);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(u"page"_s), 15000);
        dialog->reject();
        QTest::qWait(2000);
        QVERIFY(!QFile::exists(canceledPath));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{u"events.csv"_s, u"events.json"_s}));

        // A 500 in the middle of paging (every attempt of the second page): said, no file.
        const QString failedPath = dir.filePath(u"failed.json"_s);
        QVERIFY(faultAfterFirstPage(u"http500"_s, u"count"_s, 3));
        dialog = pane->exportTo(AuditExport::Format::Json, failedPath);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), 20000);
        QVERIFY2(dialog->message().contains(u"500"_s) && dialog->message().contains(u"no file"_s),
                 qPrintable(dialog->message()));
        QVERIFY(!QFile::exists(failedPath));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{u"events.csv"_s, u"events.json"_s}));
        dialog->close();

        // The platform's export from the pane: Processing said, then saved; an Error said with
        // the platform's message.
        pane->setPollInterval(100);
        const QString platformPath = dir.filePath(u"platform.csv"_s);
        dialog = pane->platformExportTo(u"CSV"_s, platformPath);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().startsWith(u"Processing"_s), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), 15000);
        QVERIFY2(dialog->message().contains(u"Saved"_s), qPrintable(dialog->message()));
        dialog->close();
        QFile platform(platformPath);
        QVERIFY(platform.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(QString::fromUtf8(platform.readAll())).size() - 1,
                 qsizetype(expected.size()));
        QVERIFY(m_sandbox.injectFault(QJsonObject{{u"kind"_s, u"exportError"_s},
                                                  {u"message"_s, u"Export quota exceeded"_s}}));
        dialog = pane->platformExportTo(u"CEF"_s, dir.filePath(u"platform.cef"_s));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), 15000);
        QVERIFY2(dialog->message().contains(u"Export quota exceeded"_s),
                 qPrintable(dialog->message()));
        QVERIFY(!QFile::exists(dir.filePath(u"platform.cef"_s)));
        dialog->close();
    }

    void thePlatformExportIsPolledToCompletion() {
        const QByteArray pat = adminPat(u"platform-check"_s);
        QVERIFY(!pat.isEmpty());
        SignedInApp app(m_sandbox, QStringLiteral("TokenDesk-activity-platform-test"));
        QCOMPARE(signInFailure(app), QString());
        const AuditFilter range = rangeBeforeLaterReads();
        const QDateTime since = *range.since;
        const QDateTime until = *range.until;
        const QJsonArray expected = sandboxEvents(pat, AuditApi::where(range));
        QVERIFY(expected.size() > 250);
        QTemporaryDir dir;
        AuditPlatformExport exporter(app.workspace().api()->audit(), 100);
        QSignalSpy processing(&exporter, &AuditPlatformExport::processing);
        QSignalSpy finished(&exporter, &AuditPlatformExport::finished);
        QSignalSpy failed(&exporter, &AuditPlatformExport::failed);

        // Polled while processing, then the file fetched with the bearer: the sandbox's events.
        const QString path = dir.filePath(u"platform.csv"_s);
        exporter.start(u"CSV"_s, since, until, path);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(failed.size(), 0);
        QVERIFY(processing.size() >= 2); // the start's answer and at least one poll
        QVERIFY(exporter.polls() >= 2);
        QVERIFY(m_sandbox.loggedOperations(u"AuditLogsDownload"_s).size() >= 2);
        QList<QStringList> rows;
        readEventsCsv(path, u"User,Target,Action type,Action,Description,Time,Outcome"_s, 7,
                      expected, &rows);
        if (QTest::currentTestFailed())
            return;

        // The platform's error, with its message; no file.
        QVERIFY(m_sandbox.injectFault(QJsonObject{
            {u"kind"_s, u"exportError"_s}, {u"message"_s, u"Export storage unavailable"_s}}));
        const QString failedPath = dir.filePath(u"failed.csv"_s);
        exporter.start(u"CSV"_s, since, until, failedPath);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QCOMPARE(failed.constFirst().at(0).toString(), u"Export storage unavailable"_s);
        QVERIFY(!QFile::exists(failedPath));

        // Cancel while processing: polling stops, nothing is saved.
        const QString canceledPath = dir.filePath(u"canceled.cef"_s);
        // (as the user would: after the answer, while the next poll waits)
        connect(&exporter, &AuditPlatformExport::processing, &exporter, [&exporter] {
            QTimer::singleShot(0, &exporter, [&exporter] { exporter.cancel(); });
        });
        exporter.start(u"CEF"_s, since, until, canceledPath);
        QTRY_VERIFY(!exporter.isRunning());
        const qsizetype polled = m_sandbox.loggedOperations(u"AuditLogsDownload"_s).size();
        QTest::qWait(800); // longer than the export's delay and several poll intervals
        QCOMPARE(m_sandbox.loggedOperations(u"AuditLogsDownload"_s).size(), polled);
        QVERIFY(!QFile::exists(canceledPath));
        QCOMPARE(finished.size(), 1);
    }

    void aUserSessionSeesAndSendsNoneOfIt() {
        m_browser.setCredentials(QStringLiteral("user"), QStringLiteral("user-password"));
        const qsizetype before = m_sandbox.loggedOperationNames().size();
        SignedInApp app(m_sandbox, QStringLiteral("TokenDesk-activity-user-test"));
        QCOMPARE(signInFailure(app), QString());
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
        QTemporaryDir dir;
        QVERIFY(!pane->exportTo(AuditExport::Format::Csv, dir.filePath(u"user.csv"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"user.csv"_s)));
        QVERIFY(!pane->platformExportTo(u"CSV"_s, dir.filePath(u"user.csv"_s)));
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
