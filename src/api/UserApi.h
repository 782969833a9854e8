#pragma once

#include "ApiResource.h"

#include <QJsonObject>

// Which users the admin list asks for: by default those holding tokens; optionally only those
// whose email contains a text (case-insensitive), and optionally those without tokens too.
struct UserFilter {
    QString emailContains;
    bool includeWithoutTokens = false;
    bool operator==(const UserFilter &) const = default;
};

// Users: who is signed in (currentUser) and, for administrators, the users holding personal
// access tokens, each with the first page of them. Typed calls; static parsers.
class UserApi : public ApiResource {
    Q_OBJECT
public:
    using ApiResource::ApiResource;

    void currentUser(QObject *context, Callback<CurrentUser> callback);
    // users(where: { tokenCount: { _gt: 0 } }), by email, each with its first `tokensFirst` tokens.
    void usersWithTokens(int first, const QString &after, int tokensFirst, QObject *context,
                         Callback<UserPage> callback);
    // The same list narrowed or widened by `filter` (users(where: …)); `peek` is shown the
    // answer's text before it is parsed (GraphQlClient::Peek).
    void users(const UserFilter &filter, int first, const QString &after, int tokensFirst,
               QObject *context, Callback<UserPage> callback,
               std::function<void(const QByteArray &)> peek = {});
    // The `where` argument for `filter` (a UserWhereInput).
    static QJsonObject whereOf(const UserFilter &filter);

    static std::optional<CurrentUser> parseCurrentUser(const QJsonObject &data, QString *error);
    static std::optional<UserPage> parseUsers(const QJsonObject &data, QString *error);
    static std::optional<UserWithTokens> parseUser(const QJsonObject &node, QString *error);
};
