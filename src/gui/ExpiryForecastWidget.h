#pragma once

#include "ExpiryForecast.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class HygieneModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;
class QTreeWidget;
class Session;
class Settings;
class Ticker;
class Workspace;

// The expiry forecast under the timeline (administrators only): when all users' personal access
// tokens expire over the next 7, 30, 60 or 90 days — a bar per day and a list grouped by owner,
// the soonest first, each owner with a "Remind" button that opens a mailto: draft naming their
// tokens (descriptions and dates only). Its rows are the hygiene board's (Workspace::hygiene(),
// every user's tokens, paged); it asks for them itself when it is first unfolded or "Load" is
// clicked, whether or not the hygiene pane was ever opened. A USER session never shows it and
// it never asks anything for one. It opens folded to its title line (nothing read yet); the
// horizon is remembered in Settings.
class ExpiryForecastWidget : public QWidget {
    Q_OBJECT
public:
    // Opens a URL (QDesktopServices::openUrl by default; tests capture it).
    using UrlOpener = std::function<bool(const QUrl &)>;

    ExpiryForecastWidget(Workspace *workspace, Settings *settings, Ticker *ticker,
                         QWidget *parent = nullptr);

    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    // Signed in as an administrator: only then is it shown and does it ask anything.
    bool applies() const;

    int horizonDays() const;
    void setHorizonDays(int days);
    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);

    // All users' tokens read afresh (administrators only; nothing for a USER session).
    void load();
    // The forecast shown (what was read so far).
    const ExpiryForecast &forecast() const { return *m_forecast; }
    QList<ExpiryForecast::OwnerGroup> owners() const { return m_owners; }
    QList<ExpiryForecast::Bucket> buckets() const;
    QWidget *strip() const { return m_strip; }
    QTreeWidget *ownerList() const { return m_ownerList; }
    QComboBox *horizonBox() const { return m_horizon; }
    QPushButton *loadButton() const { return m_loadButton; }
    QString summary() const;
    // The Remind button of an owner (nullptr when the owner has nothing in the horizon).
    QPushButton *remindButton(const QString &email) const;
    // Opens the reminder draft for `email`; false when it has nothing in the horizon or the
    // draft could not be opened (the summary line then says so).
    bool remind(const QString &email);

Q_SIGNALS:
    void expandedChanged(bool expanded);
    // The forecast was worked out again (rows came in, the horizon changed).
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void scheduleRebuild();
    void updateHeader();
    void maybeLoad();
    void attachModel();
    QDateTime now() const;

    Workspace *m_workspace;
    Session *m_session;
    Settings *m_settings;
    Ticker *m_ticker;
    HygieneModel *m_model = nullptr; // made on first load (administrators only)
    UrlOpener m_opener;
    QToolButton *m_toggle;
    QLabel *m_title;
    QComboBox *m_horizon;
    QPushButton *m_loadButton;
    QLabel *m_summary;
    QWidget *m_body;
    QWidget *m_strip;
    QTreeWidget *m_ownerList;
    QTimer *m_rebuildTimer;
    std::unique_ptr<ExpiryForecast> m_forecast;
    QList<ExpiryForecast::OwnerGroup> m_owners;
    QString m_notice;
    quint64 m_loadedIdentity = 0;
    bool m_loaded = false;
    bool m_expanded = false;
};
