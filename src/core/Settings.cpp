#include "Settings.h"

#include <QCryptographicHash>
#include <QSettings>

#include <algorithm>

namespace {
const QString TenantsGroup = QStringLiteral("tenants");
} // namespace

QStringList GeneralSettings::availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ja")};
}

QString GeneralSettings::nativeName(const QString &code) {
    if (code == u"en")
        return QStringLiteral("English");
    if (code == u"de")
        return QStringLiteral("Deutsch");
    if (code == u"fr")
        return QStringLiteral("Français");
    if (code == u"ja")
        return QStringLiteral("日本語");
    return code;
}

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

Settings::~Settings() = default;

void Settings::sync() {
    m_store->sync();
}

GeneralSettings Settings::general() const {
    GeneralSettings s;
    s.language = m_store->value(QStringLiteral("general/language")).toString();
    if (!s.language.isEmpty() && !GeneralSettings::availableLanguages().contains(s.language))
        s.language.clear();
    bool ok = false;
    const int seconds = m_store->value(QStringLiteral("general/clipboardClearSeconds")).toInt(&ok);
    if (ok)
        s.clipboardClearSeconds = std::clamp(seconds, 5, 600);
    return s;
}

void Settings::setGeneral(const GeneralSettings &general) {
    m_store->setValue(QStringLiteral("general/language"), general.language);
    m_store->setValue(QStringLiteral("general/clipboardClearSeconds"),
                      general.clipboardClearSeconds);
    Q_EMIT generalChanged(general);
}

NotificationSettings Settings::notifications() const {
    NotificationSettings s;
    const auto flag = [this](const char *key, bool fallback) {
        return m_store->value(QLatin1String("notifications/") + QLatin1String(key), fallback)
            .toBool();
    };
    const auto number = [this](const char *key, int fallback, int low, int high) {
        return std::clamp(
            m_store->value(QLatin1String("notifications/") + QLatin1String(key), fallback).toInt(),
            low, high);
    };
    s.loginToken = flag("loginToken", s.loginToken);
    s.loginLeadMinutes = number("loginLeadMinutes", s.loginLeadMinutes, 1, 60);
    s.scmTokens = flag("scmTokens", s.scmTokens);
    s.scmLeadMinutes = number("scmLeadMinutes", s.scmLeadMinutes, 1, 480);
    s.personalAccessTokens = flag("personalAccessTokens", s.personalAccessTokens);
    s.patLeadDays = number("patLeadDays", s.patLeadDays, 1, 90);
    return s;
}

void Settings::setNotifications(const NotificationSettings &n) {
    m_store->setValue(QStringLiteral("notifications/loginToken"), n.loginToken);
    m_store->setValue(QStringLiteral("notifications/loginLeadMinutes"), n.loginLeadMinutes);
    m_store->setValue(QStringLiteral("notifications/scmTokens"), n.scmTokens);
    m_store->setValue(QStringLiteral("notifications/scmLeadMinutes"), n.scmLeadMinutes);
    m_store->setValue(QStringLiteral("notifications/personalAccessTokens"), n.personalAccessTokens);
    m_store->setValue(QStringLiteral("notifications/patLeadDays"), n.patLeadDays);
    Q_EMIT notificationsChanged(n);
}

QList<TenantProfile> Settings::tenants() const {
    QList<TenantProfile> result;
    const int count = m_store->beginReadArray(TenantsGroup);
    for (int i = 0; i < count; ++i) {
        m_store->setArrayIndex(i);
        TenantProfile profile;
        profile.displayName = m_store->value(QStringLiteral("name")).toString();
        profile.baseUrl = m_store->value(QStringLiteral("baseUrl")).toUrl();
        profile.issuer = m_store->value(QStringLiteral("issuer")).toUrl();
        profile.apiUrl = m_store->value(QStringLiteral("apiUrl")).toUrl();
        profile.clientId = m_store->value(QStringLiteral("clientId"), profile.clientId).toString();
        // The generation; profiles stored before it existed said only whether to send the v2
        // header, which is what made them v2.
        const auto generation = TenantProfile::generationFromName(
            m_store->value(QStringLiteral("generation")).toString());
        profile.generation = generation
                                 ? *generation
                                 : (m_store->value(QStringLiteral("platformV2"), false).toBool()
                                        ? TenantProfile::Generation::V2
                                        : TenantProfile::Generation::V1);
        if (!profile.issuer.isEmpty())
            result.append(profile);
    }
    m_store->endArray();
    return result;
}

