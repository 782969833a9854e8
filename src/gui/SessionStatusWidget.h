#pragma once

#include <QDateTime>
#include <QLabel>

class Ticker;

// The status bar's live part: the login token's remaining time (driven by the shared ticker),
// or that a personal access token is in use, or that the session has ended.
class SessionStatusWidget : public QLabel {
    Q_OBJECT
public:
    enum class Mode { SignedOut, LoginToken, PersonalAccessToken };

    explicit SessionStatusWidget(Ticker *ticker, QWidget *parent = nullptr);

    void setLoginToken(const QDateTime &expiresAt);
    void setPersonalAccessToken();
    void setSignedOut(const QString &reason = {});

private:
    void render(const QDateTime &now);

    Ticker *m_ticker;
    Mode m_mode = Mode::SignedOut;
    QDateTime m_expiresAt;
    QString m_reason;
};
