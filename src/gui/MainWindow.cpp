#include "MainWindow.h"

#include "AccessTokenModel.h"
#include "ExpiryCollector.h"
#include "ExpiryNotifier.h"
#include "LoginTokenPane.h"
#include "ScmConnectionModel.h"
#include "ScmPane.h"
#include "SessionStatusWidget.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "ThemedIcon.h"
#include "Ticker.h"
#include "TimelineWidget.h"
#include "TokensPane.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSystemTrayIcon>

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_services(services)
    , m_tokens(services.tokens)
    , m_scm(services.scm)
    , m_statusLabel(new QLabel(this)) {
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));
    m_tokensPane = new TokensPane(m_tokens, this);
    m_tokensPane->setTicker(services.ticker);
    m_tokensPane->setCredentialStore(services.credentials);
    m_scmPane = new ScmPane(m_scm, services.ticker, this);
    m_loginTokenPane = new LoginTokenPane(this);
    m_loginTokenPane->setJwksCache(services.jwks);
    if (services.ticker)
        m_loginTokenPane->setTicker(services.ticker);
    m_ui->panes->addWidget(m_tokensPane);
    m_ui->panes->addWidget(m_scmPane);
    m_ui->panes->addWidget(m_loginTokenPane);
    for (int i = 0; i < 3; ++i) {
        auto *item = new QListWidgetItem(QString(), m_ui->navigation);
        item->setSizeHint(QSize(0, 44));
    }
    updateNavigationIcons();
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({200, 780});
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_ui->statusBar->addWidget(m_statusLabel, 1);
    m_sessionStatus = new SessionStatusWidget(services.ticker, this);
    m_ui->statusBar->addPermanentWidget(m_sessionStatus);
    if (services.ticker)
        connect(services.ticker, &Ticker::tick, this, &MainWindow::expireNotice);

    // Tenants: a menu (with "Manage tenants…") and a combo box at the menu bar's corner.
    m_tenantMenu = new QMenu(tr("&Tenant"), this);
    m_tenantMenu->setObjectName(QStringLiteral("tenantMenu"));
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), m_tenantMenu);
    m_tenantCombo = new QComboBox(this);
    m_tenantCombo->setObjectName(QStringLiteral("tenantCombo"));
    m_tenantCombo->setAccessibleName(tr("Tenant"));
    m_tenantCombo->setToolTip(tr("Switch tenant (each keeps its own sign-in)"));
    m_tenantCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    menuBar()->setCornerWidget(m_tenantCombo, Qt::TopRightCorner);
    connect(m_tenantCombo, &QComboBox::activated, this, &MainWindow::tenantChosen);

    createActions();
    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->panes,
            &QStackedWidget::setCurrentIndex);
    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, [](int row) {
        if (row >= 0)
            QSettings().setValue(QStringLiteral("window/pane"), row);
    });
    connect(m_tokens, &AccessTokenModel::totalCountChanged, this, &MainWindow::updateNavigation);
    connect(m_scm, &ScmConnectionModel::loaded, this, &MainWindow::updateNavigation);
    connect(m_scm, &ScmConnectionModel::connectionsChanged, this, &MainWindow::updateNavigation);

    // Expiries: the timeline strip under the panes, and the desktop warnings (tray).
    m_expiries = new ExpiryCollector(m_tokens, m_scm, this);
    m_timeline = new TimelineWidget(m_expiries, services.ticker, this);
    m_ui->centralLayout->addWidget(m_timeline);
    m_notifier = new ExpiryNotifier(m_expiries, services.ticker, true, this);
    m_notifier->setSettings(NotificationSettings::load(QSettings()));
    const auto showPaneFor = [this](ExpiryEntry::Kind kind) {
        showPane(kind == ExpiryEntry::Kind::LoginToken ? LoginTokenPaneIndex
                 : kind == ExpiryEntry::Kind::ScmToken ? ScmConnectionsPane
                                                       : AccessTokensPane);
    };
    connect(m_timeline, &TimelineWidget::entryActivated, this, showPaneFor);
    connect(m_notifier, &ExpiryNotifier::activated, this,
            [this, showPaneFor](ExpiryEntry::Kind kind) {
                showNormal();
                raise();
                activateWindow();
                showPaneFor(kind);
            });
    connect(m_notifier, &ExpiryNotifier::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_notifier, &ExpiryNotifier::warningGiven, this, [this](const ExpiryWarning &warning) {
        if (!m_notifier->trayIcon()) // no tray on this desktop: the status bar says it
            showNotice(warning.title);
    });
    updateNavigation();
    applyGeneralSettings(GeneralSettings::load(QSettings()));
    restoreWindowState();
}

