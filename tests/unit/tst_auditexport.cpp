// AuditExport against a scripted server of 250 events (pages of 100): the CSV (parsed as RFC 4180)
// and the JSON hold exactly the server's events of the filter, all pages, in order; a cancel in
// the middle leaves no file (nor a temporary one); a 500 in the middle of paging is reported and
// leaves no file; a page refused for its cost is asked again smaller.
#include "AuditApi.h"
#include "AuditExport.h"
#include "Csv.h"
#include "FakeApi.h"
#include "FakeAuditServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
// The events of the scripted server; some descriptions need RFC 4180 quoting.
QJsonObject eventNode(int i) {
    const QDateTime newest(QDate(2026, 12, 5), QTime(8, 0), QTimeZone::utc());
    QString description = QStringLiteral("Event %1").arg(i);
    if (i % 5 == 0)
        description =
            QStringLiteral("Revoked access token 'CI, \"prod\"' (%1)\r\nsecond line").arg(i);
    return QJsonObject{
        {u"id"_s, QStringLiteral("e%1").arg(i)},
        {u"user"_s, QJsonObject{{u"email"_s, QStringLiteral("u%1@moderne.example").arg(i % 4)}}},
        {u"target"_s, i % 3 == 2 ? u"audit.logs"_s : u"access.tokens"_s},
        {u"action"_s, i % 3 == 2 ? u"read.audit.logs"_s : u"create.token"_s},
        {u"actionType"_s, i % 3 == 2 ? u"READ"_s : u"CREATE"_s},
        {u"outcome"_s, i % 7 == 0 ? u"FAILURE"_s : u"SUCCESS"_s},
        {u"description"_s, description},
        {u"timestamp"_s,
         newest.addSecs(-60 * i).addMSecs(i % 2 ? 250 : 0).toString(Qt::ISODateWithMs)}};
}

struct AuditServer : FakeAuditServer {
    AuditServer() { node = eventNode; }
};

// An exporter over the scripted server, writing into a fresh folder, and its signals.
struct ExportRun {
    ExportRun() { fake.network.setHandler(std::ref(server)); }
    QString path(const QString &name) const { return dir.filePath(name); }
    QStringList files() const { return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden); }

    FakeApi fake;
    AuditServer server;
    QTemporaryDir dir;
    AuditExport exporter{fake.api.audit()};
    // What the exporter reported.
    QSignalSpy progress{&exporter, &AuditExport::progress};
    QSignalSpy finished{&exporter, &AuditExport::finished};
    QSignalSpy failed{&exporter, &AuditExport::failed};
    QSignalSpy canceled{&exporter, &AuditExport::canceled};
};

QString utc(const QString &timestamp) {
    return QDateTime::fromString(timestamp, Qt::ISODateWithMs).toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

class TestAuditExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvOfAllPagesEqualsTheServersEvents();
    void jsonOfAllPagesEqualsTheServersEvents();
    void cancelLeavesNoFile();
    void aServerErrorMidPagingLeavesNoFile();
    void aCostRefusalAsksForSmallerPages();
};

