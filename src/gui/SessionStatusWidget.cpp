#include "SessionStatusWidget.h"

#include "ExpiryRules.h"
#include "PlainText.h"
#include "Session.h"
#include "StatusPalette.h"
#include "Ticker.h"
#include "TimeFormat.h"

SessionStatusWidget::SessionStatusWidget(Session *session, Ticker *ticker, QWidget *parent)
    : QLabel(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("sessionStatus"));
    setAccessibleName(tr("Session status"));
    setTextFormat(Qt::RichText);
    connect(ticker, &Ticker::tick, this, &SessionStatusWidget::render);
    const auto update = [this, ticker] { render(ticker->now()); };
    connect(session, &Session::stateChanged, this, update);
    connect(session, &Session::loginTokenChanged, this, update);
    connect(session, &Session::userChanged, this, update);
    render(ticker->now());
}

void SessionStatusWidget::render(const QDateTime &now) {
    if (!m_session->isSignedIn()) {
        setText(QStringLiteral("<span style='color:%1'>&#9888; %2</span>")
                    .arg(StatusPalette::css(
                             StatusPalette::text(StatusPalette::Status::Error, palette())),
                         tr("Signed out — sign in again").toHtmlEscaped()));
        setToolTip(PlainText::toRichText(m_session->endReason()));
        return;
    }
    if (m_session->credential() == Session::Credential::PersonalAccessToken) {
        setText(tr("Signed in with a personal access token"));
        setToolTip(tr("A personal access token is not refreshed; it lasts until it expires or "
                      "is revoked."));
        return;
    }
    const QDateTime expiresAt = m_session->loginTokenExpiresAt();
    const qint64 left = now.secsTo(expiresAt);
    const QString text = tr("Login token: %1 left").arg(TimeFormat::countdown(left));
    // Amber in the last minutes (it is normally renewed a minute before).
    const ExpiryState state = ExpiryRules::stateForSecondsLeft(TokenKind::LoginToken, left);
    setText(state == ExpiryState::Fine
                ? text.toHtmlEscaped()
                : QStringLiteral("<span style='color:%1'>%2</span>")
                      .arg(StatusPalette::css(StatusPalette::text(state, palette())),
                           text.toHtmlEscaped()));
    setToolTip(tr("The login token expires %1; TokenDesk renews it before then.")
                   .arg(TimeFormat::exact(expiresAt)));
}
