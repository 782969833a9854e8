// "Rotate…" in the tokens pane against the sandbox (30-day cap) with the real keychain: the
// dialog prefilled with the old lifetime shortened to the cap (and saying so), then a rotation
// with every hand-off — the keychain entry replaced (old gone, new under the new id), the
// clipboard, and a fake `mod` on PATH that records a SHA-256 of what it read on standard input —
// and the old token revoked after the hand-off. Screenshots of the dialog at its default size and
// at 800×500. Token values are compared by hash, never printed.
#include "AccessTokenModel.h"
#include "BrowserPlayer.h"
#include "PaneBase.h"
#include "RotateTokenDialog.h"
#include "RotationJournal.h"
#include "SandboxProcess.h"
#include "SavedTokens.h"
#include "Screenshot.h"
#include "Session.h"
#include "SignedInApi.h"
#include "TenantListModel.h"
#include "Ticker.h"
#include "TokensPane.h"
#include "Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

namespace {
QByteArray sha(const QByteArray &bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}
} // namespace

class tst_RotateGui : public QObject {
    Q_OBJECT
private:
    SandboxProcess m_sandbox{{QStringLiteral("--max-expiry-days"), QStringLiteral("30")}};
    BrowserPlayer m_browser;
    std::unique_ptr<SignedInApi> m_session;
    std::unique_ptr<Workspace> m_workspace;
    Ticker m_ticker;
    std::unique_ptr<QWidget> m_window;
    TokensPane *m_pane = nullptr;
    QTemporaryDir m_bin;

