// RevocationReceipt: the CSV (parsed as RFC 4180) and the JSON hold the tenant, actor, action,
// and per token its owner, id, description, outcome, message and time; save() picks the format
// by the suffix, writes all or nothing and reports a path it cannot write.
#include "Csv.h"
#include "RevocationReceipt.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QDateTime when(QDate(2026, 12, 5), QTime(17, 30), QTimeZone::utc());

RevocationReceipt sample() {
    RevocationReceipt receipt(u"Acme (acme.moderne.io)"_s, u"admin@acme.example"_s,
                              u"Revoke selected tokens"_s, when);
    receipt.add({u"ann@acme.example"_s,
                 u"t1"_s,
                 u"CI, \"prod\"\r\nnightly"_s,
                 u"revoked"_s,
                 {},
                 when.addSecs(2)});
    receipt.add({u"bob@acme.example"_s,
                 u"t2"_s,
                 u"mod cli"_s,
                 u"failed"_s,
                 u"Access token not found"_s,
                 {}});
    receipt.add({u"bob@acme.example"_s, u"t3"_s, u"laptop"_s, u"unknown"_s,
                 u"The answer was lost: the token may have been revoked."_s, when.addSecs(5)});
    return receipt;
}
} // namespace

class tst_RevocationReceipt : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvHasOneRowPerToken() {
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(sample().toCsv()));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0),
                 (QStringList{u"Tenant"_s, u"Actor"_s, u"Action"_s, u"Time"_s, u"Owner"_s,
                              u"Token id"_s, u"Description"_s, u"Outcome"_s, u"Message"_s}));
        QCOMPARE(rows.at(1),
                 (QStringList{u"Acme (acme.moderne.io)"_s, u"admin@acme.example"_s,
                              u"Revoke selected tokens"_s, u"2026-12-05T17:30:02.000Z"_s,
                              u"ann@acme.example"_s, u"t1"_s, u"CI, \"prod\"\r\nnightly"_s,
                              u"revoked"_s, QString()}));
        // An entry without its own time carries the receipt's.
        QCOMPARE(rows.at(2).at(3), u"2026-12-05T17:30:00.000Z"_s);
        QCOMPARE(rows.at(2).at(7), u"failed"_s);
        QCOMPARE(rows.at(2).at(8), u"Access token not found"_s);
        QCOMPARE(rows.at(3).at(5), u"t3"_s);
        QCOMPARE(rows.at(3).at(7), u"unknown"_s);
    }

    void jsonHoldsTheSameFacts() {
        const QJsonObject receipt = QJsonDocument::fromJson(sample().toJson()).object();
        QCOMPARE(receipt.value(u"tenant"_s).toString(), u"Acme (acme.moderne.io)"_s);
        QCOMPARE(receipt.value(u"actor"_s).toString(), u"admin@acme.example"_s);
        QCOMPARE(receipt.value(u"action"_s).toString(), u"Revoke selected tokens"_s);
        QCOMPARE(receipt.value(u"time"_s).toString(), u"2026-12-05T17:30:00.000Z"_s);
        const QJsonArray entries = receipt.value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 3);
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(u"owner"_s).toString(), u"ann@acme.example"_s);
        QCOMPARE(first.value(u"id"_s).toString(), u"t1"_s);
        QCOMPARE(first.value(u"description"_s).toString(), u"CI, \"prod\"\r\nnightly"_s);
        QCOMPARE(first.value(u"outcome"_s).toString(), u"revoked"_s);
        QCOMPARE(first.value(u"time"_s).toString(), u"2026-12-05T17:30:02.000Z"_s);
        QCOMPARE(entries.at(1).toObject().value(u"time"_s).toString(),
                 u"2026-12-05T17:30:00.000Z"_s);
        QCOMPARE(entries.at(2).toObject().value(u"message"_s).toString(),
                 u"The answer was lost: the token may have been revoked."_s);
    }

    void countsPerOutcome() {
        const RevocationReceipt receipt = sample();
        QCOMPARE(receipt.count(u"revoked"_s), 1);
        QCOMPARE(receipt.count(u"failed"_s), 1);
        QCOMPARE(receipt.count(u"unknown"_s), 1);
        QCOMPARE(receipt.entries().size(), 3);
    }

    void saveChoosesTheFormatBySuffix() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const RevocationReceipt receipt = sample();
        QString error;
        QVERIFY(receipt.save(dir.filePath(u"receipt.JSON"_s), &error));
        QVERIFY(error.isEmpty());
        QVERIFY(receipt.save(dir.filePath(u"receipt.csv"_s), &error));
        QFile json(dir.filePath(u"receipt.JSON"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(json.readAll(), receipt.toJson());
        QFile csv(dir.filePath(u"receipt.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), receipt.toCsv());
    }

    void saveReportsAPathItCannotWrite() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"missing/receipt.csv"_s);
        QString error;
        QVERIFY(!sample().save(path, &error));
        QVERIFY2(error.startsWith(path + u" could not be saved: "_s), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_RevocationReceipt)
#include "tst_revocationreceipt.moc"
