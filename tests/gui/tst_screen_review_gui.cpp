// Issue 16, the screenshot review: what the pictures in docs/screenshots still showed wrong,
// checked on the real windows under Xvfb, in English and German, at the default size and at
// 800×500 (the ctest entry tst_screen_review_gui_scale2 runs it again with QT_SCALE_FACTOR=2).
// - The main window opens at 980×650.
// - The Login token pane never scrolls sideways and cuts nothing.
// - The inspector's "Issued by … to … for client …" is a whole sentence whatever claims lack.
// - The reveal: no doubled period after the prefix's ellipsis, no empty line above the buttons.
// - The tokens list: every column as wide as its texts; "—" with an explanation where this
//   computer does not know a token's prefix.
// - The create dialog's calendar: weekends and month arrows readable on light and dark.
// - The timeline's legend fits (or is shortened, with a tooltip), German included.
#include "AccessTokenModel.h"
#include "CreateTokenDialog.h"
#include "DataRows.h"
#include "FakeNetworkAccessManager.h"
#include "GraphQlClient.h"
#include "LoginTokenPane.h"
#include "MainWindow.h"
#include "NewTokenDialog.h"
#include "Screenshot.h"
#include "Settings.h"
#include "StatusPalette.h"
#include "Ticker.h"
#include "TimelineWidget.h"
#include "TokensPane.h"
#include "Translations.h"
#include "Workspace.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCharFormat>
#include <QTimeZone>
#include <QToolButton>

namespace {
const QDateTime Start(QDate(2026, 12, 5), QTime(15, 20), QTimeZone::utc());

void settle() {
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(20);
    }
}

QByteArray part(const QJsonObject &object) {
    return QJsonDocument(object)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A token shaped like the sandbox's login token (not signed by anyone: only its look matters).
QByteArray loginToken(const QJsonObject &payload) {
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), QStringLiteral("zCNYYQKUoaEp47QsqDdrmw")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    return part(header) + '.' + part(payload) + '.' +
           QByteArray(256, 'x').toBase64(QByteArray::Base64UrlEncoding |
                                         QByteArray::OmitTrailingEquals);
}

QJsonObject sandboxPayload() {
    return QJsonObject{
        {QStringLiteral("exp"), Start.toSecsSinceEpoch() + 3599},
        {QStringLiteral("iat"), Start.toSecsSinceEpoch() - 1},
        {QStringLiteral("auth_time"), Start.toSecsSinceEpoch() - 1},
        {QStringLiteral("jti"), QStringLiteral("5b8a8c1e-0d1c-4f5e-9f7a-2f7d7a0f1c3b")},
        {QStringLiteral("iss"), QStringLiteral("http://127.0.0.1:34003/auth/realms/moderne")},
        {QStringLiteral("aud"), QStringLiteral("account")},
        {QStringLiteral("sub"), QStringLiteral("0b7f2c9e-6a55-4a3e-8f0e-3f9f4e0c2d11")},
        {QStringLiteral("typ"), QStringLiteral("Bearer")},
        {QStringLiteral("azp"), QStringLiteral("tokendesk")},
        {QStringLiteral("realm_access"),
         QJsonObject{{QStringLiteral("roles"), QJsonArray{QStringLiteral("admin")}}}},
        {QStringLiteral("scope"), QStringLiteral("openid email profile")},
        {QStringLiteral("email"), QStringLiteral("admin@moderne.example")},
        {QStringLiteral("preferred_username"), QStringLiteral("admin")},
    };
}

// The sandbox's four seed tokens, as the API lists them.
QByteArray seedTokens() {
    const auto node = [](const char *id, const char *description, int createdDaysAgo,
                         std::optional<int> expiresInDays) {
        return QJsonObject{
            {QStringLiteral("node"),
             QJsonObject{
                 {QStringLiteral("id"), QLatin1String(id)},
                 {QStringLiteral("description"), QLatin1String(description)},
                 {QStringLiteral("created"), Start.addDays(-createdDaysAgo).toString(Qt::ISODate)},
                 {QStringLiteral("expiresAt"),
                  expiresInDays ? QJsonValue(Start.addDays(*expiresInDays).toString(Qt::ISODate))
                                : QJsonValue()}}},
            {QStringLiteral("cursor"), QLatin1String(id)}};
    };
    const QJsonArray edges{node("t1", "Moderne CLI (expires in 3 days)", 27, 3),
                           node("t2", "IDE plugin (expires in 60 days)", 30, 60),
                           node("t3", "Old laptop (expired)", 95, -10),
                           node("t4", "CI pipeline (no expiry)", 125, std::nullopt)};
    const QJsonObject tokens{{QStringLiteral("count"), edges.size()},
                             {QStringLiteral("edges"), edges},
                             {QStringLiteral("pageInfo"),
                              QJsonObject{{QStringLiteral("hasNextPage"), false},
                                          {QStringLiteral("endCursor"), QStringLiteral("t4")}}}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("data"),
                            QJsonObject{{QStringLiteral("currentUser"),
                                         QJsonObject{{QStringLiteral("tokens"), tokens}}}}}})
        .toJson(QJsonDocument::Compact);
}

