// The PAT models against the sandbox (with the model tester), and the "never retry blindly"
// rule with a network that fails on purpose.
#include "AccessTokenModel.h"
#include "AccessTokenService.h"
#include "BrowserPlayer.h"
#include "DataRows.h"
#include "FakeWorkspace.h"
#include "SandboxProcess.h"
#include "SignedInApi.h"
#include "UserModel.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTimeZone>

namespace {
QString operationOf(const FakeNetworkAccessManager::Recorded &recorded) {
    return QJsonDocument::fromJson(recorded.body)
        .object()
        .value(QLatin1String("operationName"))
        .toString();
}

// Tokens known by their id only (what a revoke needs).
QList<AccessToken> byId(const QStringList &ids) {
    QList<AccessToken> tokens;
    for (const QString &id : ids)
        tokens.append(AccessToken{id, {}, {}, {}});
    return tokens;
}

using Outcome = AccessTokenService::RevokeOutcome;

QByteArray emptyTokenList() {
    return R"({"data":{"currentUser":{"tokens":{"count":1,"edges":[{"node":{"id":"t1","description":"Kept","created":"2026-11-01T10:00:00Z","expiresAt":null},"cursor":"c1"}],"pageInfo":{"hasNextPage":false,"endCursor":"c1"}}}}})";
}
} // namespace

class tst_PatsModels : public QObject {
    Q_OBJECT
private:
    SandboxProcess m_sandbox{{QStringLiteral("--seed-tokens"), QStringLiteral("250")}};
    BrowserPlayer m_browser;
    std::unique_ptr<SignedInApi> m_admin;

