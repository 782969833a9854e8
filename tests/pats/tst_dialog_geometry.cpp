// Issue 16: dialogs grow, never squash. The reveal dialog keeps its token field's height and
// its buttons' places after "Copy token" and "Copy commands"; the create dialog keeps every row
// of its calendar after a validation message, after a 502 and on a capped tenant, and turns
// the calendar off for "No expiration". On a capped tenant the cap's sentence, the presets and
// the calendar follow ExpiryPolicy's one rule. Real windows under Xvfb, a scripted server.
#include "AccessTokenService.h"
#include "CreateTokenDialog.h"
#include "ExpiryPolicy.h"
#include "FakeWorkspace.h"
#include "NewTokenDialog.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

namespace {
template <typename T> T *child(QObject *parent, const char *name) {
    return parent->findChild<T *>(QLatin1String(name));
}

// The calendar's day grid shows all six week rows at full height.
int calendarRowHeight(QCalendarWidget *calendar) {
    auto *grid = calendar->findChild<QTableView *>();
    return grid ? grid->rowHeight(1) : -1;
}

struct Shape {
    QRect calendar;
    int rowHeight = 0;
    QSize calendarHint;
};

Shape shapeOf(CreateTokenDialog *dialog) {
    auto *calendar = dialog->findChild<QCalendarWidget *>();
    return {calendar->geometry(), calendarRowHeight(calendar), calendar->sizeHint()};
}

// No widget of `dialog` is shorter than its minimum size hint (a squashed line edit loses the
// bottom of its text: underscores vanish).
QString squashed(QWidget *dialog) {
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->isWindow() ||
            (w->parentWidget() != dialog && !qobject_cast<QLineEdit *>(w) &&
             !qobject_cast<QCalendarWidget *>(w)))
            continue;
        // What the widget needs, unless it was given a fixed height on purpose.
        const QSize min =
            w->minimumSizeHint().expandedTo(w->minimumSize()).boundedTo(w->maximumSize());
        if (w->sizePolicy().verticalPolicy() == QSizePolicy::Ignored)
            continue;
        if (w->height() < min.height())
            return QStringLiteral("%1: %2 < %3")
                .arg(w->objectName())
                .arg(w->height())
                .arg(min.height());
    }
    return {};
}

void settle() {
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(20);
    }
}
} // namespace

class tst_DialogGeometry : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void revealKeepsItsFieldAndButtons() {
        CreatedAccessToken created;
        created.token.id = QStringLiteral("t1");
        created.token.description = QStringLiteral("Geometry");
        created.token.expiresAt = QDateTime::currentDateTimeUtc().addDays(30);
        created.value = QByteArrayLiteral("mat-fake_value_with_under_scores_qy_gj");
        NewTokenDialog dialog(created, nullptr, QString());
        dialog.setClipboardClearDelay(60000);
        // As the tokens pane opens it on a capped tenant: the CLI hint is shown too.
        dialog.setTenant(QUrl(QStringLiteral("https://app.example.moderne.io")), 7);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle();
        auto *value = child<QLineEdit>(&dialog, "tokenValue");
        auto *buttons = child<QDialogButtonBox>(&dialog, "buttons");
        auto *copyToken = child<QPushButton>(&dialog, "copyToken");
        const int fieldHeight = value->height();
        QCOMPARE(fieldHeight, value->sizeHint().height());
        const QPoint buttonsAt = buttons->mapTo(&dialog, QPoint());
        const QPoint copyAt = copyToken->mapTo(&dialog, QPoint());

        QTest::mouseClick(copyToken, Qt::LeftButton);
        settle();
        QVERIFY(
            child<QLabel>(&dialog, "revealStatus")->text().contains(QLatin1String("clipboard")));
        QCOMPARE(value->height(), fieldHeight);
        QCOMPARE(buttons->mapTo(&dialog, QPoint()), buttonsAt);
        QCOMPARE(copyToken->mapTo(&dialog, QPoint()), copyAt);
        QVERIFY2(squashed(&dialog).isEmpty(), qPrintable(squashed(&dialog)));

