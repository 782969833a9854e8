// The rotation's decisions shared by tokendesk-cli and the app (services/RotationRules) and the
// journal's round trip: the lifetime within the cap, the plan, the tokens a lost create made.
#include "RotationJournal.h"
#include "RotationRules.h"

#include <QTemporaryDir>
#include <QTest>

class TestRotationRules : public QObject {
    Q_OBJECT

    static AccessToken token(const QString &id, const QString &description,
                             const QDateTime &created, std::optional<QDateTime> expiresAt) {
        AccessToken t;
        t.id = id;
        t.description = description;
        t.created = created;
        t.expiresAt = expiresAt;
        return t;
    }

private Q_SLOTS:
    void lifetimeIsTheOldOnes() {
        const QDateTime created(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const auto old =
            token(QStringLiteral("1"), QStringLiteral("ci"), created, created.addDays(90));
        const auto lifetime = RotationRules::lifetimeFor(old, std::nullopt, std::nullopt);
        QCOMPARE(lifetime.seconds, std::optional<qint64>(90 * RotationRules::Day));
        QVERIFY(!lifetime.capped);
        // Given days win over the old lifetime.
        QCOMPARE(RotationRules::lifetimeFor(old, 7, std::nullopt).seconds,
                 std::optional<qint64>(7 * RotationRules::Day));
    }

    void capShortensTheLifetime() {
        const QDateTime created(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const auto old =
            token(QStringLiteral("1"), QStringLiteral("ci"), created, created.addDays(90));
        const auto lifetime = RotationRules::lifetimeFor(old, std::nullopt, 30);
        QVERIFY(lifetime.capped);
        QCOMPARE(lifetime.seconds, std::optional<qint64>(30 * RotationRules::Day));
        QCOMPARE(lifetime.wanted, std::optional<qint64>(90 * RotationRules::Day));
        // A token that never expires gets the cap.
        const auto forever =
            token(QStringLiteral("2"), QStringLiteral("ci"), created, std::nullopt);
        const auto capped = RotationRules::lifetimeFor(forever, std::nullopt, 30);
        QVERIFY(capped.capped);
        QVERIFY(!capped.wanted);
        QVERIFY(!RotationRules::lifetimeFor(forever, std::nullopt, std::nullopt).seconds);
        // Within the cap: unchanged.
        QVERIFY(!RotationRules::lifetimeFor(old, std::nullopt, 365).capped);
    }

    void lostCreateFindsOnlyWhatItMade() {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto old =
            token(QStringLiteral("old"), QStringLiteral("ci"), now.addDays(-80), now.addDays(10));
        const auto twin =
            token(QStringLiteral("twin"), QStringLiteral("ci"), now.addDays(-5), now.addDays(20));
        const auto other =
            token(QStringLiteral("other"), QStringLiteral("deploy"), now, now.addDays(1));
        Rotation rotation = RotationRules::plan(
            QStringLiteral("r"), QStringLiteral("t"), old, {old, twin, other},
            RotationRules::lifetimeFor(old, std::nullopt, std::nullopt), 3600, now);
        QCOMPARE(rotation.knownIds, (QStringList{QStringLiteral("old"), QStringLiteral("twin")}));
        rotation.step = Rotation::Step::CreateSent;
        rotation.createSentAt = now;
        const auto made =
            token(QStringLiteral("new"), QStringLiteral("ci"), now.addSecs(1), now.addDays(90));
        // Before: nothing made; after: exactly the new one (not the twin, not another name).
        QVERIFY(RotationRules::madeBy(rotation, {old, twin, other}).isEmpty());
        const QList<AccessToken> found = RotationRules::madeBy(rotation, {old, twin, made, other});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().id, QStringLiteral("new"));
    }

    void journalKeepsStepsAndNoValue() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rotations.json"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto old =
            token(QStringLiteral("old"), QStringLiteral("ci"), now.addDays(-1), now.addDays(10));
        {
            RotationJournal journal(path);
            QString error;
            QVERIFY(journal.open(&error));
            Rotation r = RotationRules::plan(
                QStringLiteral("r1"), QStringLiteral("t"), old, {old},
                RotationRules::lifetimeFor(old, std::nullopt, std::nullopt), 86400, now);
            r.step = Rotation::Step::RevokeDue;
            r.newId = QStringLiteral("new");
            r.revokeDueAt = now.addDays(1);
            journal.rotations().append(r);
            QVERIFY(journal.save(&error));
        }
        RotationJournal again(path);
        QString error;
        QVERIFY(again.open(&error));
        const Rotation *r = again.find(QStringLiteral("r1"));
        QVERIFY(r);
        QCOMPARE(r->step, Rotation::Step::RevokeDue);
        QCOMPARE(r->newId, QStringLiteral("new"));
        QCOMPARE(r->revokeAfterSeconds, 86400);
        QCOMPARE(r->knownIds, QStringList{QStringLiteral("old")});
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("mat-"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestRotationRules)
#include "tst_rotation_rules.moc"
