#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// Where a tenant lives, and which generation of the platform it is on. Holds no secrets: it may
// be kept in QSettings.
struct TenantProfile {
    // The platform's generations (its docs, 2026-08-04): v1, the rules of the requirement texts;
    // v2, today's (no 14-day admin rule, PATs act with the owner's current role, SCM
    // credentials renewed by the platform). Requests to a v2 tenant carry
    // "X-Moderne-Platform-Version: v2".
    enum class Generation { V1, V2 };

    QString displayName;
    QUrl baseUrl;
    QUrl issuer;
    QUrl apiUrl;
    QString clientId = QStringLiteral("tokendesk");
    Generation generation = Generation::V2;

    friend bool operator==(const TenantProfile &, const TenantProfile &) = default;

    bool isV2() const { return generation == Generation::V2; }
    // "v1" / "v2" (settings, the command line), and back (empty when neither).
    static QString generationName(Generation generation);
    static std::optional<Generation> generationFromName(const QString &name);

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
