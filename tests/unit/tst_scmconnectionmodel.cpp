#include "ExpiryRules.h"
#include "FakeApi.h"
#include "ScmConnectionModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {
const QDateTime Now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());

ScmConnection connection(const QString &typeName, const QString &origin, bool authorized,
                         const QList<QDateTime> &expiries) {
    ScmConnection result;
    result.typeName = typeName;
    result.origin = origin;
    result.isAuthorized = authorized;
    for (const QDateTime &expiry : expiries)
        result.tokens.append({Now.addDays(-1), expiry});
    return result;
}

// The payload of the sandbox: one of each provider, in the order the server lists them.
const char *ScmJson = R"({"data":{"scmConnections":[
  {"__typename":"GitLabConnection","resourceId":"gitlab.com","isAuthorized":false,"tokens":[]},
  {"__typename":"GithubConnection","resourceId":"github.com","isAuthorized":true,
   "tokens":[{"created":"2026-11-22T10:00:00Z","expiresAt":"2026-11-22T18:00:00Z"}]},
  {"__typename":"BitbucketConnection","resourceId":"bitbucket.example.com","isAuthorized":true,
   "tokens":[{"created":"2026-11-22T03:00:00Z","expiresAt":"2026-11-22T11:00:00Z"}]},
  {"__typename":"AzureDevOpsConnection","resourceId":"dev.azure.com","isAuthorized":false,
   "tokens":[]},
  {"__typename":"BitbucketCloudConnection","resourceId":"bitbucket.org","isAuthorized":true,
   "tokens":[{"created":"2026-11-01T00:00:00Z","expiresAt":null}]}
]}})";
} // namespace

class TestScmConnectionModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void providerName_data();
    void providerName();
    void status();
    void reloadGroupsConnectedFirst();
    void displayRoles();
    void loadFailed();

private:
    std::unique_ptr<FakeApi> m_fake;
    ScmConnectionModel *m_model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestScmConnectionModel::init() {
    m_fake = std::make_unique<FakeApi>();
    m_model = new ScmConnectionModel(m_fake->api.scm(), this);
    m_model->setClock([] { return Now; });
    m_tester = modelTester(m_model);
}

void TestScmConnectionModel::cleanup() {
    m_tester.reset();
    delete m_model;
    m_fake.reset();
}

void TestScmConnectionModel::providerName_data() {
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<QString>("name");
    QTest::newRow("GitHub") << QStringLiteral("GithubConnection") << QStringLiteral("GitHub");
    QTest::newRow("GitLab") << QStringLiteral("GitLabConnection") << QStringLiteral("GitLab");
    QTest::newRow("Bitbucket DC") << QStringLiteral("BitbucketConnection")
                                  << QStringLiteral("Bitbucket Data Center");
    QTest::newRow("Bitbucket Cloud")
        << QStringLiteral("BitbucketCloudConnection") << QStringLiteral("Bitbucket Cloud");
    QTest::newRow("Azure DevOps") << QStringLiteral("AzureDevOpsConnection")
                                  << QStringLiteral("Azure DevOps");
    QTest::newRow("unknown") << QStringLiteral("GiteaConnection")
                             << QStringLiteral("GiteaConnection");
}

void TestScmConnectionModel::providerName() {
    QFETCH(QString, typeName);
    QFETCH(QString, name);
    QCOMPARE(ScmConnectionModel::providerName(typeName), name);
}

void TestScmConnectionModel::status() {
    using Status = ScmConnectionModel::Status;
    const QString github = QStringLiteral("GithubConnection");
    const QString host = QStringLiteral("github.com");
    QCOMPARE(m_model->status(connection(github, host, true, {Now.addSecs(3600)})),
             Status::Connected);
    QCOMPARE(m_model->status(connection(github, host, true, {QDateTime()})), Status::Connected);
    QCOMPARE(m_model->status(connection(github, host, true, {Now.addSecs(-1)})), Status::Expired);
    QCOMPARE(m_model->status(connection(github, host, true, {Now})), Status::Expired);
    QCOMPARE(m_model->status(connection(github, host, false, {Now.addDays(1)})), Status::Expired);
    QCOMPARE(m_model->status(connection(github, host, true, {})), Status::NotConnected);
    QCOMPARE(m_model->status(connection(github, host, false, {})), Status::NotConnected);
    // The latest token counts.
    QCOMPARE(m_model->status(connection(github, host, true, {Now.addDays(-5), Now.addDays(1)})),
             Status::Connected);
    QCOMPARE(m_model->status(connection(github, host, true, {Now.addDays(5), Now.addDays(-1)})),
             Status::Expired);
    // The model's clock is used, not the wall clock.
    m_model->setClock([] { return Now.addDays(2); });
    QCOMPARE(m_model->status(connection(github, host, true, {Now.addDays(1)})), Status::Expired);
}