void Settings::setTenants(const QList<TenantProfile> &profiles) {
    m_store->remove(TenantsGroup);
    m_store->beginWriteArray(TenantsGroup, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const TenantProfile &profile = profiles.at(i);
        m_store->setArrayIndex(i);
        m_store->setValue(QStringLiteral("name"), profile.displayName);
        m_store->setValue(QStringLiteral("baseUrl"), profile.baseUrl);
        m_store->setValue(QStringLiteral("issuer"), profile.issuer);
        m_store->setValue(QStringLiteral("apiUrl"), profile.apiUrl);
        m_store->setValue(QStringLiteral("clientId"), profile.clientId);
        m_store->setValue(QStringLiteral("generation"),
                          TenantProfile::generationName(profile.generation));
    }
    m_store->endArray();
}

QString Settings::lastTenant() const {
    return m_store->value(QStringLiteral("lastTenant")).toString();
}

void Settings::setLastTenant(const TenantProfile &profile) {
    m_store->setValue(QStringLiteral("lastTenant"), profile.credentialKey());
}

int Settings::upsertTenant(const TenantProfile &profile) {
    QList<TenantProfile> list = tenants();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).displayName == profile.displayName ||
            list.at(i).credentialKey() == profile.credentialKey()) {
            // Unchanged (./run and every start with --issuer): nothing to write, so that no
            // settings file is locked, written and synced to disk before the first paint.
            if (list.at(i) == profile)
                return i;
            list[i] = profile;
            setTenants(list);
            return i;
        }
    }
    list.append(profile);
    setTenants(list);
    return int(list.size()) - 1;
}

int Settings::startTenantIndex() const {
    const QList<TenantProfile> list = tenants();
    const QString last = lastTenant();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).credentialKey() == last)
            return i;
    }
    return list.isEmpty() ? -1 : 0;
}

QByteArray Settings::windowGeometry() const {
    return m_store->value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray Settings::windowState() const {
    return m_store->value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindow(const QByteArray &geometry, const QByteArray &state) {
    m_store->setValue(QStringLiteral("window/geometry"), geometry);
    m_store->setValue(QStringLiteral("window/state"), state);
}

QString Settings::lastPane() const {
    return m_store->value(QStringLiteral("window/pane")).toString();
}

void Settings::setLastPane(const QString &paneId) {
    m_store->setValue(QStringLiteral("window/pane"), paneId);
}

bool Settings::timelineCollapsed() const {
    return m_store->value(QStringLiteral("window/timelineCollapsed"), false).toBool();
}

void Settings::setTimelineCollapsed(bool collapsed) {
    m_store->setValue(QStringLiteral("window/timelineCollapsed"), collapsed);
}

int Settings::forecastHorizonDays() const {
    const int days = m_store->value(QStringLiteral("window/forecastHorizonDays"), 30).toInt();
    return days == 7 || days == 30 || days == 60 || days == 90 ? days : 30;
}

void Settings::setForecastHorizonDays(int days) {
    m_store->setValue(QStringLiteral("window/forecastHorizonDays"), days);
}

int Settings::hygieneInactiveDays() const {
    bool ok = false;
    const int days = m_store->value(QStringLiteral("hygiene/inactiveDays")).toInt(&ok);
    return ok && days > 0 ? days : DefaultHygieneInactiveDays;
}

void Settings::setHygieneInactiveDays(int days) {
    m_store->setValue(QStringLiteral("hygiene/inactiveDays"), days);
}

namespace {
// A tenant's credential key is a URL: hashed, it is a plain settings key.
QString tenantSettingsKey(const QString &group, const QString &tenantKey) {
    return group + QLatin1Char('/') +
           QString::fromLatin1(
               QCryptographicHash::hash(tenantKey.toUtf8(), QCryptographicHash::Sha256)
                   .toHex()
                   .left(24));
}

QString announcedKey(const QString &tenantKey) {
    return tenantSettingsKey(QStringLiteral("announced"), tenantKey);
}
} // namespace

QByteArray Settings::savedTokens(const QString &tenantKey) const {
    return m_store->value(tenantSettingsKey(QStringLiteral("savedTokens"), tenantKey))
        .toString()
        .toUtf8();
}

void Settings::setSavedTokens(const QString &tenantKey, const QByteArray &json) {
    const QString key = tenantSettingsKey(QStringLiteral("savedTokens"), tenantKey);
    if (json.isEmpty())
        m_store->remove(key);
    else
        m_store->setValue(key, QString::fromUtf8(json));
}

QStringList Settings::announcedWarnings(const QString &tenantKey) const {
    return m_store->value(announcedKey(tenantKey)).toStringList();
}

void Settings::setAnnouncedWarnings(const QString &tenantKey, const QStringList &keys) {
    if (keys.isEmpty())
        m_store->remove(announcedKey(tenantKey));
    else
        m_store->setValue(announcedKey(tenantKey), keys);
}

// Compiled here rather than in the library's mocs_compilation.cpp, so that the first window's
// program (src/app) links this class alone.
#include "moc_Settings.cpp"
