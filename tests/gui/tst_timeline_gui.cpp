// Issue 16: the expiry timeline under the panes. Labels are never drawn over each other
// ("gitlab.com · 7 h 59 m" over "github.com · 5 h 52 m"), nor over another entry's marker, when
// connections expire close together — at the default size, at 800×500 and at 200 % (the ctest
// entry tst_timeline_gui_scale2 runs this with QT_SCALE_FACTOR=2). The timeline can be
// collapsed, and a new window with the same settings keeps it collapsed.
#include "FakeNetworkAccessManager.h"
#include "GraphQlClient.h"
#include "MainWindow.h"
#include "ScmConnectionModel.h"
#include "Screenshot.h"
#include "Settings.h"
#include "ShownWindow.h"
#include "Ticker.h"
#include "TimelineWidget.h"
#include "Translations.h"
#include "Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {
const QDateTime Start(QDate(2026, 12, 4), QTime(10, 0), QTimeZone::utc());

ScmConnection connection(const QString &origin, qint64 secondsLeft) {
    ScmConnection c;
    c.typeName = QStringLiteral("GithubConnection");
    c.origin = origin;
    c.isAuthorized = true;
    c.tokens.append({Start.addSecs(secondsLeft - 8 * 3600), Start.addSecs(secondsLeft)});
    return c;
}

qint64 hm(int hours, int minutes) {
    return hours * 3600 + minutes * 60;
}

QString describe(const QRect &r) {
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}
} // namespace

class tst_TimelineGui : public QObject {
    Q_OBJECT
private:
    Ticker m_ticker;
    FakeNetworkAccessManager m_network;
    GraphQlClient m_client{&m_network};

private Q_SLOTS:
    void initTestCase() {
        Translations::install(qApp, QLocale(QStringLiteral("en")));
        m_ticker.setClock([] { return Start; });
    }