    bool waitIdle(AccessTokenModel &model) {
        return QTest::qWaitFor([&] { return !model.isLoading(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase() {
        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString());
        m_admin = std::make_unique<SignedInApi>(QStringLiteral("TokenDesk-pats-test"));
        QCOMPARE(m_admin->signIn(m_sandbox, m_browser), QString());
    }

    void cleanupTestCase() {
        m_admin.reset();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void tokensPageInUnderTheTester() {
        Workspace workspace(&m_admin->client);
        AccessTokenModel &model = *workspace.tokens();
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        model.reload();
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.totalCount(), 254);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(waitIdle(model));
        }
        QCOMPARE(model.rowCount(), 254);
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.tokenAt(row).id);
        QCOMPARE(ids.size(), 254);
        model.refreshTimes();
    }

    void createAndRevokeThroughTheModel() {
        Workspace workspace(&m_admin->client);
        AccessTokenModel &model = *workspace.tokens();
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(waitIdle(model));
        const int before = model.totalCount();

        const QDateTime expiry = QDateTime::currentDateTime().addDays(7);
        std::optional<ApiResult<CreatedAccessToken>> created;
        workspace.tokenService()->create(
            QStringLiteral("Model test"), expiry, this,
            [&](const ApiResult<CreatedAccessToken> &result) { created = result; });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
        QVERIFY2(!created->error, qPrintable(created->error.message));
        QVERIFY(created->value->value.startsWith("mat-"));
        QCOMPARE(model.totalCount(), before + 1);
        const int row = model.rowOf(created->value->token.id);
        QCOMPARE(row, 0);
        QCOMPARE(model.tokenAt(row).description, QStringLiteral("Model test"));
        QCOMPARE(model.tokenAt(row).expiresAt->toSecsSinceEpoch(), expiry.toSecsSinceEpoch());
        // The model holds no value: nothing it can show contains it.
        for (int column = 0; column < model.columnCount(); ++column)
            for (int role :
                 {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(AccessTokenModel::IdRole)})
                QVERIFY(!model.data(model.index(row, column), role)
                             .toString()
                             .contains(QString::fromUtf8(created->value->value)));

        // Revoke it, then again: the second time the server no longer has it.
        const QString id = created->value->token.id;
        QList<Outcome> outcomes;
        workspace.tokenService()->revoke(byId({id}), {}, this,
                                         [&](const auto &list) { outcomes = list; });
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 1, 10000);
        QCOMPARE(outcomes.first().result, Outcome::Result::Revoked);
        QCOMPARE(model.rowOf(id), -1);
        QCOMPARE(model.totalCount(), before);
        outcomes.clear();
        workspace.tokenService()->revoke(byId({id}), {}, this,
                                         [&](const auto &list) { outcomes = list; });
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 1, 10000);
        QCOMPARE(outcomes.first().result, Outcome::Result::AlreadyGone);
    }

    void serverRefusalIsShownAsIs() {
        Workspace workspace(&m_admin->client);
        AccessTokenModel &model = *workspace.tokens();
        std::optional<ApiResult<CreatedAccessToken>> created;
        workspace.tokenService()->create(
            QStringLiteral("Past"), QDateTime::currentDateTime().addDays(-1), this,
            [&](const ApiResult<CreatedAccessToken> &result) { created = result; });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
        QCOMPARE(created->error.kind, ApiError::Kind::GraphQl);
        QCOMPARE(created->error.message, QStringLiteral("Token expiry must be in the future."));
        QVERIFY(!model.isLoading()); // the server said no: nothing to reload
    }

    void noCapWithoutTheFlag() {
        Workspace workspace(&m_admin->client);
        std::optional<ApiResult<std::optional<int>>> cap;
        workspace.tokenService()->maxExpiryDays(this, [&](const auto &result) { cap = result; });
        QTRY_VERIFY_WITH_TIMEOUT(cap.has_value(), 10000);
        QVERIFY(!cap->error);
        QVERIFY(!cap->value->has_value());
    }

    void usersUnderTheTester() {
        Workspace workspace(&m_admin->client);
        UserModel *users = workspace.users();
        QAbstractItemModelTester tester(users,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        users->setPageSizes(1, 20);
        users->reload();
        // One user per page: the second comes with fetchMore (the tester asks for it too).
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading() && users->rowCount() >= 1, 10000);
        QCOMPARE(users->totalCount(), 2);
        if (users->canFetchMore({}))
            users->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading() && users->rowCount() == 2, 10000);
        QVERIFY(!users->canFetchMore({}));

        const QModelIndex admin = users->userIndex(QStringLiteral("admin@moderne.example"));
        QVERIFY(admin.isValid());
        QVERIFY(users->isUser(admin));
        QVERIFY(users->hasChildren(admin));
        QVERIFY(users->rowCount(admin) >= 20);
        QCOMPARE(users->rowCount(admin) % 20, 0); // whole pages of 20
        QVERIFY(users->tokenCountOf(admin) >= 254);
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (users->canFetchMore(admin))
                    users->fetchMore(admin);
                return users->rowCount(admin) == users->tokenCountOf(admin);
            },
            20000));
        QCOMPARE(users->index(0, 0, admin).parent(), admin);
        QVERIFY(!users->isUser(users->index(0, 0, admin)));

        // Revoke one of Uma's tokens as the admin, then all the rest.
        QModelIndex user = users->userIndex(QStringLiteral("user@moderne.example"));
        QCOMPARE(users->rowCount(user), 2);
        std::optional<std::pair<bool, QString>> done;
        workspace.tokenService()->revoke(
            {*users->tokenOf(users->index(0, 0, user))}, QStringLiteral("user@moderne.example"),
            this, [&](const QList<Outcome> &outcomes) {
                done = {outcomes.first().result == Outcome::Result::Revoked,
                        outcomes.first().message};
            });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 10000);
        QVERIFY2(done->first, qPrintable(done->second));
        user = users->userIndex(QStringLiteral("user@moderne.example"));
        QCOMPARE(users->rowCount(user), 1);
        QCOMPARE(users->tokenCountOf(user), 1);
        done.reset();
        workspace.tokenService()->revokeAll(QStringLiteral("user@moderne.example"), this,
                                            [&](bool ok, const QString &message) {
                                                done = {ok, message};
                                            });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 10000);
        QVERIFY2(done->first, qPrintable(done->second));
        QVERIFY(!users->userIndex(QStringLiteral("user@moderne.example")).isValid());
        QCOMPARE(users->rowCount(), 1);
        QCOMPARE(users->totalCount(), 1);
        users->refreshTimes();
    }

    void networkErrorReloadsInsteadOfRetrying_data() {
        addDataRows<QString>("operation", {{"create", QStringLiteral("CreateAccessToken")},
                                           {"revoke", QStringLiteral("RevokeAccessToken")}});
    }

    void networkErrorReloadsInsteadOfRetrying() {
        QFETCH(QString, operation);
        FakeWorkspace fake;
        FakeNetworkAccessManager &network = fake.network;
        AccessTokenModel &model = *fake.workspace.tokens();
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        network.enqueue(FakeNetworkAccessManager::json(emptyTokenList()));
        model.reload();
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 1);

        FakeNetworkAccessManager::Response broken;
        broken.error = QNetworkReply::RemoteHostClosedError;
        broken.status = 0;
        network.enqueue(broken);
        network.enqueue(FakeNetworkAccessManager::json(emptyTokenList()));
        QSignalSpy reloaded(&model, &AccessTokenModel::reloadedAfterUncertainOperation);
        bool called = false;
        if (operation == QLatin1String("CreateAccessToken")) {
            fake.workspace.tokenService()->create(QStringLiteral("New"), std::nullopt, this,
                                                  [&](const ApiResult<CreatedAccessToken> &result) {
                                                      called = true;
                                                      QCOMPARE(result.error.kind,
                                                               ApiError::Kind::Network);
                                                  });
        } else {
            fake.workspace.tokenService()->revoke(
                byId({QStringLiteral("t1")}), {}, this, [&](const auto &outcomes) {
                    called = true;
                    QCOMPARE(outcomes.size(), 1);
                    QCOMPARE(outcomes.first().result, Outcome::Result::Failed);
                    QVERIFY(!outcomes.first().message.isEmpty());
                });
        }
        QTRY_VERIFY(called);
        QVERIFY(waitIdle(model));
        QCOMPARE(reloaded.count(), 1);
        QTest::qWait(100);
        // Exactly: the first list, the failed operation once, the reloaded list.
        QStringList sent;
        for (const auto &recorded : network.requests())
            sent << operationOf(recorded);
        QCOMPARE(sent, (QStringList{QStringLiteral("AccessTokens"), operation,
                                    QStringLiteral("AccessTokens")}));
        QCOMPARE(model.rowCount(), 1); // what the server holds
    }
};

QTEST_MAIN(tst_PatsModels)
#include "tst_pats_models.moc"
