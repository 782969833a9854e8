// The Access tokens pane in real windows under Xvfb, against the sandbox: the list, create with
// each expiry choice, the cap, a past date, the one-time reveal with copy and keychain, revoke
// one and several, the admin view, and 5,000 tokens paging in while the event loop keeps turning.
// Tests never print a token value: comparisons on values use QVERIFY, not QCOMPARE.
#include "AccessTokenApi.h"
#include "AccessTokenModel.h"
#include "AccessTokenService.h"
#include "AdminUsersPane.h"
#include "BrowserPlayer.h"
#include "ClipboardGuard.h"
#include "CreateTokenDialog.h"
#include "DataRows.h"
#include "ExpiryPolicy.h"
#include "FakeWorkspace.h"
#include "NewTokenDialog.h"
#include "SandboxProcess.h"
#include "SavedTokens.h"
#include "Screenshot.h"
#include "Session.h"
#include "Settings.h"
#include "SignedInApi.h"
#include "Ticker.h"
#include "TokensPane.h"
#include "Translations.h"
#include "UserModel.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
constexpr auto save = &saveScreenshotOrFail;

template <typename T> T *child(QObject *parent, const char *name) {
    return parent->findChild<T *>(QLatin1String(name));
}

// The expiry presets the product promises, in the order of CreateTokenDialog's choices (pinned
// here, not read from ExpiryPolicy::PresetDays, so that a changed list fails).
constexpr int PinnedPresetDays[] = {7, 30, 90};

// An answer that never comes: the server closed the connection.
FakeNetworkAccessManager::Response closedConnection() {
    FakeNetworkAccessManager::Response response;
    response.status = 0;
    response.error = QNetworkReply::RemoteHostClosedError;
    return response;
}

// A tokens pane on a fake server, shown, whose list (one token, described `description`)
// is asked for; `list` is that answer, for a test to queue again for a reload it expects.
struct OneTokenPane {
    FakeWorkspace fake;
    FakeNetworkAccessManager &network = fake.network;
    AccessTokenModel &model = *fake.workspace.tokens();
    PaneContext context{&fake.workspace};
    TokensPane pane{context};
    QByteArray list;
    explicit OneTokenPane(const char *description)
        : list(
              QByteArray(
                  R"({"data":{"currentUser":{"tokens":{"count":1,"edges":[{"node":{"id":"t1","description":")") +
              description +
              R"(","created":"2026-11-01T10:00:00Z","expiresAt":null},"cursor":"c1"}],"pageInfo":{"hasNextPage":false,"endCursor":"c1"}}}}})") {
        pane.resize(800, 500);
        pane.show();
        network.enqueue(FakeNetworkAccessManager::json(list));
        model.reload();
    }

    // Create token… on a tenant without a cap (the answer to its question is queued first).
    QPointer<CreateTokenDialog> openCreateDialog() {
        network.enqueue(FakeNetworkAccessManager::json(
            R"({"data":{"connectors":{"edges":[{"node":{"personalAccessTokenConfiguration":{"maxExpiryDays":null}}}]}}})"));
        QTest::mouseClick(child<QPushButton>(&pane, "createTokenButton"), Qt::LeftButton);
        return pane.createDialog();
    }

    // Once the list shows its token, Create token… opened and its cap read (no longer
    // "Checking…"); null, with a warning saying which, when any of that did not happen.
    QPointer<CreateTokenDialog> openCreateDialogWithCapRead() {
        if (!QTest::qWaitFor([this] { return model.rowCount() == 1; })) {
            qWarning("the list does not show its one token (%d rows)", model.rowCount());
            return nullptr;
        }
        QPointer<CreateTokenDialog> dialog = openCreateDialog();
        if (!dialog) {
            qWarning("Create token… opened no dialog");
            return nullptr;
        }
        auto *cap = child<QLabel>(dialog, "capLabel");
        if (!QTest::qWaitFor(
                [cap] { return !cap->text().startsWith(QLatin1String("Checking")); })) {
            qWarning("the cap was not read: %s", qPrintable(cap->text()));
            return nullptr;
        }
        return dialog;
    }

    // The next request is answered with `answer`, the one after it (the reload that a lost
    // answer makes) with the list.
    void answerNextThenList(const FakeNetworkAccessManager::Response &answer) {
        network.enqueue(answer);
        network.enqueue(FakeNetworkAccessManager::json(list));
    }

    // The operationName of each request sent so far, in order.
    QStringList sentOperations() const {
        QStringList sent;
        for (const auto &recorded : network.requests())
            sent << QJsonDocument::fromJson(recorded.body)
                        .object()
                        .value(QLatin1String("operationName"))
                        .toString();
        return sent;
    }
};

} // namespace

class tst_PatsGui : public QObject {
    Q_OBJECT
private:
    struct Setup {
        SandboxProcess sandbox;
        SignedInApi session{QStringLiteral("TokenDesk-pats-test")};
        std::unique_ptr<Workspace> workspace;
        AccessTokenModel *model = nullptr;
        std::unique_ptr<QWidget> window;
        TokensPane *pane = nullptr;
        Ticker ticker;
        explicit Setup(QStringList args)
            : sandbox(std::move(args)) {}
    };

    std::unique_ptr<Setup> m_main;   // no cap; signed in as admin
    std::unique_ptr<Setup> m_capped; // --max-expiry-days 30; signed in as user
    BrowserPlayer m_browser;

