#pragma once

#include <QDateTime>
#include <QLabel>

class Session;
class Ticker;

// The status bar's live part, read from the Session: the login token's remaining time (driven by
// the shared ticker), or that a personal access token is in use, or that the session has ended.
class SessionStatusWidget : public QLabel {
    Q_OBJECT
public:
    SessionStatusWidget(Session *session, Ticker *ticker, QWidget *parent = nullptr);

private:
    void render(const QDateTime &now);

    Session *m_session;
};
