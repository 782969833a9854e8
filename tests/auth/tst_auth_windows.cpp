// Every sign-in failure, through the real windows against the sandbox, with its own message
// (each kept as a screenshot), the session ending under an open main window, sign-in with a
// personal access token, tenant switching with silent restore, the status bar, and at the end
// a scan of HOME, the config/cache/data folders and all captured output for any secret.
#include "AccessTokenModel.h"
#include "AppController.h"
#include "BrowserPlayer.h"
#include "GraphQlClient.h"
#include "KeychainCredentialStore.h"
#include "Logging.h"
#include "LoginSession.h"
#include "LoginTokenPane.h"
#include "LoginWindow.h"
#include "LoopbackExchange.h"
#include "MainWindow.h"
#include "ModerneApi.h"
#include "SandboxProcess.h"
#include "Screenshot.h"
#include "SessionStatusWidget.h"
#include "Settings.h"
#include "TenantsDialog.h"
#include "Ticker.h"
#include "Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

namespace {

// Everything the app logs in this process, for the secrets scan (and still printed), with the
// number of debug lines from TokenDesk's own categories (tokendesk.*).
QByteArray g_captured;
int g_tokendeskDebugLines = 0;
QMutex g_capturedMutex;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    {
        QMutexLocker locker(&g_capturedMutex);
        const QByteArray category(context.category ? context.category : "default");
        g_captured += category + ": " + message.toUtf8() + '\n';
        if (type == QtDebugMsg && category.startsWith("tokendesk."))
            ++g_tokendeskDebugLines;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// A web server that answers every request with one fixed response (a broken issuer).
class FixedHttpServer : public QTcpServer {
public:
    explicit FixedHttpServer(QByteArray body)
        : m_body(std::move(body)) {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                        QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" +
                        m_body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString &path) const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }

private:
    QByteArray m_body;
};

} // namespace

class tst_AuthWindows : public QObject {
    Q_OBJECT
private:
    // The app as main.cpp builds it, over a fresh settings file.
    struct App {
        explicit App(tst_AuthWindows *test,
                     const QString &service = QStringLiteral("TokenDesk-auth-gui"))
            : credentials(service)
            , session(&test->m_network, &credentials)
            , client(&test->m_network)
            , workspace(&client, &ticker)
            , settings(test->m_settingsPath)
            , controller(&session, &workspace, &credentials, &settings) {}
        KeychainCredentialStore credentials;
        LoginSession session;
        GraphQlClient client;
        Ticker ticker;
        Workspace workspace;
        Settings settings;
        AppController controller;

        LoginWindow *login() const { return controller.loginWindow(); }
        // Shows the login window for `profile` and waits until it has looked for a stored
        // session (the waiting panel hidden again).
        bool launch(const TenantProfile &profile) {
            controller.setProfile(profile);
            controller.start(false);
            if (!QTest::qWaitForWindowExposed(login()))
                return false;
            auto *waiting = login()->findChild<QWidget *>(QStringLiteral("waitingPanel"));
            return waiting && QTest::qWaitFor([waiting] { return !waiting->isVisible(); });
        }
        QString message() const { return login()->message(); }
        void clickSignIn() const {
            QTest::mouseClick(login()->findChild<QPushButton *>(QStringLiteral("signInButton")),
                              Qt::LeftButton);
        }
        void pastePersonalAccessToken(const QByteArray &token) const {
            login()
                ->findChild<QLabel *>(QStringLiteral("patLink"))
                ->linkActivated(QStringLiteral("#pat"));
            auto *edit = login()->findChild<QLineEdit *>(QStringLiteral("patEdit"));
            edit->setText(QString::fromUtf8(token));
            QTest::mouseClick(login()->findChild<QPushButton *>(QStringLiteral("patSignInButton")),
                              Qt::LeftButton);
        }
    };

    static constexpr auto save = &saveScreenshotOrFail;

    void remember(const QByteArray &secret) {
        if (secret.size() >= 16 && !m_secrets.contains(secret))
            m_secrets.append(secret);
    }
    void rememberSession(App &app) {
        remember(app.session.accessToken());
        bool done = false;
        app.credentials.read(app.controller.profile().credentialKey(),
                             [&](const CredentialStore::ReadResult &r) {
                                 if (r.found)
                                     remember(r.secret.mid(r.secret.indexOf(':') + 1));
                                 done = true;
                             });
        (void)QTest::qWaitFor([&] { return done; }, 15000);
    }

