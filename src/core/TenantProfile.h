#pragma once

#include <QString>
#include <QUrl>

// Where a tenant lives. Holds no secrets: it may be kept in QSettings.
struct TenantProfile {
    QString displayName;
    QUrl baseUrl;
    QUrl issuer;
    QUrl apiUrl;
    QString clientId = QStringLiteral("tokendesk");
    bool sendPlatformV2 = false;

    // https://<tenant>.moderne.io -> issuer https://login.<tenant>.moderne.io/auth/realms/<tenant>,
    // API https://api.<tenant>.moderne.io/graphql.
    static TenantProfile proposeFromBaseUrl(const QUrl &baseUrl);

    // Empty when the URL may be used; otherwise a sentence saying why not.
    // http:// is accepted for loopback addresses only.
    static QString endpointProblem(const QUrl &url);
    QString problem() const;
    static bool isLoopbackHost(const QString &host);

    // The keychain entry of this tenant's session: issuer and client id.
    QString credentialKey() const;
};
