// The hygiene board against the sandbox (a v1 tenant with a 30-day cap, 12 seeded users and a
// few tokens made for each flag): an administrator opens it and it reads every page of users and
// tokens (small pages: several requests of each kind), every token has exactly the flags it
// should, the strip counts them, each flag filters the table and every column sorts; a bulk
// revoke across owners shows exactly what goes, per owner, sends each revoke once, and the
// server afterwards holds exactly what the saved receipt says; a lost answer is reported as
// unknown and never sent again; a USER session neither sees the pane nor sends any of it.
#include "BrowserPlayer.h"
#include "HygieneModel.h"
#include "HygienePane.h"
#include "HygieneRevokeDialog.h"
#include "MainWindow.h"
#include "PaneRegistry.h"
#include "SandboxProcess.h"
#include "SavedReceipt.h"
#include "Screenshot.h"
#include "SignedInApp.h"
#include "Translations.h"
#include "Workspace.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Flags = TokenHygiene::Flags;

class tst_HygieneGui : public QObject {
    Q_OBJECT
private:
    SandboxProcess m_sandbox{{u"--platform"_s, u"v1"_s, u"--seed-users"_s, u"12"_s,
                              u"--seed-tokens-per-user"_s, u"5"_s}};
    BrowserPlayer m_browser;
    QHash<QString, QString> m_known; // description → id of the tokens made for each flag

    QString addToken(const QString &username, const QString &query) {
        const QJsonObject token =
            m_sandbox.adminJson(u"add-token?username="_s + username + u'&' + query);
        return token.value(u"id"_s).toString();
    }

    // The sandbox's tokens now: id → {owner email, role, lastActive, token}.
    struct Held {
        TokenHygiene::Owner owner;
        AccessToken token;
    };
    QHash<QString, Held> serverTokens() {
        QHash<QString, Held> result;
        const QJsonObject state = m_sandbox.adminJson(u"state"_s, "GET");
        for (const QJsonValue &u : state.value(u"users"_s).toArray()) {
            const QJsonObject user = u.toObject();
            TokenHygiene::Owner owner;
            owner.email = user.value(u"email"_s).toString();
            owner.role = user.value(u"role"_s).toString();
            if (user.value(u"lastActive"_s).isString())
                owner.lastActive = QDateTime::fromString(user.value(u"lastActive"_s).toString(),
                                                         Qt::ISODateWithMs);
            for (const QJsonValue &t : user.value(u"tokens"_s).toArray()) {
                const QJsonObject object = t.toObject();
                AccessToken token;
                token.id = object.value(u"id"_s).toString();
                token.description = object.value(u"description"_s).toString();
                token.created =
                    QDateTime::fromString(object.value(u"created"_s).toString(), Qt::ISODateWithMs);
                if (object.value(u"expiresAt"_s).isString())
                    token.expiresAt = QDateTime::fromString(object.value(u"expiresAt"_s).toString(),
                                                            Qt::ISODateWithMs);
                result.insert(token.id, {owner, token});
            }
        }
        return result;
    }

    // The flags the board must show, worked out here from the server's state (a second,
    // independent statement of the rules: 30-day cap, 90 days inactive, v1).
    static Flags expectedFlags(const Held &held, const QHash<QString, Held> &all,
                               const QDateTime &now) {
        Flags flags;
        const AccessToken &token = held.token;
        if (!token.expiresAt)
            flags |= TokenHygiene::NeverExpires | TokenHygiene::OutlivesCap;
        else {
            if (*token.expiresAt <= now)
                flags |= TokenHygiene::Expired;
            else if (token.created.secsTo(*token.expiresAt) > 30 * 86400 + 60)
                flags |= TokenHygiene::OutlivesCap;
        }
        if (!held.owner.lastActive || held.owner.lastActive->daysTo(now) > 90)
            flags |= TokenHygiene::InactiveOwner;
        const QString description = token.description.trimmed().toLower();
        if (!description.isEmpty()) {
            for (const Held &other : all) {
                if (other.token.id != token.id && other.owner.email == held.owner.email &&
                    other.token.description.trimmed().toLower() == description)
                    flags |= TokenHygiene::Duplicate;
            }
        }
        if (held.owner.role == u"ADMIN"_s &&
            (!held.owner.lastActive || held.owner.lastActive->addDays(14) <= now))
            flags |= TokenHygiene::AdminRuleLapsed;
        return flags;
    }

