#pragma once

#include "ApiTypes.h"
#include "ConnectionPager.h"
#include "RotationJournal.h"
#include "TenantProfile.h"
#include "TokensCommandLine.h"

#include <QObject>

#include <functional>
#include <memory>

class AccessTokenApi;
class AccessTokenService;
class CredentialStore;
class GraphQlClient;
class QNetworkAccessManager;
class Settings;
class UserApi;

// `tokendesk-cli tokens list|create|revoke|rotate`: the personal access tokens of a tenant
// through the app's API classes and service, for scripts. The new value of create and rotate
// goes alone on one line of standard output (or inside the --json object on that line), and
// everything else to standard error; a token value never reaches a file, the journal or a log.
// Exit codes: see ExitCode.
class TokensCommand : public QObject {
    Q_OBJECT
public:
    enum ExitCode { Done = 0, Refused = 1, BadInput = 2, NotSignedIn = 3, NetworkError = 4 };
    using Writer = std::function<void(const QByteArray &)>;

    // `settings`: the app's tenant profiles; `journalPath`: the rotation journal.
    TokensCommand(QNetworkAccessManager *network, CredentialStore *credentials, Settings *settings,
                  QString journalPath, QObject *parent = nullptr);
    ~TokensCommand() override;

    // `token`: from --token-stdin or MODERNE_TOKEN (empty: the keychain entry the app saved for
    // the tenant); wiped here. Calls `done` once with the exit code.
    void run(const TokensOptions &options, QByteArray token, Writer out, Writer err,
             std::function<void(int)> done);

    // 1 refused by the server, 3 token rejected, 4 network, TLS or an unusable answer.
    static int exitCodeFor(const ApiError &error);

private:
    using TokensCallback = std::function<void(const QList<AccessToken> &)>;

    bool resolveProfile(QString *problem);
    void start();
    void list();
    void create();
    void revoke();
    void revokeIds(const QList<AccessToken> &known);
    void revokeNext();
    void revokeUserAll();

    // Rotation.
    void rotate();
    void settleNext();
    void settled(int code);
    void settleLostCreate(const QString &rotationId);
    void revokeOrphan(const QString &rotationId, const QString &newId);
    void revokeOld(const QString &rotationId);
    void afterHandOver(const QString &rotationId);
    void startRotation();
    void createFor(const QString &rotationId);
    bool saveJournal();
    void crashPoint(Rotation::Step step);

    // Every page of a connection of tokens (starting after `first` when given).
    void collect(ConnectionPager<AccessToken>::Fetch fetch, std::optional<AccessTokenPage> first,
                 TokensCallback done);
    void collectRest(std::shared_ptr<ConnectionPager<AccessToken>> pager,
                     std::shared_ptr<QList<AccessToken>> items, TokensCallback done);
    void collectMine(TokensCallback done);
    void collectUsers(std::function<void(const QList<UserWithTokens> &)> done);
    void fetchUsers();
    void completeUserTokens(qsizetype index);

    void printNewValue(const CreatedAccessToken &created, const QJsonObject &extra);
    QByteArray tokenLine(const AccessToken &token) const;
    void say(const QString &text); // one line on standard error
    void failApi(const ApiError &error, const QString &context = {});
    void fail(int code, const QString &message);
    void finish(int code);

    QNetworkAccessManager *m_network;
    CredentialStore *m_credentials;
    Settings *m_settings;
    QString m_journalPath;
    GraphQlClient *m_client;
    AccessTokenApi *m_api;
    UserApi *m_users;
    AccessTokenService *m_service;

    TokensOptions m_options;
    TenantProfile m_profile;
    Writer m_out;
    Writer m_err;
    std::function<void(int)> m_done;
    bool m_finished = false;

    std::unique_ptr<ConnectionPager<UserWithTokens>> m_userPager;
    QList<UserWithTokens> m_userRows;
    std::function<void(const QList<UserWithTokens> &)> m_usersDone;
    QList<AccessToken> m_revokeTargets;

    std::unique_ptr<RotationJournal> m_journal;
    QStringList m_toSettle;  // rotation ids still to look at, in order
    int m_code = Done;       // the worst outcome of the rotations settled so far
    bool m_startNew = false; // after settling, start a rotation of m_options.ids[0]
};