void TestAuditExport::csvOfAllPagesEqualsTheServersEvents() {
    ExportRun run;
    const QString path = run.path(u"events.csv"_s);
    AuditExport &exporter = run.exporter;
    AuditFilter filter;
    filter.outcome = u"SUCCESS"_s;
    QVERIFY(exporter.start(filter, AuditExport::Format::Csv, path));
    QTRY_COMPARE(run.finished.size(), 1);
    QCOMPARE(run.finished.constFirst().at(1).toInt(), 250);
    QCOMPARE(run.server.requests, 3);
    QCOMPARE(run.progress.size(), 3);
    QCOMPARE(run.progress.at(0), (QVariantList{100, 250, 1}));
    QCOMPARE(run.progress.at(2), (QVariantList{250, 250, 3}));
    // Every request carried the filter.
    for (const auto &request : run.fake.network.requests())
        QCOMPARE(QJsonDocument::fromJson(request.body)
                     .object()
                     .value(u"variables"_s)
                     .toObject()
                     .value(u"where"_s)
                     .toObject()
                     .value(u"outcome"_s)
                     .toObject(),
                 (QJsonObject{{u"_eq"_s, u"SUCCESS"_s}}));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
    QCOMPARE(rows.size(), 251);
    QCOMPARE(rows.constFirst(), (QStringList{u"User"_s, u"Target"_s, u"Action type"_s, u"Action"_s,
                                             u"Description"_s, u"Time"_s, u"Outcome"_s, u"Id"_s}));
    for (int i = 0; i < 250; ++i) {
        const QJsonObject node = eventNode(i);
        const QStringList &row = rows.at(i + 1);
        QCOMPARE(row.size(), 8);
        QVERIFY2(row.at(5).endsWith(u'Z'), qPrintable(row.at(5)));
        const QString differs = auditRowDiffers(row, node);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        QCOMPARE(row.at(7), node.value(u"id"_s).toString());
    }
    QCOMPARE(run.files(), QStringList{u"events.csv"_s});
}

void TestAuditExport::jsonOfAllPagesEqualsTheServersEvents() {
    ExportRun run;
    const QString path = run.path(u"events.json"_s);
    AuditExport &exporter = run.exporter;
    QVERIFY(exporter.start({}, AuditExport::Format::Json, path));
    QTRY_COMPARE(run.finished.size(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 250);
    for (int i = 0; i < 250; ++i) {
        QJsonObject expected = eventNode(i);
        QJsonObject actual = array.at(i).toObject();
        QCOMPARE(utc(actual.value(u"timestamp"_s).toString()),
                 utc(expected.value(u"timestamp"_s).toString()));
        QVERIFY(actual.value(u"timestamp"_s).toString().endsWith(u'Z'));
        actual.remove(u"timestamp"_s);
        expected.remove(u"timestamp"_s);
        QCOMPARE(actual, expected);
    }
}

void TestAuditExport::cancelLeavesNoFile() {
    ExportRun run;
    const QString path = run.path(u"events.csv"_s);
    AuditExport &exporter = run.exporter;
    connect(&exporter, &AuditExport::progress, &exporter, [&exporter](int written) {
        if (written >= 100)
            exporter.cancel();
    });
    QVERIFY(exporter.start({}, AuditExport::Format::Csv, path));
    QTRY_COMPARE(run.canceled.size(), 1);
    QTest::qWait(100);
    QCOMPARE(run.finished.size(), 0);
    QVERIFY(!exporter.isRunning());
    QCOMPARE(run.server.requests, 1);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(run.files(), QStringList());
}

void TestAuditExport::aServerErrorMidPagingLeavesNoFile() {
    ExportRun run;
    run.fake.client.setReadRetries(1, 10);
    run.server.failAfter = 100;
    const QString path = run.path(u"events.json"_s);
    AuditExport &exporter = run.exporter;
    QVERIFY(exporter.start({}, AuditExport::Format::Json, path));
    QTRY_COMPARE(run.failed.size(), 1);
    QVERIFY2(run.failed.constFirst().at(0).toString().contains(u"500"_s),
             qPrintable(run.failed.constFirst().at(0).toString()));
    QCOMPARE(exporter.written(), 100);
    QCOMPARE(run.finished.size(), 0);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(run.files(), QStringList());
}

void TestAuditExport::aCostRefusalAsksForSmallerPages() {
    ExportRun run;
    run.server.total = 60;
    run.server.maxFirst = 25;
    AuditExport &exporter = run.exporter;
    QVERIFY(exporter.start({}, AuditExport::Format::Csv, run.path(u"e.csv"_s)));
    QTRY_COMPARE(run.finished.size(), 1);
    QCOMPARE(run.failed.size(), 0);
    QCOMPARE(exporter.written(), 60);
    QCOMPARE(exporter.pages(), 3); // 25, 25, 10 after 100 and 50 were refused
}

QTEST_MAIN(TestAuditExport)
#include "tst_auditexport.moc"
