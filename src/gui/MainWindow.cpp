#include "MainWindow.h"

#include "AccessTokenModel.h"
#include "ExpiryCollector.h"
#include "ExpiryNotifier.h"
#include "LoginTokenPane.h"
#include "ScmConnectionModel.h"
#include "ScmPane.h"
#include "NotificationSettingsDialog.h"
#include "SessionStatusWidget.h"
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
    const QString icons[] = {QStringLiteral(":/icons/key.svg"), QStringLiteral(":/icons/link.svg"),
                             QStringLiteral(":/icons/id.svg")};
    for (int i = 0; i < 3; ++i) {
        auto *item = new QListWidgetItem(QIcon(icons[i]), QString(), m_ui->navigation);
        item->setSizeHint(QSize(0, 44));
    }
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

    for (int i = 0; i < 3; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPane(Pane(i)); });
        addAction(action);
    }
    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->panes,
            &QStackedWidget::setCurrentIndex);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About TokenDesk"),
                           tr("<h3>TokenDesk %1</h3><p>Login tokens, personal access tokens and "
                              "SCM connections of a Moderne tenant, in one window.</p>")
                               .arg(QApplication::applicationVersion()));
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
    connect(m_notifier, &ExpiryNotifier::activated, this, [this, showPaneFor](ExpiryEntry::Kind kind) {
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
    auto *notifications = new QAction(tr("&Notifications…"), this);
    notifications->setObjectName(QStringLiteral("actionNotifications"));
    m_ui->menuFile->insertAction(m_ui->actionSignOut, notifications);
    m_ui->menuFile->insertSeparator(m_ui->actionSignOut);
    connect(notifications, &QAction::triggered, this, [this] {
        NotificationSettingsDialog dialog(m_notifier->settings(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QSettings settings;
        dialog.settings().save(settings);
        m_notifier->setSettings(dialog.settings());
    });
    updateNavigation();
    showPane(AccessTokensPane);
}

MainWindow::~MainWindow() {
    delete m_ui;
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
