// The rotation's decisions shared by tokendesk-cli and the app (services/RotationRules) and the
// journal's round trip: the lifetime within the cap, the plan, the tokens a lost create made.
#include "RotationJournal.h"
#include "RotationRules.h"

#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestRotationRules : public QObject {
    Q_OBJECT

    static AccessToken token(const QString &id, const QString &description,
                             const QDateTime &created, std::optional<QDateTime> expiresAt) {
        return AccessToken{id, description, created, expiresAt};
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

    // The "locked" message names whoever holds the lock: a process named tokendesk (the app),
    // tokendesk-cli, or another program. A copy of `sleep` under each name holds it (the lock
    // file written as QLockFile writes it, with that process's id and name).
    void lockedJournalNamesItsHolder_data() {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("neverSays");
        QTest::newRow("app") << QStringLiteral("tokendesk") << QStringLiteral("TokenDesk (process")
                             << QStringLiteral("tokendesk-cli");
        QTest::newRow("cli") << QStringLiteral("tokendesk-cli")
                             << QStringLiteral("Another tokendesk-cli (process")
                             << QStringLiteral("TokenDesk (");
        QTest::newRow("other") << QStringLiteral("backup-tool")
                               << QStringLiteral("Another program (backup-tool, process")
                               << QStringLiteral("tokendesk-cli");
    }

    void lockedJournalNamesItsHolder() {
        QFETCH(QString, program);
        QFETCH(QString, says);
        QFETCH(QString, neverSays);
        QTemporaryDir dir;
        const QString sleepPath = QStandardPaths::findExecutable(QStringLiteral("sleep"));
        QVERIFY(!sleepPath.isEmpty());
        const QString holderPath = dir.filePath(program);
        QVERIFY(QFile::copy(sleepPath, holderPath));
        QVERIFY(QFile::setPermissions(holderPath, QFile::ReadOwner | QFile::ExeOwner));
        QProcess holder;
        holder.start(holderPath, {QStringLiteral("30")});
        QVERIFY(holder.waitForStarted());
        // What QLockFile writes (pid, program, host, machine and boot ids), as that process.
        const QString probe = dir.filePath(QStringLiteral("probe.lock"));
        QByteArrayList lines;
        {
            QLockFile lock(probe);
            QVERIFY(lock.tryLock(0));
            QFile file(probe);
            QVERIFY(file.open(QIODevice::ReadOnly));
            lines = file.readAll().split('\n');
        }
        QVERIFY(lines.size() >= 3);
        lines[0] = QByteArray::number(holder.processId());
        lines[1] = program.toUtf8();
        const QString path = dir.filePath(QStringLiteral("rotations.json"));
        QFile lockFile(path + QStringLiteral(".lock"));
        QVERIFY(lockFile.open(QIODevice::WriteOnly));
        lockFile.write(lines.join('\n'));
        lockFile.close();

        RotationJournal journal(path);
        QString error;
        QVERIFY(!journal.open(&error, 100));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(!error.contains(neverSays), qPrintable(error));
        QVERIFY2(error.contains(QString::number(holder.processId())), qPrintable(error));
        holder.kill();
        holder.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestRotationRules)
#include "tst_rotation_rules.moc"
