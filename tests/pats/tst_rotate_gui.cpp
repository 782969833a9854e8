// "Rotate…" in the tokens pane against the sandbox (30-day cap) with the real keychain: the
// dialog prefilled with the old lifetime shortened to the cap (and saying so), then a rotation
// with every hand-off — the keychain entry replaced (old gone, new under the new id), the
// clipboard, and a fake `mod` on PATH that records a SHA-256 of what it read on standard input —
// and the old token revoked after the hand-off. Screenshots of the dialog at its default size and
// at 800×500. Token values are compared by hash, never printed.
#include "AccessTokenModel.h"
#include "AdminUsersPane.h"
#include "BrowserPlayer.h"
#include "PaneBase.h"
#include "RotateTokenDialog.h"
#include "RotationJournal.h"
#include "SandboxProcess.h"
#include "SavedTokens.h"
#include "Screenshot.h"
#include "Session.h"
#include "SignedInWorkspace.h"
#include "TenantListModel.h"
#include "Ticker.h"
#include "TimeFormat.h"
#include "TokenRotation.h"
#include "TokensPane.h"
#include "UserApi.h"
#include "UserModel.h"
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
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {
QByteArray sha(const QByteArray &bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}
} // namespace

class tst_RotateGui : public QObject {
    Q_OBJECT
private:
    SignedInWorkspace m_app{{QStringLiteral("--max-expiry-days"), QStringLiteral("30")}};
    std::unique_ptr<QWidget> m_window;
    TokensPane *m_pane = nullptr;
    QTemporaryDir m_bin;

    std::optional<QByteArray> keychain(const QString &key) {
        std::optional<QByteArray> value;
        bool done = false;
        m_app.api->credentials.read(key, [&](const CredentialStore::ReadResult &read) {
            if (read.found)
                value = read.secret;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qFatal("the keychain did not answer a read within 10 s");
        return value;
    }

    bool select(const QString &id) {
        AccessTokenModel *model = m_app.workspace->tokens();
        const int row = model->rowOf(id);
        if (row < 0)
            return false;
        const QModelIndex index = m_pane->proxy()->mapFromSource(model->index(row, 0));
        m_pane->view()->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
        return true;
    }

    // A token of `username` made on the sandbox with `description` (its age and lifetime in
    // days): its id ("" when none was made); its value goes to *value when asked.
    QString addToken(const QString &username, const QString &description, int createdDaysAgo,
                     int expiresInDays, QByteArray *value = nullptr) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("username"), username);
        query.addQueryItem(QStringLiteral("description"), description);
        query.addQueryItem(QStringLiteral("createdDaysAgo"), QString::number(createdDaysAgo));
        query.addQueryItem(QStringLiteral("expiresInDays"), QString::number(expiresInDays));
        const QJsonObject added = m_app.sandbox.adminJson(QStringLiteral("add-token?") +
                                                          query.toString(QUrl::FullyEncoded));
        if (value)
            *value = added.value(QLatin1String("token")).toString().toUtf8();
        return added.value(QLatin1String("id")).toString();
    }

    // The id of the (last) listed token described `description`; "" when none is.
    QString idOf(const QString &description) {
        QString id;
        for (int row = 0; row < m_app.workspace->tokens()->rowCount(); ++row) {
            const AccessToken token = m_app.workspace->tokens()->tokenAt(row);
            if (token.description == description)
                id = token.id;
        }
        return id;
    }

    // The pane's child `name` of type T once it is visible (waiting up to `timeoutMs`); the one
    // last found, maybe hidden, or null when none came.
    template <typename T> T *waitForShown(const char *name, int timeoutMs) {
        T *found = nullptr;
        static_cast<void>(QTest::qWaitFor(
            [&] {
                found = m_pane->findChild<T *>(QLatin1String(name));
                return found && found->isVisible();
            },
            timeoutMs));
        return found;
    }

    bool rotateDialogOpens() {
        return QTest::qWaitFor([&] { return m_pane->rotateDialog() != nullptr; }, 10000);
    }
    bool rotateDialogCloses() {
        return QTest::qWaitFor([&] { return m_pane->rotateDialog() == nullptr; }, 5000);
    }

