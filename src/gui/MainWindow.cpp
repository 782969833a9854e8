#include "MainWindow.h"

#include "AccessTokenModel.h"
#include "ActivityPane.h"
#include "CalendarExport.h"
#include "ExpiryCollector.h"
#include "ExpiryForecastWidget.h"
#include "ExpiryNotifier.h"
#include "LoginTokenPane.h"
#include "OffboardingDialog.h"
#include "ScmConnectionModel.h"
#include "Session.h"
#include "SessionStatusWidget.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "ThemedIcon.h"
#include "Ticker.h"
#include "TimelineWidget.h"
#include "TokensPane.h"
#include "WarningsButton.h"
#include "Workspace.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QSystemTrayIcon>

namespace {
constexpr int NavigationRole = Qt::UserRole + 1; // the pane's index in m_panes
} // namespace

MainWindow::MainWindow(const PaneContext &context, QList<PaneDescriptor> panes, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_context(context)
    , m_session(context.workspace->session())
    , m_statusLabel(new QLabel(this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({200, 780});
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText); // the server's email and role
    m_ui->statusBar->addWidget(m_statusLabel, 1);
    m_sessionStatus = new SessionStatusWidget(m_session, context.ticker, this);
    m_ui->statusBar->addPermanentWidget(m_sessionStatus);
    if (context.ticker)
        connect(context.ticker, &Ticker::tick, this, &MainWindow::expireNotice);

    createTenantSwitcher();
    buildPanes(panes.isEmpty() ? PaneRegistry::standard() : panes);
    createActions();

    // Expiries: the timeline strip under the panes, and the desktop warnings (tray).
    Workspace *workspace = context.workspace;
    m_expiries = new ExpiryCollector(workspace->tokens(), workspace->scm(), this);
    m_timeline = new TimelineWidget(m_expiries, context.ticker, this);
    m_ui->centralLayout->addWidget(m_timeline);
    // View → Timeline and the timeline's own arrow fold it to its title line (remembered).
    auto *showTimeline = new QAction(tr("&Timeline"), this);
    showTimeline->setObjectName(QStringLiteral("actionShowTimeline"));
    showTimeline->setCheckable(true);
    m_viewMenu->insertAction(m_inspectAction, showTimeline);
    if (context.settings)
        m_timeline->setCollapsed(context.settings->timelineCollapsed());
    showTimeline->setChecked(!m_timeline->isCollapsed());
    connect(showTimeline, &QAction::toggled, m_timeline,
            [this](bool shown) { m_timeline->setCollapsed(!shown); });
    connect(m_timeline, &TimelineWidget::collapsedChanged, this,
            [this, showTimeline](bool collapsed) {
                showTimeline->setChecked(!collapsed);
                if (m_context.settings)
                    m_context.settings->setTimelineCollapsed(collapsed);
                updateForecastVisibility();
            });
    // Under the timeline, for administrators: all users' expiries over the coming days (it
    // folds away with the timeline).
    m_forecast = new ExpiryForecastWidget(workspace, context.settings, context.ticker, this);
    m_ui->centralLayout->addWidget(m_forecast);
    connect(m_session, &Session::stateChanged, this, &MainWindow::updateForecastVisibility);
    m_notifier = new ExpiryNotifier(m_expiries, context.ticker, true, this);
    m_notifier->setStore(context.settings);
    m_notifier->setTenant(m_session->tenant().credentialKey(), m_session->tenantLabel());
    m_warnings = new WarningsButton(this);
    m_ui->statusBar->insertPermanentWidget(0, m_warnings);
    if (context.settings) {
        m_notifier->setSettings(context.settings->notifications());
        connect(context.settings, &Settings::notificationsChanged, m_notifier,
                &ExpiryNotifier::setSettings);
    }
    const auto showPaneFor = [this](ExpiryEntry::Kind kind) {
        showPane(kind == ExpiryEntry::Kind::LoginToken ? PaneId::LoginToken
                 : kind == ExpiryEntry::Kind::ScmToken ? PaneId::Scm
                                                       : PaneId::Tokens);
    };
    connect(m_timeline, &TimelineWidget::entryActivated, this, showPaneFor);
    connect(m_notifier, &ExpiryNotifier::activated, this,
            [this, showPaneFor](ExpiryEntry::Kind kind) {
                showNormal();
                raise();
                activateWindow();
                showPaneFor(kind);
            });
    // "Renew" on a token's warning: the tokens pane's rotation of that token.
    connect(m_notifier, &ExpiryNotifier::renewRequested, this, [this](const QString &tokenId) {
        showNormal();
        raise();
        activateWindow();
        showPane(PaneId::Tokens);
        if (auto *tokens = pane<TokensPane>(); tokens && !tokens->rotateToken(tokenId))
            showNotice(tr("The token to renew is no longer in your list."));
    });
    connect(m_notifier, &ExpiryNotifier::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_notifier, &ExpiryNotifier::warningGiven, this, [this](const ExpiryWarning &warning) {
        m_warnings->add(warning);
        if (!m_notifier->deliversToDesktop()) // no notification service, no tray: say it here
            showNotice(warning.title);
    });
    connect(m_warnings, &WarningsButton::activated, this, showPaneFor);
    connect(m_expiries, &ExpiryCollector::changed, m_warnings,
            [this] { m_warnings->prune(m_expiries->entries()); });

    // Everything about who is signed in where comes from the Session.
    connect(m_session, &Session::tenantChanged, this, [this] {
        updateTitle();
        updateStatus();
    });
    connect(m_session, &Session::userChanged, this, [this] {
        updateStatus();
        updateAudience();
        updateLoginTokenExpiry();
    });
    connect(m_session, &Session::stateChanged, this, &MainWindow::updateLoginTokenExpiry);
    connect(m_session, &Session::loginTokenChanged, this, &MainWindow::updateLoginTokenExpiry);
    connect(m_session, &Session::identityChanged, this, [this] {
        m_warnings->clear();
        m_notifier->setTenant(m_session->tenant().credentialKey(), m_session->tenantLabel());
        if (!m_notice.isEmpty() && m_ui->statusBar->currentMessage() == m_notice)
            m_ui->statusBar->clearMessage();
        m_notice.clear();
    });
    updateTitle();
    updateStatus();
    updateAudience();
    updateLoginTokenExpiry();
    updateNavigation();
    restoreWindowState();
}

MainWindow::~MainWindow() {
    saveWindowState();
    delete m_ui;
}

void MainWindow::buildPanes(const QList<PaneDescriptor> &panes) {
    m_descriptors = panes;
    for (const PaneDescriptor &descriptor : panes) {
        PaneBase *pane = descriptor.create(m_context, this);
        m_panes.append(pane);
        m_ui->panes->addWidget(pane);
        auto *item = new QListWidgetItem(descriptor.title, m_ui->navigation);
        item->setData(NavigationRole, int(m_panes.size()) - 1);
        item->setSizeHint(QSize(0, 44));
        connect(pane, &PaneBase::navigationDetailChanged, this, &MainWindow::updateNavigation);
        connect(pane, &PaneBase::historyRequested, this, &MainWindow::showHistory);
        connect(pane, &PaneBase::offboardRequested, this,
                [this](const QString &email) { openOffboarding(email); });
    }
    updateNavigationIcons();
    connect(m_ui->navigation, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) {
                if (!item)
                    return;
                const int index = item->data(NavigationRole).toInt();
                m_panes.at(index)->aboutToShow([this, index] {
                    // Unless another pane has been chosen meanwhile.
                    const QListWidgetItem *current = m_ui->navigation->currentItem();
                    if (current && current->data(NavigationRole).toInt() == index)
                        m_ui->panes->setCurrentIndex(index);
                });
                for (int i = 0; i < m_paneActions.size(); ++i)
                    m_paneActions.at(i)->setChecked(i == index);
                if (m_context.settings)
                    m_context.settings->setLastPane(m_descriptors.at(index).id);
            });
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
    // File → Export expiries to calendar…: one's own tokens (any role).
    m_exportCalendarAction = new QAction(tr("&Export expiries to calendar…"), this);
    m_exportCalendarAction->setObjectName(QStringLiteral("actionExportCalendar"));
    m_exportCalendarAction->setToolTip(
        tr("Save the expiry dates of your personal access tokens as an iCalendar (.ics) file"));
    m_ui->menuFile->insertAction(settings, m_exportCalendarAction);
    connect(m_exportCalendarAction, &QAction::triggered, this, &MainWindow::chooseCalendarFile);

    // View: the panes, in the order of the navigation list.
    m_viewMenu = new QMenu(tr("&View"), this);
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), m_viewMenu);
    auto *group = new QActionGroup(this);
    for (int i = 0; i < m_descriptors.size(); ++i) {
        const PaneDescriptor &descriptor = m_descriptors.at(i);
        QAction *action = m_viewMenu->addAction(descriptor.menuText);
        action->setObjectName(QStringLiteral("actionPane%1").arg(i + 1));
        action->setCheckable(true);
        action->setActionGroup(group);
        action->setShortcut(descriptor.shortcut);
        const QString id = descriptor.id;
        connect(action, &QAction::triggered, this, [this, id] { showPane(id); });
        m_paneActions.append(action);
    }
    // Tokens: the tokens pane's actions (create, revoke, stale keychain entries).
    if (TokensPane *tokens = pane<TokensPane>()) {
        auto *tokensMenu = new QMenu(tr("To&kens"), this);
        tokensMenu->setObjectName(QStringLiteral("menuTokens"));
        tokensMenu->addActions(tokens->menuActions());
        menuBar()->insertMenu(m_viewMenu->menuAction(), tokensMenu);
    }
    m_viewMenu->addSeparator();
    auto *inspect = m_viewMenu->addAction(tr("&Inspect a token…"));
    m_inspectAction = inspect;
    inspect->setObjectName(QStringLiteral("actionInspect"));
    inspect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(inspect, &QAction::triggered, this, [this] {
        if (showPane(PaneId::LoginToken))
            loginTokenPane()->focusPasteField();
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

// Tenants: a menu (with "Manage tenants…") and a combo box at the menu bar's corner, both on
// the session's one tenants model, so they always agree with each other and with the title.
void MainWindow::createTenantSwitcher() {
    TenantListModel *tenants = m_session->tenants();
    m_offboardAction = new QAction(tr("&Offboard user…"), this);
    m_offboardAction->setObjectName(QStringLiteral("actionOffboardUser"));
    connect(m_offboardAction, &QAction::triggered, this, [this] { openOffboarding(); });
    m_tenantMenu = new QMenu(tr("&Tenant"), this);
    m_tenantMenu->setObjectName(QStringLiteral("tenantMenu"));
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), m_tenantMenu);
    m_tenantCombo = new QComboBox(this);
    m_tenantCombo->setObjectName(QStringLiteral("tenantCombo"));
    m_tenantCombo->setAccessibleName(tr("Tenant"));
    m_tenantCombo->setToolTip(tr("Switch tenant (each keeps its own sign-in)"));
    m_tenantCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tenantCombo->setModel(tenants);
    m_tenantCombo->setCurrentIndex(tenants->currentIndex());
    menuBar()->setCornerWidget(m_tenantCombo, Qt::TopRightCorner);
    connect(m_tenantCombo, &QComboBox::activated, this, &MainWindow::tenantChosen);
    connect(tenants, &TenantListModel::currentChanged, this, [this](int row) {
        m_tenantCombo->setCurrentIndex(row);
        rebuildTenantMenu();
    });
    connect(tenants, &QAbstractItemModel::modelReset, this, &MainWindow::rebuildTenantMenu);
    connect(tenants, &QAbstractItemModel::rowsInserted, this, &MainWindow::rebuildTenantMenu);
    connect(tenants, &QAbstractItemModel::dataChanged, this, &MainWindow::rebuildTenantMenu);
    rebuildTenantMenu();
}