    std::unique_ptr<Setup> start(QStringList args, const QString &user, const QString &password) {
        const bool v1 = args.contains(QStringLiteral("v1"));
        auto setup = std::make_unique<Setup>(std::move(args));
        QString error;
        if (!setup->sandbox.start(&error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        error = setup->session.signIn(setup->sandbox, m_browser, user, password);
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        setup->workspace = std::make_unique<Workspace>(&setup->session.client, &setup->ticker);
        setup->model = setup->workspace->tokens();
        // The tenant, with the generation its sandbox runs (the 14-day banner is v1's).
        TenantProfile tenant;
        tenant.displayName = QStringLiteral("Local sandbox");
        tenant.issuer = setup->sandbox.issuer();
        tenant.apiUrl = setup->sandbox.apiUrl();
        tenant.generation = v1 ? TenantProfile::Generation::V1 : TenantProfile::Generation::V2;
        setup->workspace->session()->tenants()->setProfiles({tenant}, 0);
        setup->window = std::make_unique<QWidget>();
        setup->window->resize(980, 620);
        PaneContext context;
        context.workspace = setup->workspace.get();
        context.credentials = &setup->session.credentials;
        context.ticker = &setup->ticker;
        setup->pane = new TokensPane(context, setup->window.get());
        auto *layout = new QVBoxLayout(setup->window.get());
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(setup->pane);
        setup->pane->setClipboardClearDelay(400);
        setup->window->show();
        setup->model->reload();
        return setup;
    }

    static bool loaded(Setup &setup) {
        return QTest::qWaitFor([&] { return !setup.model->isLoading(); }, 20000);
    }

    // Opens "Create token" with the button and waits for the cap to be known.
    static CreateTokenDialog *openCreate(Setup &setup) {
        QTest::mouseClick(child<QPushButton>(setup.pane, "createTokenButton"), Qt::LeftButton);
        CreateTokenDialog *dialog = setup.pane->createDialog();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        auto *cap = child<QLabel>(dialog, "capLabel");
        if (!QTest::qWaitFor([cap] { return !cap->text().startsWith(QLatin1String("Checking")); },
                             10000))
            return nullptr; // the cap never became known
        return dialog;
    }

    // Fills in and sends the dialog; returns the reveal dialog.
    static NewTokenDialog *create(Setup &setup, CreateTokenDialog *dialog, const QString &name) {
        auto *edit = child<QLineEdit>(dialog, "tokenName");
        edit->clear();
        QTest::keyClicks(edit, name);
        QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return setup.pane->newTokenDialog() != nullptr; }, 10000))
            return nullptr;
        NewTokenDialog *reveal = setup.pane->newTokenDialog();
        return QTest::qWaitForWindowExposed(reveal) ? reveal : nullptr;
    }

    // Opens "Create token" and creates one named `name` with the default lifetime; returns the
    // reveal dialog.
    static NewTokenDialog *createWithDefaults(Setup &setup, const QString &name) {
        CreateTokenDialog *dialog = openCreate(setup);
        return dialog ? create(setup, dialog, name) : nullptr;
    }

    static void closeReveal(NewTokenDialog *reveal) {
        QPointer<NewTokenDialog> guard(reveal);
        QTest::mouseClick(child<QPushButton>(reveal, "copyToken"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(reveal, "doneButton"), Qt::LeftButton);
        QTRY_VERIFY(!guard);
    }

    static QString tenantKey(Setup &setup) {
        return setup.session.client.endpoint().toString(QUrl::RemoveUserInfo |
                                                        QUrl::StripTrailingSlash);
    }

    static std::optional<CredentialStore::ReadResult> readKey(Setup &setup, const QString &key) {
        std::optional<CredentialStore::ReadResult> stored;
        setup.session.credentials.read(key, [&](const auto &result) { stored = result; });
        (void)QTest::qWaitFor([&] { return stored.has_value(); }, 15000);
        return stored;
    }

    static const AccessToken *tokenNamed(AccessTokenModel &model, const QString &name) {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.tokenAt(row).description == name)
                return &model.tokenAt(row);
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
        m_main = start({QStringLiteral("--platform"), QStringLiteral("v1")},
                       QStringLiteral("admin"), QStringLiteral("admin-password"));
        QVERIFY(m_main);
        m_capped = start({QStringLiteral("--max-expiry-days"), QStringLiteral("30")},
                         QStringLiteral("user"), QStringLiteral("user-password"));
        QVERIFY(m_capped);
        QVERIFY(loaded(*m_main));
        QVERIFY(loaded(*m_capped));
    }

    void cleanupTestCase() {
        m_main.reset();
        m_capped.reset();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void list() {
        TokensPane *pane = m_main->pane;
        QTableView *view = pane->view();
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(view->model()->rowCount(), 4);
        QVERIFY(child<QLabel>(pane, "tokensSummary")->text().startsWith(QLatin1String("4 token")));
        // Sorted by expiry: the expired one first, "No expiration" last.
        view->sortByColumn(AccessTokenModel::ExpiresColumn, Qt::AscendingOrder);
        QVERIFY(view->model()->index(0, 0).data().toString().contains(QLatin1String("expired")));
        QCOMPARE(view->model()->index(3, AccessTokenModel::ExpiresColumn).data().toString(),
                 QStringLiteral("No expiration"));
        QVERIFY(view->model()
                    ->index(0, AccessTokenModel::ExpiresColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Expired")));
        QVERIFY(view->model()
                    ->index(0, AccessTokenModel::CreatedColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QLatin1String("Created ")));
        // Filter by text.
        QTest::keyClicks(child<QLineEdit>(pane, "tokenFilter"), QStringLiteral("cli"));
        QCOMPARE(view->model()->rowCount(), 1);
        auto *summary = child<QLabel>(pane, "tokensSummary");
        QVERIFY2(summary->text().startsWith(QLatin1String("1 of 4 token")) &&
                     summary->text().endsWith(QStringLiteral(" match “cli”.")),
                 qPrintable(summary->text()));
        // A filter that matches nothing says so, instead of an empty table and "4 tokens".
        QTest::keyClicks(child<QLineEdit>(pane, "tokenFilter"), QStringLiteral("<b>zz"));
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(summary->text(), QStringLiteral("No token matches “cli<b>zz”."));
        QCOMPARE(summary->textFormat(), Qt::PlainText);
        child<QLineEdit>(pane, "tokenFilter")->clear();
        QCOMPARE(view->model()->rowCount(), 4);
        QVERIFY(summary->text().startsWith(QLatin1String("4 token")));
        view->sortByColumn(AccessTokenModel::CreatedColumn, Qt::DescendingOrder);
        view->selectRow(1);
        save(m_main->window.get(), QStringLiteral("pats-list.png"));
        view->clearSelection();
    }

    void createWithEachExpiryChoice_data() {
        QTest::addColumn<int>("choice");
        QTest::newRow("7 days") << int(CreateTokenDialog::Days7);
        QTest::newRow("30 days (default)") << int(CreateTokenDialog::Days30);
        QTest::newRow("90 days") << int(CreateTokenDialog::Days90);
        QTest::newRow("custom date") << int(CreateTokenDialog::Custom);
        QTest::newRow("no expiration") << int(CreateTokenDialog::Never);
    }

    void createWithEachExpiryChoice() {
        QFETCH(int, choice);
        CreateTokenDialog *dialog = openCreate(*m_main);
        QVERIFY(dialog);
        QCOMPARE(dialog->choice(), CreateTokenDialog::Days30); // the default
        QVERIFY(child<QRadioButton>(dialog, "expiryNever")->isEnabled());
        const QString names[] = {QStringLiteral("expiry7"), QStringLiteral("expiry30"),
                                 QStringLiteral("expiry90")};
        const QDate customDate = QDate::currentDate().addDays(10);
        if (choice == CreateTokenDialog::Custom) {
            // A click on a date of the calendar chooses "Custom".
            dialog->findChild<QCalendarWidget *>()->setSelectedDate(customDate);
            QCOMPARE(dialog->choice(), CreateTokenDialog::Custom);
        } else if (choice == CreateTokenDialog::Never) {
            QTest::mouseClick(child<QRadioButton>(dialog, "expiryNever"), Qt::LeftButton, {},
                              QPoint(8, 8));
        } else {
            auto *radio = dialog->findChild<QRadioButton *>(names[choice]);
            const int days = PinnedPresetDays[choice];
            // Each preset shows its resulting date in local time.
            QVERIFY2(radio->text().contains(QLocale().toString(
                         QDateTime::currentDateTime().addDays(days).date(), QLocale::LongFormat)),
                     qPrintable(radio->text()));
            QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, 8));
        }
        QCOMPARE(int(dialog->choice()), choice);
        if (choice == CreateTokenDialog::Custom) {
            child<QLineEdit>(dialog, "tokenName")
                ->setText(QStringLiteral("Moderne CLI on my laptop"));
            save(dialog, QStringLiteral("pats-create-dialog.png"));
        }

        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QString name = QStringLiteral("Choice %1").arg(choice);
        NewTokenDialog *reveal = create(*m_main, dialog, name);
        QVERIFY(reveal);
        const QDateTime after = QDateTime::currentDateTimeUtc();
        const AccessToken *token = tokenNamed(*m_main->model, name);
        QVERIFY(token);
        switch (choice) {
        case CreateTokenDialog::Never:
            QVERIFY(!token->expiresAt);
            break;
        case CreateTokenDialog::Custom:
            QVERIFY(token->expiresAt);
            QCOMPARE(token->expiresAt->toSecsSinceEpoch(),
                     QDateTime(customDate, QTime(23, 59, 59)).toSecsSinceEpoch());
            break;
        default: {
            const qint64 days = PinnedPresetDays[choice];
            QVERIFY(token->expiresAt);
            QVERIFY(*token->expiresAt >= before.addSecs(days * 86400 - 1));
            QVERIFY(*token->expiresAt <= after.addSecs(days * 86400));
        }
        }
        closeReveal(reveal);
    }

    void pastDateCannotBeChosen() {
        CreateTokenDialog *dialog = openCreate(*m_main);
        QVERIFY(dialog);
        auto *calendar = dialog->findChild<QCalendarWidget *>();
        const QDate today = QDate::currentDate();
        QCOMPARE(calendar->minimumDate(), today);
        calendar->setSelectedDate(today.addDays(-1));
        QVERIFY(calendar->selectedDate() >= today);
        QVERIFY(!dialog->chooseCustomDate(today.addDays(-1)));
        QVERIFY(child<QLabel>(dialog, "calendarNote")->text().contains(QLatin1String("past")));
        QVERIFY(dialog->chooseCustomDate(today));
        QCOMPARE(dialog->choice(), CreateTokenDialog::Custom);
        QCOMPARE(dialog->expiresAt()->time(), QTime(23, 59, 59));
        dialog->reject();
    }

    void capRestrictsTheChoicesAndTheServerHasTheLastWord() {
        Setup &setup = *m_capped;
        // Uma's two tokens go first: the empty state explains and offers "Create token".
        QTRY_COMPARE(setup.model->rowCount(), 2);
        QList<AccessTokenService::RevokeOutcome> outcomes;
        setup.workspace->tokenService()->revoke({setup.model->tokenAt(0), setup.model->tokenAt(1)},
                                                {}, this,
                                                [&](const auto &list) { outcomes = list; });
        QTRY_COMPARE(outcomes.size(), 2);
        QTRY_VERIFY(child<QWidget>(setup.pane, "tokensEmptyPage")->isVisible());
        QVERIFY(
            child<QLabel>(setup.pane, "tokensEmptyText")->text().contains(QLatin1String("mat-")));
        save(setup.window.get(), QStringLiteral("pats-empty.png"));
        QTest::mouseClick(child<QPushButton>(setup.pane, "emptyCreateButton"), Qt::LeftButton);
        QPointer<CreateTokenDialog> dialog = setup.pane->createDialog();
        QVERIFY(dialog);
        auto *cap = child<QLabel>(dialog, "capLabel");
        QTRY_VERIFY(cap->text().contains(QLatin1String("30 day")));
        QVERIFY(!child<QRadioButton>(dialog, "expiryNever")->isEnabled());
        QVERIFY(!child<QRadioButton>(dialog, "expiry90")->isEnabled());
        QVERIFY(child<QRadioButton>(dialog, "expiry30")->isEnabled());
        QCOMPARE(dialog->choice(), CreateTokenDialog::Days30);
        auto *calendar = dialog->findChild<QCalendarWidget *>();
        const QDate latest = dialog->policy().latestDate();
        QCOMPARE(calendar->maximumDate(), latest);
        QVERIFY(!dialog->chooseCustomDate(latest.addDays(1)));
        QVERIFY(child<QLabel>(dialog, "calendarNote")->text().contains(QLatin1String("30 day")));
        save(dialog, QStringLiteral("pats-create-capped.png"));

        // The latest date offered is accepted by the server.
        QVERIFY(dialog->chooseCustomDate(latest));
        NewTokenDialog *reveal = create(setup, dialog, QStringLiteral("Longest allowed"));
        QVERIFY(reveal);
        // The CLI's own browser login would ask for 365 days, which this tenant refuses: the
        // reveal says which --expiration to pass.
        auto *hint = child<QLabel>(reveal, "expirationHint");
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QLatin1String("mod config moderne login --expiration P30D")),
                 qPrintable(hint->text()));
        closeReveal(reveal);

        // A dialog whose clock runs two days ahead offers a date the server refuses: its
        // sentence is shown as is, the input stays, nothing is created.
        dialog = openCreate(setup);
        QVERIFY(dialog);
        dialog->setClock([] { return QDateTime::currentDateTimeUtc().addDays(2); });
        QVERIFY(dialog->chooseCustomDate(dialog->policy().latestDate()));
        const int rows = setup.model->rowCount();
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenName"), QStringLiteral("Too long"));
        QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog->errorText().isEmpty());
        QCOMPARE(dialog->errorText(),
                 QStringLiteral("Token expiry exceeds the maximum of 30 days allowed by your "
                                "administrator."));
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "tokenName")->text(), QStringLiteral("Too long"));
        QCOMPARE(dialog->choice(), CreateTokenDialog::Custom);
        QCOMPARE(setup.model->rowCount(), rows);
        dialog->reject();
    }

    void revealOnceCopyAndKeychain() {
        NewTokenDialog *reveal = createWithDefaults(*m_main, QStringLiteral("Reveal test"));
        QVERIFY(reveal);
        QPointer<NewTokenDialog> guard(reveal);
        auto *value = child<QLineEdit>(reveal, "tokenValue");
        auto *command = child<QPlainTextEdit>(reveal, "loginCommand");
        // Masked by default. The CLI's lines never hold the token: `login --with-token` reads it
        // on standard input, so it stays out of the shell's history.
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        const QString secret = value->text();
        QVERIFY(secret.startsWith(QLatin1String("mat-")));
        const QStringList lines = command->toPlainText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("mod config moderne edit ") +
                                  m_main->sandbox.apiUrl().adjusted(QUrl::RemovePath).toString());
        QCOMPARE(lines.at(1), QStringLiteral("mod config moderne login --with-token"));
        QVERIFY(!child<QLabel>(reveal, "expirationHint")->isVisible()); // no cap on this tenant
        QTest::mouseClick(child<QToolButton>(reveal, "showToken"), Qt::LeftButton);
        QCOMPARE(value->echoMode(), QLineEdit::Normal);
        QVERIFY(!command->toPlainText().contains(secret));
        save(reveal, QStringLiteral("pats-reveal-shown.png"));
        QTest::mouseClick(child<QToolButton>(reveal, "showToken"), Qt::LeftButton);
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        save(reveal, QStringLiteral("pats-reveal.png"));

        // Copy: the clipboard holds the value, and is cleared after the delay.
        QClipboard *clipboard = QGuiApplication::clipboard();
        QTest::mouseClick(child<QPushButton>(reveal, "copyToken"), Qt::LeftButton);
        QVERIFY(clipboard->text() == secret);
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);
        // The ready commands: no secret in them.
        QTest::mouseClick(child<QPushButton>(reveal, "copyCommand"), Qt::LeftButton);
        QCOMPARE(clipboard->text(), command->toPlainText());
        QVERIFY(!clipboard->text().contains(secret));
        // Something else copied meanwhile is left alone.
        QTest::mouseClick(child<QPushButton>(reveal, "copyToken"), Qt::LeftButton);
        QSignalSpy expired(reveal->lastClipboardGuard(), &ClipboardGuard::expired);
        clipboard->setText(QStringLiteral("something else"));
        QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, 5000);
        QCOMPARE(expired.constFirst().constFirst().toBool(), false);
        QCOMPARE(clipboard->text(), QStringLiteral("something else"));

        // The keychain, under the tenant and the token's id.
        QTest::mouseClick(child<QPushButton>(reveal, "saveToKeychain"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(reveal->wasSaved(), 15000);
        const QString key = SavedTokens::keyFor(
            tenantKey(*m_main), tokenNamed(*m_main->model, QStringLiteral("Reveal test"))->id);
        std::optional<CredentialStore::ReadResult> stored;
        m_main->session.credentials.read(key, [&](const auto &result) { stored = result; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 15000);
        QVERIFY2(stored->error.isEmpty(), qPrintable(stored->error));
        QVERIFY(stored->found);
        QVERIFY(stored->secret == secret.toUtf8());
        bool removed = false;
        m_main->session.credentials.remove(key, [&](const QString &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);

        // Done: the value is gone from the widgets and the dialog closes for good.
        QTest::mouseClick(child<QPushButton>(reveal, "doneButton"), Qt::LeftButton);
        QVERIFY(!guard ||
                guard->findChild<QLineEdit *>(QStringLiteral("tokenValue"))->text().isEmpty());
        QTRY_VERIFY(!guard);
        QVERIFY(!m_main->pane->newTokenDialog());
        // Nothing of it is in the list.
        const QAbstractItemModel *model = m_main->pane->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                QVERIFY(
                    !model->index(row, column).data(Qt::ToolTipRole).toString().contains(secret) &&
                    !model->index(row, column).data().toString().contains(secret));
    }

    // Saved PATs are keyed by tenant and token id: two tokens of one name each keep their own
    // entry (the second used to overwrite the first). The list marks them and shows the prefix of
    // tokens created here, as the reveal does; revoking one here removes its entry; one revoked
    // elsewhere is found stale on reload and offered for removal. Real QtKeychain (gnome-keyring).
    void keychainKeyedByIdMarkedAndCleanedUp() {
        Setup &setup = *m_main;
        TokensPane *pane = setup.pane;
        QStringList ids;
        QStringList values;
        for (int i = 0; i < 2; ++i) {
            NewTokenDialog *reveal = createWithDefaults(setup, QStringLiteral("Twin"));
            QVERIFY(reveal);
            QPointer<NewTokenDialog> guard(reveal);
            // A deep copy: the dialog overwrites its own copies in place when it closes.
            const QString value =
                QString::fromUtf8(child<QLineEdit>(reveal, "tokenValue")->text().toUtf8());
            // The one-time panel names the prefix the web UI shows: mat- and four characters.
            const QString prefix = value.left(8);
            QVERIFY(prefix.startsWith(QLatin1String("mat-")));
            QVERIFY(
                child<QLabel>(reveal, "newTokenExpiry")->text().contains(prefix + QChar(0x2026)));
            QVERIFY(!child<QLabel>(reveal, "newTokenExpiry")->text().contains(value.left(9)));
            QTest::mouseClick(child<QPushButton>(reveal, "saveToKeychain"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(reveal->wasSaved(), 15000);
            if (i == 1)
                save(reveal, QStringLiteral("pats-reveal-prefix.png"));
            QTest::mouseClick(child<QPushButton>(reveal, "doneButton"), Qt::LeftButton);
            QTRY_VERIFY(!guard);
            values << value;
        }
        // The ids: the two newest "Twin" rows.
        ids.clear();
        for (int row = 0; row < setup.model->rowCount(); ++row)
            if (setup.model->tokenAt(row).description == QLatin1String("Twin"))
                ids << setup.model->tokenAt(row).id;
        QCOMPARE(ids.size(), 2);
        // Both entries are there, each with its own value.
        int matched = 0;
        for (const QString &id : ids) {
            const auto stored = readKey(setup, SavedTokens::keyFor(tenantKey(setup), id));
            QVERIFY(stored && stored->error.isEmpty() && stored->found);
            matched += values.contains(QString::fromUtf8(stored->secret)) ? 1 : 0;
            // The list: the prefix and the keychain mark.
            const QModelIndex cell =
                setup.model->index(setup.model->rowOf(id), AccessTokenModel::SavedColumn);
            QVERIFY(cell.data(AccessTokenModel::InKeychainRole).toBool());
            const QString prefix = cell.data(AccessTokenModel::PrefixRole).toString();
            QCOMPARE(prefix.size(), 8);
            const QString storedValue = QString::fromUtf8(stored->secret);
            QVERIFY2(values.contains(storedValue) && storedValue.startsWith(prefix),
                     qPrintable(QStringLiteral("known %1, prefix matches %2, length %3")
                                    .arg(values.contains(storedValue))
                                    .arg(storedValue.startsWith(prefix))
                                    .arg(storedValue.size())));
            QVERIFY2(cell.data().toString().contains(QLatin1String("in keychain")),
                     qPrintable(cell.data().toString()));
        }
        QVERIFY(values.at(0) != values.at(1));
        QCOMPARE(matched, 2);
        save(setup.window.get(), QStringLiteral("pats-list-keychain.png"));

        // Revoked here, through the row's context menu: the entry goes with it.
        QTableView *view = pane->view();
        view->clearSelection();
        const QModelIndex first = pane->proxy()->mapFromSource(
            setup.model->index(setup.model->rowOf(ids.at(0)), AccessTokenModel::DescriptionColumn));
        const QPoint where = view->visualRect(first).center();
        Q_EMIT view->customContextMenuRequested(where);
        auto *menu = child<QMenu>(pane, "tokenRowMenu");
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        auto *revoke = child<QAction>(menu, "rowRevoke");
        QVERIFY(revoke);
        QCOMPARE(revoke->text(), QStringLiteral("Revoke “Twin”…"));
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        menu->close();
        revoke->trigger();
        auto *box = child<QMessageBox>(pane, "revokeConfirm");
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QTest::mouseClick(child<QPushButton>(box, "confirmRevoke"), Qt::LeftButton);
        QTRY_VERIFY(setup.model->rowOf(ids.at(0)) < 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            !readKey(setup, SavedTokens::keyFor(tenantKey(setup), ids.at(0)))->found, 15000);
        QVERIFY(readKey(setup, SavedTokens::keyFor(tenantKey(setup), ids.at(1)))->found);

        // Revoked elsewhere: a reload finds its entry stale and offers to remove it.
        bool revokedElsewhere = false;
        setup.session.api.tokens()->revoke(ids.at(1), this, [&](const ApiResult<bool> &result) {
            revokedElsewhere = result.value.value_or(false);
        });
        QTRY_VERIFY(revokedElsewhere);
        auto *stale = child<QPushButton>(pane, "removeStaleButton");
        QVERIFY(!stale->isVisible());
        setup.model->reload();
        QVERIFY(loaded(setup));
        QTRY_VERIFY(stale->isVisible());
        QCOMPARE(pane->savedTokens()->stale().size(), 1);
        QVERIFY(readKey(setup, SavedTokens::keyFor(tenantKey(setup), ids.at(1)))->found);
        QTest::mouseClick(stale, Qt::LeftButton);
        auto *confirm = child<QMessageBox>(pane, "removeStaleConfirm");
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->isVisible());
        QVERIFY(confirm->informativeText().contains(QLatin1String("Twin")));
        QTest::mouseClick(child<QPushButton>(confirm, "confirmRemoveStale"), Qt::LeftButton);
        QTRY_VERIFY(!stale->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            !readKey(setup, SavedTokens::keyFor(tenantKey(setup), ids.at(1)))->found, 15000);
        QTRY_VERIFY(pane->message().contains(QLatin1String("Removed 1 stale keychain entry")));
    }

    // Entries of the old scheme (tenant + description) move to the token's id once, when one
    // token has that description; an entry two tokens could own is left and reported.
    void oldKeychainEntriesMoveToTheTokenId() {
        Setup &setup = *m_main;
        const QString tenant = tenantKey(setup);
        AccessTokenApi *api = setup.session.api.tokens();
        const auto make = [&](const QString &name) {
            return awaitApi<CreatedAccessToken>(
                [&](auto done) { api->create(name, std::nullopt, this, done); });
        };
        const auto single = make(QStringLiteral("Old single"));
        QVERIFY(!single.error);
        QVERIFY(!make(QStringLiteral("Old twin")).error);
        QVERIFY(!make(QStringLiteral("Old twin")).error);
        const auto write = [&](const QString &key, const QByteArray &value) {
            std::optional<QString> error;
            setup.session.credentials.write(key, value, [&](const QString &e) { error = e; });
            QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 15000);
            QVERIFY2(error->isEmpty(), qPrintable(*error));
        };
        write(SavedTokens::legacyKeyFor(tenant, QStringLiteral("Old single")), single.value->value);
        write(SavedTokens::legacyKeyFor(tenant, QStringLiteral("Old twin")), "mat-OldTwinValue");

        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        SavedTokens saved(&setup.session.credentials, &settings);
        saved.setScope(tenant, QStringLiteral("admin@moderne.example"));
        setup.model->reload();
        QVERIFY(loaded(setup));
        QList<AccessToken> tokens;
        for (int row = 0; row < setup.model->rowCount(); ++row)
            tokens << setup.model->tokenAt(row);
        QSignalSpy migrated(&saved, &SavedTokens::migrated);
        saved.reconcile(tokens);
        QVERIFY(migrated.wait(30000));
        const QString report = migrated.constFirst().constFirst().toString();
        QVERIFY2(report.contains(QStringLiteral("“Old single”")) &&
                     report.contains(QStringLiteral("“Old twin”")) &&
                     report.contains(QLatin1String("several tokens")),
                 qPrintable(report + QStringLiteral(" rows %1 of %2, twins %3")
                                         .arg(tokens.size())
                                         .arg(setup.model->totalCount())
                                         .arg(std::count_if(tokens.begin(), tokens.end(),
                                                            [](const AccessToken &t) {
                                                                return t.description ==
                                                                       QLatin1String("Old twin");
                                                            }))));
        const QString id = single.value->token.id;
        QVERIFY(saved.isSaved(id));
        QCOMPARE(saved.prefix(id), QString::fromUtf8(single.value->value.left(8)));
        const auto moved = readKey(setup, SavedTokens::keyFor(tenant, id));
        QVERIFY(moved && moved->found && moved->secret == single.value->value);
        QVERIFY(!readKey(setup, SavedTokens::legacyKeyFor(tenant, QStringLiteral("Old single")))
                     ->found);
        QVERIFY(
            readKey(setup, SavedTokens::legacyKeyFor(tenant, QStringLiteral("Old twin")))->found);
        // Remembered in the settings (no value there), and done once.
        QVERIFY(!settings.savedTokens(tenant).contains(single.value->value));
        QVERIFY(settings.savedTokens(tenant).contains(id.toUtf8()));
        SavedTokens again(&setup.session.credentials, &settings);
        again.setScope(tenant, QStringLiteral("admin@moderne.example"));
        QVERIFY(again.isSaved(id));
        // Clean up the keychain.
        bool removed = false;
        saved.forget({id}, [&](const QString &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
        removed = false;
        setup.session.credentials.remove(
            SavedTokens::legacyKeyFor(tenant, QStringLiteral("Old twin")),
            [&](const QString &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }

    // The Tokens menu's actions, with their shortcuts.
    void tokensMenuActions() {
        const QList<QAction *> actions = m_main->pane->menuActions();
        QStringList names;
        for (QAction *action : actions)
            names << action->objectName();
        QVERIFY(names.contains(QStringLiteral("actionCreateToken")));
        QVERIFY(names.contains(QStringLiteral("actionRevokeTokens")));
        QVERIFY(names.contains(QStringLiteral("actionRemoveStale")));
        for (QAction *action : actions) {
            if (action->objectName() == QLatin1String("actionCreateToken"))
                QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::New));
            if (action->objectName() == QLatin1String("actionRevokeTokens"))
                QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Delete));
        }
    }

    void closingBeforeCopyingAsksFirst() {
        NewTokenDialog *reveal = createWithDefaults(*m_main, QStringLiteral("Not copied"));
        QVERIFY(reveal);
        QPointer<NewTokenDialog> guard(reveal);
        QTest::mouseClick(child<QPushButton>(reveal, "doneButton"), Qt::LeftButton);
        auto *box = child<QMessageBox>(reveal, "confirmCloseBox");
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QTest::mouseClick(child<QPushButton>(box, "goBack"), Qt::LeftButton);
        QTest::qWait(50);
        QVERIFY(guard && guard->isVisible());
        QTest::keyClick(reveal, Qt::Key_Escape);
        box = child<QMessageBox>(reveal, "confirmCloseBox");
        QTRY_VERIFY(box && box->isVisible());
        QTest::mouseClick(child<QPushButton>(box, "closeAnyway"), Qt::LeftButton);
        QTRY_VERIFY(!guard);
    }

    void revokeOneAndSeveral() {
        TokensPane *pane = m_main->pane;
        AccessTokenModel &model = *m_main->model;
        QTableView *view = pane->view();
        auto *filter = child<QLineEdit>(pane, "tokenFilter");
        const auto selectNamed = [&](const QStringList &names) {
            view->clearSelection();
            for (int row = 0; row < view->model()->rowCount(); ++row)
                if (names.contains(view->model()->index(row, 0).data().toString()))
                    view->selectionModel()->select(view->model()->index(row, 0),
                                                   QItemSelectionModel::Select |
                                                       QItemSelectionModel::Rows);
        };
        const auto confirm = [&](const QStringList &names) {
            auto *box = child<QMessageBox>(pane, "revokeConfirm");
            QVERIFY(box);
            QTRY_VERIFY(box->isVisible());
            for (const QString &name : names)
                QVERIFY2(box->informativeText().contains(name), qPrintable(box->informativeText()));
            QTest::mouseClick(child<QPushButton>(box, "confirmRevoke"), Qt::LeftButton);
        };

        // One.
        filter->clear();
        selectNamed({QStringLiteral("Choice 0")});
        QVERIFY(child<QPushButton>(pane, "revokeButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(pane, "revokeButton"), Qt::LeftButton);
        confirm({QStringLiteral("Choice 0")});
        QTRY_VERIFY(!tokenNamed(model, QStringLiteral("Choice 0")));
        QTRY_VERIFY(pane->message().contains(QStringLiteral("Revoked “Choice 0”")));

        // Several, one of which someone else revoked meanwhile: that one is reported and goes too.
        const QString goneId = tokenNamed(model, QStringLiteral("Choice 2"))->id;
        bool revokedElsewhere = false;
        m_main->session.api.tokens()->revoke(goneId, this, [&](const ApiResult<bool> &result) {
            revokedElsewhere = result.value.value_or(false);
        });
        QTRY_VERIFY(revokedElsewhere);
        const QStringList several{QStringLiteral("Choice 1"), QStringLiteral("Choice 2"),
                                  QStringLiteral("Choice 3")};
        selectNamed(several);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 3);
        // Delete is the list's "Revoke selected tokens…" action: it works while the list has the
        // focus.
        view->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view->window()));
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Delete);
        confirm(several);
        QTRY_VERIFY(!tokenNamed(model, QStringLiteral("Choice 1")) &&
                    !tokenNamed(model, QStringLiteral("Choice 2")) &&
                    !tokenNamed(model, QStringLiteral("Choice 3")));
        QTRY_VERIFY(pane->message().contains(QLatin1String("already been revoked")));
        QVERIFY(pane->message().contains(QStringLiteral("Revoked “Choice 1”")));
        // The server agrees.
        const int total = model.totalCount();
        model.reload();
        QVERIFY(loaded(*m_main));
        QCOMPARE(model.totalCount(), total);
        QVERIFY(!tokenNamed(model, QStringLiteral("Choice 3")));
    }

    void adminView() {
        TokensPane *pane = m_main->pane;
        std::optional<CurrentUser> me;
        m_main->session.api.users()->currentUser(
            this, [&](const ApiResult<CurrentUser> &result) { me = result.value; });
        QTRY_VERIFY(me.has_value());
        QCOMPARE(me->role, QStringLiteral("ADMIN"));
        m_main->workspace->session()->signIn(*me, Session::Credential::LoginToken, {}, {});
        QVERIFY(pane->isAdminView());
        // The 14-day rule, with the date it lapses.
        QVERIFY(me->lastActive);
        QCOMPARE(pane->adminLapse(), me->lastActive->addDays(14));
        QVERIFY2(pane->bannerText().contains(QLatin1String("14 day")),
                 qPrintable(pane->bannerText()));
        QVERIFY(child<QTabBar>(pane, "tokenSections")->isVisible());

        pane->showAllUsers();
        AdminUsersPane *admin = pane->adminPane();
        QVERIFY(admin && admin->isVisible());
        UserModel *users = pane->userModel();
        QAbstractItemModelTester tester(users,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading() && users->rowCount() == 2, 10000);
        QTreeView *tree = admin->view();
        const QModelIndex adminRow = users->userIndex(QStringLiteral("admin@moderne.example"));
        QModelIndex userRow = users->userIndex(QStringLiteral("user@moderne.example"));
        tree->expand(adminRow);
        tree->expand(userRow);
        QCOMPARE(users->rowCount(userRow), 2);
        tree->setCurrentIndex(users->index(1, 0, adminRow));
        save(m_main->window.get(), QStringLiteral("pats-admin.png"));

        // Revoke one of Uma's tokens.
        const QString first = users->index(0, 0, userRow).data().toString();
        tree->setCurrentIndex(users->index(0, 0, userRow));
        QTest::mouseClick(child<QPushButton>(admin, "adminRevokeToken"), Qt::LeftButton);
        auto *box = child<QMessageBox>(admin, "adminRevokeConfirm");
        QVERIFY(box);
        QVERIFY(box->text().contains(first));
        QTest::mouseClick(child<QPushButton>(box, "confirmRevoke"), Qt::LeftButton);
        userRow = users->userIndex(QStringLiteral("user@moderne.example"));
        QTRY_COMPARE(users->rowCount(userRow), 1);
        QTRY_VERIFY(admin->message().contains(QLatin1String("Revoked")));

        // Revoke all of Uma's tokens: only after typing her email.
        tree->setCurrentIndex(userRow);
        QTest::mouseClick(child<QPushButton>(admin, "adminRevokeAll"), Qt::LeftButton);
        auto *confirm = child<QDialog>(admin, "revokeAllConfirm");
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->isVisible());
        auto *revokeAll = child<QPushButton>(confirm, "confirmRevokeAll");
        auto *typed = child<QLineEdit>(confirm, "confirmEmail");
        QVERIFY(!revokeAll->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("user@moderne.exampl"));
        QVERIFY(!revokeAll->isEnabled());
        save(confirm, QStringLiteral("pats-admin-revoke-all.png"));
        QTest::keyClicks(typed, QStringLiteral("e"));
        QVERIFY(revokeAll->isEnabled());
        QTest::mouseClick(revokeAll, Qt::LeftButton);
        QTRY_VERIFY(!users->userIndex(QStringLiteral("user@moderne.example")).isValid());
        QTRY_VERIFY(
            admin->message().contains(QLatin1String("Revoked all tokens of user@moderne.example")));

        // The server agrees.
        users->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), 10000);
        QCOMPARE(users->rowCount(), 1);
        pane->showMyTokens();
    }

    void notForUsers() {
        TokensPane *pane = m_capped->pane;
        CurrentUser user;
        user.email = QStringLiteral("user@moderne.example");
        user.role = QStringLiteral("USER");
        user.lastActive = QDateTime::currentDateTimeUtc().addDays(-20);
        m_capped->workspace->session()->signIn(user, Session::Credential::LoginToken, {}, {});
        QVERIFY(!pane->isAdminView());
        QVERIFY(pane->bannerText().isEmpty());
        QVERIFY(!child<QTabBar>(pane, "tokenSections")->isVisible());
        QVERIFY(!pane->adminPane());
    }

    // A create whose answer is lost: the dialog keeps its input and says so, the request is
    // not sent again, and the list is reloaded to show what the server holds. A 401 likewise
    // keeps the input (the app's sign-in handling shows "signed out" on top).
    void lostAnswerKeepsTheInputAndReloads_data() {
        addDataRows<bool>("unauthorized", {{"network error", false}, {"401", true}});
    }

    void lostAnswerKeepsTheInputAndReloads() {
        QFETCH(bool, unauthorized);
        const FakeNetworkAccessManager::Response failure =
            unauthorized
                ? FakeNetworkAccessManager::json(R"({"errors":[{"message":"Unauthorized"}]})", 401)
                : closedConnection();
        OneTokenPane fixture("Kept");
        auto &[fake, network, model, context, pane, list] = fixture;
        QPointer<CreateTokenDialog> dialog = fixture.openCreateDialogWithCapRead();
        QVERIFY(dialog);
        fixture.answerNextThenList(failure);
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenName"), QStringLiteral("Lost answer"));
        QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog->errorText().isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "tokenName")->text(), QStringLiteral("Lost answer"));
        QVERIFY(child<QPushButton>(dialog, "createButton")->isEnabled());
        QTest::qWait(200);
        const QStringList sent = fixture.sentOperations();
        if (unauthorized) {
            QCOMPARE(sent,
                     (QStringList{QStringLiteral("AccessTokens"), QStringLiteral("MaxExpiryDays"),
                                  QStringLiteral("CreateAccessToken")}));
        } else {
            QVERIFY2(dialog->errorText().contains(QLatin1String("reloaded")),
                     qPrintable(dialog->errorText()));
            QCOMPARE(
                sent,
                (QStringList{QStringLiteral("AccessTokens"), QStringLiteral("MaxExpiryDays"),
                             QStringLiteral("CreateAccessToken"), QStringLiteral("AccessTokens")}));
            QTRY_VERIFY(pane.message().contains(QLatin1String("did not send the request again")));
        }
        QCOMPARE(model.rowCount(), 1);
        dialog->reject();
    }

    // A create in flight cannot be recalled: Esc and Cancel ("Close when done") do not close the
    // dialog while "Creating…"; once the answer is in, the dialog closes and the new token's value
    // is revealed once. A second click never sends createAccessToken again. A lost answer after
    // "Close when done" says the token may exist (in the pane) and the list is reloaded.
    void createInFlightCannotBeRecalled_data() {
        addDataRows<bool>("lost", {{"created", false}, {"answer lost", true}});
    }

    void createInFlightCannotBeRecalled() {
        QFETCH(bool, lost);
        FakeNetworkAccessManager::Response answer =
            lost
                ? closedConnection()
                : FakeNetworkAccessManager::json(
                      R"({"data":{"createAccessToken":{"id":"t2","token":"mat-AbCdEfGhIjKlMnOpQrStUv",)"
                      R"("description":"In flight","created":"2026-11-02T10:00:00Z","expiresAt":null}}})");
        answer.delayMs = 1500;
        OneTokenPane fixture("Kept");
        auto &[fake, network, model, context, pane, list] = fixture;
        QPointer<CreateTokenDialog> dialog = fixture.openCreateDialogWithCapRead();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        fixture.answerNextThenList(answer);
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenName"), QStringLiteral("In flight"));
        auto *createButton = child<QPushButton>(dialog, "createButton");
        auto *cancel = child<QPushButton>(dialog, "cancelButton");
        QTest::mouseClick(createButton, Qt::LeftButton);
        QVERIFY(dialog->isBusy());
        QCOMPARE(cancel->text(), QStringLiteral("Close when done"));
        // Esc, a second click on Create, Enter: nothing closes, nothing is sent again.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTest::qWait(50);
        QVERIFY(dialog && dialog->isVisible());
        QTest::mouseClick(createButton, Qt::LeftButton);
        QTest::keyClick(dialog, Qt::Key_Return);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTest::qWait(50);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->closesWhenDone());
        QVERIFY(!pane.newTokenDialog());
        save(dialog, QStringLiteral("pats-create-in-flight.png"));

        if (!lost) {
            QTRY_VERIFY_WITH_TIMEOUT(pane.newTokenDialog() != nullptr, 5000);
            QTRY_VERIFY(!dialog || !dialog->isVisible());
            NewTokenDialog *reveal = pane.newTokenDialog();
            QVERIFY(QTest::qWaitForWindowExposed(reveal));
            QVERIFY(child<QLineEdit>(reveal, "tokenValue")->text() ==
                    QStringLiteral("mat-AbCdEfGhIjKlMnOpQrStUv"));
            QCOMPARE(model.rowCount(), 2);
            closeReveal(reveal);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 5000);
            QVERIFY(!pane.newTokenDialog());
            QTRY_VERIFY(pane.message().contains(QLatin1String("may have been created")));
        }
        QTest::qWait(200);
        const QStringList sent = fixture.sentOperations();
        QCOMPARE(sent.count(QStringLiteral("CreateAccessToken")), 1);
        QCOMPARE(sent.count(QStringLiteral("AccessTokens")), lost ? 2 : 1);
    }

    // A revoke whose answer is lost: said once, as what it is (the server may have done it; not
    // sent again; the list reloaded), never also "was not revoked".
    void lostRevokeAnswerIsSaidOnce() {
        OneTokenPane fixture("Nightly");
        auto &[fake, network, model, context, pane, list] = fixture;
        QTRY_COMPARE(model.rowCount(), 1);
        fixture.answerNextThenList(closedConnection());
        pane.view()->selectRow(0);
        QTest::mouseClick(child<QPushButton>(&pane, "revokeButton"), Qt::LeftButton);
        auto *box = child<QMessageBox>(&pane, "revokeConfirm");
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        // One token: "the token" (a plural form: English gives "the token"), not "them".
        QVERIFY2(box->informativeText().contains(QLatin1String("uses the token")) &&
                     !box->informativeText().contains(QLatin1String("them")),
                 qPrintable(box->informativeText()));
        QTest::mouseClick(child<QPushButton>(box, "confirmRevoke"), Qt::LeftButton);
        QTRY_VERIFY(pane.message().contains(QLatin1String("Nightly")));
        QTest::qWait(200);
        const QString message = pane.message();
        QVERIFY2(!message.contains(QLatin1String("was not revoked")), qPrintable(message));
        QCOMPARE(message.count(QLatin1String("may or may not")), 1);
        QCOMPARE(message.count(QLatin1String("Nightly")), 1);
        QVERIFY2(message.count(QLatin1String("did not send")) == 1, qPrintable(message));
        QCOMPARE(model.rowCount(), 1); // reloaded: the server still holds it
    }

    void fiveThousandTokensPageInWhileTheWindowResponds() {
        auto big = start({QStringLiteral("--seed-tokens"), QStringLiteral("5000")},
                         QStringLiteral("admin"), QStringLiteral("admin-password"));
        QVERIFY(big);
        // A 10 ms timer notes the row counts it sees: the event loop turns between the pages
        // (how long each turn takes is measured by bench/bench_test_timings --paging).
        int ticks = 0;
        QSet<int> rowCountsSeen;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&] {
            ++ticks;
            rowCountsSeen.insert(big->model->rowCount());
        });
        timer.start();
        QTableView *view = big->pane->view();
        // Scrolling to the end asks the model for the next page, as a user would.
        QVERIFY(QTest::qWaitFor(
            [&] {
                view->scrollToBottom();
                return big->model->rowCount() == 5004;
            },
            60000));
        timer.stop();
        QCOMPARE(big->model->totalCount(), 5004);
        int partial = 0;
        for (int rows : std::as_const(rowCountsSeen))
            partial += rows > 0 && rows < 5004 ? 1 : 0;
        qInfo("5004 tokens; %d timer ticks saw %d different partial row counts", ticks, partial);
        // The timer fired while the list was partly loaded, at several page boundaries.
        QVERIFY2(partial >= 2, qPrintable(QString::number(partial)));
        QCOMPARE(view->model()->rowCount(), 5004);
        QVERIFY(child<QLabel>(big->pane, "tokensSummary")
                    ->text()
                    .startsWith(QLatin1String("5004 token")));
    }
};

QTEST_MAIN(tst_PatsGui)
#include "tst_pats_gui.moc"
