#pragma once

#include "ExpiryScheduler.h"

#include <QObject>

class AccessTokenModel;
class ScmConnectionModel;

// Gathers everything that expires — the login token, the SCM tokens, the loaded personal
// access tokens — for the timeline and the notifications.
class ExpiryCollector : public QObject {
    Q_OBJECT
public:
    ExpiryCollector(AccessTokenModel *tokens, ScmConnectionModel *scm, QObject *parent = nullptr);

    // An invalid expiry: no login token (signed out, or a personal access token is in use).
    void setLoginToken(const QDateTime &expiresAt, bool willBeRefreshed);

    // Built once after each change and shared (implicitly) by everyone who asks until the next:
    // the timeline, the notifier and the warnings each asked for their own copy of every
    // token's entry on every page of a long list.
    QList<ExpiryEntry> entries() const;

Q_SIGNALS:
    void changed();

private:
    void invalidate();

    AccessTokenModel *m_tokens;
    ScmConnectionModel *m_scm;
    QDateTime m_loginExpiresAt;
    bool m_loginWillBeRefreshed = false;
    mutable QList<ExpiryEntry> m_entries;
    mutable bool m_built = false;
};