void MainWindow::rebuildTenantMenu() {
    const TenantListModel *tenants = m_session->tenants();
    m_tenantMenu->clear();
    auto *group = new QActionGroup(m_tenantMenu);
    for (int i = 0; i < tenants->rowCount(); ++i) {
        QAction *action = m_tenantMenu->addAction(tenants->profileAt(i).displayName);
        action->setCheckable(true);
        action->setChecked(i == tenants->currentIndex());
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
    // Administrators only (updateAudience()).
    m_tenantMenu->addAction(m_offboardAction);
    m_offboardAction->setVisible(m_session->isAdmin());
    if (m_tenantCombo->currentIndex() != tenants->currentIndex())
        m_tenantCombo->setCurrentIndex(tenants->currentIndex());
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
    Settings *settings = m_context.settings;
    SettingsDialog dialog(settings ? settings->general() : GeneralSettings(),
                          m_notifier->settings(), this);
    dialog.showPage(SettingsDialog::Page(page));
    connect(&dialog, &SettingsDialog::manageTenantsRequested, this,
            &MainWindow::manageTenantsRequested);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (settings) {
        settings->setGeneral(dialog.general());
        settings->setNotifications(dialog.notifications());
    } else {
        m_notifier->setSettings(dialog.notifications());
    }
}

// Where the window was and which pane was shown (never anything about tokens).
void MainWindow::saveWindowState() const {
    if (m_context.settings)
        m_context.settings->setWindow(saveGeometry(), saveState());
}

void MainWindow::restoreWindowState() {
    if (!m_context.settings) {
        showPane(PaneId::Tokens);
        return;
    }
    restoreGeometry(m_context.settings->windowGeometry());
    restoreState(m_context.settings->windowState());
    if (!showPane(m_context.settings->lastPane()))
        showPane(m_descriptors.isEmpty() ? QStringView() : QStringView(m_descriptors.first().id));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveWindowState();
    QMainWindow::closeEvent(event);
}

// The pane icons in the palette's colours (the system may switch between light and dark).
void MainWindow::updateNavigationIcons() {
    for (int row = 0; row < m_ui->navigation->count(); ++row) {
        QListWidgetItem *item = m_ui->navigation->item(row);
        const int index = item->data(NavigationRole).toInt();
        item->setIcon(
            ThemedIcon::monochrome(m_descriptors.at(index).icon, m_ui->navigation->palette(),
                                   m_ui->navigation->iconSize().width(), devicePixelRatioF()));
    }
}

void MainWindow::updateNavigation() {
    for (int row = 0; row < m_ui->navigation->count(); ++row) {
        QListWidgetItem *item = m_ui->navigation->item(row);
        const int index = item->data(NavigationRole).toInt();
        const QString detail = m_panes.at(index)->navigationDetail();
        const QString title = m_descriptors.at(index).title;
        item->setText(detail.isEmpty() ? title : title + QLatin1Char('\n') + detail);
    }
    fitNavigation();
}

// The navigation list is as wide as its entries need (never cutting one), and no wider: the
// panes get the rest, which matters most at 800 px.
void MainWindow::fitNavigation() {
    QListWidget *navigation = m_ui->navigation;
    // Measured from the entries' texts (the view's own size hints are not ready before it is
    // shown): icon, gap, the longest line, the item's margins and the frame.
    const QFontMetrics metrics(navigation->font());
    int text = 0;
    for (int row = 0; row < navigation->count(); ++row)
        text = std::max(text, metrics.size(0, navigation->item(row)->text()).width());
    const int need = std::min(navigation->maximumWidth(), navigation->iconSize().width() + text +
                                                              2 * navigation->frameWidth() + 20);
    navigation->setMinimumWidth(need);
    QList<int> sizes = m_ui->splitter->sizes();
    if (sizes.size() == 2 && (!m_navigationFitted || sizes.at(0) < need)) {
        const int total = sizes.at(0) + sizes.at(1);
        sizes = {need, std::max(0, total - need)};
        m_ui->splitter->setSizes(sizes);
        m_navigationFitted = true;
    }
}

// The forecast shows for administrators only, and folds away with the timeline.
void MainWindow::updateForecastVisibility() {
    m_forecast->setVisible(m_forecast->applies() && !m_timeline->isCollapsed());
    m_exportCalendarAction->setEnabled(m_session->isSignedIn());
}

void MainWindow::chooseCalendarFile() {
    if (!m_session->isSignedIn())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export expiries to calendar"),
        QDir(folder).filePath(QStringLiteral("token-expiries.ics")), tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        exportCalendar(path);
}

void MainWindow::exportCalendar(const QString &path) {
    exportCalendarNow(path, false);
}

// Every page of one's own tokens first (they are read 500 at a time); then the file, all or
// nothing.
void MainWindow::exportCalendarNow(const QString &path, bool waited) {
    AccessTokenModel *tokens = m_context.workspace->tokens();
    if (!m_session->isSignedIn()) {
        const QString message = tr("Sign in to export your token expiries.");
        showNotice(message);
        Q_EMIT calendarExported(false, message);
        return;
    }
    if (!waited && (tokens->isLoading() || tokens->canFetchMore({}))) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        const quint64 identity = m_session->identity();
        *connection = connect(tokens, &AccessTokenModel::loadingChanged, this,
                              [this, path, connection, identity](bool loading) {
                                  if (loading)
                                      return;
                                  disconnect(*connection);
                                  if (identity == m_session->identity())
                                      exportCalendarNow(path, true);
                              });
        if (!tokens->isLoading())
            tokens->fetchMore({});
        return;
    }
    QList<AccessToken> list;
    list.reserve(tokens->rowCount());
    for (int row = 0; row < tokens->rowCount(); ++row)
        list.append(tokens->tokenAt(row));
    const CalendarExport calendar(m_session->tenant().credentialKey(), m_session->tenantLabel(),
                                  QDateTime::currentDateTimeUtc());
    QString error;
    const bool ok = calendar.save(path, list, &error);
    const int events = CalendarExport::eventCount(list);
    QString message = ok ? tr("Saved the expiry of %n token(s) to %1.", nullptr, events)
                               .arg(QDir::toNativeSeparators(path))
                         : tr("The calendar could not be saved to %1: %2")
                               .arg(QDir::toNativeSeparators(path), error);
    if (ok && tokens->canFetchMore({}))
        message += QLatin1Char(' ') + tr("Not every page of your tokens could be read.");
    showNotice(message);
    Q_EMIT calendarExported(ok, message);
}

