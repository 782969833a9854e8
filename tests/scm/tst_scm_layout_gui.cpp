// Issue 16: the SCM pane at 800×500 and up, in every language and at 200 % (the ctest entry
// tst_scm_layout_gui_scale2 runs this with QT_SCALE_FACTOR=2): every shown column is as wide
// as its title and its cells (by the font's metrics), the countdown's bar is visible, and every
// Connect / Disconnect button lies inside the view, with no horizontal scrolling.
#include "FakeNetworkAccessManager.h"
#include "GraphQlClient.h"
#include "MainWindow.h"
#include "ScmConnectionModel.h"
#include "ScmConnectionRows.h"
#include "ScmPane.h"
#include "Screenshot.h"
#include "ShownWindow.h"
#include "Ticker.h"
#include "TimelineWidget.h"
#include "Translations.h"
#include "Workspace.h"

#include <QApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

namespace {
const QDateTime Start(QDate(2026, 12, 4), QTime(10, 0), QTimeZone::utc());

// The sandbox's seed: connected, expired and not connected rows, the longest provider name.
QList<ScmConnection> seed() {
    return {
        connection(QStringLiteral("GitLabConnection"), QStringLiteral("gitlab.com"), {}, {}, false),
        connection(QStringLiteral("GithubConnection"), QStringLiteral("github.com"),
                   Start.addSecs(-2), Start.addSecs(8 * 3600 - 2)),
        connection(QStringLiteral("BitbucketConnection"), QStringLiteral("bitbucket.example.com"),
                   Start.addSecs(-9 * 3600), Start.addSecs(-3600)),
        connection(QStringLiteral("BitbucketCloudConnection"), QStringLiteral("bitbucket.org"),
                   Start.addSecs(-3600), Start.addSecs(3600)),
        connection(QStringLiteral("AzureDevOpsConnection"), QStringLiteral("dev.azure.com"), {}, {},
                   false),
    };
}
} // namespace

