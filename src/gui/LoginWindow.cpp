#include "LoginWindow.h"

#include "ui_LoginWindow.h"

#include <QIcon>

LoginWindow::LoginWindow(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::LoginWindow)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/tokendesk.svg")).pixmap(48, 48));
    m_ui->waitingPanel->hide();
    m_ui->messageLabel->hide();
    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginWindow::signInRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LoginWindow::cancelRequested);
}

LoginWindow::~LoginWindow()
{
    delete m_ui;
}

void LoginWindow::setTenant(const TenantProfile &profile)
{
    m_ui->tenantNameLabel->setText(QStringLiteral("<b>%1</b>").arg(profile.displayName.toHtmlEscaped()));
    m_ui->issuerLabel->setText(tr("Signs in at %1").arg(profile.issuer.toString()));
}

void LoginWindow::setWaiting(bool waiting, const QString &text)
{
    m_ui->waitingPanel->setVisible(waiting);
    m_ui->signInButton->setEnabled(!waiting);
    if (!text.isEmpty())
        m_ui->waitingLabel->setText(text);
    if (waiting)
        m_ui->messageLabel->hide();
}

void LoginWindow::showMessage(const QString &message, bool isError)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setStyleSheet(isError ? QStringLiteral("color: palette(highlighted-text); "
                                                               "background: #b3261e; padding: 8px; "
                                                               "border-radius: 4px;")
                                              : QString());
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

QString LoginWindow::message() const
{
    return m_ui->messageLabel->isVisible() ? m_ui->messageLabel->text() : QString();
}
