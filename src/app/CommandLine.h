#pragma once

#include "TenantProfile.h"

#include <QString>
#include <QStringList>

#include <optional>

// The command line, parsed before any GUI object exists so that --help and --version work
// without a display.
struct CommandLine {
    enum class Action { Run, ShowHelp, ShowVersion, Error };
    Action action = Action::Run;
    QString output; // help text, version or error message
    std::optional<QUrl> issuer;
    std::optional<QUrl> apiUrl;
    std::optional<QString> clientId;
    std::optional<QString> tenantName;
    std::optional<TenantProfile::Generation> platform;
    bool signIn = false;
    bool exitAfterFirstPaint = false;
    bool inspect = false;     // read a token from standard input for the inspector
    bool newInstance = false; // do not hand over to a running instance

    static CommandLine parse(const QStringList &arguments);
    // Applies --issuer/--api-url/--client-id/--tenant-name/--platform over a profile (a profile
    // made from --issuer or --api-url is on v2 unless --platform v1 says otherwise).
    TenantProfile apply(TenantProfile profile) const;
};
