#include "TokenAdminApi.h"

#include "GraphQlClient.h"
#include "ModerneApi.h"

#include <QJsonArray>

namespace {
QString missing(const char *what) {
    return TokenAdminApi::tr("The server's answer is missing %1.").arg(QLatin1String(what));
}

// A token connection ({ count edges pageInfo }) through ModerneApi's own parser.
std::optional<AccessTokenPage> parseTokenConnection(const QJsonObject &tokens, QString *error) {
    const QJsonObject wrapped{
        {QStringLiteral("currentUser"), QJsonObject{{QStringLiteral("tokens"), tokens}}}};
    return ModerneApi::parseAccessTokenPage(wrapped, error);
}
} // namespace

TokenAdminApi::TokenAdminApi(GraphQlClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

template <typename T, typename Parser>
void TokenAdminApi::run(const QString &operation, const QJsonObject &variables, QObject *context,
                        Parser parser, Callback<T> callback) {
    m_client->executeTyped<T>(operation, variables, context, parser, std::move(callback));
}

void TokenAdminApi::maxExpiryDays(QObject *context, Callback<std::optional<int>> callback) {
    run<std::optional<int>>(QStringLiteral("MaxExpiryDays"), {}, context, &parseMaxExpiryDays,
                            std::move(callback));
}

void TokenAdminApi::usersWithTokens(int first, const QString &after, int tokensFirst,
                                    QObject *context, Callback<UserPage> callback) {
    QJsonObject variables{{QStringLiteral("first"), first},
                          {QStringLiteral("tokensFirst"), tokensFirst}};
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);
    run<UserPage>(QStringLiteral("UsersWithTokens"), variables, context, &parseUsers,
                  std::move(callback));
}

void TokenAdminApi::userTokens(const QString &email, int first, const QString &after,
                               QObject *context, Callback<AccessTokenPage> callback) {
    QJsonObject variables{{QStringLiteral("email"), email}, {QStringLiteral("first"), first}};
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);
    run<AccessTokenPage>(QStringLiteral("UserTokens"), variables, context, &parseUserTokens,
                         std::move(callback));
}

void TokenAdminApi::revokeAllAccessTokens(const QString &email, QObject *context,
                                          Callback<bool> callback) {
    run<bool>(QStringLiteral("RevokeAllAccessTokens"), {{QStringLiteral("email"), email}}, context,
              &parseRevokeAll, std::move(callback));
}

std::optional<std::optional<int>> TokenAdminApi::parseMaxExpiryDays(const QJsonObject &data,
                                                                    QString *error) {
    const QJsonValue connectors = data.value(QLatin1String("connectors"));
    if (!connectors.isObject()) {
        *error = missing("the tenant's connectors");
        return std::nullopt;
    }
    std::optional<int> cap;
    for (const QJsonValue &edge : connectors.toObject().value(QLatin1String("edges")).toArray()) {
        const QJsonValue days = edge.toObject()
                                    .value(QLatin1String("node"))
                                    .toObject()
                                    .value(QLatin1String("personalAccessTokenConfiguration"))
                                    .toObject()
                                    .value(QLatin1String("maxExpiryDays"));
        if (!days.isDouble())
            continue;
        const int value = days.toInt();
        if (!cap || value < *cap)
            cap = value;
    }
    return cap;
}

std::optional<UserPage> TokenAdminApi::parseUsers(const QJsonObject &data, QString *error) {
    const QJsonObject users = data.value(QLatin1String("users")).toObject();
    if (users.isEmpty()) {
        *error = missing("the list of users");
        return std::nullopt;
    }
    UserPage page;
    page.totalCount = users.value(QLatin1String("count")).toInt();
    for (const QJsonValue &edge : users.value(QLatin1String("edges")).toArray()) {
        const QJsonObject node = edge.toObject().value(QLatin1String("node")).toObject();
        UserWithTokens user;
        user.id = node.value(QLatin1String("id")).toString();
        user.email = node.value(QLatin1String("email")).toString();
        if (user.email.isEmpty()) {
            *error = missing("a user's email");
            return std::nullopt;
        }
        user.username = node.value(QLatin1String("username")).toString();
        user.role = node.value(QLatin1String("role")).toString();
        user.lastActive = ModerneApi::parseDateTime(node.value(QLatin1String("lastActive")));
        auto tokens = parseTokenConnection(node.value(QLatin1String("tokens")).toObject(), error);
        if (!tokens)
            return std::nullopt;
        user.tokens = std::move(*tokens);
        page.users.append(std::move(user));
    }
    const QJsonObject pageInfo = users.value(QLatin1String("pageInfo")).toObject();
    page.hasNextPage = pageInfo.value(QLatin1String("hasNextPage")).toBool();
    page.endCursor = pageInfo.value(QLatin1String("endCursor")).toString();
    if (page.hasNextPage && page.endCursor.isEmpty()) {
        *error = missing("the cursor of the next page");
        return std::nullopt;
    }
    return page;
}

std::optional<AccessTokenPage> TokenAdminApi::parseUserTokens(const QJsonObject &data,
                                                              QString *error) {
    const QJsonArray edges =
        data.value(QLatin1String("users")).toObject().value(QLatin1String("edges")).toArray();
    if (edges.isEmpty()) // the user has gone: no tokens left to show
        return AccessTokenPage{};
    return parseTokenConnection(edges.first()
                                    .toObject()
                                    .value(QLatin1String("node"))
                                    .toObject()
                                    .value(QLatin1String("tokens"))
                                    .toObject(),
                                error);
}

std::optional<bool> TokenAdminApi::parseRevokeAll(const QJsonObject &data, QString *error) {
    const QJsonValue value = data.value(QLatin1String("revokeAllAccessTokens"));
    if (!value.isBool()) {
        *error = missing("the result of the revocation");
        return std::nullopt;
    }
    return value.toBool();
}
