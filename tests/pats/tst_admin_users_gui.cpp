// The administrator's "All users" pane (issue 16) against the sandbox, with three seeded users
// who hold no tokens: a role column, search by email, "Include users without tokens" (and such
// a user stays listed after all of his tokens are revoked), and confirmations that name the
// tenant.
#include "AdminUsersPane.h"
#include "BrowserPlayer.h"
#include "SandboxProcess.h"
#include "Screenshot.h"
#include "Session.h"
#include "SignedInWorkspace.h"
#include "Ticker.h"
#include "Translations.h"
#include "UserModel.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

namespace {
template <typename T> T *child(QObject *parent, const char *name) {
    return parent->findChild<T *>(QLatin1String(name));
}
} // namespace

class tst_AdminUsersGui : public QObject {
    Q_OBJECT
private:
    SignedInWorkspace m_app{{QStringLiteral("--seed-users"), QStringLiteral("3"),
                             QStringLiteral("--seed-tokens-per-user"), QStringLiteral("0")}};
    std::unique_ptr<AdminUsersPane> m_pane;
    UserModel *m_users = nullptr;

    bool loaded() const {
        return QTest::qWaitFor([this] { return !m_users->isLoading(); }, 15000);
    }
    QStringList emails() const {
        QStringList list;
        for (int row = 0; row < m_users->rowCount(); ++row)
            list << m_users->emailOf(m_users->index(row, 0));
        return list;
    }
    QString summary() const { return child<QLabel>(m_pane.get(), "usersSummary")->text(); }

private Q_SLOTS:
    void initTestCase() {
        Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(m_app.start(QStringLiteral("TokenDesk-admin-users-test"), QStringLiteral("Acme")),
                 QString());
        QCOMPARE(m_app.confirmUser(), QString());
        PaneContext context;
        context.workspace = m_app.workspace.get();
        context.ticker = &m_app.ticker;
        m_pane = std::make_unique<AdminUsersPane>(context);
        m_pane->resize(980, 560);
        m_pane->show();
        m_users = m_pane->model();
        m_users->reload();
        QVERIFY(loaded());
    }

