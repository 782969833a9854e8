#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Plain results of the Moderne GraphQL API. No token value is ever part of these,
// except CreatedAccessToken::value, which the caller must show once and then wipe.

struct AccessToken {
    QString id;
    QString description;
    QDateTime created;
    std::optional<QDateTime> expiresAt; // empty = never expires
};

// One page of a GraphQL connection ({ count edges { node cursor } pageInfo }): the nodes, the
// connection's total count and where the next page starts.
template <typename T> struct Page {
    QList<T> items;
    int totalCount = 0;
    bool hasNextPage = false;
    QString endCursor;
};

using AccessTokenPage = Page<AccessToken>;

struct CurrentUser {
    QString email;
    QString username;
    QString role; // "ADMIN" or "USER"
    std::optional<QDateTime> lastActive;
};

// A user holding personal access tokens, with the first page of them (admin view).
struct UserWithTokens {
    QString id;
    QString email;
    QString username;
    QString role;
    std::optional<QDateTime> lastActive;
    AccessTokenPage tokens;
};

using UserPage = Page<UserWithTokens>;

struct CreatedAccessToken {
    AccessToken token;
    QByteArray value; // shown once; never stored in models, logs or settings
};

struct ScmToken {
    QDateTime created;
    QDateTime expiresAt;
};

struct ScmConnection {
    QString typeName; // GithubConnection, GitLabConnection, ...
    QString origin;   // resourceId, e.g. github.com
    bool isAuthorized = false;
    QList<ScmToken> tokens;
};

// initiateAuthorization: where to send the browser, and what to take from its callback.
struct ScmAuthorization {
    QString id;
    QString authorizationUrl;
    QStringList callbackParameters; // e.g. ["code"]
    QDateTime expiresAt;
};

// exchangeAuthorizationCode and revokeScmToken: success, or the server's sentence.
struct ScmOperationResult {
    bool success = false;
    QString error;
};

// One event of the platform's audit log (auditLogs). Never holds a token value.
struct AuditEvent {
    QString id;
    QString actorEmail;
    QString target;     // e.g. access.tokens
    QString action;     // e.g. create.token
    QString actionType; // CREATE, READ, UPDATE, DELETE
    QString outcome;    // SUCCESS or FAILURE
    QString description;
    QDateTime timestamp;
};

using AuditEventPage = Page<AuditEvent>;

// The filters of the Activity pane, the query's `where`: every set field narrows the events.
struct AuditFilter {
    std::optional<QDateTime> since; // inclusive
    std::optional<QDateTime> until; // inclusive
    QString actorEmail;             // the acting user's email, case-insensitive substring
    QString target;                 // exact
    QString action;                 // exact
    QString outcome;                // SUCCESS, FAILURE or empty for both
    QString text;                   // case-insensitive substring of the description
    // A token's history: events whose description or target contains any of these (its id,
    // its description); case-insensitive. Empty for no such narrowing.
    QStringList mentions;
    bool operator==(const AuditFilter &) const = default;
};

// A platform export of the audit log (downloadAuditLogs, auditLogsDownloads).
struct AuditLogsDownload {
    enum class State { Processing, Finished, Error };
    QString id;
    State state = State::Processing;
    QString format; // CSV or CEF
    QDateTime startedAt;
    QDateTime finishedAt;
    QString downloadUrl; // Finished: relative to the API's base URL
    QString message;     // Error: the server's sentence
};

struct ApiError {
    enum class Kind { None, Network, Unauthorized, Http, GraphQl, BadResponse };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // a sentence for the user
    QString code; // GraphQL: the first error's extensions.code, e.g. COST_ESTIMATED_TOO_EXPENSIVE
    explicit operator bool() const { return kind != Kind::None; }
};

template <typename T> struct ApiResult {
    std::optional<T> value;
    ApiError error;
};