    // Every page read, the cap known, nothing in flight.
    static bool isComplete(HygienePane *pane) {
        return pane->model()->isComplete() && pane->isCapKnown() && !pane->model()->isBusy();
    }
    static void waitComplete(HygienePane *pane) {
        QTRY_VERIFY_WITH_TIMEOUT(isComplete(pane), 30000);
    }

    // The ids of the tokens made for each of `names` (m_known).
    QStringList knownIds(const QStringList &names) const {
        QStringList ids;
        for (const QString &name : names)
            ids << m_known.value(name);
        return ids;
    }

    // Selects the table rows of `ids` (all rows shown).
    static void select(HygienePane *pane, const QStringList &ids) {
        QTableView *view = pane->view();
        view->clearSelection();
        QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (ids.contains(model->index(row, 0).data(HygieneModel::IdRole).toString()))
                view->selectionModel()->select(model->index(row, 0), QItemSelectionModel::Select |
                                                                         QItemSelectionModel::Rows);
        }
        QCOMPARE(view->selectionModel()->selectedRows().size(), ids.size());
    }

    int revokesOf(const QString &id) const {
        int count = 0;
        for (const QJsonObject &op : m_sandbox.loggedOperations(u"RevokeAccessToken"_s))
            count += op.value(u"variables"_s).toObject().value(u"id"_s).toString() == id;
        return count;
    }

    struct AdminWindow {
        std::unique_ptr<SignedInApp> app;
        HygienePane *pane = nullptr;
        QHash<QString, Held> held; // the server's tokens once the board had loaded
    };
    // An administrator signed in, the board opened and loaded with small pages (every page read
    // within 30 s), and what the server then held.
    bool openBoard(AdminWindow *window, const QString &keychain) {
        m_browser.setCredentials(u"admin"_s, u"admin-password"_s);
        window->app =
            std::make_unique<SignedInApp>(m_sandbox, keychain, TenantProfile::Generation::V1);
        QString error;
        if (!window->app->signIn(&error)) {
            qWarning() << error;
            return false;
        }
        MainWindow *main = window->app->mainWindow();
        if (!QTest::qWaitForWindowExposed(main))
            return false;
        main->resize(1200, 700);
        window->pane = main->findChild<HygienePane *>();
        if (!window->pane)
            return false;
        window->pane->findChild<QSpinBox *>(u"inactiveDaysSpin"_s)->setValue(90);
        window->pane->model()->setPageSizes(3, 2);
        if (!main->showPane(PaneId::Hygiene))
            return false;
        if (!QTest::qWaitFor([window] { return isComplete(window->pane); }, 30000)) {
            qWarning("the board did not load within 30 s");
            return false;
        }
        window->held = serverTokens();
        return true;
    }

