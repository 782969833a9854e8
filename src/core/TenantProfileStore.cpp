#include "TenantProfileStore.h"

#include <QSettings>

namespace {
const QString Group = QStringLiteral("tenants");
} // namespace

TenantProfileStore::TenantProfileStore(QSettings *settings)
    : m_settings(settings) {}

QList<TenantProfile> TenantProfileStore::profiles() const {
    QList<TenantProfile> result;
    const int count = m_settings->beginReadArray(Group);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        TenantProfile profile;
        profile.displayName = m_settings->value(QStringLiteral("name")).toString();
        profile.baseUrl = m_settings->value(QStringLiteral("baseUrl")).toUrl();
        profile.issuer = m_settings->value(QStringLiteral("issuer")).toUrl();
        profile.apiUrl = m_settings->value(QStringLiteral("apiUrl")).toUrl();
        profile.clientId =
            m_settings->value(QStringLiteral("clientId"), profile.clientId).toString();
        profile.sendPlatformV2 = m_settings->value(QStringLiteral("platformV2"), false).toBool();
        if (!profile.issuer.isEmpty())
            result.append(profile);
    }
    m_settings->endArray();
    return result;
}

void TenantProfileStore::setProfiles(const QList<TenantProfile> &profiles) {
    m_settings->remove(Group);
    m_settings->beginWriteArray(Group, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const TenantProfile &profile = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), profile.displayName);
        m_settings->setValue(QStringLiteral("baseUrl"), profile.baseUrl);
        m_settings->setValue(QStringLiteral("issuer"), profile.issuer);
        m_settings->setValue(QStringLiteral("apiUrl"), profile.apiUrl);
        m_settings->setValue(QStringLiteral("clientId"), profile.clientId);
        m_settings->setValue(QStringLiteral("platformV2"), profile.sendPlatformV2);
    }
    m_settings->endArray();
}

QString TenantProfileStore::lastUsed() const {
    return m_settings->value(QStringLiteral("lastTenant")).toString();
}

void TenantProfileStore::setLastUsed(const TenantProfile &profile) {
    m_settings->setValue(QStringLiteral("lastTenant"), profile.credentialKey());
}

int TenantProfileStore::upsert(const TenantProfile &profile) {
    QList<TenantProfile> list = profiles();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).displayName == profile.displayName ||
            list.at(i).credentialKey() == profile.credentialKey()) {
            list[i] = profile;
            setProfiles(list);
            return i;
        }
    }
    list.append(profile);
    setProfiles(list);
    return int(list.size()) - 1;
}

int TenantProfileStore::startIndex() const {
    const QList<TenantProfile> list = profiles();
    const QString last = lastUsed();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).credentialKey() == last)
            return i;
    }
    return list.isEmpty() ? -1 : 0;
}
