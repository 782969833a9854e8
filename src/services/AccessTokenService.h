#pragma once

#include "ApiTypes.h"

#include <QObject>

#include <functional>
#include <optional>

class AccessTokenApi;

// Does what can be done to personal access tokens — create, revoke (own tokens or, for
// administrators, any user's), revoke all of a user's, read the tenant's lifetime cap — and
// owns the rule that a write is never sent twice: when a create or revoke fails in a way
// where the server may still have acted (network, HTTP error, unreadable answer), it is not
// repeated; instead the lists are told to reload (reloadNeeded). Item models listen to the
// signals and present the rows; they never call the API's mutations themselves.
class AccessTokenService : public QObject {
    Q_OBJECT
public:
    // What happened to one token of a revoke() call.
    struct RevokeOutcome {
        enum class Result { Revoked, AlreadyGone, Failed };
        QString id;
        QString description;
        Result result = Result::Failed;
        QString message; // why it failed
        // Failed with the answer lost: the server may have revoked it (the message says so).
        bool uncertain = false;
    };
    using CreateCallback = std::function<void(const ApiResult<CreatedAccessToken> &)>;
    using RevokeCallback = std::function<void(const QList<RevokeOutcome> &)>;
    using DoneCallback = std::function<void(bool done, const QString &message)>;
    using CapCallback = std::function<void(const ApiResult<std::optional<int>> &)>;

    explicit AccessTokenService(AccessTokenApi *api, QObject *parent = nullptr);

    // createAccessToken, sent once. The callback gets the value, to show once; created() tells
    // the lists (without the value).
    void create(const QString &description, const std::optional<QDateTime> &expiresAt,
                QObject *context, CreateCallback callback);
    // revokeAccessToken for each token in turn. `ownerEmail`: whose tokens they are when an
    // administrator revokes another user's (empty: the signed-in user's own).
    void revoke(const QList<AccessToken> &tokens, const QString &ownerEmail, QObject *context,
                RevokeCallback callback);
    // What an administrator's action on a whole user (revoke all, delete) came to.
    enum class UserOutcome {
        Done,     // all their tokens revoked / the user deleted with their tokens
        NotFound, // deleteUser: the server has no such user (nothing was done)
        Failed,   // refused or not complete; `message` says why; the lists are told to reload
        Unknown,  // the answer was lost: the server may have acted; never sent again, the lists
                  // are told to reload (reloadNeeded)
    };
    using UserCallback = std::function<void(UserOutcome outcome, const QString &message)>;
    // revokeAllAccessTokens(email), sent once.
    void revokeAll(const QString &email, QObject *context, DoneCallback callback);
    void revokeAllOf(const QString &email, QObject *context, UserCallback callback);
    // deleteUser(email): the user and all their tokens, sent once.
    void deleteUser(const QString &email, QObject *context, UserCallback callback);
    // The tenant's cap on a new token's lifetime (connectors…maxExpiryDays); empty = none.
    void maxExpiryDays(QObject *context, CapCallback callback);

    // True when a failed request may still have been carried out by the server.
    static bool serverMayHaveActed(const ApiError &error);

Q_SIGNALS:
    // A token was created (it joins the lists, newest first).
    void created(const AccessToken &token);
    // These tokens are gone from the server (revoked now, or already gone).
    void revoked(const QStringList &ids);
    // All tokens of `email` were revoked.
    void allRevoked(const QString &email);
    // The user `email` was deleted, and all their tokens with them.
    void userDeleted(const QString &email);
    // The server may hold something other than the lists show (an uncertain outcome, or a
    // partial one): the lists of `email`'s tokens (empty: the user's own) should be reloaded.
    // `message` says why, for the user.
    void reloadNeeded(const QString &email, const QString &message);

private:
    // A failed action on the user `email` (the API's `operation`), logged: Failed, or Unknown
    // when the server may have acted (the lists are then told to reload).
    UserOutcome userFailure(const char *operation, const QString &email, const ApiError &error);

    AccessTokenApi *m_api;
};