    bool reloaded() {
        m_app.workspace->tokens()->reload();
        return QTest::qWaitFor([&] { return !m_app.workspace->tokens()->isLoading(); }, 20000);
    }

    // The old token's row as the list shows it: the "Token" column's text and tooltip.
    QString markOf(const QString &id, int role = Qt::DisplayRole) {
        AccessTokenModel *model = m_app.workspace->tokens();
        const int row = model->rowOf(id);
        if (row < 0)
            return {};
        const QModelIndex index =
            m_pane->proxy()->mapFromSource(model->index(row, AccessTokenModel::SavedColumn));
        return m_pane->proxy()->data(index, role).toString();
    }

    // Opens "Rotate…" on `oldId` and rotates with no hand-off but the journal's, the old
    // token's revoke as `revokeChoice` (the dialog's list: when I confirm, at once, 1 h, 1 day).
    bool rotateWith(const QString &oldId, int revokeChoice) {
        if (!select(oldId))
            return false;
        auto *button = m_pane->findChild<QPushButton *>(QStringLiteral("rotateTokenButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        if (!rotateDialogOpens())
            return false;
        RotateTokenDialog *dialog = m_pane->rotateDialog();
        if (dialog->oldToken().id != oldId)
            return false;
        dialog->findChild<QCheckBox *>(QStringLiteral("rotateClipboard"))->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("rotateMod"))->setChecked(false);
        dialog->findChild<QComboBox *>(QStringLiteral("rotateRevoke"))
            ->setCurrentIndex(revokeChoice);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rotateButton")),
                          Qt::LeftButton);
        return true;
    }

    // The row menu of `id`, as a right-click opens it; the action named `name` in it.
    QAction *rowAction(const QString &id, const char *name) {
        if (!select(id))
            return nullptr;
        AccessTokenModel *model = m_app.workspace->tokens();
        const QModelIndex index = m_pane->proxy()->mapFromSource(model->index(model->rowOf(id), 0));
        const QPoint at = m_pane->view()->visualRect(index).center();
        Q_EMIT m_pane->view()->customContextMenuRequested(at);
        QMenu *menu = waitForShown<QMenu>("tokenRowMenu", 5000);
        if (!menu)
            return nullptr;
        QAction *action = menu->findChild<QAction *>(QLatin1String(name));
        if (!action) {
            for (QAction *a : menu->actions())
                if (a->objectName() == QLatin1String(name))
                    action = a;
        }
        return action;
    }

    void closeRowMenu() {
        // Gone at once (a closed menu is deleted later), so the next right-click's is found.
        qDeleteAll(m_pane->findChildren<QMenu *>(QStringLiteral("tokenRowMenu")));
        QTest::qWait(50);
    }

    bool listed(const QString &id, bool expected) {
        return QTest::qWaitFor(
            [&] {
                if (m_app.workspace->tokens()->isLoading())
                    return false;
                return (m_app.workspace->tokens()->rowOf(id) >= 0) == expected;
            },
            20000);
    }

