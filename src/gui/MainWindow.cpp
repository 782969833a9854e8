#include "MainWindow.h"

#include "AccessTokenModel.h"
#include "LoginTokenPane.h"
#include "ScmConnectionModel.h"
#include "ScmPane.h"
#include "TokensPane.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>

MainWindow::MainWindow(AccessTokenModel *tokens, ScmConnectionModel *scm, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_tokens(tokens)
    , m_scm(scm)
    , m_statusLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")));
    m_tokensPane = new TokensPane(tokens, this);
    m_scmPane = new ScmPane(scm, this);
    m_loginTokenPane = new LoginTokenPane(this);
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

    for (int i = 0; i < 3; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPane(Pane(i)); });
        addAction(action);
    }
    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->panes, &QStackedWidget::setCurrentIndex);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About TokenDesk"),
                           tr("<h3>TokenDesk %1</h3><p>Login tokens, personal access tokens and "
                              "SCM connections of a Moderne tenant, in one window.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    connect(tokens, &AccessTokenModel::totalCountChanged, this, &MainWindow::updateNavigation);
    connect(scm, &ScmConnectionModel::loaded, this, &MainWindow::updateNavigation);
    updateNavigation();
    showPane(AccessTokensPane);
}

MainWindow::~MainWindow()
{
    delete m_ui;
}

void MainWindow::updateNavigation()
{
    auto *nav = m_ui->navigation;
    nav->item(AccessTokensPane)->setText(tr("Access tokens\n%n token(s)", nullptr, m_tokens->totalCount()));
    nav->item(ScmConnectionsPane)->setText(tr("SCM connections\n%1 of %2 connected")
                                               .arg(m_scm->connectedCount())
                                               .arg(m_scm->rowCount()));
    nav->item(LoginTokenPaneIndex)->setText(tr("Login token\nJWT from Keycloak"));
}

void MainWindow::setTenantName(const QString &name)
{
    m_tenantName = name;
    setWindowTitle(tr("TokenDesk — %1").arg(name));
}

void MainWindow::setUser(const CurrentUser &user)
{
    m_statusLabel->setText(tr("Signed in as %1 · %2 · %3")
                               .arg(user.email, user.role.isEmpty() ? tr("no role") : user.role,
                                    m_tenantName));
    m_loginTokenPane->setApiRole(user.role);
}

void MainWindow::setLoginToken(const QByteArray &token)
{
    m_loginTokenPane->setToken(token);
}

void MainWindow::showPane(Pane pane)
{
    m_ui->navigation->setCurrentRow(pane);
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}
