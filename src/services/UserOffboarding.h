#pragma once

#include "ApiTypes.h"
#include "TokenHygiene.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

class AuditApi;
class AccessTokenApi;
class AccessTokenService;
class UserApi;

// What an administrator reads before offboarding a user: the user (role, last active) with every
// one of their personal access tokens, the first page of the events they caused, the emails
// the picker offers; and which of their tokens look like automation (the same description
// several times — the CLI's repeated logins — or named by their recent events), so that a
// pipeline is not broken unknowingly. The actions themselves (revoke all, delete the user) are
// AccessTokenService's, which sends each once.
class UserOffboarding : public QObject {
    Q_OBJECT
public:
    // The user as the server holds them now, with all their tokens (newest first).
    struct Profile {
        QString email;
        QString role;
        std::optional<QDateTime> lastActive;
        QList<AccessToken> tokens;
    };
    // A token that looks like automation, and why.
    struct Suspect {
        AccessToken token;
        bool repeated = false;       // another of their tokens has the same description
        bool recentActivity = false; // their events of the last RecentDays name it
    };
    using ProfileCallback = std::function<void(const ApiResult<Profile> &)>;
    using EmailsCallback = std::function<void(const QStringList &emails)>;
    using EventsCallback = std::function<void(const ApiResult<AuditEventPage> &)>;

    static constexpr int EventsPage = 50;   // the first page of a user's recent events
    static constexpr int TokensPage = 100;  // the schema's default page size
    static constexpr int EmailChoices = 20; // emails offered by the picker at a time
    static constexpr int RecentDays = 30;   // an event this young counts as recent activity

    UserOffboarding(UserApi *users, AccessTokenApi *tokens, AuditApi *audit,
                    QObject *parent = nullptr);

    // The user whose email is `email` (exactly, whatever the case) with every token; an error
    // that names them when the server has no such user.
    void profile(const QString &email, QObject *context, ProfileCallback callback);
    // Emails of users that contain `text` (any user, with or without tokens), for the picker.
    void findEmails(const QString &text, QObject *context, EmailsCallback callback);
    // The first page of the events `email` caused, newest first (auditLogs where user.email).
    void recentEvents(const QString &email, QObject *context, EventsCallback callback);

    // The tokens of `tokens` that look like automation, given `events` (the owner's latest ones;
    // those of the last RecentDays before `now` count).
    static QList<Suspect> automationSuspects(const QList<AccessToken> &tokens,
                                             const QList<AuditEvent> &events, const QDateTime &now);
    // Whether `event` names `token` (its id, or its description when it has one).
    static bool mentions(const AuditEvent &event, const AccessToken &token);

private:
    void findProfile(const QString &wanted, const QString &after, QObject *context,
                     ProfileCallback callback);
    void moreTokens(std::shared_ptr<Profile> profile, QString after, QObject *context,
                    ProfileCallback callback);

    UserApi *m_users;
    AccessTokenApi *m_tokens;
    AuditApi *m_audit;
};
