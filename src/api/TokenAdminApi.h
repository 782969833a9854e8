#pragma once

#include "ApiTypes.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class GraphQlClient;

// A user holding personal access tokens, with the first page of them (admin view).
struct UserWithTokens {
    QString id;
    QString email;
    QString username;
    QString role;
    std::optional<QDateTime> lastActive;
    AccessTokenPage tokens;
};

struct UserPage {
    QList<UserWithTokens> users;
    int totalCount = 0;
    bool hasNextPage = false;
    QString endCursor;
};

// The PAT calls beyond the user's own list: the tenant's expiry cap (connectors), and the
// admin operations over every user's tokens. Same conventions as ModerneApi.
class TokenAdminApi : public QObject {
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const ApiResult<T> &)>;

    explicit TokenAdminApi(GraphQlClient *client, QObject *parent = nullptr);

    // The smallest maxExpiryDays over the tenant's connectors; empty = no cap.
    void maxExpiryDays(QObject *context, Callback<std::optional<int>> callback);
    // users(where: { tokenCount: { _gt: 0 } }), by email, each with its first tokens.
    void usersWithTokens(int first, const QString &after, int tokensFirst, QObject *context,
                         Callback<UserPage> callback);
    void userTokens(const QString &email, int first, const QString &after, QObject *context,
                    Callback<AccessTokenPage> callback);
    void revokeAllAccessTokens(const QString &email, QObject *context, Callback<bool> callback);

    static std::optional<std::optional<int>> parseMaxExpiryDays(const QJsonObject &data,
                                                                QString *error);
    static std::optional<UserPage> parseUsers(const QJsonObject &data, QString *error);
    static std::optional<AccessTokenPage> parseUserTokens(const QJsonObject &data, QString *error);
    static std::optional<bool> parseRevokeAll(const QJsonObject &data, QString *error);

private:
    template <typename T, typename Parser>
    void run(const QString &operation, const QJsonObject &variables, QObject *context,
             Parser parser, Callback<T> callback);

    GraphQlClient *m_client;
};