private Q_SLOTS:
    void initTestCase() {
        // English as users get it (plural forms from tokendesk_en.ts), for the screenshots too.
        Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        m_sandbox.logOperations();
        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString());
        QVERIFY(m_sandbox.admin(u"add-user?username=olga&role=ADMIN&daysAgo=30"_s));
        QVERIFY(m_sandbox.admin(u"add-user?username=ivan&role=USER&daysAgo=200"_s));
        m_known[u"olga deploy"_s] =
            addToken(u"olga"_s, u"description=olga%20deploy&expiresInDays=10"_s);
        m_known[u"ivan scripts"_s] =
            addToken(u"ivan"_s, u"description=ivan%20scripts&expiresInDays=20"_s);
        m_known[u"cli 1"_s] = addToken(u"user"_s, u"description=Moderne%20CLI&expiresInDays=25"_s);
        m_known[u"cli 2"_s] =
            addToken(u"user"_s, u"description=moderne%20cli%20&expiresInDays=28"_s);
        m_known[u"old forever"_s] =
            addToken(u"user"_s, u"description=old%20forever&createdDaysAgo=300"_s);
        m_known[u"long lived"_s] =
            addToken(u"user"_s, u"description=long%20lived&createdDaysAgo=10&expiresInDays=300"_s);
        m_known[u"stale"_s] =
            addToken(u"user"_s, u"description=stale&createdDaysAgo=100&expiresInDays=-5"_s);
        m_known[u"fine"_s] = addToken(u"user"_s, u"description=fine&expiresInDays=20"_s);
        for (const QString &id : std::as_const(m_known))
            QVERIFY(!id.isEmpty());
        QVERIFY(m_sandbox.admin(u"set-max-expiry-days?days=30"_s));
    }

    void everyFlagOnEveryPage() {
        AdminWindow window;
        QVERIFY(openBoard(&window, u"TokenDesk-hygiene-flags-test"_s));
        HygienePane *pane = window.pane;
        HygieneModel *model = pane->model();

        // Every token of the server, read in pages of at most 3 users and 2 tokens.
        const QHash<QString, Held> &held = window.held;
        QCOMPARE(model->rowCount(), held.size());
        const QList<QJsonObject> users = m_sandbox.loggedOperations(u"UsersWithTokens"_s);
        QVERIFY2(users.size() >= 5, qPrintable(QString::number(users.size())));
        for (const QJsonObject &op : users) {
            QVERIFY(op.value(u"variables"_s).toObject().value(u"first"_s).toInt() <= 3);
            QCOMPARE(op.value(u"variables"_s).toObject().value(u"tokensFirst"_s).toInt(), 2);
        }
        const QList<QJsonObject> tokens = m_sandbox.loggedOperations(u"UserTokens"_s);
        QVERIFY(tokens.size() >= 12);
        for (const QJsonObject &op : tokens)
            QVERIFY(op.value(u"variables"_s).toObject().value(u"first"_s).toInt() <= 2);

        // Each token's flags are the ones the rules give.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QHash<int, int> counts;
        for (int row = 0; row < model->rowCount(); ++row) {
            const HygieneModel::Row &shown = model->row(row);
            const AccessToken token = model->token(row);
            QVERIFY(held.contains(token.id));
            const Held &server = held[token.id];
            QCOMPARE(token.description, server.token.description);
            QCOMPARE(token.created, server.token.created);
            QCOMPARE(token.expiresAt, server.token.expiresAt);
            const Flags expected = expectedFlags(server, held, now);
            QVERIFY2(shown.flags == expected,
                     qPrintable(u"%1 of %2: %3, expected %4"_s
                                    .arg(token.description, model->ownerOf(shown).email)
                                    .arg(int(shown.flags))
                                    .arg(int(expected))));
            for (TokenHygiene::Flag flag : TokenHygiene::all())
                counts[flag] += shown.flags.testFlag(flag);
        }
        // The tokens made for each flag have exactly theirs.
        const auto flagsOf = [&](const QString &name) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->token(row).id == m_known.value(name))
                    return model->row(row).flags;
            }
            return Flags(0xff);
        };
        QCOMPARE(flagsOf(u"olga deploy"_s), Flags(TokenHygiene::AdminRuleLapsed));
        QCOMPARE(flagsOf(u"ivan scripts"_s), Flags(TokenHygiene::InactiveOwner));
        QCOMPARE(flagsOf(u"cli 1"_s), Flags(TokenHygiene::Duplicate));
        QCOMPARE(flagsOf(u"cli 2"_s), Flags(TokenHygiene::Duplicate));
        QCOMPARE(flagsOf(u"old forever"_s), TokenHygiene::NeverExpires | TokenHygiene::OutlivesCap);
        QCOMPARE(flagsOf(u"long lived"_s), Flags(TokenHygiene::OutlivesCap));
        QCOMPARE(flagsOf(u"stale"_s), Flags(TokenHygiene::Expired));
        QCOMPARE(flagsOf(u"fine"_s), Flags());

        // The strip counts each flag; each filters the table to exactly its tokens.
        for (TokenHygiene::Flag flag : TokenHygiene::all()) {
            QVERIFY(counts.value(flag) > 0);
            QCOMPARE(model->count(flag), counts.value(flag));
            QAbstractButton *button = pane->flagButton(flag);
            QVERIFY(button->isVisible()); // v1: the 14-day flag too
            QVERIFY2(button->text().endsWith(u": "_s + QString::number(counts.value(flag))),
                     qPrintable(button->text()));
            button->click();
            QAbstractItemModel *shown = pane->view()->model();
            QCOMPARE(shown->rowCount(), counts.value(flag));
            for (int row = 0; row < shown->rowCount(); ++row)
                QVERIFY(shown->index(row, 0).data(HygieneModel::FlagsRole).toInt() & flag);
        }
        pane->flagButton(0)->click();
        QCOMPARE(pane->view()->model()->rowCount(), held.size());

        // Every column sorts, both ways.
        QAbstractItemModel *shown = pane->view()->model();
        for (int column = 0; column < HygieneModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                pane->view()->sortByColumn(column, order);
                for (int row = 1; row < shown->rowCount(); ++row) {
                    const QVariant a = shown->index(row - 1, column).data(HygieneModel::SortRole);
                    const QVariant b = shown->index(row, column).data(HygieneModel::SortRole);
                    const QPartialOrdering c = QVariant::compare(a, b);
                    QVERIFY2(order == Qt::AscendingOrder ? c != QPartialOrdering::Greater
                                                         : c != QPartialOrdering::Less,
                             qPrintable(u"column %1 row %2"_s.arg(column).arg(row)));
                }
            }
        }
    }

    void bulkRevokeWithPreviewAndReceipt() {
        AdminWindow window;
        QVERIFY(openBoard(&window, u"TokenDesk-hygiene-revoke-test"_s));
        HygienePane *pane = window.pane;
        const QHash<QString, Held> &before = window.held;
        const QStringList ids =
            knownIds({u"cli 1"_s, u"cli 2"_s, u"ivan scripts"_s, u"olga deploy"_s});
        select(pane, ids);
        const qsizetype revokesBefore = m_sandbox.loggedOperations(u"RevokeAccessToken"_s).size();
        saveScreenshotOrFail(pane->window(), u"hygiene-board.png"_s);
        HygieneRevokeDialog *preview = pane->revokeSelected();
        QVERIFY(preview);
        // The dry run: nothing sent yet; per owner, exactly the selected tokens.
        QTest::qWait(200);
        saveScreenshotOrFail(preview, u"hygiene-revoke-preview.png"_s);
        QCOMPARE(m_sandbox.loggedOperations(u"RevokeAccessToken"_s).size(), revokesBefore);
        QTreeWidget *tree = preview->preview();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QStringList owners;
        QSet<QString> listed;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *owner = tree->topLevelItem(i);
            owners << owner->data(0, Qt::UserRole).toString();
            for (int j = 0; j < owner->childCount(); ++j) {
                const QString id = owner->child(j)->data(0, Qt::UserRole).toString();
                listed << id;
                QCOMPARE(before.value(id).owner.email, owners.constLast());
            }
        }
        QCOMPARE(owners, (QStringList{u"ivan@moderne.example"_s, u"olga@moderne.example"_s,
                                      u"user@moderne.example"_s}));
        QCOMPARE(listed, QSet<QString>(ids.begin(), ids.end()));
        QSignalSpy finished(pane, &HygienePane::revocationFinished);
        preview->actionButton()->click();
        QVERIFY(finished.wait(20000));
        waitComplete(pane); // the list was read again

        // The receipt, saved where asked, in both forms; never a token value.
        SavedReceipt saved;
        saveReceiptInBothForms(pane, u"admin@moderne.example"_s, &saved);
        if (QTest::currentTestFailed())
            return;
        const QJsonArray entries = saved.json.value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), ids.size());
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            QCOMPARE(entry.value(u"outcome"_s).toString(), u"revoked"_s);
            QVERIFY(ids.contains(entry.value(u"id"_s).toString()));
            QCOMPARE(entry.value(u"owner"_s).toString(),
                     before.value(entry.value(u"id"_s).toString()).owner.email);
            QVERIFY(saved.csvBytes.contains(entry.value(u"id"_s).toString().toUtf8()));
        }
        // The server holds exactly what the receipt says: the revoked are gone, the rest stay.
        const QHash<QString, Held> after = serverTokens();
        QCOMPARE(after.size(), before.size() - ids.size());
        for (const QString &id : before.keys())
            QCOMPARE(after.contains(id), !ids.contains(id));
        for (const QString &id : ids)
            QCOMPARE(revokesOf(id), 1);
        // The board shows the server's list again.
        QCOMPARE(pane->model()->rowCount(), after.size());
    }

    void aLostAnswerIsReportedNotResent() {
        AdminWindow window;
        QVERIFY(openBoard(&window, u"TokenDesk-hygiene-lost-test"_s));
        HygienePane *pane = window.pane;
        const QHash<QString, Held> &before = window.held;
        const QStringList ids = knownIds({u"old forever"_s, u"long lived"_s, u"stale"_s});
        // The second revoke runs, but its answer is lost.
        QVERIFY(m_sandbox.injectFault(QJsonObject{{u"kind"_s, u"reset"_s},
                                                  {u"when"_s, u"after"_s},
                                                  {u"operation"_s, u"RevokeAccessToken"_s},
                                                  {u"skip"_s, 1}}));
        select(pane, ids);
        HygieneRevokeDialog *preview = pane->revokeSelected();
        QVERIFY(preview);
        QSignalSpy finished(pane, &HygienePane::revocationFinished);
        const qsizetype readsBefore = m_sandbox.loggedOperations(u"UsersWithTokens"_s).size();
        preview->actionButton()->click();
        QVERIFY(finished.wait(20000));
        waitComplete(pane);
        QVERIFY(m_sandbox.clearFaults());
        QVERIFY2(pane->message().contains(u"not sent again"_s), qPrintable(pane->message()));
        const std::optional<RevocationReceipt> &receipt = pane->receipt();
        QVERIFY(receipt);
        QCOMPARE(receipt->entries().size(), 3);
        QCOMPARE(receipt->count(u"revoked"_s), 2);
        QCOMPARE(receipt->count(u"unknown"_s), 1);
        const QString lost = receipt->entries().at(1).tokenId;
        QCOMPARE(receipt->entries().at(1).outcome, u"unknown"_s);
        // Each sent once, the lost one too; the list was read again.
        for (const QString &id : ids)
            QCOMPARE(revokesOf(id), 1);
        QVERIFY(m_sandbox.loggedOperations(u"UsersWithTokens"_s).size() > readsBefore);
        const QHash<QString, Held> after = serverTokens();
        QCOMPARE(after.size(), before.size() - 3); // the lost one did happen
        QCOMPARE(pane->model()->rowCount(), after.size());
        for (int row = 0; row < pane->model()->rowCount(); ++row)
            QVERIFY(pane->model()->token(row).id != lost);
    }

    void aUserSessionSeesAndSendsNoneOfIt() {
        m_browser.setCredentials(u"user"_s, u"user-password"_s);
        const qsizetype before = m_sandbox.loggedOperationNames().size();
        SignedInApp app(m_sandbox, u"TokenDesk-hygiene-user-test"_s, TenantProfile::Generation::V1);
        QString error;
        QVERIFY2(app.signIn(&error), qPrintable(error));
        MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(!window->showPane(PaneId::Hygiene));
        auto *navigation = window->findChild<QListWidget *>(u"navigation"_s);
        for (int row = 0; row < navigation->count(); ++row) {
            if (navigation->item(row)->text().startsWith(u"Token hygiene"_s))
                QVERIFY(navigation->item(row)->isHidden());
        }
        auto *pane = window->findChild<HygienePane *>();
        QVERIFY(pane);
        // Even asked directly, a USER session sends nothing of the board.
        pane->reload();
        QVERIFY(!pane->revokeSelected());
        pane->revoke({{u"admin@moderne.example"_s, {AccessToken{u"x"_s, {}, {}, {}}}}});
        QTest::qWait(1000);
        const QStringList names = m_sandbox.loggedOperationNames().mid(before);
        QVERIFY(!names.isEmpty()); // the session's own reads were logged
        for (const QString &name : names)
            QVERIFY2(name != u"UsersWithTokens"_s && name != u"UserTokens"_s &&
                         name != u"RevokeAccessToken"_s,
                     qPrintable(names.join(u',')));
        QCOMPARE(pane->model()->rowCount(), 0);
        QVERIFY(!pane->receipt());
    }
};

QTEST_MAIN(tst_HygieneGui)
#include "tst_hygiene_gui.moc"
