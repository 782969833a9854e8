#pragma once

#include "TenantProfile.h"

#include <QList>

class QSettings;

// Keeps the tenant profiles (never secrets) and which one was used last, in QSettings.
class TenantProfileStore {
public:
    explicit TenantProfileStore(QSettings *settings);

    QList<TenantProfile> profiles() const;
    void setProfiles(const QList<TenantProfile> &profiles);

    // The credential key of the profile used last, or empty.
    QString lastUsed() const;
    void setLastUsed(const TenantProfile &profile);

    // Adds `profile` or replaces the one with the same display name or the same credential key;
    // returns its index. Used for the profile given on the command line ("Local sandbox").
    int upsert(const TenantProfile &profile);

    // The profile to open at launch: the last used one, else the first; -1 when there are none.
    int startIndex() const;

private:
    QSettings *m_settings;
};
