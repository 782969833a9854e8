#include "UserApi.h"

#include "ApiParsing.h"
#include "GraphQlClient.h"

void UserApi::currentUser(QObject *context, Callback<CurrentUser> callback) {
    m_client->executeTyped<CurrentUser>(QStringLiteral("CurrentUser"), {}, context,
                                        &parseCurrentUser, std::move(callback));
}

void UserApi::usersWithTokens(int first, const QString &after, int tokensFirst, QObject *context,
                              Callback<UserPage> callback) {
    users(UserFilter(), first, after, tokensFirst, context, std::move(callback));
}

QJsonObject UserApi::whereOf(const UserFilter &filter) {
    QJsonObject where;
    if (!filter.includeWithoutTokens)
        where.insert(QStringLiteral("tokenCount"), QJsonObject{{QStringLiteral("_gt"), 0}});
    const QString email = filter.emailContains.trimmed();
    if (!email.isEmpty())
        where.insert(QStringLiteral("email"), QJsonObject{{QStringLiteral("_icontains"), email}});
    return where;
}

void UserApi::users(const UserFilter &filter, int first, const QString &after, int tokensFirst,
                    QObject *context, Callback<UserPage> callback,
                    std::function<void(const QByteArray &)> peek) {
    QJsonObject variables = ApiParsing::pageVariables(first, after);
    variables.insert(QStringLiteral("tokensFirst"), tokensFirst);
    variables.insert(QStringLiteral("where"), whereOf(filter));
    m_client->executeTyped<UserPage>(QStringLiteral("UsersWithTokens"), variables, context,
                                     &parseUsers, std::move(callback), std::move(peek));
}

namespace {
// What every user has; false (with `error`, naming `who`) without an email.
template <typename User>
bool parseUserFields(const QJsonObject &object, User *user, const char *who, QString *error) {
    user->email = object.value(QLatin1String("email")).toString();
    if (user->email.isEmpty()) {
        *error = ApiParsing::missing(who);
        return false;
    }
    user->username = object.value(QLatin1String("username")).toString();
    user->role = object.value(QLatin1String("role")).toString();
    user->lastActive = ApiParsing::dateTime(object.value(QLatin1String("lastActive")));
    return true;
}
} // namespace

std::optional<CurrentUser> UserApi::parseCurrentUser(const QJsonObject &data, QString *error) {
    CurrentUser result;
    if (!parseUserFields(data.value(QLatin1String("currentUser")).toObject(), &result,
                         "the signed-in user's email", error))
        return std::nullopt;
    return result;
}

std::optional<UserWithTokens> UserApi::parseUser(const QJsonObject &node, QString *error) {
    UserWithTokens user;
    user.id = node.value(QLatin1String("id")).toString();
    if (!parseUserFields(node, &user, "a user's email", error))
        return std::nullopt;
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
