#include "LoginWindow.h"

#include "SecretMemory.h"
#include "TenantListModel.h"
#include "ui_LoginWindow.h"

#include <QEvent>
#include <QImageReader>
#include <QPixmap>

LoginWindow::LoginWindow(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::LoginWindow) {
    m_ui->setupUi(this);
    // A PNG rendered from the SVG at build time (resources/), read as PNG only: neither the SVG
    // engine nor the image format plugins are loaded before the first paint.
    const qreal ratio = devicePixelRatioF();
    QImageReader logo(ratio > 1 ? QStringLiteral(":/logo/96x96/apps/tokendesk.png")
                                : QStringLiteral(":/logo/48x48/apps/tokendesk.png"),
                      "png");
    logo.setAutoDetectImageFormat(false);
    QPixmap pixmap = QPixmap::fromImage(logo.read());
    pixmap.setDevicePixelRatio(ratio > 1 ? 2.0 : 1.0);
    m_ui->iconLabel->setPixmap(pixmap);
    m_ui->waitingPanel->hide();
    m_ui->messageLabel->hide();
    m_ui->patPanel->hide();
    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginWindow::signInRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LoginWindow::cancelRequested);
    connect(m_ui->patLink, &QLabel::linkActivated, this, [this] {
        m_ui->patPanel->setVisible(!m_ui->patPanel->isVisible());
        if (m_ui->patPanel->isVisible())
            m_ui->patEdit->setFocus();
    });
    connect(m_ui->patSignInButton, &QPushButton::clicked, this,
            &LoginWindow::submitPersonalAccessToken);
    connect(m_ui->patEdit, &QLineEdit::returnPressed, this,
            &LoginWindow::submitPersonalAccessToken);
    connect(m_ui->tenantCombo, &QComboBox::activated, this, &LoginWindow::tenantChosen);
    connect(m_ui->manageTenantsButton, &QPushButton::clicked, this,
            &LoginWindow::manageTenantsRequested);
}

void LoginWindow::submitPersonalAccessToken() {
    QByteArray token = m_ui->patEdit->text().trimmed().toUtf8();
    if (token.isEmpty()) {
        showMessage(tr("Paste a personal access token (it starts with “mat-”) first."));
        return;
    }
    if (!token.startsWith("mat-")) {
        showMessage(tr("This is not a Moderne personal access token: those start with “mat-”. "
                       "Create one on the platform's Access tokens page or in TokenDesk."));
        return;
    }
    // The value leaves the field at once: it is checked, then kept only in the keychain.
    m_ui->patEdit->clear();
    Q_EMIT personalAccessTokenSubmitted(token);
    SecretMemory::wipe(token);
}

bool LoginWindow::event(QEvent *event) {
    const bool handled = QWidget::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        Q_EMIT firstPainted();
    }
    return handled;
}

void LoginWindow::setTenants(TenantListModel *tenants) {
    // A window shown before the session existed gets the session's model later.
    if (m_tenants)
        disconnect(m_tenants, nullptr, this, nullptr);
    m_tenants = tenants;
    m_ui->tenantCombo->setModel(tenants);
    connect(tenants, &TenantListModel::currentChanged, this, &LoginWindow::showCurrentTenant);
    connect(tenants, &QAbstractItemModel::modelReset, this, &LoginWindow::showCurrentTenant);
    showCurrentTenant();
}

void LoginWindow::showCurrentTenant() {
    m_ui->tenantCombo->setCurrentIndex(m_tenants->currentIndex());
    const TenantProfile profile = m_tenants->current();
    m_ui->issuerLabel->setTextFormat(Qt::PlainText);
    m_ui->issuerLabel->setText(
        profile.issuer.isEmpty() ? QString() : tr("Signs in at %1").arg(profile.issuer.toString()));
}

LoginWindow::~LoginWindow() {
    delete m_ui;
}

void LoginWindow::setWaiting(bool waiting, const QString &text) {
    m_ui->waitingPanel->setVisible(waiting);
    m_ui->signInButton->setEnabled(!waiting);
    m_ui->patSignInButton->setEnabled(!waiting);
    m_ui->tenantCombo->setEnabled(!waiting);
    if (!text.isEmpty())
        m_ui->waitingLabel->setText(text);
    if (waiting)
        m_ui->messageLabel->hide();
}

void LoginWindow::showMessage(const QString &message, bool isError) {
    // Messages quote what servers said (an OAuth error's description, an issuer): text only.
    m_ui->messageLabel->showMessage(
        message, isError ? MessageBanner::Kind::Error : MessageBanner::Kind::Info, Qt::PlainText);
}

QString LoginWindow::message() const {
    return m_ui->messageLabel->isVisible() ? m_ui->messageLabel->text() : QString();
}

void LoginWindow::hideAndRelease() {
    hide();
    if (testAttribute(Qt::WA_WState_Created))
        destroy();
}

// Compiled here rather than in the library's mocs_compilation.cpp, so that the first window's
// program (src/app) links this class alone.
#include "moc_LoginWindow.cpp"
