#pragma once

#include "ApiTypes.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class GraphQlClient;

// Users: who is signed in (currentUser) and, for administrators, the users holding personal
// access tokens, each with the first page of them. Typed calls; static parsers.
class UserApi : public QObject {
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const ApiResult<T> &)>;

    explicit UserApi(GraphQlClient *client, QObject *parent = nullptr);

    void currentUser(QObject *context, Callback<CurrentUser> callback);
    // users(where: { tokenCount: { _gt: 0 } }), by email, each with its first `tokensFirst` tokens.
    void usersWithTokens(int first, const QString &after, int tokensFirst, QObject *context,
                         Callback<UserPage> callback);

    static std::optional<CurrentUser> parseCurrentUser(const QJsonObject &data, QString *error);
    static std::optional<UserPage> parseUsers(const QJsonObject &data, QString *error);
    static std::optional<UserWithTokens> parseUser(const QJsonObject &node, QString *error);

private:
    GraphQlClient *m_client;
};
