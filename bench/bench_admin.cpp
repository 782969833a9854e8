// The administrators' panes at scale (issue 18), in the app's own main window:
//   bench_admin --issuer URL --api-url URL --service KEYCHAIN --requests DIR
// Restores the session kept by `bench_app --prepare-session --service KEYCHAIN`, then:
//   idle-longest-gap-ms      the longest gap of a 5 ms timer while the window idles (baseline)
//   hygiene-first-rows-ms    opening the Hygiene pane until the view paints its first rows
//   hygiene-load-all-ms      ... until the last page of the board is in
//   hygiene-longest-gap-ms   the longest gap of the 5 ms timer while the board loads
//   hygiene-tokens, hygiene-max-rss-kb   the board's rows; peak RSS with the board loaded
//   audit-first-page-ms      opening the Activity pane (all events: a custom range over the
//                            year) until the view paints its first rows
//   audit-scroll-end-ms      from there, paging as the table scrolls down to the last event
//   audit-filter-change-ms   choosing Outcome "Failure" until the view paints the first rows
//   audit-csv-export-ms      AuditExport writing every event of the year as CSV
// Every GraphQL request of each step is recorded (its body, one file per request) in
// DIR/<step>/, with the headers besides Authorization in DIR/headers.txt, so that
// bench/admin-curl.sh sends exactly the same pages: the network floor of each figure.
#include "ActivityPane.h"
#include "AuditEventModel.h"
#include "AuditExport.h"
#include "BenchApp.h"
#include "EventLoopWait.h"
#include "HygieneModel.h"
#include "HygienePane.h"
#include "MainWindow.h"
#include "ModerneApi.h"
#include "PaneRegistry.h"
#include "Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

