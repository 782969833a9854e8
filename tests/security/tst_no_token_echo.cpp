// Issue 15, item 13: `tokendesk` and `tokendesk-cli` never repeat token text in an error
// message. Each run gives a malformed token carrying a marker where it does not belong (as an
// argument, an option, an option's value, or on standard input); standard error says what is
// wrong without the marker.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray Marker = "TOKENDESKMARKER";

struct Run {
    int exitCode = -1;
    QByteArray errors;
    QByteArray output;
};

Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {}) {
    static QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitCode();
    result.errors = process.readAllStandardError();
    result.output = process.readAllStandardOutput();
    return result;
}

QString token(const QString &kind) {
    const QString marker = QString::fromLatin1(Marker);
    if (kind == QLatin1String("jwt"))
        return QStringLiteral("eyJhbGciOiJub25lIn0.") + marker + QStringLiteral("x");
    if (kind == QLatin1String("pat"))
        return QStringLiteral("mat-") + marker + QStringLiteral("0123456789abcdef");
    if (kind == QLatin1String("jwe"))
        return marker + QStringLiteral(".a.b.c");
    return marker + QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyz0123456789");
}
} // namespace

class tst_NoTokenEcho : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void app_data() {
        QTest::addColumn<QStringList>("arguments");
        for (const QString kind : {QStringLiteral("jwt"), QStringLiteral("pat"),
                                   QStringLiteral("jwe"), QStringLiteral("opaque")}) {
            const QString t = token(kind);
            const QByteArray k = kind.toLatin1();
            QTest::newRow(k + " after --inspect") << QStringList{QStringLiteral("--inspect"), t};
            QTest::newRow(k + " as an argument") << QStringList{t};
            QTest::newRow(k + " as an option") << QStringList{QStringLiteral("--") + t};
            QTest::newRow(k + " as --platform") << QStringList{QStringLiteral("--platform"), t};
        }
    }
    void app() {
        QFETCH(QStringList, arguments);
        const Run result = run(QStringLiteral(TOKENDESK_BINARY), arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.errors.trimmed().isEmpty());
        QVERIFY2(!result.errors.contains(Marker), result.errors.constData());
        QVERIFY(!result.output.contains(Marker));
    }

    void cli_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        for (const QString kind : {QStringLiteral("jwt"), QStringLiteral("pat"),
                                   QStringLiteral("jwe"), QStringLiteral("opaque")}) {
            const QString t = token(kind);
            const QByteArray k = kind.toLatin1();
            QTest::newRow(k + " as the command") << QStringList{t} << QByteArray();
            QTest::newRow(k + " as an option")
                << QStringList{QStringLiteral("inspect"), QStringLiteral("--") + t} << QByteArray();
            QTest::newRow(k + " as --issuer")
                << QStringList{QStringLiteral("inspect"), QStringLiteral("--issuer"), t}
                << QByteArray();
            QTest::newRow(k + " as --now")
                << QStringList{QStringLiteral("inspect"), QStringLiteral("--now"), t}
                << QByteArray();
            QTest::newRow(k + " as --jwks")
                << QStringList{QStringLiteral("inspect"), QStringLiteral("--jwks"), t}
                << QByteArray("eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
        }
        QTest::newRow("malformed on stdin")
            << QStringList{QStringLiteral("inspect")} << (Marker + ".abc");
        QTest::newRow("undecodable part on stdin")
            << QStringList{QStringLiteral("inspect")} << ("eyJ" + Marker + ".e30.c2ln");
    }
    void cli() {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        const Run result = run(QStringLiteral(TOKENDESK_CLI_BINARY), arguments, input);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.errors.trimmed().isEmpty());
        QVERIFY2(!result.errors.contains(Marker), result.errors.constData());
    }
};

QTEST_GUILESS_MAIN(tst_NoTokenEcho)
#include "tst_no_token_echo.moc"
