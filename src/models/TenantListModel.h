#pragma once

#include "TenantProfile.h"

#include <QAbstractListModel>

// The tenant profiles and which one is current: one list shared by every view of the tenants
// (the main window's combo box and Tenant menu, the login window, the Tenants dialog), so
// they can never disagree. Holds no secrets.
class TenantListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { ProfileRole = Qt::UserRole + 1, CredentialKeyRole, IsCurrentRole };

    explicit TenantListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const QList<TenantProfile> &profiles() const { return m_profiles; }
    TenantProfile profileAt(int row) const { return m_profiles.value(row); }
    // The row of the profile with this credential key (issuer and client id), or -1.
    int indexOf(const TenantProfile &profile) const;

    // -1 when there is none.
    int currentIndex() const { return m_current; }
    TenantProfile current() const { return m_profiles.value(m_current); }

    // Replaces the list; the current profile stays current when it is still there (by its
    // credential key), else `current`.
    void setProfiles(const QList<TenantProfile> &profiles, int current);
    // Adds `profile`, or updates the one with its credential key; returns its row.
    int upsert(const TenantProfile &profile);
    void setCurrentIndex(int row);

Q_SIGNALS:
    // The current tenant is another one (or the same one with other settings).
    void currentChanged(int row);

private:
    QList<TenantProfile> m_profiles;
    int m_current = -1;
};