        QTest::mouseClick(child<QPushButton>(&dialog, "copyCommand"), Qt::LeftButton);
        settle();
        QCOMPARE(value->height(), fieldHeight);
        QCOMPARE(buttons->mapTo(&dialog, QPoint()), buttonsAt);
        QVERIFY2(squashed(&dialog).isEmpty(), qPrintable(squashed(&dialog)));
        // A narrow dialog: a long message wraps to more lines; the dialog grows instead.
        dialog.resize(dialog.minimumSizeHint().width(), dialog.height());
        settle();
        QTest::mouseClick(copyToken, Qt::LeftButton);
        settle();
        QCOMPARE(value->height(), fieldHeight);
        QVERIFY2(squashed(&dialog).isEmpty(), qPrintable(squashed(&dialog)));
    }

    // The calendar keeps its six rows whatever appears above the buttons.
    void createKeepsTheCalendarRows() {
        FakeWorkspace fake;
        CreateTokenDialog dialog(fake.workspace.tokenService());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle();
        const Shape before = shapeOf(&dialog);
        QVERIFY(before.rowHeight > 0);
        QVERIFY2(before.calendar.height() >= before.calendarHint.height(),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(before.calendar.height())
                                .arg(before.calendarHint.height())));
        const auto same = [&](const char *when) {
            const Shape now = shapeOf(&dialog);
            QVERIFY2(now.calendar.size() == before.calendar.size(),
                     qPrintable(QStringLiteral("%1: %2x%3, was %4x%5")
                                    .arg(QLatin1String(when))
                                    .arg(now.calendar.width())
                                    .arg(now.calendar.height())
                                    .arg(before.calendar.width())
                                    .arg(before.calendar.height())));
            QVERIFY2(now.rowHeight == before.rowHeight, when);
            QVERIFY2(squashed(&dialog).isEmpty(), qPrintable(squashed(&dialog)));
        };

        // A validation message: no name.
        QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
        settle();
        QVERIFY(!dialog.errorText().isEmpty());
        same("after the validation message");
        QVERIFY(!QTest::currentTestFailed());

        // A 502 from the server.
        fake.network.enqueue(FakeNetworkAccessManager::json("<html>Bad gateway</html>", 502));
        QTest::keyClicks(child<QLineEdit>(&dialog, "tokenName"), QStringLiteral("Bad gateway"));
        QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog.errorText().isEmpty());
        settle();
        same("after a 502");
        QVERIFY(!QTest::currentTestFailed());

        // A cap arrives: its sentence appears.
        dialog.setMaxExpiryDays(30);
        settle();
        QVERIFY(child<QLabel>(&dialog, "capLabel")->isVisible());
        same("on a capped tenant");
    }

    void noExpirationTurnsTheCalendarOff() {
        FakeWorkspace fake;
        CreateTokenDialog dialog(fake.workspace.tokenService());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *calendar = dialog.findChild<QCalendarWidget *>();
        QVERIFY(calendar->isEnabled());
        QTest::mouseClick(child<QRadioButton>(&dialog, "expiryNever"), Qt::LeftButton,
                          Qt::NoModifier, QPoint(8, 8));
        QCOMPARE(dialog.choice(), CreateTokenDialog::Never);
        QVERIFY(!calendar->isEnabled());
        QTest::mouseClick(child<QRadioButton>(&dialog, "expiry7"), Qt::LeftButton, Qt::NoModifier,
                          QPoint(8, 8));
        QVERIFY(calendar->isEnabled());
        dialog.choose(CreateTokenDialog::Custom);
        QVERIFY(calendar->isEnabled());
    }

    // Issue 16: "dates after 2 January cannot be chosen" while the 30-day preset (3 January)
    // was selected and accepted. At the boundary the sentence, the presets and the calendar
    // say the same.
    void capRuleIsOneRule_data() {
        QTest::addColumn<QTime>("time");
        QTest::newRow("morning") << QTime(10, 0);
        QTest::newRow("late evening") << QTime(23, 30);
        QTest::newRow("just after midnight") << QTime(0, 0, 30);
    }

    void capRuleIsOneRule() {
        QFETCH(QTime, time);
        const QTimeZone berlin("Europe/Berlin");
        const QDateTime now(QDate(2026, 12, 4), time, berlin);
        FakeWorkspace fake;
        CreateTokenDialog dialog(fake.workspace.tokenService());
        dialog.setTimeZone(berlin);
        dialog.setClock([now] { return now; });
        dialog.setMaxExpiryDays(30);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QLocale locale;
        const QDateTime preset30 = now.addDays(30).toTimeZone(berlin);
        // The 30-day preset is allowed and chosen; 90 days is not.
        QVERIFY(child<QRadioButton>(&dialog, "expiry30")->isEnabled());
        QVERIFY(!child<QRadioButton>(&dialog, "expiry90")->isEnabled());
        QCOMPARE(dialog.choice(), CreateTokenDialog::Days30);
        QCOMPARE(dialog.expiresAt().value(), preset30);
        // The calendar offers the preset's date, and no later one.
        auto *calendar = dialog.findChild<QCalendarWidget *>();
        QCOMPARE(calendar->maximumDate(), preset30.date());
        QCOMPARE(calendar->selectedDate(), preset30.date());
        // The sentence names that date (and not the day before).
        const QString cap = child<QLabel>(&dialog, "capLabel")->text();
        QVERIFY2(cap.contains(locale.toString(preset30.date(), QLocale::LongFormat)),
                 qPrintable(cap));
        QVERIFY2(!cap.contains(locale.toString(preset30.date().addDays(-1), QLocale::LongFormat)),
                 qPrintable(cap));
        // Choosing that date on the calendar is allowed, expires no later than the preset.
        QVERIFY(dialog.chooseCustomDate(preset30.date()));
        QVERIFY(dialog.expiresAt().value() <= preset30);
        QVERIFY(!dialog.chooseCustomDate(preset30.date().addDays(1)));
    }
};

QTEST_MAIN(tst_DialogGeometry)
#include "tst_dialog_geometry.moc"
