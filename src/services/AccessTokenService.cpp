#include "AccessTokenService.h"

#include "AccessTokenApi.h"
#include "Logging.h"

#include <QPointer>

#include <memory>

AccessTokenService::AccessTokenService(AccessTokenApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api) {}

bool AccessTokenService::serverMayHaveActed(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Http:
    case ApiError::Kind::BadResponse:
        return true;
    case ApiError::Kind::None:
    case ApiError::Kind::Unauthorized: // refused before anything was done
    case ApiError::Kind::GraphQl:      // the server said why it did not
        return false;
    }
    return false;
}

AccessTokenService::UserOutcome AccessTokenService::userFailure(const char *operation,
                                                                const QString &email,
                                                                const ApiError &error) {
    qCWarning(lcServices) << operation << "failed:" << error.message;
    if (!serverMayHaveActed(error))
        return UserOutcome::Failed;
    Q_EMIT reloadNeeded(email, error.message);
    return UserOutcome::Unknown;
}

void AccessTokenService::create(const QString &description,
                                const std::optional<QDateTime> &expiresAt, QObject *context,
                                CreateCallback callback) {
    QPointer<QObject> guard(context);
    m_api->create(
        description, expiresAt, this,
        [this, guard, callback = std::move(callback)](const ApiResult<CreatedAccessToken> &result) {
            if (result.error) {
                qCWarning(lcServices) << "createAccessToken failed:" << result.error.message;
                if (serverMayHaveActed(result.error))
                    Q_EMIT reloadNeeded({}, result.error.message);
            } else {
                Q_EMIT created(result.value->token);
            }
            if (guard)
                callback(result);
        });
}

void AccessTokenService::revoke(const QList<AccessToken> &tokens, const QString &ownerEmail,
                                QObject *context, RevokeCallback callback) {
    struct State {
        QList<AccessToken> tokens;
        QString email;
        QList<RevokeOutcome> outcomes;
        QStringList gone;
        QPointer<QObject> context;
        RevokeCallback callback;
        QString uncertain;
    };
    auto state = std::make_shared<State>();
    state->tokens = tokens;
    state->email = ownerEmail;
    state->context = context;
    state->callback = std::move(callback);

    auto next = std::make_shared<std::function<void()>>();
    *next = [this, state, next] {
        if (state->outcomes.size() == state->tokens.size()) {
            // An uncertain outcome reloads the lists, which then also lack what is gone.
            if (!state->uncertain.isEmpty())
                Q_EMIT reloadNeeded(state->email, state->uncertain);
            if (!state->gone.isEmpty())
                Q_EMIT revoked(state->gone);
            if (state->context)
                state->callback(state->outcomes);
            *next = nullptr; // breaks the cycle
            return;
        }
        const AccessToken &token = state->tokens.at(state->outcomes.size());
        RevokeOutcome outcome;
        outcome.id = token.id;
        outcome.description = token.description;
        m_api->revoke(
            token.id, this, [state, next, outcome](const ApiResult<bool> &result) mutable {
                if (result.error) {
                    outcome.result = RevokeOutcome::Result::Failed;
                    outcome.message = result.error.message;
                    qCWarning(lcServices) << "revokeAccessToken failed:" << result.error.message;
                    if (serverMayHaveActed(result.error)) {
                        state->uncertain = result.error.message;
                        outcome.uncertain = true;
                    }
                } else {
                    outcome.result = *result.value ? RevokeOutcome::Result::Revoked
                                                   : RevokeOutcome::Result::AlreadyGone;
                    state->gone << outcome.id;
                }
                state->outcomes.append(outcome);
                (*next)();
            });
    };
    (*next)();
}

void AccessTokenService::revokeAll(const QString &email, QObject *context, DoneCallback callback) {
    revokeAllOf(email, context,
                [callback = std::move(callback)](UserOutcome outcome, const QString &message) {
                    callback(outcome == UserOutcome::Done, message);
                });
}

void AccessTokenService::revokeAllOf(const QString &email, QObject *context,
                                     UserCallback callback) {
    QPointer<QObject> guard(context);
    m_api->revokeAll(email, this, [=, this](const ApiResult<bool> &result) {
        QString message;
        UserOutcome outcome = UserOutcome::Done;
        if (result.error) {
            message = result.error.message;
            outcome = userFailure("revokeAllAccessTokens", email, result.error);
        } else if (!*result.value) {
            message = tr("The server did not revoke all tokens of %1; the list shows what it "
                         "holds now.")
                          .arg(email);
            outcome = UserOutcome::Failed;
            Q_EMIT reloadNeeded(email, message);
        } else {
            Q_EMIT allRevoked(email);
        }
        if (guard)
            callback(outcome, message);
    });
}

void AccessTokenService::deleteUser(const QString &email, QObject *context, UserCallback callback) {
    QPointer<QObject> guard(context);
    m_api->deleteUser(email, this, [=, this](const ApiResult<bool> &result) {
        UserOutcome outcome = UserOutcome::Done;
        QString message;
        if (result.error) {
            message = result.error.message;
            outcome = userFailure("deleteUser", email, result.error);
        } else if (!*result.value) {
            outcome = UserOutcome::NotFound;
            message = tr("The server has no user %1.").arg(email);
        } else {
            Q_EMIT allRevoked(email);
            Q_EMIT userDeleted(email);
        }
        if (guard)
            callback(outcome, message);
    });
}

void AccessTokenService::maxExpiryDays(QObject *context, CapCallback callback) {
    m_api->maxExpiryDays(context, std::move(callback));
}
