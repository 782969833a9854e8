// Issue 15, item 12: a copied secret is marked for clipboard managers
// (x-kde-passwordManagerHint: secret) and is taken off the clipboard when TokenDesk quits, if
// the clipboard still holds it; what the user copied since stays. On the X server of Xvfb.
#include "ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTest>
#include <QTimer>

namespace {
// Runs the application's event loop and quits it, as Ctrl+Q does.
void quitApplication() {
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
}
} // namespace

class tst_ClipboardGuard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void copiesAreMarkedSecret() {
        const QString secret = QStringLiteral("mat-clipboard-guard-secret-1");
        ClipboardGuard::copy(secret, 60000);
        QClipboard *clipboard = QGuiApplication::clipboard();
        QTRY_COMPARE(clipboard->text(), secret);
        const QMimeData *data = clipboard->mimeData();
        QVERIFY(data);
        QVERIFY2(data->hasFormat(QStringLiteral("x-kde-passwordManagerHint")),
                 qPrintable(data->formats().join(QLatin1Char(' '))));
        QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        clipboard->clear();
    }

    void quittingTakesTheSecretOff() {
        const QString secret = QStringLiteral("mat-clipboard-guard-secret-2");
        ClipboardGuard::copy(secret, 60000);
        QClipboard *clipboard = QGuiApplication::clipboard();
        QTRY_COMPARE(clipboard->text(), secret);
        quitApplication();
        QTRY_VERIFY2(clipboard->text().isEmpty(), qPrintable(clipboard->text()));
    }

    void quittingLeavesWhatTheUserCopiedSince() {
        ClipboardGuard::copy(QStringLiteral("mat-clipboard-guard-secret-3"), 60000);
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setText(QStringLiteral("something else"));
        quitApplication();
        QCOMPARE(clipboard->text(), QStringLiteral("something else"));
        clipboard->clear();
    }
};

QTEST_MAIN(tst_ClipboardGuard)
#include "tst_clipboard_guard.moc"
