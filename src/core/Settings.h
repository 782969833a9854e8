#pragma once

#include "TenantProfile.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

// Settings → General: the interface language and how long a copied secret stays on the
// clipboard.
struct GeneralSettings {
    static constexpr int DefaultClipboardClearSeconds = 30;

    QString language; // a language code ("de"); empty: follow the system
    int clipboardClearSeconds = DefaultClipboardClearSeconds;

    // The languages TokenDesk has a translation for, as codes ("en", "de", …).
    static QStringList availableLanguages();
    // A language's name in that language ("Deutsch").
    static QString nativeName(const QString &code);
};

// Settings → Notifications: what to warn about and how early.
struct NotificationSettings {
    bool loginToken = true;
    int loginLeadMinutes = 5;
    bool scmTokens = true;
    int scmLeadMinutes = 15;
    bool personalAccessTokens = true;
    int patLeadDays = 7;
};

// Everything TokenDesk remembers between runs that is not a secret — preferences, the tenant
// profiles and the last one used, where the window was — in one place, over one QSettings.
// Secrets never come here: they live in memory and the OS keychain only.
class Settings : public QObject {
    Q_OBJECT
public:
    // The application's settings (QSettings with the organisation and application names).
    explicit Settings(QObject *parent = nullptr);
    // Settings in an INI file of their own (tests, tools).
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    GeneralSettings general() const;
    void setGeneral(const GeneralSettings &general);
    NotificationSettings notifications() const;
    void setNotifications(const NotificationSettings &notifications);

    // Tenant profiles, in the user's order, and the one used last (by its credential key).
    QList<TenantProfile> tenants() const;
    void setTenants(const QList<TenantProfile> &profiles);
    QString lastTenant() const;
    void setLastTenant(const TenantProfile &profile);
    // Adds `profile` or replaces the one with the same display name or the same credential key;
    // returns its index. Used for the profile given on the command line ("Local sandbox").
    int upsertTenant(const TenantProfile &profile);
    // The profile to open at launch: the last used one, else the first; -1 when there are none.
    int startTenantIndex() const;

    // The main window: its geometry and state (QWidget::saveGeometry, QMainWindow::saveState)
    // and the pane shown last (its id).
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);
    QString lastPane() const;
    void setLastPane(const QString &paneId);
    // The expiry timeline under the panes folded to its title line (View → Timeline).
    bool timelineCollapsed() const;
    void setTimelineCollapsed(bool collapsed);
    // The expiry forecast under the timeline (administrators): its horizon in days (7, 30, 60
    // or 90; 30 by default). It always opens folded: all users' tokens are read only on demand.
    int forecastHorizonDays() const;
    void setForecastHorizonDays(int days);
    // The hygiene board: after how many days without activity a token's owner counts as inactive.
    static constexpr int DefaultHygieneInactiveDays = 90;
    int hygieneInactiveDays() const;
    void setHygieneInactiveDays(int days);

    // The expiry warnings already given for a tenant (by its credential key): the scheduler's
    // keys (kind, token id or origin, expiry, day) — never a token value. Remembered across
    // restarts so "once a day" holds over a restart.
    QStringList announcedWarnings(const QString &tenantKey) const;
    void setAnnouncedWarnings(const QString &tenantKey, const QStringList &keys);

    // What TokenDesk knows of the personal access tokens created or saved here, for a tenant (by
    // its key): a JSON document of ids, descriptions, prefixes (`mat-` and four characters, as
    // the web UI shows) and whether the keychain holds the value — never a value.
    QByteArray savedTokens(const QString &tenantKey) const;
    void setSavedTokens(const QString &tenantKey, const QByteArray &json);

    // Writes pending changes now (they are written on destruction anyway).
    void sync();

Q_SIGNALS:
    void generalChanged(const GeneralSettings &general);
    void notificationsChanged(const NotificationSettings &notifications);

private:
    std::unique_ptr<QSettings> m_store;
};
