#pragma once

#include "ScmConnectionModel.h"

#include <QDateTime>
#include <QString>

// One SCM connection for a test's model: a provider type and origin, and (when `created` is
// valid) one OAuth token from `created` to `expiresAt`.
inline ScmConnection connection(const QString &typeName, const QString &origin,
                                const QDateTime &created, const QDateTime &expiresAt,
                                bool authorized = true) {
    ScmConnection c;
    c.typeName = typeName;
    c.origin = origin;
    c.isAuthorized = authorized;
    if (created.isValid())
        c.tokens.append({created, expiresAt});
    return c;
}
