#include "SessionStatusWidget.h"

#include "Ticker.h"
#include "TimeFormat.h"

SessionStatusWidget::SessionStatusWidget(Ticker *ticker, QWidget *parent)
    : QLabel(parent)
    , m_ticker(ticker) {
    setObjectName(QStringLiteral("sessionStatus"));
    setAccessibleName(tr("Session status"));
    setTextFormat(Qt::RichText);
    connect(ticker, &Ticker::tick, this, &SessionStatusWidget::render);
    render(ticker->now());
}

void SessionStatusWidget::setLoginToken(const QDateTime &expiresAt) {
    m_mode = Mode::LoginToken;
    m_expiresAt = expiresAt;
    render(m_ticker->now());
}

void SessionStatusWidget::setPersonalAccessToken() {
    m_mode = Mode::PersonalAccessToken;
    render(m_ticker->now());
}

void SessionStatusWidget::setSignedOut(const QString &reason) {
    m_mode = Mode::SignedOut;
    m_reason = reason;
    render(m_ticker->now());
}

void SessionStatusWidget::render(const QDateTime &now) {
    switch (m_mode) {
    case Mode::SignedOut:
        setText(QStringLiteral("<span style='color:#c62828'>&#9888; %1</span>")
                    .arg(tr("Signed out — sign in again").toHtmlEscaped()));
        setToolTip(m_reason);
        break;
    case Mode::PersonalAccessToken:
        setText(tr("Signed in with a personal access token"));
        setToolTip(tr("A personal access token is not refreshed; it lasts until it expires or "
                      "is revoked."));
        break;
    case Mode::LoginToken: {
        const qint64 left = now.secsTo(m_expiresAt);
        const QString time = TimeFormat::countdown(left);
        // Amber in the last 5 minutes (it is normally refreshed a minute before).
        setText(left < 300 ? QStringLiteral("<span style='color:#b26b00'>%1</span>")
                                 .arg(tr("Login token: %1 left").arg(time))
                           : tr("Login token: %1 left").arg(time));
        setToolTip(tr("The login token expires %1; TokenDesk renews it before then.")
                       .arg(TimeFormat::exact(m_expiresAt)));
        break;
    }
    }
}