    // Signs in through the login window (the browser played over HTTP).
    bool signInThroughTheWindow(App &app) {
        // A launch first tries to restore a stored session: the button waits for that.
        auto *button = app.login()->findChild<QPushButton *>(QStringLiteral("signInButton"));
        if (!QTest::qWaitFor([&] { return button->isEnabled(); }, 20000))
            return false;
        QSignalSpy loaded(&app.controller, &AppController::userLoaded);
        app.clickSignIn();
        if (!QTest::qWaitFor([&] { return loaded.count() > 0; }, 30000))
            return false;
        rememberSession(app);
        return true;
    }

    QByteArray createPersonalAccessToken(App &app, const QString &description) {
        std::optional<ApiResult<CreatedAccessToken>> created;
        app.workspace.api()->tokens()->create(
            description, std::nullopt, this,
            [&](const ApiResult<CreatedAccessToken> &r) { created = r; });
        (void)QTest::qWaitFor([&] { return created.has_value(); }, 30000);
        if (!created || created->error)
            return {};
        remember(created->value->value);
        return created->value->value;
    }

    // The sandbox's profile named `name`, with another issuer.
    TenantProfile withIssuer(const QString &name, const QUrl &issuer) const {
        TenantProfile profile = m_sandbox.profile(name);
        profile.issuer = issuer;
        return profile;
    }

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    BrowserPlayer m_browser;
    QString m_settingsPath;
    QList<QByteArray> m_secrets;

private Q_SLOTS:
    void initTestCase() {
        g_previousHandler = qInstallMessageHandler(captureMessage);
        // Everything the app and Qt's OAuth code would log goes through the scan. Under ctest the
        // environment's QT_LOGGING_RULES (tests/auth/CMakeLists.txt) wins over these filter
        // rules: check that the categories really are on.
        QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.*=true\nqt.networkauth*=true"));
        QVERIFY2(lcAuth().isDebugEnabled() && lcApi().isDebugEnabled() &&
                     lcModels().isDebugEnabled() && lcGui().isDebugEnabled() &&
                     lcKeychain().isDebugEnabled(),
                 "every tokendesk.* debug category must be on for the secrets scan");
        m_settingsPath = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                             .filePath(QStringLiteral("auth-windows-test.ini"));
        m_sandbox.setCaptureOutput(true);
        QCOMPARE(startSandboxWithBrowser(m_sandbox, m_browser), QString());
    }

    void cleanupTestCase() {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        qInstallMessageHandler(g_previousHandler);
    }

    void init() {
        QFile::remove(m_settingsPath);
        m_browser.setCredentials(QStringLiteral("admin"), QStringLiteral("admin-password"));
        m_browser.setCallbackRewriter({});
        m_browser.setActive(true);
        m_browser.reset();
    }

    void plainHttpIsRefusedExceptOnLoopback() {
        App app(this);
        const TenantProfile insecure =
            withIssuer(QStringLiteral("Insecure"),
                       QUrl(QStringLiteral("http://login.acme.moderne.io/auth/realms/acme")));
        QVERIFY(app.launch(insecure));
        app.clickSignIn();
        QTRY_VERIFY(app.message().contains(QStringLiteral("plain http://")));
        QVERIFY(app.message().contains(QStringLiteral("unencrypted")));
        QVERIFY(m_browser.openedUrl().isEmpty());
        save(app.login(), QStringLiteral("auth-http-refused.png"));

        // The tenants dialog says the same and will not save it.
        TenantsDialog dialog({insecure}, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("tenantError"));
        QVERIFY(error->text().contains(QStringLiteral("plain http://")));
        save(&dialog, QStringLiteral("auth-tenants-dialog-http.png"));
    }

