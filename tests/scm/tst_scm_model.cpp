// The SCM connections model: grouping, columns, and the countdowns computed from a controllable
// clock (no sleeping): the bar's fraction over the token's lifetime, amber under an hour, red
// once expired, dataChanged only for the countdown cells of the rows asked for, and a row that
// expires moving to the expired group.
#include "ScmConnectionModel.h"
#include "ScmConnectionRows.h"

#include "ExpiryRules.h"
#include "StatusDelegate.h"
#include <QAbstractItemModelTester>

#include <QBrush>
#include <QFile>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {
const QDateTime Start(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());
} // namespace

class tst_ScmModel : public QObject {
    Q_OBJECT
private:
    using M = ScmConnectionModel;
    QDateTime m_now;
    std::unique_ptr<M> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    // The colour the views draw a cell's text in, on a light palette.
    QColor textColour(int row, int column) const {
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::WindowText, Qt::black);
        light.setColor(QPalette::Text, Qt::black);
        return StatusDelegate::textColour(m_model->index(row, column), light);
    }

    QVariant value(int row, int column, int role = Qt::DisplayRole) const {
        return m_model->data(m_model->index(row, column), role);
    }

    // The sandbox's seed: GitHub connected (6 h left of 8), Bitbucket DC expired an hour ago,
    // Bitbucket Cloud with a 2 h token (1 h left), GitLab and Azure DevOps not connected.
    void seed() {
        m_model->setConnections({
            connection(QStringLiteral("GitLabConnection"), QStringLiteral("gitlab.com"), {}, {},
                       false),
            connection(QStringLiteral("GithubConnection"), QStringLiteral("github.com"),
                       Start.addSecs(-2 * 3600), Start.addSecs(6 * 3600)),
            connection(QStringLiteral("BitbucketConnection"),
                       QStringLiteral("bitbucket.example.com"), Start.addSecs(-9 * 3600),
                       Start.addSecs(-3600)),
            connection(QStringLiteral("BitbucketCloudConnection"), QStringLiteral("bitbucket.org"),
                       Start.addSecs(-3600), Start.addSecs(3600)),
            connection(QStringLiteral("AzureDevOpsConnection"), QStringLiteral("dev.azure.com"), {},
                       {}, false),
        });
    }

