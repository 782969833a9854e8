#pragma once

#include "PaneBase.h"

#include <memory>

namespace Ui {
class ScmPane;
}
class QTableView;
class ScmConnectFlow;
class ScmConnectionModel;
class Session;
class Ticker;

// The SCM connections pane: each provider connection, its token's live countdown (to its expiry
// on v1, to its automatic renewal on v2), and Connect / Connect again / Disconnect per row.
class ScmPane : public PaneBase {
    Q_OBJECT
public:
    ScmPane(const PaneContext &context, QWidget *parent = nullptr);
    ~ScmPane() override;

    QString navigationDetail() const override;

    QTableView *view() const;
    // Asks, then disconnects (the confirmation can be turned off for tests).
    void setConfirmDisconnect(bool confirm) { m_confirmDisconnect = confirm; }

public Q_SLOTS:
    void connectOrigin(const QString &origin);
    void disconnectOrigin(const QString &origin);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void fitColumns();
    void onTick();
    void rebuildActions();
    void connectAgain(const QString &origin);
    void updateNote();
    // The question before changing a connection: `text`, then `detail` and the tenant line, in
    // plain text (an origin is the server's, never rich text); `action` goes ahead, Cancel does
    // not, and a destructive action is never the default.
    struct Confirmation {
        QString objectName;
        QString title;
        QString text;
        QString detail;
        QString action;
        bool destructive = false;
    };
    // True to go ahead: the user chose the action, or confirmations are off.
    bool confirm(const Confirmation &question);

    std::unique_ptr<Ui::ScmPane> m_ui;
    ScmConnectionModel *m_model;
    ScmConnectFlow *m_flow;
    Session *m_session = nullptr; // the tenant the confirmations name
    bool m_confirmDisconnect = true;
    bool m_loadError = false;
    bool m_fitPending = false;
};