    QMessageBox *revokeQuestion() {
        QMessageBox *box = waitForShown<QMessageBox>("rotateRevokeConfirm", 15000);
        return box && box->isVisible() ? box : nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(RotationJournal::defaultPath());
        QCOMPARE(m_app.start(QStringLiteral("TokenDesk-rotate-test")), QString());
        m_window = std::make_unique<QWidget>();
        m_window->resize(980, 620);
        PaneContext context;
        context.workspace = m_app.workspace.get();
        context.credentials = &m_app.api->credentials;
        context.ticker = &m_app.ticker;
        m_pane = new TokensPane(context, m_window.get());
        auto *layout = new QVBoxLayout(m_window.get());
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_pane);
        m_window->show();
        // The API confirms the administrator, as the app's wiring tells the session.
        QCOMPARE(m_app.confirmUser(), QString());
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
        m_app.workspace.reset();
        m_app.api.reset();
        QFile::remove(RotationJournal::defaultPath());
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void rotateWithEveryHandOffUnderTheCap() {
        // A 90-day token whose value the keychain holds.
        QByteArray oldValue;
        const QString oldId =
            addToken(QStringLiteral("admin"), QStringLiteral("Deploy bot"), 10, 80, &oldValue);
        QVERIFY(!oldId.isEmpty());
        QVERIFY(reloaded());
        SavedTokens *saved = m_pane->savedTokens();
        bool written = false;
        m_app.api->credentials.write(saved->keyFor(oldId), oldValue,
                                     [&](const QString &) { written = true; });
        QVERIFY(QTest::qWaitFor([&] { return written; }, 10000));
        saved->noteCreated(
            m_app.workspace->tokens()->tokenAt(m_app.workspace->tokens()->rowOf(oldId)), oldValue);
        saved->noteSaved(oldId);
        QVERIFY(select(oldId));

        auto *button = m_pane->findChild<QPushButton *>(QStringLiteral("rotateTokenButton"));
        QVERIFY(button && button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(rotateDialogOpens());
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
        QVERIFY(listed(oldId, false));
        QVERIFY(reloaded());
        const QString newId = idOf(QStringLiteral("Deploy bot"));
        QVERIFY(!newId.isEmpty());
        QVERIFY(newId != oldId);
        QVERIFY(m_app.workspace->tokens()->rowOf(oldId) < 0);
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

    // A grace period: the old token stays, marked in the list with the time of its revoke,
    // and its row menu revokes it now or keeps it.
    void pendingRevokeIsShownInTheList() {
        const QString oldId =
            addToken(QStringLiteral("admin"), QStringLiteral("Nightly sync"), 3, 20);
        QVERIFY(reloaded());
        QVERIFY(rotateWith(oldId, 2)); // 1 hour after the hand-off
        QVERIFY(QTest::qWaitFor(
            [&] { return markOf(oldId).contains(QLatin1String("old token, revoked in")); }, 20000));
        std::optional<Rotation> pending;
        for (const Rotation &r : m_pane->rotation()->pendingRevokes())
            if (r.oldId == oldId)
                pending = r;
        QVERIFY(pending);
        const QString tip = markOf(oldId, Qt::ToolTipRole);
        QVERIFY2(
            tip.contains(QLatin1String("revoked at ") + TimeFormat::exact(pending->revokeDueAt)),
            qPrintable(tip));
        // The new token is not marked.
        QVERIFY(listed(oldId, true));
        int marked = 0;
        for (int row = 0; row < m_app.workspace->tokens()->rowCount(); ++row)
            if (markOf(m_app.workspace->tokens()->tokenAt(row).id)
                    .contains(QLatin1String("old token")))
                ++marked;
        QCOMPARE(marked, 1);
        // The row menu offers both; Keep cancels the revoke, the mark goes, the token stays.
        QVERIFY(rowAction(oldId, "rowRevokeOldNow"));
        closeRowMenu();
        QAction *keep = rowAction(oldId, "rowCancelRevoke");
        QVERIFY(keep);
        keep->trigger();
        closeRowMenu();
        QVERIFY(
            QTest::qWaitFor([&] { return !markOf(oldId).contains(QLatin1String("old")); }, 10000));
        QVERIFY(reloaded());
        QVERIFY(m_app.workspace->tokens()->rowOf(oldId) >= 0);
        QVERIFY(!rowAction(oldId, "rowRevokeOldNow"));
        closeRowMenu();
    }

    // "When I confirm": after the hand-off a question names the tenant and the token; Not now
    // leaves the revoke pending and marked; then the row's "Revoke now", and a second rotation
    // confirmed at once.
    void askFirstConfirmsNamingTenantAndToken() {
        const QString oldId =
            addToken(QStringLiteral("admin"), QStringLiteral("Release bot"), 3, 20);
        QVERIFY(reloaded());
        QVERIFY(rotateWith(oldId, 0));
        QMessageBox *box = revokeQuestion();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("“Release bot”")), qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(m_app.workspace->session()->tenantLine()),
                 qPrintable(box->informativeText()));
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("revokeOldLater")),
                          Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !revokeQuestion(); }, 5000) || true);
        // Kept, and marked as waiting for the user.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return markOf(oldId).contains(QLatin1String("old token, revoked when you confirm"));
            },
            20000));
        QVERIFY(markOf(oldId, Qt::ToolTipRole).contains(QLatin1String("when you confirm")));
        QVERIFY(reloaded());
        QVERIFY(m_app.workspace->tokens()->rowOf(oldId) >= 0);
        // The row's Revoke now.
        QAction *now = rowAction(oldId, "rowRevokeOldNow");
        QVERIFY(now);
        now->trigger();
        closeRowMenu();
        QVERIFY(listed(oldId, false));

        // The new one rotated again, confirmed in the question: gone at once.
        QVERIFY(reloaded());
        const QString newId = idOf(QStringLiteral("Release bot"));
        QVERIFY(!newId.isEmpty());
        QVERIFY(rotateWith(newId, 0));
        box = revokeQuestion();
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmRevokeOld")),
                          Qt::LeftButton);
        QVERIFY(listed(newId, false));
        QVERIFY(m_pane->rotation()->pendingRevokes().isEmpty());
    }

    // The expiry warning's "Renew" lands here: the rotation dialog for that token.
    void rotateTokenOpensTheDialogForThatToken() {
        const QString oldId =
            addToken(QStringLiteral("admin"), QStringLiteral("Renew target"), 25, 3);
        QVERIFY(reloaded());
        QVERIFY(!m_pane->rotateToken(QStringLiteral("no-such-token")));
        QVERIFY(m_pane->rotateToken(oldId));
        QVERIFY(rotateDialogOpens());
        QCOMPARE(m_pane->rotateDialog()->oldToken().id, oldId);
        m_pane->rotateDialog()->reject();
        QVERIFY(rotateDialogCloses());
    }

    // The token row of `id` under `email` in "All users" (its tokens fetched as expanding does).
    QModelIndex adminTokenRow(UserModel *users, const QString &email, const QString &id) {
        QModelIndex found;
        static_cast<void>(QTest::qWaitFor(
            [&] {
                if (users->isLoading())
                    return false;
                const QModelIndex user = users->userIndex(email);
                if (!user.isValid())
                    return false;
                for (int row = 0; row < users->rowCount(user); ++row) {
                    const QModelIndex token = users->index(row, 0, user);
                    if (users->tokenOf(token) && users->tokenOf(token)->id == id)
                        found = token;
                }
                if (!found.isValid() && users->canFetchMore(user))
                    users->fetchMore(user);
                return found.isValid();
            },
            15000));
        return found;
    }

    // "All users": Rotate… for the administrator's own token (the dialog of that token), never
    // for another user's.
    void adminViewRotatesOnlyTheAdminsOwnTokens() {
        const QString ownId = addToken(QStringLiteral("admin"), QStringLiteral("Admin own"), 2, 20);
        const QString otherId =
            addToken(QStringLiteral("user"), QStringLiteral("Uma script"), 2, 20);
        QVERIFY(!ownId.isEmpty() && !otherId.isEmpty());
        QVERIFY(reloaded());
        QVERIFY(m_pane->isAdminView());
        m_pane->showAllUsers();
        AdminUsersPane *admin = m_pane->adminPane();
        QVERIFY(admin && admin->isVisible());
        UserModel *users = m_pane->userModel();
        users->reload();
        auto *rotate = admin->findChild<QPushButton *>(QStringLiteral("adminRotateToken"));
        QVERIFY(rotate && rotate->isVisible());

        const QModelIndex other =
            adminTokenRow(users, QStringLiteral("user@moderne.example"), otherId);
        QVERIFY(other.isValid());
        admin->view()->setCurrentIndex(other);
        QVERIFY(!rotate->isEnabled());
        admin->rotateSelectedToken();
        QTest::qWait(300);
        QVERIFY(!m_pane->rotateDialog());

        const QModelIndex own =
            adminTokenRow(users, QStringLiteral("admin@moderne.example"), ownId);
        QVERIFY(own.isValid());
        admin->view()->setCurrentIndex(own);
        QVERIFY(rotate->isEnabled());
        QTest::mouseClick(rotate, Qt::LeftButton);
        QVERIFY(rotateDialogOpens());
        QCOMPARE(m_pane->rotateDialog()->oldToken().id, ownId);
        m_pane->rotateDialog()->reject();
        QVERIFY(rotateDialogCloses());
        m_pane->showMyTokens();
    }
};

QTEST_MAIN(tst_RotateGui)
#include "tst_rotate_gui.moc"