private Q_SLOTS:
    void init() {
        m_now = Start;
        m_model = std::make_unique<M>(nullptr);
        m_model->setClock([this] { return m_now; });
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        seed();
    }

    void cleanup() {
        m_tester.reset();
        m_model.reset();
    }

    void groupsConnectedExpiredNotConnected() {
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->columnCount(), int(M::ColumnCount));
        QStringList origins;
        for (int row = 0; row < 5; ++row)
            origins << value(row, M::OriginColumn).toString();
        QCOMPARE(origins,
                 QStringList({QStringLiteral("github.com"), QStringLiteral("bitbucket.org"),
                              QStringLiteral("bitbucket.example.com"), QStringLiteral("gitlab.com"),
                              QStringLiteral("dev.azure.com")}));
        QCOMPARE(value(0, M::StatusColumn).toString(), QStringLiteral("Connected"));
        QCOMPARE(value(2, M::StatusColumn).toString(), QStringLiteral("Expired"));
        QCOMPARE(value(3, M::StatusColumn).toString(), QStringLiteral("Not connected"));
        QCOMPARE(m_model->connectedCount(), 2);
        QCOMPARE(m_model->rowOf(QStringLiteral("gitlab.com")), 3);
        QCOMPARE(value(0, M::ActionColumn, M::ActionRole).toString(), QStringLiteral("Disconnect"));
        QCOMPARE(value(2, M::ActionColumn, M::ActionRole).toString(),
                 QStringLiteral("Connect again"));
        QCOMPARE(M::Action(value(2, M::ActionColumn, M::ActionKindRole).toInt()),
                 M::Action::Reconnect);
        QCOMPARE(value(3, M::ActionColumn, M::ActionRole).toString(), QStringLiteral("Connect"));
    }

    void providerIcons() {
        for (const char *type : {"GithubConnection", "GitLabConnection", "BitbucketConnection",
                                 "BitbucketCloudConnection", "AzureDevOpsConnection"}) {
            const QString path = M::providerIconPath(QLatin1String(type));
            QVERIFY2(QFile::exists(path), qPrintable(path));
        }
        QCOMPARE(M::providerIconPath(QStringLiteral("GithubConnection")),
                 QStringLiteral(":/icons/github.svg"));
        QVERIFY(value(0, M::ProviderColumn, Qt::DecorationRole).canConvert<QIcon>());
        QVERIFY(!value(0, M::ProviderColumn, Qt::DecorationRole).value<QIcon>().isNull());
    }

    void countdownFollowsTheClock() {
        // GitHub App tokens last 8 h: 6 h left is three quarters of the bar.
        QCOMPARE(value(0, M::TimeLeftColumn).toString(), QStringLiteral("6:00:00"));
        QCOMPARE(value(0, M::TimeLeftColumn, M::LifetimeRole).toLongLong(), 8 * 3600);
        QCOMPARE(value(0, M::TimeLeftColumn, M::RemainingRole).toLongLong(), 6 * 3600);
        QCOMPARE(value(0, M::TimeLeftColumn, M::FractionRole).toDouble(), 0.75);
        QCOMPARE(M::Urgency(value(0, M::TimeLeftColumn, M::UrgencyRole).toInt()), M::Urgency::Fine);
        QVERIFY(!value(0, M::TimeLeftColumn, M::ToneRole).isValid());

        m_now = Start.addSecs(1);
        QCOMPARE(value(0, M::TimeLeftColumn).toString(), QStringLiteral("5:59:59"));
        m_now = Start.addSecs(4 * 3600);
        QCOMPARE(value(0, M::TimeLeftColumn).toString(), QStringLiteral("2:00:00"));
        QCOMPARE(value(0, M::TimeLeftColumn, M::FractionRole).toDouble(), 0.25);

        // Others: the lifetime is created -> expiresAt (here 2 h, 1 h left: half the bar).
        QCOMPARE(value(1, M::TimeLeftColumn, M::LifetimeRole).toLongLong(), 2 * 3600);
        m_now = Start;
        QCOMPARE(value(1, M::TimeLeftColumn, M::FractionRole).toDouble(), 0.5);
        QCOMPARE(value(1, M::TimeLeftColumn).toString(), QStringLiteral("1:00:00"));
        QCOMPARE(M::Urgency(value(1, M::TimeLeftColumn, M::UrgencyRole).toInt()), M::Urgency::Fine);

        // Under an hour: amber.
        m_now = Start.addSecs(1);
        QCOMPARE(value(1, M::TimeLeftColumn).toString(), QStringLiteral("59:59"));
        QCOMPARE(M::Urgency(value(1, M::TimeLeftColumn, M::UrgencyRole).toInt()), M::Urgency::Soon);
        QCOMPARE(textColour(1, M::TimeLeftColumn), QColor(0xb2, 0x6b, 0x00));
        QCOMPARE(value(1, M::TimeLeftColumn, Qt::AccessibleTextRole).toString(),
                 QStringLiteral("59:59 left"));

        // Expired rows: red, an empty bar, the word "Expired".
        QCOMPARE(value(2, M::TimeLeftColumn).toString(), QStringLiteral("Expired"));
        QCOMPARE(value(2, M::TimeLeftColumn, M::FractionRole).toDouble(), 0.0);
        QCOMPARE(M::Urgency(value(2, M::TimeLeftColumn, M::UrgencyRole).toInt()),
                 M::Urgency::Expired);
        QCOMPARE(textColour(2, M::TimeLeftColumn), QColor(0xc6, 0x28, 0x28));
        QVERIFY(value(2, M::ExpiresColumn, Qt::ToolTipRole)
                    .toString()
                    .startsWith(QLatin1String("Expired ")));

        // Not connected: no countdown at all.
        QVERIFY(value(3, M::TimeLeftColumn).toString().isEmpty());
        QCOMPARE(M::Urgency(value(3, M::TimeLeftColumn, M::UrgencyRole).toInt()), M::Urgency::None);
    }

    void refreshTouchesOnlyCountdownCellsOfTheGivenRows() {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
        m_now = Start.addSecs(1);
        m_model->refreshCountdowns(0, 1);
        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(bottomRight.row(), 1);
        QCOMPARE(topLeft.column(), int(M::ExpiresColumn));
        QCOMPARE(bottomRight.column(), int(M::TimeLeftColumn));
        // No visible rows (pane hidden): nothing to repaint.
        m_model->refreshCountdowns(0, -1);
        QCOMPARE(changed.count(), 1);
        // Out-of-range rows are clipped.
        m_model->refreshCountdowns(3, 99);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(1).value<QModelIndex>().row(), 4);
        QCOMPARE(layout.count(), 0);
    }

    void aTokenThatExpiresMovesToTheExpiredGroup() {
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy connections(m_model.get(), &M::connectionsChanged);
        const QPersistentModelIndex cloud = m_model->index(1, M::OriginColumn);
        QCOMPARE(cloud.data().toString(), QStringLiteral("bitbucket.org"));
        m_now = Start.addSecs(3600); // bitbucket.org's token expires now
        m_model->refreshCountdowns(0, 4);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(connections.count(), 1);
        QCOMPARE(m_model->connectedCount(), 1);
        QCOMPARE(value(0, M::OriginColumn).toString(), QStringLiteral("github.com"));
        QCOMPARE(value(1, M::StatusColumn).toString(), QStringLiteral("Expired"));
        QCOMPARE(value(2, M::StatusColumn).toString(), QStringLiteral("Expired"));
        QCOMPARE(value(3, M::StatusColumn).toString(), QStringLiteral("Not connected"));
        QVERIFY(cloud.isValid());
        QCOMPARE(cloud.data().toString(), QStringLiteral("bitbucket.org"));
        QCOMPARE(m_model->index(cloud.row(), M::StatusColumn).data().toString(),
                 QStringLiteral("Expired"));
        // Another tick with nothing new: no layout change.
        m_now = m_now.addSecs(1);
        m_model->refreshCountdowns(0, 4);
        QCOMPARE(layout.count(), 1);
    }

    void tokenWithoutExpiry() {
        m_model->setConnections(
            {connection(QStringLiteral("BitbucketCloudConnection"), QStringLiteral("bitbucket.org"),
                        Start.addDays(-3), {})});
        QCOMPARE(value(0, M::StatusColumn).toString(), QStringLiteral("Connected"));
        QCOMPARE(value(0, M::TimeLeftColumn).toString(), QStringLiteral("No expiry"));
        QCOMPARE(value(0, M::TimeLeftColumn, M::LifetimeRole).toLongLong(), 0);
        QCOMPARE(value(0, M::TimeLeftColumn, M::FractionRole).toDouble(), 1.0);
    }

    // v2: the platform renews what expires; the countdown's end is a renewal, not an alarm, and
    // it asks once for the list to be read again. A connection the platform cannot use is
    // invalid, and its action is "Connect again" (Disconnect, then Connect).
    void v2RenewsAndReportsInvalid() {
        QCOMPARE(m_model->generation(), TenantProfile::Generation::V1); // until told
        m_model->setGeneration(TenantProfile::Generation::V2);
        m_model->setConnections({
            connection(QStringLiteral("GithubConnection"), QStringLiteral("github.com"),
                       Start.addSecs(-2 * 3600), Start.addSecs(30)),
            connection(QStringLiteral("BitbucketConnection"),
                       QStringLiteral("bitbucket.example.com"), Start.addSecs(-9 * 3600),
                       Start.addSecs(-3600), false),
            connection(QStringLiteral("GitLabConnection"), QStringLiteral("gitlab.com"), {}, {},
                       false),
        });
        QCOMPARE(value(0, M::OriginColumn).toString(), QStringLiteral("github.com"));
        QCOMPARE(value(0, M::StatusColumn).toString(), QStringLiteral("Connected"));
        // 30 s before its end: no amber, no warning tone.
        QVERIFY(!value(0, M::TimeLeftColumn, M::ToneRole).isValid());
        QCOMPARE(M::Urgency(value(0, M::TimeLeftColumn, M::UrgencyRole).toInt()), M::Urgency::Fine);
        QVERIFY(value(0, M::ExpiresColumn).toString().startsWith(QLatin1String("auto-renews ")));
        QCOMPARE(m_model->headerData(M::TimeLeftColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Until renewal"));
        QCOMPARE(value(1, M::StatusColumn).toString(), QStringLiteral("Invalid"));
        QCOMPARE(value(1, M::StatusColumn, M::ToneRole).value<ExpiryState>(), ExpiryState::Expired);
        QCOMPARE(value(1, M::ActionColumn, M::ActionRole).toString(),
                 QStringLiteral("Connect again"));
        QCOMPARE(M::Action(value(1, M::ActionColumn, M::ActionKindRole).toInt()),
                 M::Action::Reconnect);

        QSignalSpy due(m_model.get(), &M::renewalDue);
        m_model->refreshCountdowns(0, 2);
        QCOMPARE(due.count(), 0);
        m_now = Start.addSecs(31); // past its end: still connected, "Renewing…"
        m_model->refreshCountdowns(0, 2);
        QCOMPARE(due.count(), 1);
        QCOMPARE(due.constFirst().constFirst().toString(), QStringLiteral("github.com"));
        QCOMPARE(value(0, M::StatusColumn).toString(), QStringLiteral("Connected"));
        QCOMPARE(value(0, M::TimeLeftColumn).toString(), QStringLiteral("Renewing…"));
        QVERIFY(!value(0, M::TimeLeftColumn, M::ToneRole).isValid());
        m_model->refreshCountdowns(0, 2); // asked once per credential, not on every tick
        QCOMPARE(due.count(), 1);

        // The same rows on v1: expired (red), its action a plain connect again.
        m_model->setGeneration(TenantProfile::Generation::V1);
        QCOMPARE(value(m_model->rowOf(QStringLiteral("github.com")), M::StatusColumn).toString(),
                 QStringLiteral("Expired"));
    }
};

QTEST_MAIN(tst_ScmModel)
#include "tst_scm_model.moc"
