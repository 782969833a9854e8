#include "TenantProfile.h"

#include <QCoreApplication>

TenantProfile TenantProfile::proposeFromBaseUrl(const QUrl &baseUrl) {
    TenantProfile profile;
    profile.baseUrl = baseUrl;
    const QString host = baseUrl.host();
    const QString suffix = QStringLiteral(".moderne.io");
    if (host.endsWith(suffix)) {
        const QString tenant = host.chopped(suffix.size());
        profile.displayName = tenant;
        profile.issuer =
            QUrl(QStringLiteral("https://login.%1%2/auth/realms/%1").arg(tenant, suffix));
        profile.apiUrl = QUrl(QStringLiteral("https://api.%1%2/graphql").arg(tenant, suffix));
    } else {
        profile.displayName = host;
    }
    return profile;
}

bool TenantProfile::isLoopbackHost(const QString &host) {
    if (host == QLatin1String("localhost") || host == QLatin1String("::1"))
        return true;
    // 127.0.0.0/8, written as a dotted quad.
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts.constFirst() != QLatin1String("127"))
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return false;
    }
    return true;
}

QString TenantProfile::endpointProblem(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("TenantProfile", "“%1” is not a complete web address.")
            .arg(url.toString());
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return QCoreApplication::translate(
                   "TenantProfile",
                   "%1 uses plain http://, which would send tokens unencrypted over the network. "
                   "Use https://; plain http:// is only allowed for this computer (127.0.0.1).")
            .arg(url.toString());
    }
    return QCoreApplication::translate("TenantProfile", "%1 must start with https://.")
        .arg(url.toString());
}

QString TenantProfile::problem() const {
    if (QString p = endpointProblem(issuer); !p.isEmpty())
        return p;
    if (QString p = endpointProblem(apiUrl); !p.isEmpty())
        return p;
    if (clientId.trimmed().isEmpty())
        return QCoreApplication::translate("TenantProfile", "The client id is empty.");
    return {};
}

QString TenantProfile::generationName(Generation generation) {
    return generation == Generation::V1 ? QStringLiteral("v1") : QStringLiteral("v2");
}

std::optional<TenantProfile::Generation> TenantProfile::generationFromName(const QString &name) {
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("v1"))
        return Generation::V1;
    if (lower == QLatin1String("v2"))
        return Generation::V2;
    return std::nullopt;
}

QString TenantProfile::credentialKey() const {
    return issuer.adjusted(QUrl::StripTrailingSlash).toString() + QLatin1Char('|') + clientId;
}