// WCAG's contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b) {
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A desktop's palette, dark or light (GNOME's Adwaita colours); a role without a colour of that
// kind keeps Qt's.
QPalette desktopPalette(bool dark) {
    struct Role {
        QPalette::ColorRole role;
        QColor dark;
        QColor light;
    };
    const Role roles[] = {
        {QPalette::Window, QColor(0x35, 0x35, 0x35), QColor(0xf6, 0xf5, 0xf4)},
        {QPalette::WindowText, QColor(0xee, 0xee, 0xec), QColor(0x2e, 0x34, 0x36)},
        {QPalette::Base, QColor(0x2d, 0x2d, 0x2d), QColor(Qt::white)},
        {QPalette::AlternateBase, QColor(0x3a, 0x3a, 0x3a), QColor()},
        {QPalette::Text, QColor(0xee, 0xee, 0xec), QColor(0x2e, 0x34, 0x36)},
        {QPalette::Button, QColor(0x45, 0x45, 0x45), QColor(0xf6, 0xf5, 0xf4)},
        {QPalette::ButtonText, QColor(0xee, 0xee, 0xec), QColor(0x2e, 0x34, 0x36)},
        {QPalette::Highlight, QColor(0x15, 0x53, 0x9e), QColor(0x35, 0x84, 0xe4)},
        {QPalette::HighlightedText, QColor(Qt::white), QColor(Qt::white)},
    };
    QPalette p;
    for (const Role &r : roles) {
        const QColor &color = dark ? r.dark : r.light;
        if (color.isValid())
            p.setColor(r.role, color);
    }
    return p;
}

// The colour an icon is mostly drawn with (its most frequent opaque pixel).
QColor inkOf(const QIcon &icon, int size) {
    const QImage image = icon.pixmap(size, size).toImage();
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() == 255)
                ++counts[c.rgb()];
        }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value() > most)
            best = it.key(), most = it.value();
    }
    return most < 0 ? QColor() : QColor(best);
}
} // namespace

class tst_ScreenReviewGui : public QObject {
    Q_OBJECT
private:
    Ticker m_ticker;
    FakeNetworkAccessManager m_network;
    GraphQlClient m_client{&m_network};
    QTemporaryDir m_dir;