class tst_ScmLayoutGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanupTestCase() { Translations::install(qApp, QLocale(QStringLiteral("en"))); }

    void columnsButtonsAndBarFit_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("generation");
        QTest::addColumn<QSize>("size");
        for (const char *language : {"en", "de", "fr", "ja"}) {
            for (int generation : {1, 2}) {
                for (const QSize size : {QSize(800, 500), QSize(980, 650)}) {
                    QTest::addRow("%s v%d %dx%d", language, generation, size.width(), size.height())
                        << QString::fromLatin1(language) << generation << size;
                }
            }
        }
    }

    void columnsButtonsAndBarFit() {
        QFETCH(QString, language);
        QFETCH(int, generation);
        QFETCH(QSize, size);
        const QLocale locale(language);
        QLocale::setDefault(locale);
        QCOMPARE(Translations::install(qApp, locale), language);

        Ticker ticker;
        ticker.setClock([] { return Start; });
        FakeNetworkAccessManager network;
        GraphQlClient client(&network);
        Workspace workspace(&client, &ticker);
        ScmConnectionModel *model = workspace.scm();
        model->setClock([] { return Start; });
        model->setGeneration(generation == 1 ? TenantProfile::Generation::V1
                                             : TenantProfile::Generation::V2);
        PaneContext context;
        context.workspace = &workspace;
        context.ticker = &ticker;
        MainWindow window(context);
        QVERIFY(shownAt(window, size));
        window.showPane(PaneId::Scm);
        model->setConnections(seed());
        auto *pane = window.findChild<ScmPane *>();
        QVERIFY(pane);
        QTableView *view = pane->view();
        QTRY_VERIFY(view->isVisible());
        QTest::qWait(50);
        QApplication::processEvents();
        QCOMPARE(window.size(), size);

        const QRect viewport = view->viewport()->rect();
        QHeaderView *header = view->horizontalHeader();
        // No horizontal scrolling: the columns fit the view.
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        QCOMPARE(header->offset(), 0);
        QStringList widths;
        for (int column = 0; column < ScmConnectionModel::ColumnCount; ++column)
            widths << (view->isColumnHidden(column) ? QStringLiteral("-")
                                                    : QString::number(header->sectionSize(column)));
        QVERIFY2(header->length() <= viewport.width(), qPrintable(QStringLiteral("%1 > %2 (%3)")
                                                                      .arg(header->length())
                                                                      .arg(viewport.width())
                                                                      .arg(widths.join(u' '))));

        const QFontMetrics cells(view->font());
        const QFontMetrics titles(header->font());
        const int iconRoom = view->iconSize().width() + 4;
        int shown = 0;
        for (int column = 0; column < ScmConnectionModel::ColumnCount; ++column) {
            if (view->isColumnHidden(column))
                continue;
            ++shown;
            const int width = header->sectionSize(column);
            const QString title =
                model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
            // On one line, or wrapped onto lines the header has the height for.
            const QRect lines =
                titles.boundingRect(QRect(0, 0, width - 8, 1000), Qt::TextWordWrap, title);
            const bool oneLine = titles.horizontalAdvance(title) + 8 <= width;
            QVERIFY2(oneLine ||
                         ((int(header->defaultAlignment()) & Qt::TextWordWrap) &&
                          lines.width() <= width - 8 && lines.height() + 4 <= header->height()),
                     qPrintable(QStringLiteral("title “%1”: %2 px in %3, header %4 high")
                                    .arg(title)
                                    .arg(titles.horizontalAdvance(title))
                                    .arg(width)
                                    .arg(header->height())));
            if (column == ScmConnectionModel::ActionColumn)
                continue;
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, column);
                const QString text = index.data().toString();
                int need = cells.horizontalAdvance(text) + 8;
                if (!index.data(Qt::DecorationRole).isNull())
                    need += iconRoom;
                if (column == ScmConnectionModel::TimeLeftColumn && !text.isEmpty())
                    need += 10 + 20; // the gap and a bar worth seeing (the delegate's minimum)
                // On one line, or (where the view wraps) on two lines that fit the row.
                bool fits = need <= width;
                if (!fits && view->wordWrap() && column != ScmConnectionModel::TimeLeftColumn) {
                    const int room = width - (need - cells.horizontalAdvance(text));
                    const QRect lines =
                        cells.boundingRect(QRect(0, 0, room, 1000), Qt::TextWordWrap, text);
                    fits = lines.width() <= room && lines.height() <= view->rowHeight(row) &&
                           lines.height() <= 2 * cells.lineSpacing();
                }
                QVERIFY2(
                    fits,
                    qPrintable(QStringLiteral("“%1”: %2 px in %3").arg(text).arg(need).arg(width)));
            }
        }
        // Provider, status, the countdown and the action are never the ones given up.
        for (int column : {ScmConnectionModel::ProviderColumn, ScmConnectionModel::StatusColumn,
                           ScmConnectionModel::TimeLeftColumn, ScmConnectionModel::ActionColumn})
            QVERIFY(!view->isColumnHidden(column));
        QVERIFY(shown >= 4);

        // Every button inside the view, whole, its text not cut: the seed's five rows and their
        // Connect / Disconnect buttons are in view without scrolling, even at 800×500 with the
        // timeline shown.
        QVERIFY(window.timeline()->isVisible());
        QCOMPARE(view->verticalScrollBar()->value(), 0);
        const QList<QPushButton *> buttons = view->findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), model->rowCount());
        for (QPushButton *button : buttons) {
            const QRect at(button->mapTo(view->viewport(), QPoint()), button->size());
            QVERIFY2(viewport.contains(at),
                     qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 outside the view (%6x%7)")
                                    .arg(button->text())
                                    .arg(at.x())
                                    .arg(at.y())
                                    .arg(at.width())
                                    .arg(at.height())
                                    .arg(viewport.width())
                                    .arg(viewport.height())));
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        }
        if (generation == 1 &&
            (language == QLatin1String("en") || language == QLatin1String("de"))) {
            saveScreenshotOrFail(&window, QStringLiteral("scm-layout-%1-%2x%3-%4x.png")
                                              .arg(language)
                                              .arg(size.width())
                                              .arg(size.height())
                                              .arg(window.devicePixelRatioF()));
        }
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(tst_ScmLayoutGui)
#include "tst_scm_layout_gui.moc"