// Panes for administrators only are listed (and reachable) only while an administrator is
// signed in.
void MainWindow::updateAudience() {
    updateForecastVisibility();
    const bool admin = m_session->isAdmin();
    m_offboardAction->setVisible(admin);
    for (int row = 0; row < m_ui->navigation->count(); ++row) {
        QListWidgetItem *item = m_ui->navigation->item(row);
        const int index = item->data(NavigationRole).toInt();
        const bool visible =
            admin || m_descriptors.at(index).audience == PaneDescriptor::Audience::Everyone;
        item->setHidden(!visible);
        m_paneActions.value(index)->setVisible(visible);
        if (!visible && m_ui->panes->currentIndex() == index)
            showPane(m_descriptors.first().id);
    }
}

void MainWindow::updateTitle() {
    setWindowTitle(tr("TokenDesk — %1").arg(m_session->tenant().displayName));
}

void MainWindow::updateStatus() {
    const std::optional<CurrentUser> &user = m_session->user();
    if (!user) {
        m_statusLabel->clear();
        return;
    }
    const TenantProfile tenant = m_session->tenant();
    m_statusLabel->setText(tr("Signed in as %1 · %2 · %3 (platform %4)")
                               .arg(user->email, user->role.isEmpty() ? tr("no role") : user->role,
                                    tenant.displayName,
                                    TenantProfile::generationName(tenant.generation)));
}