    void theTenantsDialogProposesAddressesFromTheTenantUrl() {
        TenantsDialog dialog({}, -1);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addTenantButton")),
                          Qt::LeftButton);
        auto *base = dialog.findChild<QLineEdit *>(QStringLiteral("tenantBaseUrl"));
        QTest::keyClicks(base, QStringLiteral("https://acme.moderne.io"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("proposeButton")),
                          Qt::LeftButton);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("tenantIssuer"))->text(),
                 QStringLiteral("https://login.acme.moderne.io/auth/realms/acme"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("tenantApiUrl"))->text(),
                 QStringLiteral("https://api.acme.moderne.io/graphql"));
        // Every field stays editable.
        auto *api = dialog.findChild<QLineEdit *>(QStringLiteral("tenantApiUrl"));
        QVERIFY(api->isEnabled() && !api->isReadOnly());
        api->setText(QStringLiteral("https://api.acme.moderne.io/"));
        save(&dialog, QStringLiteral("auth-tenants-dialog.png"));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.profiles().size(), 1);
        QCOMPARE(dialog.profiles().constFirst().displayName, QStringLiteral("acme"));
        QCOMPARE(dialog.profiles().constFirst().apiUrl,
                 QUrl(QStringLiteral("https://api.acme.moderne.io/")));
    }

    void anUnreachableIssuerIsNamed() {
        App app(this);
        QVERIFY(
            app.launch(withIssuer(QStringLiteral("Down"),
                                  QUrl(QStringLiteral("http://127.0.0.1:1/auth/realms/moderne")))));
        app.clickSignIn();
        QTRY_VERIFY_WITH_TIMEOUT(!app.message().isEmpty(), 20000);
        QVERIFY2(app.message().contains(QStringLiteral("could not be reached")),
                 qPrintable(app.message()));
        QVERIFY(app.message().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(m_browser.openedUrl().isEmpty());
        save(app.login(), QStringLiteral("auth-issuer-unreachable.png"));
    }

    void anInvalidDiscoveryDocumentIsNamed() {
        FixedHttpServer broken(R"({"issuer": "somewhere else", "authorization_endpoint": 42})");
        QVERIFY(broken.isListening());
        App app(this);
        QVERIFY(app.launch(withIssuer(QStringLiteral("Broken issuer"),
                                      broken.url(QStringLiteral("/auth/realms/moderne")))));
        app.clickSignIn();
        QTRY_VERIFY_WITH_TIMEOUT(!app.message().isEmpty(), 20000);
        QVERIFY2(app.message().contains(QStringLiteral("discovery"), Qt::CaseInsensitive) ||
                     app.message().contains(QStringLiteral("configuration"), Qt::CaseInsensitive),
                 qPrintable(app.message()));
        QVERIFY(m_browser.openedUrl().isEmpty());
        save(app.login(), QStringLiteral("auth-discovery-invalid.png"));
    }

    void theClickGoesStraightToTheBrowser() {
        // The issuer's discovery document is fetched while the window waits for a click: the
        // click opens the browser before it returns, the main window is built while the token
        // request is on its way, and the login token's key set (the inspector's verdict) is
        // asked for only when that pane is shown, without another discovery request.
        QStringList discoveries, answered;
        QObject watcher; // ends the watch however the test ends
        connect(&m_network, &QNetworkAccessManager::finished, &watcher, [&](QNetworkReply *reply) {
            answered << reply->url().toString();
            if (reply->url().path().endsWith(QLatin1String("/.well-known/openid-configuration")))
                discoveries << reply->url().toString();
        });
        App app(this);
        QVERIFY(app.launch(m_sandbox.profile()));
        QTRY_COMPARE_WITH_TIMEOUT(discoveries.size(), 1, 10000);
        QVERIFY(!app.controller.mainWindow());
        bool builtBeforeTheAnswer = false;
        connect(&app.session, &LoginSession::signedIn, this,
                [&] { builtBeforeTheAnswer = app.controller.mainWindow() != nullptr; });
        QSignalSpy opened(&app.session, &LoginSession::authorizationUrlOpened);
        QSignalSpy loaded(&app.controller, &AppController::userLoaded);
        // As a user would: the click comes once the button takes clicks (signed out).
        QTRY_VERIFY_WITH_TIMEOUT(
            app.login()->findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled(),
            10000);
        QCOMPARE(app.session.state(), LoginSession::State::SignedOut);
        app.clickSignIn();
        QCOMPARE(opened.count(), 1);
        QVERIFY(loaded.wait(30000));
        QVERIFY(builtBeforeTheAnswer);
        const QString keySet = app.session.configuration().jwksUri.toString();
        QVERIFY(!keySet.isEmpty());
        QTest::qWait(300); // a key set request would come here
        QVERIFY2(!answered.contains(keySet), "the key set before the login token pane is shown");
        app.controller.mainWindow()->showPane(PaneId::LoginToken);
        QTRY_VERIFY_WITH_TIMEOUT(answered.contains(keySet), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            app.controller.mainWindow()->loginTokenPane()->verdict() &&
                app.controller.mainWindow()->loginTokenPane()->verdict()->isValid(),
            10000);
        QCOMPARE(answered.count(keySet), 1);
        QTest::qWait(300); // a late request would come here
        QCOMPARE(discoveries.size(), 1);
        rememberSession(app);
        app.controller.signOut(); // the next test starts signed out
    }

    void aWrongPasswordStaysOnTheSignInPage() {
        App app(this);
        app.session.setBrowserTimeout(std::chrono::milliseconds(60000));
        QVERIFY(app.launch(m_sandbox.profile()));
        m_browser.setCredentials(QStringLiteral("admin"), QStringLiteral("wrong-password"));
        app.clickSignIn();
        QTRY_VERIFY_WITH_TIMEOUT(m_browser.result().done, 20000);
        QVERIFY(m_browser.result().body.contains("Invalid username or password."));
        QVERIFY(!m_browser.result().reachedCallback);
        // TokenDesk keeps waiting (the user corrects the password in the browser), with Cancel.
        QCOMPARE(app.session.state(), LoginSession::State::WaitingForBrowser);
        QVERIFY(app.login()->findChild<QWidget *>(QStringLiteral("waitingPanel"))->isVisible());
        save(app.login(), QStringLiteral("auth-wrong-password-waiting.png"));
        QTest::mouseClick(app.login()->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                          Qt::LeftButton);
        QCOMPARE(app.session.state(), LoginSession::State::SignedOut);
    }

    void aClosedBrowserTimesOutAndOffersToRetry() {
        App app(this);
        app.session.setBrowserTimeout(std::chrono::milliseconds(1500));
        QVERIFY(app.launch(m_sandbox.profile()));
        m_browser.setActive(false); // the user closed the tab
        app.clickSignIn();
        QTRY_VERIFY_WITH_TIMEOUT(!app.message().isEmpty(), 15000);
        QVERIFY2(app.message().contains(QStringLiteral("did not answer")),
                 qPrintable(app.message()));
        QVERIFY(app.message().contains(QStringLiteral("sign in again")));
        const QUrl redirect(
            QUrlQuery(m_browser.openedUrl())
                .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QVERIFY2(!loopbackPortIsOpen(redirect),
                 "the loopback listener must be closed after the timeout");
        auto *button = app.login()->findChild<QPushButton *>(QStringLiteral("signInButton"));
        QVERIFY(button->isEnabled());
        save(app.login(), QStringLiteral("auth-browser-closed.png"));
        // Retry works.
        m_browser.setActive(true);
        m_browser.reset();
        app.session.setBrowserTimeout(std::chrono::milliseconds(60000));
        QVERIFY(signInThroughTheWindow(app));
        app.controller.signOut();
    }

    void aTamperedStateIsRejected() {
        App app(this);
        QVERIFY(app.launch(m_sandbox.profile()));
        m_browser.setCallbackRewriter([](const QUrl &url) {
            return withQueryItem(url, QStringLiteral("state"),
                                 QStringLiteral("forged-by-someone-else"));
        });
        app.clickSignIn();
        QTRY_VERIFY_WITH_TIMEOUT(!app.message().isEmpty(), 20000);
        QVERIFY2(app.message().contains(QStringLiteral("does not match")),
                 qPrintable(app.message()));
        QCOMPARE(app.session.state(), LoginSession::State::SignedOut);
        QVERIFY(!app.controller.mainWindow());
        save(app.login(), QStringLiteral("auth-state-mismatch.png"));
    }

    // Issue 15 item 4 through the window: while the browser is out, a forged error without the
    // sign-in's state (anyone on this computer can send one to the loopback port) changes
    // nothing; the error that does carry the state is shown with its text as text, never as
    // rich text (no markup, no link), as is everything else in the window.
    void aForgedErrorIsIgnoredAndTheServersTextIsShownAsText() {
        App app(this);
        QVERIFY(app.launch(m_sandbox.profile()));
        m_browser.setActive(false); // the user is still on the sign-in page
        app.clickSignIn();
        QTRY_VERIFY_WITH_TIMEOUT(!m_browser.openedUrl().isEmpty(), 20000);
        QTRY_COMPARE(app.session.state(), LoginSession::State::WaitingForBrowser);
        const QUrlQuery query(m_browser.openedUrl());
        const QUrl redirect(
            query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        const QByteArray state =
            query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
        const auto get = [&redirect](const QByteArray &callbackQuery) {
            return loopbackExchange(quint16(redirect.port()),
                                    "GET /callback?" + callbackQuery + " HTTP/1.1\r\n\r\n");
        };
        const QByteArray markup =
            "%3Cb%3EYour%20account%20is%20locked%3C%2Fb%3E%20"
            "%3Ca%20href%3D%22https%3A%2F%2Fevil.example%22%3Eunlock%3C%2Fa%3E";
        QVERIFY(get("error=access_denied&error_description=" + markup).startsWith("HTTP/1.1 400"));
        QVERIFY(get("error=access_denied&state=forged").startsWith("HTTP/1.1 400"));
        QTest::qWait(200);
        QCOMPARE(app.session.state(), LoginSession::State::WaitingForBrowser);
        QVERIFY2(app.message().isEmpty(), qPrintable(app.message()));

        QVERIFY(get("error=access_denied&error_description=" + markup + "&state=" + state)
                    .startsWith("HTTP/1.1 200"));
        QTRY_VERIFY_WITH_TIMEOUT(!app.message().isEmpty(), 5000);
        QVERIFY2(app.message().contains(QLatin1String(
                     "<b>Your account is locked</b> <a href=\"https://evil.example\">unlock</a>")),
                 qPrintable(app.message()));
        const auto labels = app.login()->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->objectName() == QLatin1String("titleLabel") ||
                label->objectName() == QLatin1String("patLink"))
                continue; // our own markup, no outside text in it
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        }
        QCOMPARE(app.session.state(), LoginSession::State::SignedOut);
        save(app.login(), QStringLiteral("auth-error-as-text.png"));
    }

    void aTokenEndpointErrorIsReported() {
        App app(this);
        app.session.setSendCodeVerifierForTesting(false);
        QVERIFY(app.launch(m_sandbox.profile()));
        app.clickSignIn();
        QTRY_VERIFY_WITH_TIMEOUT(!app.message().isEmpty(), 20000);
        QVERIFY2(app.message().contains(QStringLiteral("refused the authorization code")),
                 qPrintable(app.message()));
        QVERIFY(!app.message().contains(QLatin1Char('+'))); // not form-encoded
        QCOMPARE(app.session.state(), LoginSession::State::SignedOut);
        save(app.login(), QStringLiteral("auth-token-endpoint-error.png"));
    }

    void theSessionEndingKeepsTheMainWindowAndWhatTheUserWasDoing() {
        App app(this);
        QVERIFY(app.launch(m_sandbox.profile()));
        QVERIFY(signInThroughTheWindow(app));
        MainWindow *window = app.controller.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // The status bar: who, which tenant, the login token's time left.
        QVERIFY(window->statusText().contains(QStringLiteral("admin@moderne.example")));
        QVERIFY(window->statusText().contains(QStringLiteral("Local sandbox")));
        QTRY_VERIFY(window->sessionStatus()->text().contains(QStringLiteral("left")));
        window->showPane(PaneId::Scm);
        // What the user was doing: an open, window-modal dialog with typed input.
        QDialog dialog(window);
        dialog.setWindowModality(Qt::WindowModal);
        QLineEdit input(&dialog);
        input.setText(QStringLiteral("half-typed description"));
        dialog.show();

        QVERIFY(m_sandbox.revokeSessions(QStringLiteral("admin")));
        app.session.refresh(); // what the timer would do a minute before the token lapses
        QTRY_VERIFY_WITH_TIMEOUT(app.login()->isVisible(), 15000);
        QVERIFY2(app.message().contains(QStringLiteral("Sign in again")),
                 qPrintable(app.message()));
        QVERIFY(window->isVisible());
        QVERIFY(dialog.isVisible());
        QCOMPARE(input.text(), QStringLiteral("half-typed description"));
        QVERIFY(window->sessionStatus()->text().contains(QStringLiteral("Signed out")));
        save(app.login(), QStringLiteral("auth-session-ended.png"));
        save(window, QStringLiteral("auth-session-ended-main-window.png"));

        // Signing in again carries on in the same window.
        m_browser.reset();
        QVERIFY(signInThroughTheWindow(app));
        QCOMPARE(app.controller.mainWindow(), window);
        QVERIFY(!app.login()->isVisible());
        QVERIFY(dialog.isVisible());
        QCOMPARE(input.text(), QStringLiteral("half-typed description"));
        QVERIFY(window->sessionStatus()->text().contains(QStringLiteral("left")));
        dialog.close();
        app.controller.signOut();
    }

    void aRevokedStoredSessionSaysSoAtLaunch() {
        {
            App app(this);
            QVERIFY(app.launch(m_sandbox.profile()));
            QVERIFY(signInThroughTheWindow(app));
        } // quit with the session stored
        QVERIFY(m_sandbox.revokeSessions(QStringLiteral("admin")));
        m_browser.reset();
        App app(this);
        app.controller.setProfile(m_sandbox.profile());
        QSignalSpy messages(&app.controller, &AppController::loginMessageShown);
        app.controller.start(false);
        QVERIFY(QTest::qWaitForWindowExposed(app.login()));
        QTRY_COMPARE_WITH_TIMEOUT(messages.count(), 1, 20000);
        QVERIFY2(app.message().contains(QStringLiteral("no longer accepts")),
                 qPrintable(app.message()));
        QVERIFY(m_browser.openedUrl().isEmpty());
        QVERIFY(!app.controller.mainWindow());
        save(app.login(), QStringLiteral("auth-restore-refused.png"));
    }

    void launchRestoresSilentlyAndSwitchingTenantsKeepsEachSession() {
        SandboxProcess second;
        QString error;
        QVERIFY2(second.start(&error), qPrintable(error));
        const TenantProfile a = m_sandbox.profile(QStringLiteral("Sandbox A"));
        const TenantProfile b = second.profile(QStringLiteral("Sandbox B"));
        {
            App app(this);
            app.settings.setTenants({a, b});
            app.controller.setProfiles(app.settings.tenants(), 0);
            app.controller.start(false);
            QVERIFY(QTest::qWaitForWindowExposed(app.login()));
            QVERIFY(signInThroughTheWindow(app));
            MainWindow *window = app.controller.mainWindow();
            auto *combo = window->findChild<QComboBox *>(QStringLiteral("tenantCombo"));
            QCOMPARE(combo->count(), 2);
            QCOMPARE(combo->currentText(), QStringLiteral("Sandbox A"));
            save(window, QStringLiteral("auth-main-window-tenant.png"));

            // To B: nothing stored there yet, so the login window asks, for B.
            m_browser.reset();
            window->tenantChosen(1);
            QTRY_VERIFY(app.login()->isVisible());
            QVERIFY(!window->isVisible());
            QCOMPARE(app.controller.profile().displayName, QStringLiteral("Sandbox B"));
            QTRY_COMPARE(app.session.state(), LoginSession::State::SignedOut);
            m_browser.setCredentials(QStringLiteral("user"), QStringLiteral("user-password"));
            QVERIFY(signInThroughTheWindow(app));
            QTRY_VERIFY(window->statusText().contains(QStringLiteral("user@moderne.example")));
            QVERIFY(window->statusText().contains(QStringLiteral("Sandbox B")));

            // Back to A: restored from the keychain without the browser.
            m_browser.reset();
            QSignalSpy loaded(&app.controller, &AppController::userLoaded);
            window->tenantChosen(0);
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
            QVERIFY(m_browser.openedUrl().isEmpty());
            QVERIFY(window->statusText().contains(QStringLiteral("admin@moderne.example")));
            QVERIFY(window->statusText().contains(QStringLiteral("Sandbox A")));
            rememberSession(app);
        }
        // The next launch reopens the last tenant (A) and restores it silently.
        m_browser.reset();
        App app(this);
        const int start = app.settings.startTenantIndex();
        QCOMPARE(start, 0);
        app.controller.setProfiles(app.settings.tenants(), start);
        QSignalSpy loaded(&app.controller, &AppController::userLoaded);
        app.controller.start(false);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QVERIFY(m_browser.openedUrl().isEmpty());
        QVERIFY(app.controller.mainWindow()->statusText().contains(QStringLiteral("Sandbox A")));
        // The settings file holds the profiles, and no secret.
        QFile settingsFile(m_settingsPath);
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray settingsText = settingsFile.readAll();
        QVERIFY(settingsText.contains("Sandbox B"));
        for (const QByteArray &secret : std::as_const(m_secrets))
            QVERIFY(!settingsText.contains(secret));
        app.controller.signOut();
        // B's session is still in the keychain; end it too.
        App other(this);
        other.controller.setProfile(b);
        other.session.restore();
        QTRY_COMPARE_WITH_TIMEOUT(other.session.state(), LoginSession::State::SignedIn, 20000);
        other.session.signOut();
    }

    void signInWithAPersonalAccessToken() {
        QByteArray pat;
        {
            App maker(this);
            QVERIFY(maker.launch(m_sandbox.profile()));
            QVERIFY(signInThroughTheWindow(maker));
            pat = createPersonalAccessToken(maker, QStringLiteral("auth-gui: pasted token"));
            QVERIFY(pat.startsWith("mat-"));
            maker.controller.signOut();
        }
        App app(this);
        QVERIFY(app.launch(m_sandbox.profile()));

        // Not a PAT at all, then a PAT the platform does not know.
        app.pastePersonalAccessToken("eyJhbGciOi.not.a.pat");
        QVERIFY(app.message().contains(QStringLiteral("mat-")));
        app.pastePersonalAccessToken("mat-this-token-was-never-issued");
        QTRY_VERIFY_WITH_TIMEOUT(app.message().contains(QStringLiteral("refused")), 15000);
        QCOMPARE(app.session.state(), LoginSession::State::SignedOut);
        save(app.login(), QStringLiteral("auth-pat-refused.png"));

        QSignalSpy loaded(&app.controller, &AppController::userLoaded);
        app.pastePersonalAccessToken(pat);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
        QCOMPARE(app.session.credentialKind(), LoginSession::CredentialKind::PersonalAccessToken);
        MainWindow *window = app.controller.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->statusText().contains(QStringLiteral("admin@moderne.example")));
        QVERIFY(window->sessionStatus()->text().contains(QStringLiteral("personal access token")));
        QVERIFY(app.login()->findChild<QLineEdit *>(QStringLiteral("patEdit"))->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(app.workspace.tokens()->rowCount() > 0, 15000);
        save(window, QStringLiteral("auth-pat-session.png"));
        app.controller.signOut();
    }

    // Last: after all the sessions above, no secret may be anywhere but the keychain.
    void noSecretIsLeftInFilesOrOutput() {
        QVERIFY2(m_secrets.size() >= 8, qPrintable(QString::number(m_secrets.size())));
        QStringList roots{QDir::homePath(),
                          QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                          QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
                          QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                          QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation),
                          QStringLiteral(TOKENDESK_SCREENSHOT_DIR)};
        roots.removeDuplicates();
        int filesScanned = 0;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                    continue;
                ++filesScanned;
                const QByteArray content = file.readAll();
                for (int i = 0; i < m_secrets.size(); ++i)
                    QVERIFY2(!content.contains(m_secrets.at(i)),
                             qPrintable(QStringLiteral("secret #%1 found in %2").arg(i).arg(path)));
            }
        }
        QVERIFY(filesScanned > 0);
        QByteArray output;
        int debugLines = 0;
        {
            QMutexLocker locker(&g_capturedMutex);
            output = g_captured;
            debugLines = g_tokendeskDebugLines;
        }
        // The debug categories really spoke during the sessions (else the scan proves little).
        QVERIFY2(debugLines > 0, "no tokendesk.* debug line was captured");
        QVERIFY(output.contains("tokendesk.auth: "));
        output += m_sandbox.output();
        for (int i = 0; i < m_secrets.size(); ++i)
            QVERIFY2(!output.contains(m_secrets.at(i)),
                     qPrintable(QStringLiteral("secret #%1 found in the captured output").arg(i)));
        qInfo("scanned %d files under %lld folders and %lld bytes of output (%d tokendesk debug "
              "lines) for %lld secrets",
              filesScanned, qint64(roots.size()), qint64(output.size()), debugLines,
              qint64(m_secrets.size()));
    }
};

QTEST_MAIN(tst_AuthWindows)
#include "tst_auth_windows.moc"
