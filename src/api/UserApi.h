#pragma once

#include "ApiResource.h"

#include <QJsonObject>

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

    static std::optional<CurrentUser> parseCurrentUser(const QJsonObject &data, QString *error);
    static std::optional<UserPage> parseUsers(const QJsonObject &data, QString *error);
    static std::optional<UserWithTokens> parseUser(const QJsonObject &node, QString *error);
};