void TestScmConnectionModel::reloadGroupsConnectedFirst() {
    using Status = ScmConnectionModel::Status;
    QSignalSpy loaded(m_model, &ScmConnectionModel::loaded);
    m_fake->network.enqueue(FakeNetworkAccessManager::json(ScmJson));
    m_model->reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 3000);
    QCOMPARE(m_fake->network.requests().size(), 1);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->columnCount(), int(ScmConnectionModel::ColumnCount));

    QStringList origins;
    QList<Status> statuses;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        origins << m_model->data(m_model->index(row, ScmConnectionModel::OriginColumn)).toString();
        const QString status =
            m_model->data(m_model->index(row, ScmConnectionModel::StatusColumn)).toString();
        statuses << (status == QLatin1String("Connected") ? Status::Connected
                     : status == QLatin1String("Expired") ? Status::Expired
                                                          : Status::NotConnected);
    }
    // Grouped: connected, then expired, then never connected (server order within a group).
    QCOMPARE(origins, QStringList({QStringLiteral("github.com"), QStringLiteral("bitbucket.org"),
                                   QStringLiteral("bitbucket.example.com"),
                                   QStringLiteral("gitlab.com"), QStringLiteral("dev.azure.com")}));
    QCOMPARE(statuses, QList<Status>({Status::Connected, Status::Connected, Status::Expired,
                                      Status::NotConnected, Status::NotConnected}));
    QCOMPARE(m_model->connectedCount(), 2);

    // A second reload replaces the rows rather than appending.
    m_fake->network.enqueue(FakeNetworkAccessManager::json(
        R"({"data":{"scmConnections":[{"__typename":"GithubConnection","resourceId":"github.com",)"
        R"("isAuthorized":false,"tokens":[]}]}})"));
    m_model->reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 3000);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->connectedCount(), 0);
}

void TestScmConnectionModel::displayRoles() {
    m_model->setConnections({
        connection(QStringLiteral("GithubConnection"), QStringLiteral("github.com"), true,
                   {Now.addSecs(6 * 3600)}),
        connection(QStringLiteral("BitbucketConnection"), QStringLiteral("bitbucket.example.com"),
                   true, {Now.addSecs(-3600)}),
        connection(QStringLiteral("GitLabConnection"), QStringLiteral("gitlab.com"), false, {}),
    });
    QCOMPARE(m_model->rowCount(), 3);
    const auto value = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->data(m_model->index(row, column), role);
    };
    using M = ScmConnectionModel;
    QCOMPARE(value(0, M::ProviderColumn).toString(), QStringLiteral("GitHub"));
    QCOMPARE(value(0, M::StatusColumn).toString(), QStringLiteral("Connected"));
    QVERIFY(value(0, M::ExpiresColumn).toString().startsWith(QLatin1String("in 6 hour")));
    QVERIFY(!value(0, M::StatusColumn, M::ToneRole).isValid());
    QVERIFY(!value(0, M::ExpiresColumn, Qt::ToolTipRole).toString().isEmpty());

    QCOMPARE(value(1, M::ProviderColumn).toString(), QStringLiteral("Bitbucket Data Center"));
    QCOMPARE(value(1, M::StatusColumn).toString(), QStringLiteral("Expired"));
    QVERIFY(value(1, M::ExpiresColumn).toString().endsWith(QLatin1String(" ago")));
    QCOMPARE(value(1, M::StatusColumn, M::ToneRole).value<ExpiryState>(), ExpiryState::Expired);

    QCOMPARE(value(2, M::StatusColumn).toString(), QStringLiteral("Not connected"));
    QVERIFY(value(2, M::ExpiresColumn).toString().isEmpty());
    QCOMPARE(m_model->connectedCount(), 1);

    QCOMPARE(m_model->headerData(M::ProviderColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Provider"));
}

void TestScmConnectionModel::loadFailed() {
    QSignalSpy failed(m_model, &ScmConnectionModel::loadFailed);
    QSignalSpy loaded(m_model, &ScmConnectionModel::loaded);
    m_fake->network.enqueue(FakeNetworkAccessManager::json(
        R"({"errors":[{"message":"SCM connections are unavailable"}],"data":null})"));
    m_model->reload();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 3000);
    QCOMPARE(failed.constFirst().constFirst().toString(),
             QStringLiteral("SCM connections are unavailable"));
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_MAIN(TestScmConnectionModel)
#include "tst_scmconnectionmodel.moc"
