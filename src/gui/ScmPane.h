#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class ScmConnectionModel;
class Ticker;

// The SCM connections pane: each provider connection, its token's live countdown, and
// Connect / Reconnect / Disconnect per row.
class ScmPane : public QWidget {
    Q_OBJECT
public:
    ScmPane(ScmConnectionModel *model, Ticker *ticker, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Asks, then disconnects (the confirmation can be turned off for tests).
    void setConfirmDisconnect(bool confirm) { m_confirmDisconnect = confirm; }

public Q_SLOTS:
    void connectOrigin(const QString &origin);
    void disconnectOrigin(const QString &origin);

private:
    void onTick();
    void rebuildActions();
    void showMessage(const QString &text, bool isError);

    ScmConnectionModel *m_model;
    Ticker *m_ticker;
    QTableView *m_view;
    QLabel *m_message;
    QWidget *m_waiting;
    QLabel *m_waitingLabel;
    bool m_confirmDisconnect = true;
    bool m_loadError = false;
};