MainWindow::~MainWindow() {
    saveWindowState();
    delete m_ui;
}

// Menus and shortcuts: every main action has a key (Help → Keyboard shortcuts lists them).
void MainWindow::createActions() {
    m_ui->actionRefresh->setObjectName(QStringLiteral("actionRefresh"));
    m_ui->actionSignOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::quit);

    auto *settings = new QAction(tr("&Settings…"), this);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    m_ui->menuFile->insertAction(m_ui->actionSignOut, settings);
    m_ui->menuFile->insertSeparator(m_ui->actionSignOut);
    connect(settings, &QAction::triggered, this, [this] { openSettings(); });

    // View: the panes, in the order of the navigation list.
    auto *view = new QMenu(tr("&View"), this);
    view->setObjectName(QStringLiteral("menuView"));
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), view);
    const QString names[] = {tr("&Access tokens"), tr("&SCM connections"), tr("&Login token")};
    auto *panes = new QActionGroup(this);
    for (int i = 0; i < 3; ++i) {
        QAction *action = view->addAction(names[i]);
        action->setObjectName(QStringLiteral("actionPane%1").arg(i + 1));
        action->setCheckable(true);
        action->setActionGroup(panes);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPane(Pane(i)); });
        connect(m_ui->navigation, &QListWidget::currentRowChanged, action,
                [action, i](int row) { action->setChecked(row == i); });
    }
    view->addSeparator();
    auto *inspect = view->addAction(tr("&Inspect a token…"));
    inspect->setObjectName(QStringLiteral("actionInspect"));
    inspect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(inspect, &QAction::triggered, this, [this] {
        showPane(LoginTokenPaneIndex);
        m_loginTokenPane->focusPasteField();
    });

    auto *shortcuts = new QAction(tr("&Keyboard shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    shortcuts->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::Key_F1)});
    m_ui->menuHelp->insertAction(m_ui->actionAbout, shortcuts);
    m_ui->menuHelp->insertSeparator(m_ui->actionAbout);
    connect(shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    auto *aboutQt = m_ui->menuHelp->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About TokenDesk"),
        tr("<h3>TokenDesk %1</h3>"
           "<p>Login tokens, personal access tokens and SCM connections of a Moderne tenant, in "
           "one window. Token values stay in memory and in your keychain.</p>"
           "<p>Licensed under the MIT licence.</p>"
           "<p><a href=\"%2\">Moderne documentation</a> · "
           "<a href=\"%3\">Access tokens on Moderne</a></p>"
           "<p>Built with Qt %4, running on Qt %5.</p>")
            .arg(QApplication::applicationVersion(), QStringLiteral("https://docs.moderne.io"),
                 QStringLiteral("https://docs.moderne.io/user-documentation/moderne-platform/"
                                "how-to-guides/create-api-access-tokens"),
                 QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

void MainWindow::openSettings(int page) {
    SettingsDialog dialog(GeneralSettings::load(QSettings()), m_notifier->settings(), this);
    dialog.showPage(SettingsDialog::Page(page));
    connect(&dialog, &SettingsDialog::manageTenantsRequested, this,
            &MainWindow::manageTenantsRequested);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    dialog.general().save(settings);
    dialog.notifications().save(settings);
    applyGeneralSettings(dialog.general());
    m_notifier->setSettings(dialog.notifications());
}

void MainWindow::applyGeneralSettings(const GeneralSettings &general) {
    const int ms = general.clipboardClearSeconds * 1000;
    m_tokensPane->setClipboardClearDelay(ms);
    m_loginTokenPane->setClipboardClearDelay(ms);
}

// Where the window was and which pane was shown (never anything about tokens).
void MainWindow::saveWindowState() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::restoreWindowState() {
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const int pane = settings.value(QStringLiteral("window/pane"), int(AccessTokensPane)).toInt();
    showPane(pane >= 0 && pane <= LoginTokenPaneIndex ? Pane(pane) : AccessTokensPane);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveWindowState();
    QMainWindow::closeEvent(event);
}

// The pane icons in the palette's colours (the system may switch between light and dark).
void MainWindow::updateNavigationIcons() {
    const QString icons[] = {QStringLiteral(":/icons/key.svg"), QStringLiteral(":/icons/link.svg"),
                             QStringLiteral(":/icons/id.svg")};
    for (int i = 0; i < 3 && i < m_ui->navigation->count(); ++i)
        m_ui->navigation->item(i)->setIcon(
            ThemedIcon::monochrome(icons[i], m_ui->navigation->palette(),
                                   m_ui->navigation->iconSize().width(), devicePixelRatioF()));
}

void MainWindow::updateNavigation() {
    auto *nav = m_ui->navigation;
    nav->item(AccessTokensPane)
        ->setText(tr("Access tokens\n%n token(s)", nullptr, m_tokens->totalCount()));
    nav->item(ScmConnectionsPane)
        ->setText(tr("SCM connections\n%1 of %2 connected")
                      .arg(m_scm->connectedCount())
                      .arg(m_scm->rowCount()));
    nav->item(LoginTokenPaneIndex)->setText(tr("Login token\nJWT from Keycloak"));
}

void MainWindow::setTenantName(const QString &name) {
    m_tenantName = name;
    setWindowTitle(tr("TokenDesk — %1").arg(name));
}

void MainWindow::setUser(const CurrentUser &user) {
    m_statusLabel->setText(
        tr("Signed in as %1 · %2 · %3")
            .arg(user.email, user.role.isEmpty() ? tr("no role") : user.role, m_tenantName));
    m_loginTokenPane->setApiRole(user.role);
    m_tokensPane->setUser(user);
}

void MainWindow::setLoginTokenExpiry(const QDateTime &expiresAt, bool willBeRefreshed) {
    m_expiries->setLoginToken(expiresAt, willBeRefreshed);
}

void MainWindow::setLoginToken(const QByteArray &token) {
    m_loginTokenPane->setToken(token);
}

void MainWindow::setTenants(const QList<TenantProfile> &profiles, int current) {
    {
        const QSignalBlocker blocker(m_tenantCombo);
        m_tenantCombo->clear();
        for (const TenantProfile &profile : profiles)
            m_tenantCombo->addItem(profile.displayName);
        m_tenantCombo->setCurrentIndex(current);
    }
    m_tenantMenu->clear();
    auto *group = new QActionGroup(m_tenantMenu);
    for (int i = 0; i < profiles.size(); ++i) {
        QAction *action = m_tenantMenu->addAction(profiles.at(i).displayName);
        action->setCheckable(true);
        action->setChecked(i == current);
        action->setActionGroup(group);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { Q_EMIT tenantChosen(i); });
    }
    m_tenantMenu->addSeparator();
    QAction *manage = m_tenantMenu->addAction(tr("&Manage tenants…"));
    manage->setObjectName(QStringLiteral("actionManageTenants"));
    manage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(manage, &QAction::triggered, this, &MainWindow::manageTenantsRequested);
}

void MainWindow::showNotice(const QString &message) {
    constexpr int NoticeMs = 15000;
    if (!m_services.ticker)
        return m_ui->statusBar->showMessage(message, NoticeMs);
    // Cleared on the shared ticker's ticks rather than by the status bar's own timer: no timer
    // wake-up of its own (a hidden window's notice goes when it is shown again).
    m_ui->statusBar->showMessage(message);
    m_notice = message;
    m_noticeUntil = m_services.ticker->now().addMSecs(NoticeMs);
}

void MainWindow::expireNotice(const QDateTime &now) {
    if (m_notice.isEmpty() || now < m_noticeUntil)
        return;
    if (m_ui->statusBar->currentMessage() == m_notice)
        m_ui->statusBar->clearMessage();
    m_notice.clear();
}

void MainWindow::showPane(Pane pane) {
    m_ui->navigation->setCurrentRow(pane);
}

QString MainWindow::statusText() const {
    return m_statusLabel->text();
}

// The shared ticker runs only while the window can be seen; showing it again ticks at once.
void MainWindow::changeEvent(QEvent *event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateNavigationIcons();
    if (event->type() == QEvent::WindowStateChange && m_services.ticker)
        m_services.ticker->setActive(isVisible() && !isMinimized());
}

void MainWindow::showEvent(QShowEvent *event) {
    QMainWindow::showEvent(event);
    if (m_services.ticker)
        m_services.ticker->setActive(!isMinimized());
}

void MainWindow::hideEvent(QHideEvent *event) {
    QMainWindow::hideEvent(event);
    if (m_services.ticker)
        m_services.ticker->setActive(false);
}