// The login token's expiry for the timeline and the warnings: none while signed out or while
// a personal access token is in use; no warning while it will be renewed.
void MainWindow::updateLoginTokenExpiry() {
    const bool loginToken =
        m_session->isSignedIn() && m_session->credential() == Session::Credential::LoginToken;
    m_expiries->setLoginToken(loginToken ? m_session->loginTokenExpiresAt() : QDateTime(),
                              loginToken);
}

bool MainWindow::showPane(QStringView id) {
    for (int row = 0; row < m_ui->navigation->count(); ++row) {
        QListWidgetItem *item = m_ui->navigation->item(row);
        const int index = item->data(NavigationRole).toInt();
        if (m_descriptors.at(index).id == id && !item->isHidden()) {
            m_ui->navigation->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPaneId() const {
    const int index = m_ui->panes->currentIndex();
    return index >= 0 && index < m_descriptors.size() ? m_descriptors.at(index).id : QString();
}

bool MainWindow::showHistory(const AccessToken &token) {
    auto *activity = pane<ActivityPane>();
    if (!m_session->isSignedIn() || !m_session->isAdmin() || !activity)
        return false;
    // The history first, so that showing the pane reads it rather than the filters' events.
    activity->showHistory(token);
    return showPane(PaneId::Activity);
}

OffboardingDialog *MainWindow::openOffboarding(const QString &email) {
    if (!m_session->isSignedIn() || !m_session->isAdmin())
        return nullptr; // a USER session sends nothing of it
    auto *dialog = new OffboardingDialog(m_context, email, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

LoginTokenPane *MainWindow::loginTokenPane() const {
    return pane<LoginTokenPane>();
}

void MainWindow::inspect(const QByteArray &token) {
    if (showPane(PaneId::LoginToken))
        loginTokenPane()->inspect(token);
}

QString MainWindow::statusText() const {
    return m_statusLabel->text();
}

void MainWindow::showNotice(const QString &message) {
    constexpr int NoticeMs = 15000;
    if (!m_context.ticker)
        return m_ui->statusBar->showMessage(message, NoticeMs);
    // Cleared on the shared ticker's ticks rather than by the status bar's own timer: no timer
    // wake-up of its own (a hidden window's notice goes when it is shown again).
    m_ui->statusBar->showMessage(message);
    m_notice = message;
    m_noticeUntil = m_context.ticker->now().addMSecs(NoticeMs);
}

void MainWindow::expireNotice(const QDateTime &now) {
    if (m_notice.isEmpty() || now < m_noticeUntil)
        return;
    if (m_ui->statusBar->currentMessage() == m_notice)
        m_ui->statusBar->clearMessage();
    m_notice.clear();
}

// The shared ticker runs only while the window can be seen; showing it again ticks at once.
void MainWindow::changeEvent(QEvent *event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateNavigationIcons();
    if (event->type() == QEvent::WindowStateChange && m_context.ticker)
        m_context.ticker->setActive(isVisible() && !isMinimized());
}

void MainWindow::showEvent(QShowEvent *event) {
    QMainWindow::showEvent(event);
    if (m_context.ticker)
        m_context.ticker->setActive(!isMinimized());
}

void MainWindow::hideEvent(QHideEvent *event) {
    QMainWindow::hideEvent(event);
    if (m_context.ticker)
        m_context.ticker->setActive(false);
}
