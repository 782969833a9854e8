#pragma once

// A revocation receipt (RevocationReceipt) saved in both of its forms by what shows it (the
// hygiene board, the offboarding dialog) and read back, for GUI tests.
#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

struct SavedReceipt {
    QJsonObject json;    // the JSON form, parsed
    QByteArray csvBytes; // the CSV form, as written
};

// In a test function: `owner->saveReceipt(path)` writes receipt.json and receipt.csv into a
// temporary folder, both are read back into *saved, neither holds a token value ("mat-"), and the
// JSON names `actor` as the one who acted. A failure fails the test (the caller checks
// QTest::currentTestFailed()).
template <typename Owner>
void saveReceiptInBothForms(Owner *owner, const QString &actor, SavedReceipt *saved) {
    QTemporaryDir dir;
    const QString jsonPath = dir.filePath(QStringLiteral("receipt.json"));
    const QString csvPath = dir.filePath(QStringLiteral("receipt.csv"));
    QVERIFY(owner->saveReceipt(jsonPath));
    QVERIFY(owner->saveReceipt(csvPath));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray jsonBytes = json.readAll();
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    saved->csvBytes = csv.readAll();
    QVERIFY(!jsonBytes.contains("mat-") && !saved->csvBytes.contains("mat-"));
    saved->json = QJsonDocument::fromJson(jsonBytes).object();
    QCOMPARE(saved->json.value(QLatin1String("actor")).toString(), actor);
}
