// Issue 18, the admin console's last parts against the sandbox: a token's history opened from
// its row in each of the three lists (My tokens, All users, the hygiene board) — the Activity
// pane narrowed to the events naming it, with "Show all events" — and the offboarding dialog:
// a user's role, tokens with their flags, recent events and the tokens that look like
// automation; "Revoke all their tokens" and "Delete the user and all their tokens", each
// confirmed by typing the email (a wrong one keeps the button disabled), after which the server
// holds no tokens / no user and the receipt says so; a lost answer to either is never sent
// again and the user is read again; the dialog fits an 800×500 window in English and German;
// a USER session shows none of it and sends none of its operations.
#include "ActivityPane.h"
#include "AdminUsersPane.h"
#include "AuditEventModel.h"
#include "BrowserPlayer.h"
#include "HygieneModel.h"
#include "HygienePane.h"
#include "MainWindow.h"
#include "OffboardingDialog.h"
#include "PaneRegistry.h"
#include "SandboxProcess.h"
#include "SavedReceipt.h"
#include "Screenshot.h"
#include "SignedInApp.h"
#include "TokensPane.h"
#include "Translations.h"
#include "UserModel.h"
#include "Workspace.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class tst_OffboardingGui : public QObject {
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    BrowserPlayer m_browser;
    QHash<QString, QString> m_ids; // description → id of the tokens made here

    QString addToken(const QString &username, const QString &query) {
        return m_sandbox.adminJson(u"add-token?username="_s + username + u'&' + query)
            .value(u"id"_s)
            .toString();
    }

    // The sandbox's users now: email → their token ids.
    QHash<QString, QStringList> serverUsers() {
        QHash<QString, QStringList> result;
        const QJsonObject state = m_sandbox.adminJson(u"state"_s, "GET");
        for (const QJsonValue &u : state.value(u"users"_s).toArray()) {
            QStringList ids;
            for (const QJsonValue &t : u.toObject().value(u"tokens"_s).toArray())
                ids << t.toObject().value(u"id"_s).toString();
            result.insert(u.toObject().value(u"email"_s).toString(), ids);
        }
        return result;
    }

    qsizetype count(const QString &operation) const {
        return m_sandbox.loggedOperations(operation).size();
    }

    std::unique_ptr<SignedInApp> signIn(const QString &username, const QString &keychain) {
        m_browser.setCredentials(username, username + u"-password"_s);
        // Each data row signs in afresh (a stored session would skip the login window).
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        auto app = std::make_unique<SignedInApp>(m_sandbox,
                                                 tag.isEmpty() ? keychain : keychain + u'-' + tag);
        QString error;
        if (!app->signIn(&error)) {
            qWarning() << error;
            return nullptr;
        }
        if (!QTest::qWaitForWindowExposed(app->mainWindow()))
            return nullptr;
        app->mainWindow()->resize(1200, 700);
        return app;
    }

    // Opens `view`'s context menu on `index` and returns it (the newest menu named `name`).
    static QMenu *rowMenu(QAbstractItemView *view, const QModelIndex &index, const QString &name) {
        view->scrollTo(index);
        Q_EMIT view->customContextMenuRequested(view->visualRect(index).center());
        const QList<QMenu *> menus = view->window()->findChildren<QMenu *>(name);
        return menus.isEmpty() ? nullptr : menus.constLast();
    }
    static QAction *actionOf(QMenu *menu, const QString &name) {
        return menu ? menu->findChild<QAction *>(name) : nullptr;
    }

    // The Activity pane shows exactly the history of `id` / `description`.
    void checkHistory(MainWindow *window, const QString &id, const QString &description) {
        auto *activity = window->pane<ActivityPane>();
        QCOMPARE(window->currentPaneId(), PaneId::Activity.toString());
        QCOMPARE(activity->historyText(), u"History of “%1”"_s.arg(description));
        QVERIFY(activity->findChild<QWidget *>(u"historyBar"_s)->isVisible());
        AuditEventModel *model = activity->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasStarted() && model->rowCount() > 0, 15000);
        QTRY_COMPARE(model->filter().mentions, (QStringList{id, description}));
        saveScreenshotOrFail(window, u"activity-history.png"_s);
        for (const AuditEvent &event : model->events())
            QVERIFY2(event.description.contains(id, Qt::CaseInsensitive) ||
                         event.description.contains(description, Qt::CaseInsensitive) ||
                         event.target.contains(id, Qt::CaseInsensitive),
                     qPrintable(event.description));
        // The query sent: the token's id and description in description or target.
        const QJsonObject where = m_sandbox.loggedOperations(u"AuditLogs"_s)
                                      .constLast()
                                      .value(u"variables"_s)
                                      .toObject()
                                      .value(u"where"_s)
                                      .toObject();
        QVERIFY2(QJsonDocument(where).toJson().contains(id.toUtf8()),
                 QJsonDocument(where).toJson().constData());
        // "Show all events" leaves the history.
        activity->findChild<QPushButton *>(u"showAllButton"_s)->click();
        QVERIFY(!activity->history());
        QVERIFY(!activity->findChild<QWidget *>(u"historyBar"_s)->isVisible());
        QVERIFY(activity->model()->filter().mentions.isEmpty());
    }

    OffboardingDialog *openFromTenantMenu(MainWindow *window, const QString &email) {
        auto *action = window->findChild<QAction *>(u"actionOffboardUser"_s);
        if (!action || !action->isVisible())
            return nullptr;
        action->trigger();
        auto *dialog = window->findChild<OffboardingDialog *>();
        if (!dialog)
            return nullptr;
        dialog->emailEdit()->setText(email);
        QSignalSpy loaded(dialog, &OffboardingDialog::loaded);
        dialog->findChild<QPushButton *>(u"lookUpButton"_s)->click();
        if (!loaded.wait(15000))
            return nullptr;
        return dialog;
    }

    // Confirms `confirm` with a wrong email first (its button stays disabled), then the right one.
    static void typeToConfirm(TypeToConfirmDialog *confirm, const QString &email) {
        QVERIFY(confirm);
        QVERIFY(!confirm->actionButton()->isEnabled());
        QTest::keyClicks(confirm->input(), u"someone-else@moderne.example"_s);
        QVERIFY(!confirm->actionButton()->isEnabled());
        confirm->input()->clear();
        QTest::keyClicks(confirm->input(), email.chopped(1));
        QVERIFY(!confirm->actionButton()->isEnabled());
        confirm->input()->clear();
        QTest::keyClicks(confirm->input(), email);
        QVERIFY(confirm->actionButton()->isEnabled());
        confirm->actionButton()->click();
    }

    // The receipt in both forms: one entry per token of `ids`, each with `outcome`; no value.
    void checkReceipt(OffboardingDialog *dialog, const QString &action, const QString &email,
                      const QStringList &ids, const QString &outcome) {
        QVERIFY(dialog->receiptButton()->isEnabled());
        SavedReceipt saved;
        saveReceiptInBothForms(dialog, u"admin@moderne.example"_s, &saved);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject &receipt = saved.json;
        const QByteArray &csvBytes = saved.csvBytes;
        QCOMPARE(receipt.value(u"action"_s).toString(), action);
        const QJsonArray entries = receipt.value(u"entries"_s).toArray();
        QStringList listed;
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            QCOMPARE(entry.value(u"owner"_s).toString(), email);
            QCOMPARE(entry.value(u"outcome"_s).toString(), outcome);
            listed << entry.value(u"id"_s).toString();
            QVERIFY(csvBytes.contains(listed.constLast().toUtf8()));
        }
        listed.sort();
        QStringList expected = ids;
        expected.sort();
        QCOMPARE(listed, expected);
        QCOMPARE(csvBytes.count("\r\n"), ids.size() + 1);
    }