// The app's network access, recording the GraphQL requests of the current step.
class RecordingNetwork : public QNetworkAccessManager {
public:
    // Requests of these operations go to DIR/<step>/ from now on (none: recording stops).
    void record(const QString &step, const QStringList &operations) {
        if (!m_step.isEmpty() && m_count > 0) {
            // Where the step's time went: requests on their way (sent to answered, summed) and
            // the app between an answer and the next request.
            std::printf("%s-in-flight-ms %.2f\n%s-between-ms %.2f\n", qPrintable(m_step),
                        m_inFlightNs / 1e6, qPrintable(m_step), m_betweenNs / 1e6);
            std::fflush(stdout);
        }
        m_inFlightNs = 0;
        m_betweenNs = 0;
        m_lastAnswerNs = -1;
        m_step = step;
        m_operations = operations;
        m_count = 0;
        if (!step.isEmpty())
            QDir(m_dir).mkpath(step);
    }
    void setDirectory(const QString &dir) {
        m_dir = dir;
        m_clock.start();
    }
    int recorded() const { return m_count; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override {
        const bool taken = op == PostOperation && outgoingData &&
                           request.url().path().endsWith(QLatin1String("/graphql")) &&
                           take(request, outgoingData->peek(outgoingData->bytesAvailable()));
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
        if (taken) {
            const qint64 sent = m_clock.nsecsElapsed();
            if (m_lastAnswerNs >= 0)
                m_betweenNs += sent - m_lastAnswerNs;
            connect(reply, &QNetworkReply::finished, this, [this, sent] {
                m_lastAnswerNs = m_clock.nsecsElapsed();
                m_inFlightNs += m_lastAnswerNs - sent;
            });
        }
        return reply;
    }

private:
    // Records a request of the step; true when it was one.
    bool take(const QNetworkRequest &request, const QByteArray &body) {
        if (!m_headersWritten) {
            QFile headers(m_dir + QStringLiteral("/headers.txt"));
            if (headers.open(QIODevice::WriteOnly)) {
                for (const QByteArray &name : request.rawHeaderList()) {
                    // Not the bearer (admin-curl.sh adds its own), not the length (curl's).
                    if (name.compare("Authorization", Qt::CaseInsensitive) != 0 &&
                        name.compare("Content-Length", Qt::CaseInsensitive) != 0)
                        headers.write(name + ": " + request.rawHeader(name) + '\n');
                }
                if (!request.rawHeaderList().contains("Content-Type"))
                    headers.write("Content-Type: application/json\n");
            }
            m_headersWritten = true;
        }
        if (m_step.isEmpty())
            return false;
        const QString operation =
            QJsonDocument::fromJson(body).object().value(QLatin1String("operationName")).toString();
        if (!m_operations.contains(operation))
            return false;
        QFile file(QStringLiteral("%1/%2/%3.json")
                       .arg(m_dir, m_step)
                       .arg(++m_count, 6, 10, QLatin1Char('0')));
        if (file.open(QIODevice::WriteOnly))
            file.write(body);
        return true;
    }

    QString m_dir;
    QString m_step;
    QStringList m_operations;
    int m_count = 0;
    bool m_headersWritten = false;
    QElapsedTimer m_clock;
    qint64 m_inFlightNs = 0;
    qint64 m_betweenNs = 0;
    qint64 m_lastAnswerNs = -1;
};

// The event loop's longest gap: a 5 ms timer, and the longest time between two of its ticks.
class GapProbe : public QObject {
public:
    GapProbe() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_clock.nsecsElapsed() / 1e6);
            m_clock.start();
        });
    }
    void start() {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop() {
        m_timer.stop();
        return std::max(m_longest, m_clock.nsecsElapsed() / 1e6);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
};

// When a view first paints rows that came after arm(): the rows a user sees.
class FirstRowsWatch : public QObject {
public:
    explicit FirstRowsWatch(QTableView *view)
        : m_view(view) {
        view->viewport()->installEventFilter(this);
    }
    void arm(const QElapsedTimer *clock) {
        m_clock = clock;
        m_ms = -1;
        m_rowsCame = false;
        QObject::disconnect(m_inserted);
        m_inserted = connect(m_view->model(), &QAbstractItemModel::rowsInserted, this,
                             [this] { m_rowsCame = true; });
    }
    double ms() const { return m_ms; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && m_clock && m_ms < 0 && m_rowsCame &&
            m_view->model()->rowCount() > 0) {
            m_ms = m_clock->nsecsElapsed() / 1e6;
            QObject::disconnect(m_inserted);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    const QElapsedTimer *m_clock = nullptr;
    QMetaObject::Connection m_inserted;
    double m_ms = -1;
    bool m_rowsCame = false;
};

void print(const char *key, double value) {
    std::printf("%s %.2f\n", key, value);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication qapp(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDesk-bench"));
    BenchApp<RecordingNetwork> app(sandboxProfile(), argumentValue(QStringLiteral("--service")));
    app.network.setDirectory(argumentValue(QStringLiteral("--requests")));

    if (!app.restore()) {
        std::fprintf(stderr, "bench_admin: the session was not restored\n");
        return 2;
    }
    MainWindow *window = app.controller.mainWindow();
    window->resize(1200, 700);
    runFor(2000); // settle: first paints, the user's own tokens and SCM list

    GapProbe probe;
    probe.start();
    runFor(2000);
    print("idle-longest-gap-ms", probe.stop());

    // --- The hygiene board ---------------------------------------------------------------
    auto *hygiene = window->findChild<HygienePane *>();
    if (!hygiene)
        return 3;
    HygieneModel *board = hygiene->model();
    FirstRowsWatch hygieneRows(hygiene->view());
    bool failed = false;
    QObject::connect(board, &HygieneModel::loadFailed, [&](const QString &message) {
        std::fprintf(stderr, "bench_admin: the hygiene board failed: %s\n", qPrintable(message));
        failed = true;
    });
    QElapsedTimer clock;
    app.network.record(QStringLiteral("hygiene-all"),
                       {QStringLiteral("UsersWithTokens"), QStringLiteral("UserTokens")});
    clock.start();
    hygieneRows.arm(&clock);
    probe.start();
    window->showPane(PaneId::Hygiene);
    int firstRequests = -1;
    if (!runUntil([&] {
            if (firstRequests < 0 && hygieneRows.ms() >= 0)
                firstRequests = app.network.recorded();
            return failed || (board->isComplete() && hygieneRows.ms() >= 0);
        }) ||
        failed)
        return 4;
    const double loadAll = clock.nsecsElapsed() / 1e6;
    print("hygiene-longest-gap-ms", probe.stop());
    print("hygiene-first-rows-ms", hygieneRows.ms());
    print("hygiene-load-all-ms", loadAll);
    print("hygiene-first-rows-requests", firstRequests);
    print("hygiene-requests", app.network.recorded());
    std::printf("hygiene-tokens %d\n", board->rowCount());
    runFor(200); // the last paints
    std::printf("hygiene-max-rss-kb %ld\n", maxRssKb());
    std::fflush(stdout);
    // The first page alone, for its network floor (the first request of the board).
    {
        const QString dir = argumentValue(QStringLiteral("--requests"));
        QDir(dir).mkpath(QStringLiteral("hygiene-first"));
        QFile::copy(dir + QStringLiteral("/hygiene-all/000001.json"),
                    dir + QStringLiteral("/hygiene-first/000001.json"));
    }

    // --- Activity: every event of the year ------------------------------------------------
    // Settle first, as curl's replay of these requests starts from a quiet sandbox: the 200
    // board requests just before leave the sandbox (Node) collecting their garbage for a while,
    // which slowed the first page's answer by 5 to 20 ms.
    runFor(2000);
    auto *activity = window->findChild<ActivityPane *>();
    if (!activity)
        return 5;
    AuditEventModel *events = activity->model();
    QObject::connect(events, &AuditEventModel::loadFailed, [&](const QString &message) {
        std::fprintf(stderr, "bench_admin: the audit events failed: %s\n", qPrintable(message));
        failed = true;
    });
    auto *range = activity->findChild<QComboBox *>(QStringLiteral("rangeCombo"));
    auto *since = activity->findChild<QDateTimeEdit *>(QStringLiteral("sinceEdit"));
    auto *until = activity->findChild<QDateTimeEdit *>(QStringLiteral("untilEdit"));
    auto *outcome = activity->findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
    if (!range || !since || !until || !outcome)
        return 6;
    const QDateTime now = QDateTime::currentDateTime();
    range->setCurrentIndex(range->findData(int(ActivityPane::Range::Custom)));
    since->setDateTime(now.addDays(-400));
    until->setDateTime(now.addDays(1));
    FirstRowsWatch auditRows(activity->view());
    // Until the view paints the first rows of the events (all of the first page in).
    const auto firstPageShown = [&] {
        return runUntil([&] {
                   return failed ||
                          (auditRows.ms() >= 0 && events->hasStarted() && !events->isLoading());
               }) &&
               !failed;
    };
    app.network.record(QStringLiteral("audit-first"), {QStringLiteral("AuditLogs")});
    clock.start();
    auditRows.arm(&clock);
    window->showPane(PaneId::Activity); // applies the filters at once
    if (!firstPageShown())
        return 7;
    print("audit-first-page-ms", auditRows.ms());

    // Scrolling to the end: the view asks for the next page when it reaches the bottom.
    QTableView *table = activity->view();
    app.network.record(QStringLiteral("audit-scroll"), {QStringLiteral("AuditLogs")});
    probe.start();
    clock.start();
    const auto scrollDown = [&] {
        table->scrollToBottom();
        if (events->canFetchMore())
            events->fetchMore();
    };
    QObject::connect(events, &AuditEventModel::pageLoaded, table,
                     [&] { QMetaObject::invokeMethod(table, scrollDown, Qt::QueuedConnection); });
    scrollDown();
    if (!runUntil([&] { return failed || (!events->hasMore() && !events->isLoading()); }) || failed)
        return 8;
    print("audit-scroll-end-ms", clock.nsecsElapsed() / 1e6);
    print("audit-scroll-longest-gap-ms", probe.stop());
    std::printf("audit-events %d\naudit-scroll-requests %d\n", events->rowCount(),
                app.network.recorded());
    std::fflush(stdout);
    QObject::disconnect(events, &AuditEventModel::pageLoaded, table, nullptr);
    std::printf("audit-max-rss-kb %ld\n", maxRssKb());

    // A filter change: failures only.
    app.network.record(QStringLiteral("audit-filter"), {QStringLiteral("AuditLogs")});
    clock.start();
    auditRows.arm(&clock);
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("FAILURE")));
    activity->applyFilters(); // what the pane's short debounce does after the choice
    if (!firstPageShown())
        return 9;
    print("audit-filter-change-ms", auditRows.ms());

    // The local CSV export of every event of the year.
    AuditExport exporter(app.workspace.api()->audit());
    AuditFilter all;
    all.since = now.addDays(-400).toUTC();
    all.until = now.addDays(1).toUTC();
    const QString path =
        argumentValue(QStringLiteral("--requests")) + QStringLiteral("/export.csv");
    int written = -1;
    QObject::connect(&exporter, &AuditExport::finished,
                     [&](const QString &, int count) { written = count; });
    QObject::connect(&exporter, &AuditExport::failed, [&](const QString &message) {
        std::fprintf(stderr, "bench_admin: the export failed: %s\n", qPrintable(message));
        failed = true;
    });
    app.network.record(QStringLiteral("audit-export"), {QStringLiteral("AuditLogs")});
    clock.start();
    QString error;
    if (!exporter.start(all, AuditExport::Format::Csv, path, &error)) {
        std::fprintf(stderr, "bench_admin: %s\n", qPrintable(error));
        return 10;
    }
    if (!runUntil([&] { return failed || written >= 0; }) || failed)
        return 11;
    print("audit-csv-export-ms", clock.nsecsElapsed() / 1e6);
    std::printf("audit-csv-rows %d\naudit-export-requests %d\n", written, app.network.recorded());
    app.network.record({}, {});
    QFile::remove(path);
    return 0;
}
