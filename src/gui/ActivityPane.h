#pragma once

#include "ApiTypes.h"
#include "AuditExport.h"
#include "PaneBase.h"

#include <memory>

namespace Ui {
class ActivityPane;
}
class AuditApi;
class AuditEventModel;
class AuditExportDialog;
class QTableView;
class QTimer;
class Session;

// The Activity pane (administrators): the platform's audit events, newest first, paged as the
// table scrolls, narrowed by filters that become the query's `where` (time range, actor, target,
// action, outcome, free text). Nothing is asked of the server until an administrator opens it.
class ActivityPane : public PaneBase {
    Q_OBJECT
public:
    enum class Range { Today, Days7, Days30, Custom };

    ActivityPane(const PaneContext &context, QWidget *parent = nullptr);
    ~ActivityPane() override;

    QString navigationDetail() const override;
    void aboutToShow(std::function<void()> show) override;
    QTableView *view() const;
    AuditEventModel *model() const { return m_model; }
    // The filters as the widgets say now (`now` for the relative ranges).
    AuditFilter currentFilter(const QDateTime &now) const;

    // Exports every event of the filter shown (all pages) to `path`, with a progress dialog
    // (opened, deleted on close). The Export menu asks for the path first.
    AuditExportDialog *exportTo(AuditExport::Format format, const QString &path);
    // The platform's own export (CSV or CEF) of the filter's time range to `path`, polled every
    // setPollInterval() ms, with the same dialog.
    AuditExportDialog *platformExportTo(const QString &format, const QString &path);
    void setPollInterval(int milliseconds) { m_pollIntervalMs = milliseconds; }

    // A token's history: only the events whose description or target names the token (its id
    // or description), over the whole time the log keeps; the filter widgets rest until "Show
    // all events" (showAllEvents()). Administrators only; reloads at once.
    void showHistory(const AccessToken &token);
    // The token whose history is shown, if any.
    const std::optional<AccessToken> &history() const { return m_history; }
    // The line over the table naming the token ("History of …"); empty without a history.
    QString historyText() const;

public Q_SLOTS:
    // Reloads with the widgets' filters now (they also apply themselves shortly after a change).
    void applyFilters();
    // Leaves a token's history: the filter widgets' events again.
    void showAllEvents();

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool mayRead() const;
    void updateCount();
    // Rows arriving page after page update the count at most every 250 ms (a new label text
    // lays out the pane and the sidebar again).
    void scheduleCount();
    void updateChoices();
    void updateRangeWidgets();
    void updateExport();
    void updateHistory();
    void chooseExportFile(AuditExport::Format format);
    void choosePlatformExportFile(const QString &format);

    std::unique_ptr<Ui::ActivityPane> m_ui;
    AuditEventModel *m_model;
    AuditApi *m_api;
    Session *m_session;
    QTimer *m_debounce;
    QTimer *m_countTimer;
    quint64 m_loadedIdentity = 0;
    bool m_loadError = false;
    int m_pollIntervalMs = 2000;
    std::optional<AccessToken> m_history;
};
