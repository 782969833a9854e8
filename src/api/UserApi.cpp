#include "UserApi.h"

#include "ApiParsing.h"
#include "GraphQlClient.h"

UserApi::UserApi(GraphQlClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

void UserApi::currentUser(QObject *context, Callback<CurrentUser> callback) {
    m_client->executeTyped<CurrentUser>(QStringLiteral("CurrentUser"), {}, context,
                                        &parseCurrentUser, std::move(callback));
}

void UserApi::usersWithTokens(int first, const QString &after, int tokensFirst, QObject *context,
                              Callback<UserPage> callback) {
    QJsonObject variables = ApiParsing::pageVariables(first, after);
    variables.insert(QStringLiteral("tokensFirst"), tokensFirst);
    m_client->executeTyped<UserPage>(QStringLiteral("UsersWithTokens"), variables, context,
                                     &parseUsers, std::move(callback));
}

std::optional<CurrentUser> UserApi::parseCurrentUser(const QJsonObject &data, QString *error) {
    const QJsonObject user = data.value(QLatin1String("currentUser")).toObject();
    CurrentUser result;
    result.email = user.value(QLatin1String("email")).toString();
    if (result.email.isEmpty()) {
        *error = ApiParsing::missing("the signed-in user's email");
        return std::nullopt;
    }
    result.username = user.value(QLatin1String("username")).toString();
    result.role = user.value(QLatin1String("role")).toString();
    result.lastActive = ApiParsing::dateTime(user.value(QLatin1String("lastActive")));
    return result;
}

std::optional<UserWithTokens> UserApi::parseUser(const QJsonObject &node, QString *error) {
    UserWithTokens user;
    user.id = node.value(QLatin1String("id")).toString();
    user.email = node.value(QLatin1String("email")).toString();
    if (user.email.isEmpty()) {
        *error = ApiParsing::missing("a user's email");
        return std::nullopt;
    }
    user.username = node.value(QLatin1String("username")).toString();
    user.role = node.value(QLatin1String("role")).toString();
    user.lastActive = ApiParsing::dateTime(node.value(QLatin1String("lastActive")));
    auto tokens =
        ApiParsing::accessTokenConnection(node.value(QLatin1String("tokens")).toObject(), error);
    if (!tokens)
        return std::nullopt;
    user.tokens = std::move(*tokens);
    return user;
}

std::optional<UserPage> UserApi::parseUsers(const QJsonObject &data, QString *error) {
    return ApiParsing::connection<UserWithTokens>(data.value(QLatin1String("users")).toObject(),
                                                  &parseUser, "the list of users", error);
}