    std::optional<QByteArray> keychain(const QString &key) {
        std::optional<QByteArray> value;
        bool done = false;
        m_session->credentials.read(key, [&](const CredentialStore::ReadResult &read) {
            if (read.found)
                value = read.secret;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qFatal("the keychain did not answer a read within 10 s");
        return value;
    }

    bool select(const QString &id) {
        AccessTokenModel *model = m_workspace->tokens();
        const int row = model->rowOf(id);
        if (row < 0)
            return false;
        const QModelIndex index = m_pane->proxy()->mapFromSource(model->index(row, 0));
        m_pane->view()->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
        return true;
    }

    bool reloaded() {
        m_workspace->tokens()->reload();
        return QTest::qWaitFor([&] { return !m_workspace->tokens()->isLoading(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(RotationJournal::defaultPath());
        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString());
        m_session = std::make_unique<SignedInApi>(QStringLiteral("TokenDesk-rotate-test"));
        QCOMPARE(m_session->signIn(m_sandbox, m_browser), QString());
        m_workspace = std::make_unique<Workspace>(&m_session->client, &m_ticker);
        TenantProfile tenant = m_sandbox.profile();
        m_workspace->session()->tenants()->setProfiles({tenant}, 0);
        m_window = std::make_unique<QWidget>();
        m_window->resize(980, 620);
        PaneContext context;
        context.workspace = m_workspace.get();
        context.credentials = &m_session->credentials;
        context.ticker = &m_ticker;
        m_pane = new TokensPane(context, m_window.get());
        auto *layout = new QVBoxLayout(m_window.get());
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_pane);
        m_window->show();
        // A fake `mod` first on PATH: records its arguments and a hash of its standard input.
        QVERIFY(m_bin.isValid());
        QFile mod(m_bin.filePath(QStringLiteral("mod")));
        QVERIFY(mod.open(QIODevice::WriteOnly));
        mod.write(
            "#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/args\"\nIFS= read -r v\n"
            "printf %s \"$v\" | sha256sum | cut -d' ' -f1 > \"$(dirname \"$0\")/stdin.sha256\"\n");
        mod.close();
        mod.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("PATH", m_bin.path().toLocal8Bit() + ':' + qgetenv("PATH"));
        QVERIFY(reloaded());
    }

    void cleanupTestCase() {
        m_window.reset();
        m_workspace.reset();
        m_session.reset();
        QFile::remove(RotationJournal::defaultPath());
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void rotateWithEveryHandOffUnderTheCap() {
        // A 90-day token whose value the keychain holds.
        const QJsonObject old = m_sandbox.adminJson(
            QStringLiteral("add-token?username=admin&description=Deploy%20bot&createdDaysAgo=10&"
                           "expiresInDays=80"));
        const QString oldId = old.value(QLatin1String("id")).toString();
        QVERIFY(!oldId.isEmpty());
        QVERIFY(reloaded());
        SavedTokens *saved = m_pane->savedTokens();
        bool written = false;
        m_session->credentials.write(saved->keyFor(oldId),
                                     old.value(QLatin1String("token")).toString().toUtf8(),
                                     [&](const QString &) { written = true; });
        QVERIFY(QTest::qWaitFor([&] { return written; }, 10000));
        saved->noteCreated(m_workspace->tokens()->tokenAt(m_workspace->tokens()->rowOf(oldId)),
                           old.value(QLatin1String("token")).toString().toUtf8());
        saved->noteSaved(oldId);
        QVERIFY(select(oldId));

        auto *button = m_pane->findChild<QPushButton *>(QStringLiteral("rotateTokenButton"));
        QVERIFY(button && button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return m_pane->rotateDialog() != nullptr; }, 10000));
        RotateTokenDialog *dialog = m_pane->rotateDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The old lifetime (90 days) shortened to the cap, and said so.
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("rotateDays"))->value(), 30);
        QVERIFY(dialog->lifetime().capped);
        QVERIFY2(dialog->capNote().contains(QLatin1String("30")) &&
                     dialog->capNote().contains(QLatin1String("90")),
                 qPrintable(dialog->capNote()));
        auto *keychainBox = dialog->findChild<QCheckBox *>(QStringLiteral("rotateKeychain"));
        QVERIFY(keychainBox->isEnabled() && keychainBox->isChecked());
        auto *modBox = dialog->findChild<QCheckBox *>(QStringLiteral("rotateMod"));
        QVERIFY(modBox->isEnabled()); // the fake mod is on PATH
        saveScreenshotOrFail(dialog, QStringLiteral("rotate-dialog.png"));
        dialog->resize(800, 500);
        QTest::qWait(50);
        saveScreenshotOrFail(dialog, QStringLiteral("rotate-dialog-800x500.png"));

        modBox->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("rotateClipboard"))->setChecked(true);
        dialog->findChild<QComboBox *>(QStringLiteral("rotateRevoke"))->setCurrentIndex(1);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rotateButton")),
                          Qt::LeftButton);

        // The old token goes once the hand-off is done.
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (m_workspace->tokens()->isLoading())
                    return false;
                return m_workspace->tokens()->rowOf(oldId) < 0;
            },
            20000));
        QVERIFY(reloaded());
        QString newId;
        for (int row = 0; row < m_workspace->tokens()->rowCount(); ++row) {
            const AccessToken token = m_workspace->tokens()->tokenAt(row);
            if (token.description == QLatin1String("Deploy bot"))
                newId = token.id;
        }
        QVERIFY(!newId.isEmpty());
        QVERIFY(newId != oldId);
        QVERIFY(m_workspace->tokens()->rowOf(oldId) < 0);
        // Keychain: the old entry gone, the new value under the new id.
        QVERIFY(QTest::qWaitFor([&] { return !keychain(saved->keyFor(oldId)); }, 10000));
        const std::optional<QByteArray> value = keychain(saved->keyFor(newId));
        QVERIFY(value && value->startsWith("mat-"));
        QVERIFY(saved->isSaved(newId));
        // mod got the same value on standard input, and never as an argument.
        QFile hash(m_bin.filePath(QStringLiteral("stdin.sha256")));
        QVERIFY(hash.open(QIODevice::ReadOnly));
        QCOMPARE(hash.readAll().trimmed(), sha(*value));
        QFile args(m_bin.filePath(QStringLiteral("args")));
        QVERIFY(args.open(QIODevice::ReadOnly));
        const QByteArray argLine = args.readAll();
        QCOMPARE(argLine.trimmed(), QByteArray("config moderne login --with-token"));
        // The clipboard holds it too.
        QCOMPARE(sha(QApplication::clipboard()->text().toUtf8()), sha(*value));
    }
};

QTEST_MAIN(tst_RotateGui)
#include "tst_rotate_gui.moc"