    void cleanupTestCase() {
        m_pane.reset();
        m_app.workspace.reset();
        if (m_app.api)
            m_app.api->session.signOut();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void roleColumn() {
        QAbstractItemModelTester tester(m_users,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(emails(), (QStringList{QStringLiteral("admin@moderne.example"),
                                        QStringLiteral("user@moderne.example")}));
        QCOMPARE(
            m_users->headerData(UserModel::RoleColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Role"));
        const QModelIndex admin = m_users->userIndex(QStringLiteral("admin@moderne.example"));
        const QModelIndex user = m_users->userIndex(QStringLiteral("user@moderne.example"));
        QCOMPARE(m_users->index(admin.row(), UserModel::RoleColumn).data().toString(),
                 QStringLiteral("Administrator"));
        QCOMPARE(m_users->index(user.row(), UserModel::RoleColumn).data().toString(),
                 QStringLiteral("User"));
        // Token rows have no role; their other columns are still the token's.
        QVERIFY(m_users->rowCount(user) > 0);
        QVERIFY(!m_users->index(0, UserModel::RoleColumn, user).data().isValid());
        QVERIFY(!m_users->index(0, UserModel::NameColumn, user).data().toString().isEmpty());
        QVERIFY(!m_users->index(0, UserModel::ExpiresColumn, user).data().toString().isEmpty());
        QVERIFY(m_pane->view()->header()->sectionSize(UserModel::RoleColumn) > 0);
        m_pane->view()->expand(user);
        saveScreenshotOrFail(m_pane.get(), QStringLiteral("admin-users-role.png"));
    }

    void searchByEmail() {
        auto *search = child<QLineEdit>(m_pane.get(), "usersSearch");
        QVERIFY(search && search->isVisible());
        QTest::keyClicks(search, QStringLiteral("USER@"));
        QTRY_COMPARE_WITH_TIMEOUT(emails(), QStringList{QStringLiteral("user@moderne.example")},
                                  5000);
        QVERIFY(loaded());
        QCOMPARE(m_users->totalCount(), 1);
        QCOMPARE(summary(), QStringLiteral("1 user with tokens"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("nobody"));
        QTRY_VERIFY_WITH_TIMEOUT(emails().isEmpty() && !m_users->isLoading(), 5000);
        QTRY_COMPARE(summary(), QStringLiteral("No user matches “nobody”."));
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(emails().size(), 2, 5000);
    }

    void includeUsersWithoutTokens() {
        auto *include = child<QCheckBox>(m_pane.get(), "includeUsersWithoutTokens");
        QVERIFY(include && include->isVisible());
        QVERIFY(!include->isChecked());
        // The intro follows the option: "who hold tokens" only while those are all it lists.
        auto *intro = child<QLabel>(m_pane.get(), "intro");
        QVERIFY2(intro->text().contains(QStringLiteral("who holds personal access tokens")),
                 qPrintable(intro->text()));
        include->click();
        QTRY_COMPARE_WITH_TIMEOUT(emails().size(), 5, 5000);
        QVERIFY(loaded());
        QVERIFY2(!intro->text().contains(QStringLiteral("who holds")) &&
                     intro->text().contains(QStringLiteral("without")),
                 qPrintable(intro->text()));
        // "5 users" once the English plural is in translations/ (the lead adds it).
        QVERIFY2(summary().startsWith(QStringLiteral("5 user")) &&
                     !summary().contains(QStringLiteral("with tokens")),
                 qPrintable(summary()));
        const QModelIndex seed = m_users->userIndex(QStringLiteral("seed00001@moderne.example"));
        QVERIFY(seed.isValid());
        QCOMPARE(m_users->tokenCountOf(seed), 0);
        QVERIFY(!m_users->hasChildren(seed));
        QCOMPARE(m_users->index(seed.row(), UserModel::RoleColumn).data().toString(),
                 QStringLiteral("User"));
        // Revoke all stays off for a user without tokens.
        m_pane->view()->setCurrentIndex(seed);
        QVERIFY(!child<QPushButton>(m_pane.get(), "adminRevokeAll")->isEnabled());
        saveScreenshotOrFail(m_pane.get(), QStringLiteral("admin-users-without-tokens.png"));
        // With a search too.
        auto *search = child<QLineEdit>(m_pane.get(), "usersSearch");
        QTest::keyClicks(search, QStringLiteral("seed"));
        QTRY_COMPARE_WITH_TIMEOUT(emails().size(), 3, 5000);
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(emails().size(), 5, 5000);
        QVERIFY(intro->text().contains(QStringLiteral("without")));
    }

    // Revoke one token and revoke all name the tenant (name and host); with users without
    // tokens listed, a user whose tokens are all revoked stays, with none.
    void confirmationsNameTheTenantAndTheUserStays() {
        const QString tenant = QStringLiteral("Acme (%1)").arg(m_app.sandbox.apiUrl().host());
        QModelIndex user = m_users->userIndex(QStringLiteral("user@moderne.example"));
        QTRY_VERIFY(m_users->rowCount(user) > 0);
        m_pane->view()->setCurrentIndex(m_users->index(0, 0, user));
        QTest::mouseClick(child<QPushButton>(m_pane.get(), "adminRevokeToken"), Qt::LeftButton);
        auto *box = child<QMessageBox>(m_pane.get(), "adminRevokeConfirm");
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("Tenant: ") + tenant),
                 qPrintable(box->text()));
        box->reject();

        m_pane->view()->setCurrentIndex(user);
        QTest::mouseClick(child<QPushButton>(m_pane.get(), "adminRevokeAll"), Qt::LeftButton);
        auto *confirm = child<QDialog>(m_pane.get(), "revokeAllConfirm");
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->isVisible());
        QString said;
        for (QLabel *label : confirm->findChildren<QLabel *>())
            said += label->text();
        QVERIFY2(said.contains(QStringLiteral("Tenant: ") + tenant), qPrintable(said));
        QTest::keyClicks(child<QLineEdit>(confirm, "confirmEmail"),
                         QStringLiteral("user@moderne.example"));
        QTest::mouseClick(child<QPushButton>(confirm, "confirmRevokeAll"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->message().contains(QLatin1String("Revoked all tokens")),
                                 10000);
        user = m_users->userIndex(QStringLiteral("user@moderne.example"));
        QVERIFY(user.isValid());
        QCOMPARE(m_users->tokenCountOf(user), 0);
        QCOMPARE(m_users->rowCount(user), 0);
        QCOMPARE(emails().size(), 5);
        // The server agrees.
        m_users->reload();
        QVERIFY(loaded());
        QCOMPARE(emails().size(), 5);
        QCOMPARE(m_users->tokenCountOf(m_users->userIndex(QStringLiteral("user@moderne.example"))),
                 0);
    }
};

QTEST_MAIN(tst_AdminUsersGui)
#include "tst_admin_users_gui.moc"