    // A main window as the app shows it, on a fake server that lists the seed tokens.
    struct Window {
        std::unique_ptr<Settings> settings;
        std::unique_ptr<Workspace> workspace;
        std::unique_ptr<MainWindow> window;
    };
    // The rows of a test run at 980×650 and 800×500, in English and German.
    static void addSizesAndLanguages() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
            for (const QSize size : {QSize(980, 650), QSize(800, 500)})
                QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height())
                    << size << language;
        }
    }

    // "<prefix>-<language>-<width>x<height>.png" for the row's screenshot.
    static QString shotName(const QString &prefix) {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        return QStringLiteral("%1-%2-%3x%4.png")
            .arg(prefix, language)
            .arg(size.width())
            .arg(size.height());
    }

    // The main window in the row's language and at its size, shown (settings named after
    // `prefix` and the language).
    Window shownWindow(const QString &prefix) {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        useLanguage(language);
        Window w = mainWindow(prefix + language);
        w.window->resize(size);
        w.window->show();
        return w;
    }

    // shownWindow(prefix) into *w, exposed and on `pane` (none given: the pane it opens on);
    // false when it was not exposed or could not show the pane.
    bool showWindowOn(Window *w, const QString &prefix, QStringView pane = {}) {
        *w = shownWindow(prefix);
        if (!QTest::qWaitForWindowExposed(w->window.get()))
            return false;
        return pane.isEmpty() || w->window->showPane(pane);
    }

    Window mainWindow(const QString &settingsName) {
        Window w;
        w.settings =
            std::make_unique<Settings>(m_dir.filePath(settingsName + QStringLiteral(".ini")));
        w.workspace = std::make_unique<Workspace>(&m_client, &m_ticker);
        w.workspace->tokens()->setClock([] { return Start; });
        PaneContext context;
        context.workspace = w.workspace.get();
        context.ticker = &m_ticker;
        context.settings = w.settings.get();
        w.window = std::make_unique<MainWindow>(context);
        return w;
    }

    static void useLanguage(const QString &language) {
        QLocale::setDefault(QLocale(language));
        Translations::install(qApp, QLocale(language));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_ticker.setClock([] { return Start; });
        m_client.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9/graphql")));
        m_client.setReadRetries(0, 0);
        m_network.setHandler([](const FakeNetworkAccessManager::Recorded &request) {
            if (request.body.contains("\"operationName\":\"AccessTokens\""))
                return FakeNetworkAccessManager::json(seedTokens());
            return FakeNetworkAccessManager::json(R"({"errors":[{"message":"not here"}]})");
        });
        useLanguage(QStringLiteral("en"));
    }

    void cleanup() { useLanguage(QStringLiteral("en")); }

    // The window opens at 980×650, the size the issue names, when nothing is remembered.
    void opensAtTheDefaultSize() {
        Window w = mainWindow(QStringLiteral("fresh"));
        QCOMPARE(w.window->size(), QSize(980, 650));
        w.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        settle();
        QCOMPARE(w.window->size(), QSize(980, 650));
    }

    void loginTokenPaneFits_data() { addSizesAndLanguages(); }

    // No horizontal scroll bar, and nothing wider than the pane (a cut line or button).
    void loginTokenPaneFits() {
        Window w;
        QVERIFY(showWindowOn(&w, QStringLiteral("login-"), PaneId::LoginToken));
        MainWindow *window = w.window.get();
        LoginTokenPane *pane = window->loginTokenPane();
        pane->setToken(loginToken(sandboxPayload()));
        pane->setServerDate(Start, Start);
        settle();
        auto *scroll = pane->findChild<QScrollArea *>(QStringLiteral("scroll"));
        QVERIFY(scroll);
        QWidget *content = scroll->widget();
        const int room = scroll->viewport()->width();
        saveScreenshotOrFail(window, shotName(QStringLiteral("review-login")));
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), "a horizontal scroll bar");
        QVERIFY2(
            content->width() <= room,
            qPrintable(QStringLiteral("content %1 > viewport %2").arg(content->width()).arg(room)));
        QVERIFY2(content->minimumSizeHint().width() <= room,
                 qPrintable(QStringLiteral("content needs %1 > viewport %2")
                                .arg(content->minimumSizeHint().width())
                                .arg(room)));
        // Every line and button of the pane lies within it.
        for (QWidget *child : content->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!child->isVisible())
                continue;
            QVERIFY2(child->geometry().right() < room,
                     qPrintable(QStringLiteral("%1 ends at %2 of %3")
                                    .arg(child->objectName())
                                    .arg(child->geometry().right())
                                    .arg(room)));
        }
    }

    void issuedSummary_data() {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("expected");
        const QString i = QStringLiteral("https://login.acme.example/auth/realms/acme");
        const QString s = QStringLiteral("joe");
        const QString c = QStringLiteral("tokendesk");
        QTest::newRow("all") << i << s << c
                             << QStringLiteral("Issued by %1 to joe for client tokendesk.").arg(i);
        QTest::newRow("no client")
            << i << s << QString()
            << QStringLiteral("Issued by %1 to joe; it names no client.").arg(i);
        QTest::newRow("no user") << i << QString() << c
                                 << QStringLiteral("Issued by %1 for client tokendesk; it names "
                                                   "no user.")
                                        .arg(i);
        QTest::newRow("issuer only")
            << i << QString() << QString()
            << QStringLiteral("Issued by %1; it names no user and no client.").arg(i);
        QTest::newRow("no issuer")
            << QString() << s << c
            << QStringLiteral("Issued to joe for client tokendesk; it names no issuer.");
        QTest::newRow("user only") << QString() << s << QString()
                                   << QStringLiteral("Issued to joe; it names no issuer and no "
                                                     "client.");
        QTest::newRow("client only") << QString() << QString() << c
                                     << QStringLiteral("Issued for client tokendesk; it names no "
                                                       "issuer and no user.");
        QTest::newRow("none") << QString() << QString() << QString()
                              << QStringLiteral("The token names no issuer, no user and no "
                                                "client.");
    }

    // The pane's summary of a pasted token with just those claims: a whole sentence.
    void issuedSummary() {
        QFETCH(QString, issuer);
        QFETCH(QString, subject);
        QFETCH(QString, client);
        QFETCH(QString, expected);
        QJsonObject payload{{QStringLiteral("exp"), Start.toSecsSinceEpoch() + 600}};
        if (!issuer.isEmpty())
            payload.insert(QStringLiteral("iss"), issuer);
        if (!subject.isEmpty())
            payload.insert(QStringLiteral("sub"), subject);
        if (!client.isEmpty())
            payload.insert(QStringLiteral("azp"), client);
        LoginTokenPane pane;
        pane.inspect(loginToken(payload));
        auto *summary = pane.findChild<QLabel *>(QStringLiteral("tokenSummary"));
        QVERIFY(summary);
        QTextDocument document;
        document.setHtml(summary->text());
        const QString shown = document.toPlainText();
        QCOMPARE(shown, expected);
        // No word missing before a stop ("to for client ."), no doubled spaces.
        QVERIFY(!shown.contains(QRegularExpression(QStringLiteral("\\s[.;,]|  "))));
    }

    // The reveal: "It begins with mat-FAKE…" without a period after the ellipsis, and the
    // buttons right under the last line, no empty line waiting above them.
    void revealReadsWellAndHasNoGap() {
        CreatedAccessToken created;
        created.token.id = QStringLiteral("review");
        created.token.description = QStringLiteral("CI pipeline");
        created.token.created = QDateTime::currentDateTimeUtc();
        created.token.expiresAt = created.token.created.addDays(30);
        created.value = QByteArrayLiteral("mat-FAKE_sandbox_value_not_a_real_token_0000000");
        NewTokenDialog dialog(created, nullptr, QString());
        dialog.setTenant(QUrl(QStringLiteral("http://127.0.0.1:34003")), std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle();
        const QString expiry = dialog.findChild<QLabel *>(QStringLiteral("newTokenExpiry"))->text();
        QVERIFY2(expiry.contains(QStringLiteral("mat-FAKE\u2026")), qPrintable(expiry));
        QVERIFY2(!expiry.contains(QStringLiteral("\u2026.")), qPrintable(expiry));
        QVERIFY2(!expiry.contains(QStringLiteral("..")), qPrintable(expiry));
        auto *commands = dialog.findChild<QPlainTextEdit *>(QStringLiteral("loginCommand"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        const int commandsBottom = commands->mapTo(&dialog, QPoint(0, commands->height())).y();
        const int buttonsTop = buttons->mapTo(&dialog, QPoint()).y();
        const int spacing = dialog.layout()->spacing();
        saveScreenshotOrFail(&dialog, QStringLiteral("review-reveal.png"));
        QVERIFY2(buttonsTop - commandsBottom <= 2 * spacing + 4,
                 qPrintable(QStringLiteral("%1 px between the commands and the buttons")
                                .arg(buttonsTop - commandsBottom)));
    }

    void tokenListColumns_data() { addSizesAndLanguages(); }

    // Every column at least as wide as its texts (the description is not cut at 800×500), no
    // sideways scrolling; the Token column says "—" with why where the prefix is not known.
    void tokenListColumns() {
        Window w;
        QVERIFY(showWindowOn(&w, QStringLiteral("tokens-"), PaneId::Tokens));
        MainWindow *window = w.window.get();
        w.workspace->tokens()->reload();
        QTRY_COMPARE(w.workspace->tokens()->rowCount(), 4);
        settle();
        auto *pane = window->findChild<TokensPane *>();
        QVERIFY(pane);
        QTableView *view = pane->view();
        QHeaderView *header = view->horizontalHeader();
        saveScreenshotOrFail(window, shotName(QStringLiteral("review-tokens")));
        for (int column = 0; column < AccessTokenModel::ColumnCount; ++column) {
            // Its texts, and its title (with the sort arrow where it is shown).
            const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin);
            int title = header->fontMetrics().horizontalAdvance(
                            header->model()->headerData(column, Qt::Horizontal).toString()) +
                        2 * margin;
            if (header->sortIndicatorSection() == column)
                title += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + margin;
            const int needed =
                std::max(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column), title);
            QVERIFY2(header->sectionSize(column) >= needed,
                     qPrintable(QStringLiteral("column %1: %2 < %3")
                                    .arg(column)
                                    .arg(header->sectionSize(column))
                                    .arg(needed)));
        }
        QVERIFY2(
            header->length() <= view->viewport()->width(),
            qPrintable(
                QStringLiteral("%1 > %2").arg(header->length()).arg(view->viewport()->width())));
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        // No token was created on this computer: the Token column says so.
        for (int row = 0; row < pane->proxy()->rowCount(); ++row) {
            const QModelIndex cell = pane->proxy()->index(row, AccessTokenModel::SavedColumn);
            QCOMPARE(cell.data().toString(), QStringLiteral("\u2014"));
            QVERIFY2(!cell.data(Qt::ToolTipRole).toString().isEmpty(), "no tooltip on “—”");
            QVERIFY(!cell.data(Qt::AccessibleTextRole).toString().isEmpty());
        }
        QFETCH(QString, language);
        if (language == QLatin1String("en")) {
            const QModelIndex cell = pane->proxy()->index(0, AccessTokenModel::SavedColumn);
            QVERIFY2(cell.data(Qt::ToolTipRole)
                         .toString()
                         .contains(QLatin1String("created on this computer")),
                     qPrintable(cell.data(Qt::ToolTipRole).toString()));
        }
    }

    void calendarContrast_data() { addDataRows<bool>("dark", {{"light", false}, {"dark", true}}); }

    // Weekend days readable on the calendar's base (WCAG AA for text), and the month arrows
    // on the navigation bar's highlight colour (3:1 for graphics).
    void calendarContrast() {
        QFETCH(bool, dark);
        const QPalette before = QApplication::palette();
        QApplication::setPalette(desktopPalette(dark));
        Workspace workspace(&m_client, &m_ticker);
        {
            CreateTokenDialog dialog(workspace.tokenService());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            settle();
            auto *calendar = dialog.findChild<QCalendarWidget *>();
            QVERIFY(calendar);
            const QPalette palette = calendar->palette();
            QCOMPARE(StatusPalette::isDark(palette), dark);
            const QColor base = palette.color(QPalette::Base);
            for (const Qt::DayOfWeek day : {Qt::Saturday, Qt::Sunday}) {
                const QColor ink = calendar->weekdayTextFormat(day).foreground().color();
                QVERIFY2(contrast(ink, base) >= 4.5,
                         qPrintable(QStringLiteral("day %1: %2 on %3, %4:1")
                                        .arg(day)
                                        .arg(ink.name(), base.name())
                                        .arg(contrast(ink, base))));
            }
            const QColor bar = palette.color(QPalette::Highlight);
            for (const char *name : {"qt_calendar_prevmonth", "qt_calendar_nextmonth"}) {
                auto *arrow = calendar->findChild<QToolButton *>(QLatin1String(name));
                QVERIFY2(arrow, name);
                const QColor ink = inkOf(arrow->icon(), arrow->iconSize().width());
                QVERIFY2(ink.isValid() && contrast(ink, bar) >= 3,
                         qPrintable(QStringLiteral("%1: %2 on %3, %4:1")
                                        .arg(QLatin1String(name), ink.name(), bar.name())
                                        .arg(contrast(ink, bar))));
            }
            saveScreenshotOrFail(&dialog,
                                 QStringLiteral("review-calendar-%1.png")
                                     .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
        }
        QApplication::setPalette(before);
    }

    void timelineLegendFits_data() { addSizesAndLanguages(); }

    // The legend under the axis is drawn whole and within the strip.
    void timelineLegendFits() {
        Window w;
        QVERIFY(showWindowOn(&w, QStringLiteral("timeline-")));
        MainWindow *window = w.window.get();
        settle();
        TimelineWidget *timeline = window->timeline();
        QVERIFY(timeline->isVisible() && !timeline->isCollapsed());
        const QRect legend = timeline->legendRect();
        const int drawn = timeline->fontMetrics().horizontalAdvance(timeline->legendShown());
        QVERIFY2(timeline->rect().contains(legend), qPrintable(QStringLiteral("legend %1..%2 of %3")
                                                                   .arg(legend.left())
                                                                   .arg(legend.right())
                                                                   .arg(timeline->width())));
        QVERIFY2(
            drawn <= legend.width(),
            qPrintable(QStringLiteral("%1 px of text in %2 px").arg(drawn).arg(legend.width())));
        QCOMPARE(timeline->legendShown(), timeline->legendText());
        QFETCH(QString, language);
        if (language == QLatin1String("de"))
            QVERIFY(timeline->legendText().contains(QStringLiteral("Anmeldetoken")));
    }
};

QTEST_MAIN(tst_ScreenReviewGui)
#include "tst_screen_review_gui.moc"
