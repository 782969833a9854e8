// QtKeychain round trip through the real Secret Service (gnome-keyring in the test session).
#include "KeychainCredentialStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class tst_Keychain : public QObject {
    Q_OBJECT
private:
    CredentialStore::ReadResult read(const QString &key) {
        CredentialStore::ReadResult result;
        bool done = false;
        m_store.read(key, [&](const CredentialStore::ReadResult &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            result.error = QStringLiteral("no answer");
        return result;
    }
    QString write(const QString &key, const QByteArray &secret) {
        QString error = QStringLiteral("no answer");
        bool done = false;
        m_store.write(key, secret, [&](const QString &e) {
            error = e;
            done = true;
        });
        QTest::qWaitFor([&] { return done; }, 15000);
        return error;
    }
    QString remove(const QString &key) {
        QString error = QStringLiteral("no answer");
        bool done = false;
        m_store.remove(key, [&](const QString &e) {
            error = e;
            done = true;
        });
        QTest::qWaitFor([&] { return done; }, 15000);
        return error;
    }

    KeychainCredentialStore m_store{QStringLiteral("TokenDesk-test")};
    const QString m_key = QStringLiteral("https://127.0.0.1/auth/realms/test|%1")
                              .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));

private Q_SLOTS:
    void missingEntryIsNotAnError() {
        const auto result = read(m_key);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.found);
    }

    void writeReadOverwriteRemove() {
        const QByteArray first = QUuid::createUuid().toByteArray();
        QByteArray second = QUuid::createUuid().toByteArray() + QByteArray("\x00\x01\xff", 3);
        QCOMPARE(write(m_key, first), QString());
        auto result = read(m_key);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.found);
        QVERIFY(result.secret == first); // QCOMPARE would print the secret on failure

        QCOMPARE(write(m_key, second), QString());
        result = read(m_key);
        QVERIFY(result.found);
        QVERIFY(result.secret == second);

        QCOMPARE(remove(m_key), QString());
        result = read(m_key);
        QVERIFY(result.error.isEmpty());
        QVERIFY(!result.found);
    }

    void removingAMissingEntrySucceeds() {
        QCOMPARE(remove(m_key + QStringLiteral("-none")), QString());
    }

    void entriesAreKeyedSeparately() {
        const QString otherKey = m_key + QStringLiteral("-other");
        QCOMPARE(write(m_key, "one"), QString());
        QCOMPARE(write(otherKey, "two"), QString());
        QVERIFY(read(m_key).secret == "one");
        QVERIFY(read(otherKey).secret == "two");
        QCOMPARE(remove(m_key), QString());
        QVERIFY(!read(m_key).found);
        QVERIFY(read(otherKey).found);
        QCOMPARE(remove(otherKey), QString());
    }
};

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