private Q_SLOTS:
    void initTestCase() {
        m_sandbox.logOperations();
        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString());
        for (const char *user : {"leaver", "goner", "lostall", "lostdel", "fitter"})
            QVERIFY(
                m_sandbox.admin(u"add-user?role=USER&daysAgo=3&username="_s + QLatin1String(user)));
        m_ids[u"admin history"_s] =
            addToken(u"admin"_s, u"description=admin%20history&expiresInDays=20"_s);
        m_ids[u"user history"_s] =
            addToken(u"user"_s, u"description=user%20history&expiresInDays=20"_s);
        // The leaver: two CLI logins, a pipeline token made lately (its create.token event names
        // it), an old script.
        m_ids[u"cli 1"_s] = addToken(u"leaver"_s, u"description=Moderne%20CLI&createdDaysAgo=90"_s
                                                  u"&expiresInDays=200"_s);
        m_ids[u"cli 2"_s] = addToken(u"leaver"_s, u"description=moderne%20cli&createdDaysAgo=80"_s
                                                  u"&expiresInDays=250"_s);
        m_ids[u"pipeline"_s] = addToken(u"leaver"_s, u"description=pipeline&createdDaysAgo=5"_s);
        m_ids[u"old script"_s] =
            addToken(u"leaver"_s, u"description=old%20script&createdDaysAgo=100&expiresInDays=5"_s);
        for (const QString &id : std::as_const(m_ids))
            QVERIFY(!id.isEmpty());
        for (const char *user : {"goner", "lostall", "lostdel", "fitter"})
            for (int i = 0; i < 2; ++i)
                QVERIFY(!addToken(QLatin1String(user), u"description=token%20"_s +
                                                           QString::number(i) +
                                                           u"&expiresInDays=30"_s)
                             .isEmpty());
    }

    void historyFromEachList() {
        auto app = signIn(u"admin"_s, u"TokenDesk-offboarding-history"_s);
        QVERIFY(app);
        MainWindow *window = app->mainWindow();
        auto *tokens = window->pane<TokensPane>();

        // 1. My tokens.
        QVERIFY(window->showPane(PaneId::Tokens));
        QAbstractItemModel *mine = tokens->view()->model();
        QTRY_VERIFY_WITH_TIMEOUT(mine->rowCount() > 0, 15000);
        QModelIndex own;
        for (int row = 0; row < mine->rowCount(); ++row) {
            if (mine->index(row, 0).data().toString().contains(u"admin history"_s))
                own = mine->index(row, 0);
        }
        QVERIFY(own.isValid());
        QAction *history =
            actionOf(rowMenu(tokens->view(), own, u"tokenRowMenu"_s), u"rowShowHistory"_s);
        QVERIFY(history);
        history->trigger();
        checkHistory(window, m_ids[u"admin history"_s], u"admin history"_s);

        // 2. All users: a token of another user.
        QVERIFY(window->showPane(PaneId::Tokens));
        tokens->showAllUsers();
        AdminUsersPane *admin = tokens->adminPane();
        UserModel *users = admin->model();
        QTRY_VERIFY_WITH_TIMEOUT(users->userIndex(u"user@moderne.example"_s).isValid(), 15000);
        const QModelIndex user = users->userIndex(u"user@moderne.example"_s);
        admin->view()->expand(user);
        QTRY_VERIFY_WITH_TIMEOUT(users->rowCount(user) > 0 && !users->canFetchMore(user), 15000);
        QModelIndex theirs;
        for (int row = 0; row < users->rowCount(user); ++row) {
            const AccessToken *token = users->tokenOf(users->index(row, 0, user));
            if (token && token->id == m_ids[u"user history"_s])
                theirs = users->index(row, 0, user);
        }
        QVERIFY(theirs.isValid());
        QMenu *menu = rowMenu(admin->view(), theirs, u"adminRowMenu"_s);
        QVERIFY(actionOf(menu, u"rowOffboard"_s));
        QVERIFY(actionOf(menu, u"rowOffboard"_s)->text().contains(u"user@moderne.example"_s));
        actionOf(menu, u"rowShowHistory"_s)->trigger();
        checkHistory(window, m_ids[u"user history"_s], u"user history"_s);

        // 3. The hygiene board.
        QVERIFY(window->showPane(PaneId::Hygiene));
        auto *hygiene = window->pane<HygienePane>();
        QTRY_VERIFY_WITH_TIMEOUT(hygiene->model()->isComplete() && !hygiene->model()->isBusy(),
                                 30000);
        QAbstractItemModel *board = hygiene->view()->model();
        QModelIndex row;
        for (int r = 0; r < board->rowCount(); ++r) {
            if (board->index(r, 0).data(HygieneModel::IdRole).toString() == m_ids[u"cli 1"_s])
                row = board->index(r, 0);
        }
        QVERIFY(row.isValid());
        menu = rowMenu(hygiene->view(), row, u"hygieneRowMenu"_s);
        QVERIFY(actionOf(menu, u"rowOffboard"_s)->text().contains(u"leaver@moderne.example"_s));
        actionOf(menu, u"rowShowHistory"_s)->trigger();
        checkHistory(window, m_ids[u"cli 1"_s], u"Moderne CLI"_s);
    }

    void offboardByRevokingAll() {
        auto app = signIn(u"admin"_s, u"TokenDesk-offboarding-revoke"_s);
        QVERIFY(app);
        MainWindow *window = app->mainWindow();
        OffboardingDialog *dialog = openFromTenantMenu(window, u"leaver@moderne.example"_s);
        QVERIFY(dialog);
        // Who, what they hold (with flags), what they did, what looks like automation.
        QVERIFY(dialog->profile());
        QCOMPARE(dialog->profile()->role, u"USER"_s);
        QVERIFY(dialog->summaryText().contains(u"leaver@moderne.example"_s));
        QVERIFY(dialog->summaryText().contains(u"last active"_s));
        const QStringList before = serverUsers().value(u"leaver@moderne.example"_s);
        QCOMPARE(before.size(), 4);
        QCOMPARE(dialog->tokensTree()->topLevelItemCount(), 4);
        for (int i = 0; i < 4; ++i) {
            QTreeWidgetItem *item = dialog->tokensTree()->topLevelItem(i);
            const QString id = item->data(0, Qt::UserRole).toString();
            const auto flags = TokenHygiene::Flags(item->data(2, Qt::UserRole).toInt());
            if (id == m_ids[u"cli 1"_s] || id == m_ids[u"cli 2"_s])
                QVERIFY(flags.testFlag(TokenHygiene::Duplicate));
            if (id == m_ids[u"pipeline"_s])
                QVERIFY(flags.testFlag(TokenHygiene::NeverExpires));
            QCOMPARE(!item->text(2).isEmpty(), flags != TokenHygiene::Flags());
        }
        QVERIFY(dialog->eventsTree()->topLevelItemCount() > 0);
        QStringList suspects;
        for (const UserOffboarding::Suspect &suspect : dialog->suspects())
            suspects << suspect.token.id;
        suspects.sort();
        QStringList expected{m_ids[u"cli 1"_s], m_ids[u"cli 2"_s], m_ids[u"pipeline"_s]};
        expected.sort();
        QCOMPARE(suspects, expected);
        QVERIFY(dialog->automationText().contains(u"pipeline"_s));
        QVERIFY(!dialog->automationText().contains(u"old script"_s));
        QVERIFY(dialog->findChild<QLabel *>(u"scmNote"_s)->text().contains(u"SCM"_s));
        QVERIFY(dialog->findChild<QLabel *>(u"tenantLine"_s)->text().contains(u"Local sandbox"_s));

        const qsizetype sent = count(u"RevokeAllAccessTokens"_s);
        QSignalSpy finished(dialog, &OffboardingDialog::actionFinished);
        dialog->revokeAllButton()->click();
        TypeToConfirmDialog *confirm = dialog->confirmDialog();
        QVERIFY(confirm);
        QVERIFY(confirm->findChild<QLabel *>(u"explanation"_s)->text().contains(u"pipeline"_s));
        QVERIFY(
            confirm->findChild<QLabel *>(u"explanation"_s)->text().contains(u"Local sandbox"_s));
        typeToConfirm(confirm, u"leaver@moderne.example"_s);
        QVERIFY(finished.wait(15000));
        QCOMPARE(count(u"RevokeAllAccessTokens"_s), sent + 1);
        QVERIFY(serverUsers().contains(u"leaver@moderne.example"_s));
        QVERIFY(serverUsers().value(u"leaver@moderne.example"_s).isEmpty());
        QCOMPARE(dialog->tokensTree()->topLevelItemCount(), 0);
        QVERIFY(!dialog->revokeAllButton()->isEnabled()); // nothing left to revoke
        checkReceipt(dialog, u"revokeAllAccessTokens"_s, u"leaver@moderne.example"_s, before,
                     u"revoked"_s);
    }

    void offboardByDeletingTheUser() {
        auto app = signIn(u"admin"_s, u"TokenDesk-offboarding-delete"_s);
        QVERIFY(app);
        MainWindow *window = app->mainWindow();
        // From the user's row in "All users".
        QVERIFY(window->showPane(PaneId::Tokens));
        auto *tokens = window->pane<TokensPane>();
        tokens->showAllUsers();
        UserModel *users = tokens->adminPane()->model();
        QTRY_VERIFY_WITH_TIMEOUT(users->userIndex(u"goner@moderne.example"_s).isValid(), 15000);
        QAction *offboard =
            actionOf(rowMenu(tokens->adminPane()->view(),
                             users->userIndex(u"goner@moderne.example"_s), u"adminRowMenu"_s),
                     u"rowOffboard"_s);
        QVERIFY(offboard);
        offboard->trigger();
        auto *dialog = window->findChild<OffboardingDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->profile() && !dialog->isLoading(), 15000);
        const QStringList before = serverUsers().value(u"goner@moderne.example"_s);
        QCOMPARE(before.size(), 2);
        const qsizetype sent = count(u"DeleteUser"_s);
        QSignalSpy finished(dialog, &OffboardingDialog::actionFinished);
        dialog->deleteUserButton()->click();
        typeToConfirm(dialog->confirmDialog(), u"goner@moderne.example"_s);
        QVERIFY(finished.wait(15000));
        QCOMPARE(count(u"DeleteUser"_s), sent + 1);
        QVERIFY(!serverUsers().contains(u"goner@moderne.example"_s));
        QVERIFY(!dialog->profile());
        QVERIFY(!dialog->deleteUserButton()->isEnabled());
        QVERIFY(!users->userIndex(u"goner@moderne.example"_s).isValid()); // gone from the list
        checkReceipt(dialog, u"deleteUser"_s, u"goner@moderne.example"_s, before, u"revoked"_s);
    }

    void aLostAnswerIsNeverSentAgain_data() {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("email");
        QTest::newRow("revokeAllAccessTokens")
            << u"RevokeAllAccessTokens"_s << u"lostall@moderne.example"_s;
        QTest::newRow("deleteUser") << u"DeleteUser"_s << u"lostdel@moderne.example"_s;
    }
    void aLostAnswerIsNeverSentAgain() {
        QFETCH(QString, operation);
        QFETCH(QString, email);
        auto app = signIn(u"admin"_s, u"TokenDesk-offboarding-lost"_s);
        QVERIFY(app);
        OffboardingDialog *dialog = openFromTenantMenu(app->mainWindow(), email);
        QVERIFY(dialog);
        const QStringList before = serverUsers().value(email);
        QCOMPARE(before.size(), 2);
        QVERIFY(m_sandbox.injectFault(QJsonObject{
            {u"kind"_s, u"reset"_s}, {u"when"_s, u"after"_s}, {u"operation"_s, operation}}));
        const qsizetype sent = count(operation);
        const qsizetype reads = count(u"UsersWithTokens"_s);
        QSignalSpy finished(dialog, &OffboardingDialog::actionFinished);
        if (operation == u"DeleteUser"_s)
            dialog->deleteUserButton()->click();
        else
            dialog->revokeAllButton()->click();
        typeToConfirm(dialog->confirmDialog(), email);
        QVERIFY(finished.wait(20000));
        QTest::qWait(1500); // a second attempt would have come by now
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(count(operation), sent + 1);
        QVERIFY2(dialog->message().contains(u"unknown"_s), qPrintable(dialog->message()));
        QVERIFY2(dialog->message().contains(u"did not send it again"_s),
                 qPrintable(dialog->message()));
        // The user was read again: the dialog shows what the server holds (the action ran).
        QVERIFY(count(u"UsersWithTokens"_s) > reads);
        if (operation == u"DeleteUser"_s) {
            QVERIFY(!serverUsers().contains(email));
            QVERIFY(!dialog->profile());
        } else {
            QVERIFY(serverUsers().value(email).isEmpty());
            QVERIFY(dialog->profile());
            QCOMPARE(dialog->tokensTree()->topLevelItemCount(), 0);
        }
        QVERIFY(dialog->receipt());
        QCOMPARE(dialog->receipt()->count(u"unknown"_s), 2);
    }

    void fitsA800x500Window_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
    }
    void fitsA800x500Window() {
        QFETCH(QString, language);
        QLocale::setDefault(QLocale(language));
        Translations::install(qApp, QLocale(language));
        auto app = signIn(u"admin"_s, u"TokenDesk-offboarding-fit"_s);
        QVERIFY(app);
        MainWindow *window = app->mainWindow();
        window->resize(800, 500);
        QTRY_COMPARE(window->size(), QSize(800, 500));
        OffboardingDialog *dialog = window->openOffboarding(u"fitter@moderne.example"_s);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->profile() && !dialog->isLoading(), 15000);
        QTest::qWait(100);
        const QSize need = dialog->minimumSizeHint();
        QVERIFY2(need.width() <= 800 && need.height() <= 500,
                 qPrintable(u"%1×%2"_s.arg(need.width()).arg(need.height())));
        QVERIFY2(dialog->width() <= 800 && dialog->height() <= 500,
                 qPrintable(u"%1×%2"_s.arg(dialog->width()).arg(dialog->height())));
        QVERIFY(dialog->width() >= need.width() && dialog->height() >= need.height());
        saveScreenshotOrFail(dialog, u"offboarding-%1-800x500.png"_s.arg(language));
        // Every button shows its whole text.
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->isVisible())
                QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                         qPrintable(button->text()));
        }
        dialog->close();
        QLocale::setDefault(QLocale(u"en"_s));
        Translations::install(qApp, QLocale(u"en"_s));
    }

    void aUserSessionSeesAndSendsNoneOfIt() {
        const qsizetype before = m_sandbox.loggedOperationNames().size();
        auto app = signIn(u"user"_s, u"TokenDesk-offboarding-user"_s);
        QVERIFY(app);
        MainWindow *window = app->mainWindow();
        auto *offboard = window->findChild<QAction *>(u"actionOffboardUser"_s);
        QVERIFY(offboard);
        QVERIFY(!offboard->isVisible());
        for (QAction *action : window->findChild<QMenu *>(u"tenantMenu"_s)->actions())
            QVERIFY(!action->isVisible() || action->objectName() != u"actionOffboardUser"_s);
        auto *tokens = window->pane<TokensPane>();
        QVERIFY(window->showPane(PaneId::Tokens));
        QAbstractItemModel *mine = tokens->view()->model();
        QTRY_VERIFY_WITH_TIMEOUT(mine->rowCount() > 0, 15000);
        QMenu *menu = rowMenu(tokens->view(), mine->index(0, 0), u"tokenRowMenu"_s);
        QVERIFY(menu);
        QVERIFY(!actionOf(menu, u"rowShowHistory"_s));
        QVERIFY(!actionOf(menu, u"rowOffboard"_s));
        menu->close();
        // Even asked directly, nothing is shown or sent.
        QVERIFY(!window->showHistory(AccessToken{u"x"_s, u"y"_s, {}, {}}));
        QVERIFY(!window->openOffboarding(u"admin@moderne.example"_s));
        QVERIFY(!window->findChild<OffboardingDialog *>());
        window->pane<ActivityPane>()->showHistory(AccessToken{u"x"_s, u"y"_s, {}, {}});
        QTest::qWait(1000);
        const QStringList names = m_sandbox.loggedOperationNames().mid(before);
        QVERIFY(!names.isEmpty());
        for (const QString &name : names)
            QVERIFY2(name != u"DeleteUser"_s && name != u"AuditLogs"_s &&
                         name != u"RevokeAllAccessTokens"_s && name != u"UsersWithTokens"_s,
                     qPrintable(names.join(u',')));
    }
};

QTEST_MAIN(tst_OffboardingGui)
#include "tst_offboarding_gui.moc"