    void labelsNeverOverlap_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QList<qint64>>("secondsLeft");
        const QList<QPair<const char *, QList<qint64>>> cases = {
            {"issue: 7h59 and 5h52", {hm(7, 59), hm(5, 52)}},
            {"two a minute apart", {hm(7, 59), hm(7, 58)}},
            {"three close", {hm(7, 59), hm(7, 50), hm(7, 40)}},
            {"three mid-axis", {hm(4, 0), hm(4, 5), hm(4, 10)}},
            {"three at now", {60, 120, 180}},
            {"five close", {hm(6, 1), hm(6, 2), hm(6, 3), hm(6, 4), hm(6, 5)}},
            {"spread and later", {hm(1, 0), hm(2, 30), hm(7, 59), hm(30, 0), -600}},
        };
        for (const QSize size : {QSize(980, 650), QSize(800, 500)}) {
            for (const auto &[name, seconds] : cases)
                QTest::addRow("%s %dx%d", name, size.width(), size.height()) << size << seconds;
        }
    }

    void labelsNeverOverlap() {
        QFETCH(QSize, size);
        QFETCH(QList<qint64>, secondsLeft);
        Workspace workspace(&m_client, &m_ticker);
        ScmConnectionModel *model = workspace.scm();
        model->setClock([] { return Start; });
        model->setGeneration(TenantProfile::Generation::V1);
        const QStringList origins = {QStringLiteral("gitlab.com"), QStringLiteral("github.com"),
                                     QStringLiteral("bitbucket.example.com"),
                                     QStringLiteral("dev.azure.com"),
                                     QStringLiteral("bitbucket.org")};
        QList<ScmConnection> connections;
        for (int i = 0; i < secondsLeft.size(); ++i)
            connections.append(connection(origins.at(i), secondsLeft.at(i)));
        PaneContext context;
        context.workspace = &workspace;
        context.ticker = &m_ticker;
        MainWindow window(context);
        QVERIFY(shownAt(window, size));
        model->setConnections(connections);
        TimelineWidget *timeline = window.timeline();
        QTRY_VERIFY(timeline->isVisible());
        QApplication::processEvents();

        const QList<QRect> labels = timeline->labelRects();
        const QList<QRect> markers = timeline->markerRects();
        QVERIFY(!labels.isEmpty());
        for (int i = 0; i < labels.size(); ++i) {
            QVERIFY2(timeline->rect().contains(labels.at(i)), qPrintable(describe(labels.at(i))));
            for (int j = i + 1; j < labels.size(); ++j) {
                QVERIFY2(!labels.at(i).intersects(labels.at(j)),
                         qPrintable(QStringLiteral("%1 overlaps %2")
                                        .arg(describe(labels.at(i)), describe(labels.at(j)))));
            }
            for (const QRect &marker : markers) {
                QVERIFY2(!labels.at(i).intersects(marker),
                         qPrintable(QStringLiteral("label %1 over marker %2")
                                        .arg(describe(labels.at(i)), describe(marker))));
            }
        }
        // Every entry is on the timeline: a marker of its own or shared with entries too close to
        // tell apart (its label may be shortened: the tooltip gives the whole text).
        for (const ScmConnection &c : std::as_const(connections))
            QVERIFY2(!timeline->entryRect(ExpiryEntry::Kind::ScmToken, c.origin).isEmpty(),
                     qPrintable(c.origin));
        QVERIFY(markers.size() <= secondsLeft.size());
        if (QByteArray(QTest::currentDataTag()).startsWith("issue")) {
            saveScreenshotOrFail(
                &window, QStringLiteral("timeline-%1x%2.png").arg(size.width()).arg(size.height()));
        }
    }

    void collapsedIsRemembered() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        Workspace workspace(&m_client, &m_ticker);
        workspace.scm()->setClock([] { return Start; });
        workspace.scm()->setConnections({connection(QStringLiteral("github.com"), hm(5, 52))});
        PaneContext context;
        context.workspace = &workspace;
        context.ticker = &m_ticker;
        context.settings = &settings;
        int expandedHeight = 0;
        {
            MainWindow window(context);
            QVERIFY(shownAt(window, QSize(800, 500)));
            auto *action = window.findChild<QAction *>(QStringLiteral("actionShowTimeline"));
            QVERIFY2(action, "View → Timeline");
            QVERIFY(action->isCheckable() && action->isChecked());
            auto *toggle =
                window.timeline()->findChild<QAbstractButton *>(QStringLiteral("timelineToggle"));
            QVERIFY2(toggle, "the timeline's own Hide/Show button");
            QVERIFY(toggle->isVisible());
            QCOMPARE(toggle->toolTip(), QStringLiteral("Hide timeline"));
            QTRY_VERIFY(window.timeline()->height() > 0);
            expandedHeight = window.timeline()->height();
            QTest::mouseClick(toggle, Qt::LeftButton);
            QVERIFY(!action->isChecked());
            QCOMPARE(toggle->toolTip(), QStringLiteral("Show timeline"));
            QTRY_VERIFY(window.timeline()->height() < expandedHeight / 2);
            QVERIFY(window.timeline()->isCollapsed());
            saveScreenshotOrFail(&window, QStringLiteral("timeline-collapsed-800x500.png"));
        }
        {
            MainWindow window(context);
            QVERIFY(shownAt(window, QSize(800, 500)));
            QVERIFY(window.timeline()->isCollapsed());
            QTRY_VERIFY(window.timeline()->height() < expandedHeight / 2);
            auto *action = window.findChild<QAction *>(QStringLiteral("actionShowTimeline"));
            QVERIFY(!action->isChecked());
            // The menu brings it back, and that is remembered too.
            action->trigger();
            QVERIFY(!window.timeline()->isCollapsed());
            QTRY_COMPARE(window.timeline()->height(), expandedHeight);
        }
        MainWindow window(context);
        QVERIFY(!window.timeline()->isCollapsed());
    }
};

QTEST_MAIN(tst_TimelineGui)
#include "tst_timeline_gui.moc"
