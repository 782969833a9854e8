#include "UserOffboarding.h"

#include "AccessTokenApi.h"
#include "AuditApi.h"
#include "Logging.h"
#include "UserApi.h"

#include <QHash>
#include <QPointer>

UserOffboarding::UserOffboarding(UserApi *users, AccessTokenApi *tokens, AuditApi *audit,
                                 QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_tokens(tokens)
    , m_audit(audit) {}

void UserOffboarding::profile(const QString &email, QObject *context, ProfileCallback callback) {
    findProfile(email.trimmed(), {}, context, std::move(callback));
}

// The users whose email contains `wanted`, page by page, until the one whose email it is.
void UserOffboarding::findProfile(const QString &wanted, const QString &after, QObject *context,
                                  ProfileCallback callback) {
    UserFilter filter;
    filter.emailContains = wanted;
    filter.includeWithoutTokens = true;
    QPointer<QObject> guard(context);
    m_users->users(filter, EmailChoices, after, TokensPage, this,
                   [this, wanted, guard, callback](const ApiResult<UserPage> &result) {
                       if (!guard)
                           return;
                       if (result.error)
                           return callback({std::nullopt, result.error});
                       for (const UserWithTokens &user : result.value->items) {
                           if (user.email.compare(wanted, Qt::CaseInsensitive) != 0)
                               continue;
                           auto profile = std::make_shared<Profile>();
                           profile->email = user.email;
                           profile->role = user.role;
                           profile->lastActive = user.lastActive;
                           profile->tokens = user.tokens.items;
                           if (!user.tokens.hasNextPage)
                               return callback({*profile, {}});
                           return moreTokens(profile, user.tokens.endCursor, guard, callback);
                       }
                       if (result.value->hasNextPage && !result.value->endCursor.isEmpty())
                           return findProfile(wanted, result.value->endCursor, guard, callback);
                       ApiError error;
                       error.kind = ApiError::Kind::GraphQl; // the server answered: no such user
                       error.code = QStringLiteral("NOT_FOUND");
                       error.message = tr("The tenant has no user %1.").arg(wanted);
                       callback({std::nullopt, error});
                   });
}

void UserOffboarding::moreTokens(std::shared_ptr<Profile> profile, QString after, QObject *context,
                                 ProfileCallback callback) {
    QPointer<QObject> guard(context);
    m_tokens->userTokens(profile->email, TokensPage, after, this,
                         [this, profile, guard, callback](const ApiResult<AccessTokenPage> &page) {
                             if (!guard)
                                 return;
                             if (page.error)
                                 return callback({std::nullopt, page.error});
                             profile->tokens.append(page.value->items);
                             if (page.value->hasNextPage && !page.value->endCursor.isEmpty())
                                 return moreTokens(profile, page.value->endCursor, guard, callback);
                             callback({*profile, {}});
                         });
}

void UserOffboarding::findEmails(const QString &text, QObject *context, EmailsCallback callback) {
    UserFilter filter;
    filter.emailContains = text.trimmed();
    filter.includeWithoutTokens = true;
    QPointer<QObject> guard(context);
    m_users->users(filter, EmailChoices, {}, 1, this,
                   [guard, callback = std::move(callback)](const ApiResult<UserPage> &result) {
                       if (!guard)
                           return;
                       QStringList emails;
                       if (result.value) {
                           for (const UserWithTokens &user : result.value->items)
                               emails << user.email;
                       } else {
                           qCWarning(lcServices)
                               << "offboarding: emails not read:" << result.error.message;
                       }
                       callback(emails);
                   });
}

void UserOffboarding::recentEvents(const QString &email, QObject *context,
                                   EventsCallback callback) {
    AuditFilter filter;
    filter.actorEmail = email.trimmed();
    QPointer<QObject> guard(context);
    m_audit->events(EventsPage, {}, filter, this,
                    [wanted = filter.actorEmail, guard,
                     callback = std::move(callback)](const ApiResult<AuditEventPage> &result) {
                        if (!guard)
                            return;
                        if (!result.value)
                            return callback(result);
                        // The filter matches part of an email: only this user's events stay.
                        ApiResult<AuditEventPage> own = result;
                        own.value->items.removeIf([&](const AuditEvent &event) {
                            return event.actorEmail.compare(wanted, Qt::CaseInsensitive) != 0;
                        });
                        callback(own);
                    });
}

bool UserOffboarding::mentions(const AuditEvent &event, const AccessToken &token) {
    const auto names = [&event](const QString &needle) {
        return !needle.isEmpty() && (event.description.contains(needle, Qt::CaseInsensitive) ||
                                     event.target.contains(needle, Qt::CaseInsensitive));
    };
    return names(token.id) || names(token.description.trimmed());
}

QList<UserOffboarding::Suspect>
UserOffboarding::automationSuspects(const QList<AccessToken> &tokens,
                                    const QList<AuditEvent> &events, const QDateTime &now) {
    const QDateTime since = now.addDays(-RecentDays);
    QHash<QString, int> descriptions;
    for (const AccessToken &token : tokens) {
        if (const QString key = TokenHygiene::duplicateKey(token); !key.isEmpty())
            ++descriptions[key];
    }
    QList<Suspect> suspects;
    for (const AccessToken &token : tokens) {
        Suspect suspect;
        suspect.token = token;
        suspect.repeated = descriptions.value(TokenHygiene::duplicateKey(token)) > 1;
        suspect.recentActivity =
            std::any_of(events.cbegin(), events.cend(), [&token, &since](const AuditEvent &event) {
                return event.timestamp >= since && mentions(event, token);
            });
        if (suspect.repeated || suspect.recentActivity)
            suspects.append(suspect);
    }
    return suspects;
}
