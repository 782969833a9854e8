#include "TokensCommand.h"

#include "AccessTokenApi.h"
#include "AccessTokenService.h"
#include "ApiParsing.h"
#include "CredentialStore.h"
#include "ExpiryPolicy.h"
#include "GraphQlClient.h"
#include "Logging.h"
#include "RotationRules.h"
#include "Settings.h"
#include "UserApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

#include <cstdio>
#include <cstdlib>

namespace {

constexpr qint64 Day = 86400;

QString shortTime(const QDateTime &dateTime) {
    return dateTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonValue jsonTime(const std::optional<QDateTime> &dateTime) {
    return dateTime && dateTime->isValid() ? QJsonValue(ApiParsing::toRfc3339(*dateTime))
                                           : QJsonValue(QJsonValue::Null);
}

QJsonObject tokenJson(const AccessToken &token) {
    return {{QStringLiteral("id"), token.id},
            {QStringLiteral("description"), token.description},
            {QStringLiteral("created"), jsonTime(token.created)},
            {QStringLiteral("expiresAt"), jsonTime(token.expiresAt)}};
}

QString days(qint64 seconds) {
    const double value = double(seconds) / Day;
    return QString::number(value, 'f', value == std::floor(value) ? 0 : 1);
}
} // namespace

TokensCommand::TokensCommand(QNetworkAccessManager *network, CredentialStore *credentials,
                             Settings *settings, QString journalPath, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(credentials)
    , m_settings(settings)
    , m_journalPath(std::move(journalPath))
    , m_client(new GraphQlClient(network, this))
    , m_api(new AccessTokenApi(m_client, this))
    , m_users(new UserApi(m_client, this))
    , m_service(new AccessTokenService(m_api, this)) {}

TokensCommand::~TokensCommand() = default;

int TokensCommand::exitCodeFor(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::None:
        return Done;
    case ApiError::Kind::GraphQl:
        return Refused;
    case ApiError::Kind::Unauthorized:
        return NotSignedIn;
    case ApiError::Kind::Network:
    case ApiError::Kind::Http:
    case ApiError::Kind::BadResponse:
        return NetworkError;
    }
    return NetworkError;
}

void TokensCommand::say(const QString &text) {
    m_err(QStringLiteral("tokendesk-cli: %1\n").arg(text).toUtf8());
}

void TokensCommand::fail(int code, const QString &message) {
    if (!message.isEmpty())
        say(message);
    finish(code);
}

void TokensCommand::failApi(const ApiError &error, const QString &context) {
    QString message = error.message;
    if (error.kind == ApiError::Kind::Unauthorized)
        message = tr("The server did not accept the token (HTTP 401): it is wrong, expired or "
                     "revoked, or (v1) its administrator has not signed in for 14 days.");
    fail(exitCodeFor(error), context.isEmpty() ? message : context + QLatin1Char(' ') + message);
}

void TokensCommand::finish(int code) {
    if (std::exchange(m_finished, true))
        return;
    m_client->setBearerToken(QByteArray(64, '\0'));
    m_client->setBearerToken({});
    m_journal.reset(); // releases the lock
    m_done(code);
}

bool TokensCommand::resolveProfile(QString *problem) {
    const QList<TenantProfile> profiles = m_settings->tenants();
    if (!m_options.tenant.isEmpty()) {
        for (const TenantProfile &profile : profiles) {
            if (profile.displayName.compare(m_options.tenant, Qt::CaseInsensitive) == 0) {
                m_profile = profile;
                break;
            }
        }
        if (m_profile.apiUrl.isEmpty()) {
            QStringList names;
            for (const TenantProfile &profile : profiles)
                names << QStringLiteral("“%1”").arg(profile.displayName);
            *problem = names.isEmpty()
                           ? tr("There is no tenant profile “%1”: TokenDesk has none yet (or "
                                "give --api-url).")
                                 .arg(m_options.tenant)
                           : tr("There is no tenant profile “%1”; there are %2.")
                                 .arg(m_options.tenant, names.join(QStringLiteral(", ")));
            return false;
        }
    } else if (!m_options.apiUrl.isEmpty()) {
        const QUrl wanted = m_options.apiUrl.adjusted(QUrl::StripTrailingSlash);
        for (const TenantProfile &profile : profiles) {
            if (profile.apiUrl.adjusted(QUrl::StripTrailingSlash) == wanted) {
                m_profile = profile;
                break;
            }
        }
        if (m_profile.apiUrl.isEmpty()) {
            m_profile.apiUrl = m_options.apiUrl;
            m_profile.issuer = QUrl();
        }
    } else {
        const int index = m_settings->startTenantIndex();
        if (index < 0) {
            *problem = tr("No tenant: give --tenant NAME (a profile of the TokenDesk app) or "
                          "--api-url URL.");
            return false;
        }
        m_profile = profiles.at(index);
    }
    if (const QString p = TenantProfile::endpointProblem(m_profile.apiUrl); !p.isEmpty()) {
        *problem = p;
        return false;
    }
    return true;
}

void TokensCommand::run(const TokensOptions &options, QByteArray token, Writer out, Writer err,
                        std::function<void(int)> done) {
    m_options = options;
    m_out = std::move(out);
    m_err = std::move(err);
    m_done = std::move(done);
    QString problem;
    if (!resolveProfile(&problem)) {
        token.fill('\0');
        return fail(BadInput, problem);
    }
    m_client->setEndpoint(m_profile.apiUrl);
    m_client->setSendPlatformV2(m_profile.isV2());
    // Reads only: a mutation is never sent again, whatever happens to it.
    m_client->setReadRetries(2, 500);
    if (!token.isEmpty()) {
        m_client->setBearerToken(token);
        token.fill('\0');
        return start();
    }
    if (m_profile.issuer.isEmpty())
        return fail(NotSignedIn,
                    tr("Not signed in: no token. Set MODERNE_TOKEN, pipe one to --token-stdin, "
                       "or sign in to this tenant in TokenDesk with a personal access token and "
                       "give its --tenant."));
    m_credentials->read(m_profile.credentialKey(), [this](const CredentialStore::ReadResult &read) {
        QByteArray secret = read.secret;
        if (!read.error.isEmpty())
            return fail(NotSignedIn,
                        tr("Not signed in: the keychain could not be read. %1").arg(read.error));
        if (!read.found)
            return fail(NotSignedIn,
                        tr("Not signed in: TokenDesk has no saved session for “%1”. Sign in "
                           "there with a personal access token, set MODERNE_TOKEN or use "
                           "--token-stdin.")
                            .arg(m_profile.displayName));
        if (!secret.startsWith("pat:")) {
            secret.fill('\0');
            return fail(NotSignedIn,
                        tr("Not signed in with a personal access token: TokenDesk's session for "
                           "“%1” is a browser sign-in, which the command line does not use. "
                           "Sign in there with a personal access token, set MODERNE_TOKEN or use "
                           "--token-stdin.")
                            .arg(m_profile.displayName));
        }
        m_client->setBearerToken(secret.mid(4));
        secret.fill('\0');
        start();
    });
}

void TokensCommand::start() {
    switch (m_options.action) {
    case TokensOptions::Action::List:
        return list();
    case TokensOptions::Action::Create:
        return create();
    case TokensOptions::Action::Revoke:
        return revoke();
    case TokensOptions::Action::Rotate:
        return rotate();
    }
}

// ---- paging -------------------------------------------------------------------------------

void TokensCommand::collect(ConnectionPager<AccessToken>::Fetch fetch,
                            std::optional<AccessTokenPage> first, TokensCallback done) {
    auto pager = std::make_shared<ConnectionPager<AccessToken>>(std::move(fetch), 100);
    auto items = std::make_shared<QList<AccessToken>>();
    if (first) {
        pager->continueFrom(*first);
        *items = first->items;
        if (!first->hasNextPage)
            return done(*items);
    }
    collectRest(pager, items, std::move(done));
}

void TokensCommand::collectRest(std::shared_ptr<ConnectionPager<AccessToken>> pager,
                                std::shared_ptr<QList<AccessToken>> items, TokensCallback done) {
    pager->fetchNext([this, pager, items, done](const ApiResult<AccessTokenPage> &result) {
        if (result.error || !result.value)
            return failApi(result.error, tr("The list of tokens could not be read."));
        items->append(result.value->items);
        const bool more = result.value->hasNextPage;
        // The pager takes the next request once this answer is done with.
        QMetaObject::invokeMethod(
            this,
            [this, pager, items, done, more] {
                if (more)
                    collectRest(pager, items, done);
                else
                    done(*items);
            },
            Qt::QueuedConnection);
    });
}

void TokensCommand::collectMine(TokensCallback done) {
    collect(
        [this](int first, const QString &after,
               ConnectionPager<AccessToken>::PageCallback pageDone) {
            m_api->myTokens(first, after, this, std::move(pageDone));
        },
        std::nullopt, std::move(done));
}

void TokensCommand::collectUsers(std::function<void(const QList<UserWithTokens> &)> done) {
    m_usersDone = std::move(done);
    m_userRows.clear();
    m_userPager = std::make_unique<ConnectionPager<UserWithTokens>>(
        [this](int first, const QString &after,
               ConnectionPager<UserWithTokens>::PageCallback pageDone) {
            m_users->usersWithTokens(first, after, 20, this, std::move(pageDone));
        },
        50);
    fetchUsers();
}

void TokensCommand::fetchUsers() {
    m_userPager->fetchNext([this](const ApiResult<UserPage> &result) {
        if (result.error || !result.value)
            return failApi(result.error, tr("The list of users could not be read."));
        m_userRows.append(result.value->items);
        const bool more = result.value->hasNextPage;
        QMetaObject::invokeMethod(
            this,
            [this, more] {
                if (more)
                    fetchUsers();
                else
                    completeUserTokens(0);
            },
            Qt::QueuedConnection);
    });
}

// The rest of each user's tokens beyond the first page.
void TokensCommand::completeUserTokens(qsizetype index) {
    while (index < m_userRows.size() && !m_userRows.at(index).tokens.hasNextPage)
        ++index;
    if (index >= m_userRows.size())
        return m_usersDone(m_userRows);
    const QString email = m_userRows.at(index).email;
    collect(
        [this, email](int first, const QString &after,
                      ConnectionPager<AccessToken>::PageCallback pageDone) {
            m_api->userTokens(email, first, after, this, std::move(pageDone));
        },
        m_userRows.at(index).tokens,
        [this, index](const QList<AccessToken> &tokens) {
            m_userRows[index].tokens.items = tokens;
            m_userRows[index].tokens.hasNextPage = false;
            completeUserTokens(index + 1);
        });
}

// ---- list ---------------------------------------------------------------------------------

QByteArray TokensCommand::tokenLine(const AccessToken &token) const {
    return QStringLiteral("%1  %2").arg(token.id, token.description).toUtf8();
}

void TokensCommand::list() {
    const auto print = [this](const QList<QPair<QString, AccessToken>> &rows) {
        if (m_options.json) {
            QJsonArray array;
            for (const auto &[user, token] : rows) {
                QJsonObject object = tokenJson(token);
                if (m_options.allUsers)
                    object.insert(QStringLiteral("user"), user);
                array.append(object);
            }
            m_out(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return finish(Done);
        }
        QStringList headers;
        if (m_options.allUsers)
            headers << tr("USER");
        headers << tr("ID") << tr("DESCRIPTION") << tr("CREATED") << tr("EXPIRES");
        QList<QStringList> table{headers};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto &[user, token] : rows) {
            QStringList cells;
            if (m_options.allUsers)
                cells << user;
            QString expires = tr("never");
            if (token.expiresAt) {
                expires = shortTime(*token.expiresAt);
                if (*token.expiresAt <= now)
                    expires += tr(" (expired)");
            }
            cells << token.id << token.description << shortTime(token.created) << expires;
            table << cells;
        }
        QList<qsizetype> widths(headers.size(), 0);
        for (const QStringList &row : table)
            for (qsizetype i = 0; i < row.size(); ++i)
                widths[i] = std::max(widths[i], row.at(i).size());
        QString text;
        for (const QStringList &row : table) {
            QString line;
            for (qsizetype i = 0; i < row.size(); ++i)
                line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
            text += line.trimmed() + QLatin1Char('\n');
        }
        m_out(text.toUtf8());
        if (rows.isEmpty())
            say(tr("No tokens."));
        finish(Done);
    };
    if (m_options.allUsers) {
        collectUsers([print](const QList<UserWithTokens> &users) {
            QList<QPair<QString, AccessToken>> rows;
            for (const UserWithTokens &user : users)
                for (const AccessToken &token : user.tokens.items)
                    rows.append({user.email, token});
            print(rows);
        });
        return;
    }
    collectMine([print](const QList<AccessToken> &tokens) {
        QList<QPair<QString, AccessToken>> rows;
        for (const AccessToken &token : tokens)
            rows.append({QString(), token});
        print(rows);
    });
}

// ---- create -------------------------------------------------------------------------------

void TokensCommand::printNewValue(const CreatedAccessToken &created, const QJsonObject &extra) {
    QByteArray line;
    if (m_options.json) {
        QJsonObject object = tokenJson(created.token);
        object.insert(QStringLiteral("token"), QString::fromUtf8(created.value));
        for (auto it = extra.begin(); it != extra.end(); ++it)
            object.insert(it.key(), it.value());
        line = QJsonDocument(object).toJson(QJsonDocument::Compact);
        object = {};
    } else {
        line = created.value;
    }
    line += '\n';
    m_out(line);
    line.fill('\0');
}

void TokensCommand::create() {
    std::optional<QDateTime> expiresAt;
    if (m_options.expiresInDays)
        expiresAt = ExpiryPolicy(QDateTime::currentDateTime(), QTimeZone::systemTimeZone(), {})
                        .presetExpiry(*m_options.expiresInDays);
    else if (m_options.expiresAt)
        expiresAt = m_options.expiresAt->toLocalTime();
    m_service->create(
        m_options.description, expiresAt, this,
        [this](const ApiResult<CreatedAccessToken> &result) {
            if (result.error) {
                if (AccessTokenService::serverMayHaveActed(result.error))
                    return failApi(result.error,
                                   tr("The token may or may not have been created (it was not "
                                      "asked for again): `tokendesk-cli tokens list` shows what "
                                      "the server holds."));
                return failApi(result.error, tr("The token was not created."));
            }
            CreatedAccessToken created = *result.value;
            printNewValue(created, {});
            created.value.fill('\0');
            say(created.token.expiresAt ? tr("Created “%1” (%2), expires %3.")
                                              .arg(created.token.description, created.token.id,
                                                   ApiParsing::toRfc3339(*created.token.expiresAt))
                                        : tr("Created “%1” (%2), never expires.")
                                              .arg(created.token.description, created.token.id));
            finish(Done);
        });
}

// ---- revoke -------------------------------------------------------------------------------

void TokensCommand::revoke() {
    if (m_options.all)
        return revokeUserAll();
    collectMine([this](const QList<AccessToken> &mine) { revokeIds(mine); });
}

void TokensCommand::revokeIds(const QList<AccessToken> &known) {
    QList<AccessToken> targets;
    for (const QString &id : m_options.ids) {
        AccessToken token;
        token.id = id;
        for (const AccessToken &mine : known)
            if (mine.id == id)
                token = mine;
        targets << token;
    }
    if (m_options.dryRun) {
        for (const AccessToken &token : targets) {
            const bool mine = !token.description.isEmpty() || !token.created.isNull();
            m_out((mine ? tr("would revoke  %1").arg(QString::fromUtf8(tokenLine(token)))
                        : tr("would revoke  %1  (not among your tokens: another user's, or "
                             "none)")
                              .arg(token.id))
                      .toUtf8() +
                  '\n');
        }
        say(tr("Dry run: nothing was revoked."));
        return finish(Done);
    }
    m_revokeTargets = targets;
    revokeNext();
}

// One after the other, each sent once.
void TokensCommand::revokeNext() {
    if (m_revokeTargets.isEmpty())
        return finish(m_code);
    const AccessToken token = m_revokeTargets.takeFirst();
    m_api->revoke(token.id, this, [this, token](const ApiResult<bool> &result) {
        if (result.error) {
            say(tr("%1 was not revoked: %2").arg(token.id, result.error.message));
            if (m_code == Done)
                m_code = exitCodeFor(result.error);
        } else if (!*result.value) {
            say(tr("%1: no such token (already revoked, or never there).").arg(token.id));
            if (m_code == Done)
                m_code = Refused;
        } else {
            m_out(tr("revoked  %1").arg(QString::fromUtf8(tokenLine(token))).toUtf8() + '\n');
        }
        revokeNext();
    });
}

void TokensCommand::revokeUserAll() {
    const QString email = m_options.userEmail;
    collect(
        [this, email](int first, const QString &after,
                      ConnectionPager<AccessToken>::PageCallback pageDone) {
            m_api->userTokens(email, first, after, this, std::move(pageDone));
        },
        std::nullopt,
        [this, email](const QList<AccessToken> &tokens) {
            if (m_options.dryRun) {
                for (const AccessToken &token : tokens)
                    m_out(tr("would revoke  %1").arg(QString::fromUtf8(tokenLine(token))).toUtf8() +
                          '\n');
                say(tokens.isEmpty() ? tr("Dry run: %1 has no tokens.").arg(email)
                                     : tr("Dry run: nothing was revoked."));
                return finish(Done);
            }
            if (tokens.isEmpty()) {
                say(tr("%1 has no tokens: nothing to revoke.").arg(email));
                return finish(Done);
            }
            m_api->revokeAll(email, this, [this, email, tokens](const ApiResult<bool> &result) {
                if (result.error)
                    return failApi(result.error,
                                   AccessTokenService::serverMayHaveActed(result.error)
                                       ? tr("The tokens of %1 may or may not have been revoked "
                                            "(it was not asked for again).")
                                             .arg(email)
                                       : tr("The tokens of %1 were not revoked.").arg(email));
                if (!*result.value)
                    return fail(Refused,
                                tr("The server did not revoke the tokens of %1.").arg(email));
                for (const AccessToken &token : tokens)
                    m_out(tr("revoked  %1").arg(QString::fromUtf8(tokenLine(token))).toUtf8() +
                          '\n');
                finish(Done);
            });
        });
}

// ---- rotate -------------------------------------------------------------------------------
//
// The journal is written before every request and after every answer. A run first settles the
// unfinished rotations of this tenant (all of them with --resume; otherwise the revocations
// that are due and the rotation of the same token), then starts the new one.

bool TokensCommand::saveJournal() {
    QString error;
    if (m_journal->save(&error))
        return true;
    fail(BadInput, error);
    return false;
}

void TokensCommand::crashPoint(Rotation::Step step) {
    // Test-only: end the process abruptly right after `step` (for create-sent and revoke-sent,
    // when the answer arrives: the server has acted and the answer is lost), to test resuming.
    if (qEnvironmentVariable("TOKENDESK_TEST_CRASH_AFTER") == Rotation::stepName(step)) {
        std::fflush(stdout);
        std::fputs("tokendesk-cli: TOKENDESK_TEST_CRASH_AFTER: stopping here\n", stderr);
        std::_Exit(99);
    }
}

void TokensCommand::rotate() {
    m_journal = std::make_unique<RotationJournal>(m_journalPath);
    QString error;
    if (!m_journal->open(&error))
        return fail(BadInput, error);
    const QString tenant = m_profile.apiUrl.toString(QUrl::StripTrailingSlash);
    const QString oldId = m_options.resume ? QString() : m_options.ids.constFirst();
    m_startNew = !m_options.resume;
    for (const Rotation &rotation : m_journal->rotations()) {
        if (rotation.tenant != tenant || rotation.isFinished())
            continue;
        if (m_options.resume || rotation.oldId == oldId ||
            rotation.step >= Rotation::Step::HandedOver)
            m_toSettle << rotation.id;
        else
            say(tr("An interrupted rotation of %1 (“%2”) is waiting: run `tokendesk-cli tokens "
                   "rotate --resume`.")
                    .arg(rotation.oldId, rotation.description));
    }
    settleNext();
}

void TokensCommand::settled(int code) {
    if (m_code == Done)
        m_code = code;
    QMetaObject::invokeMethod(this, &TokensCommand::settleNext, Qt::QueuedConnection);
}

void TokensCommand::settleNext() {
    if (m_finished)
        return;
    if (m_toSettle.isEmpty()) {
        if (m_startNew)
            return startRotation();
        return finish(m_code);
    }
    const QString id = m_toSettle.takeFirst();
    Rotation *rotation = m_journal->find(id);
    if (!rotation)
        return settled(Done);
    const bool ofThisToken = !m_options.resume && rotation->oldId == m_options.ids.constFirst();
    switch (rotation->step) {
    case Rotation::Step::Planned:
        // Nothing was sent yet: carry on with this rotation instead of a new one.
        if (ofThisToken)
            m_startNew = false;
        say(tr("Resuming the rotation of %1 (“%2”).").arg(rotation->oldId, rotation->description));
        return createFor(id);
    case Rotation::Step::CreateSent:
        return settleLostCreate(id);
    case Rotation::Step::Created:
        // The new token exists but its value was never printed: nobody can use it.
        return revokeOrphan(id, rotation->newId);
    case Rotation::Step::HandedOver:
        if (ofThisToken)
            m_startNew = false;
        return afterHandOver(id);
    case Rotation::Step::RevokeDue:
        if (ofThisToken)
            m_startNew = false;
        if (rotation->revokeDueAt <= QDateTime::currentDateTimeUtc())
            return revokeOld(id);
        say(tr("%1 (“%2”) was rotated to %3; it will be revoked at %4, by the first "
               "`tokendesk-cli tokens rotate` run after then.")
                .arg(rotation->oldId, rotation->description, rotation->newId,
                     ApiParsing::toRfc3339(rotation->revokeDueAt)));
        if (ofThisToken)
            return fail(BadInput, tr("%1 was already rotated: rotate %2 instead.")
                                      .arg(rotation->oldId, rotation->newId));
        return settled(Done);
    case Rotation::Step::RevokeSent:
        if (ofThisToken)
            m_startNew = false;
        // The answer was lost: revoked if the server no longer lists it.
        collectMine([this, id](const QList<AccessToken> &mine) {
            Rotation *r = m_journal->find(id);
            for (const AccessToken &token : mine)
                if (token.id == r->oldId)
                    return revokeOld(id); // the request did not reach it: send it now
            r->step = Rotation::Step::Done;
            r->updatedAt = QDateTime::currentDateTimeUtc();
            if (!saveJournal())
                return;
            say(tr("The old token %1 (“%2”) is revoked.").arg(r->oldId, r->description));
            settled(Done);
        });
        return;
    case Rotation::Step::Done:
    case Rotation::Step::Abandoned:
        return settled(Done);
    }
}

void TokensCommand::settleLostCreate(const QString &rotationId) {
    // createAccessToken was sent and its answer lost: it is not sent again. A token it made
    // (same description, made since, not there before) has a value nobody has seen.
    collectMine([this, rotationId](const QList<AccessToken> &mine) {
        Rotation *r = m_journal->find(rotationId);
        const QList<AccessToken> made = RotationRules::madeBy(*r, mine);
        if (made.size() == 1)
            return revokeOrphan(rotationId, made.constFirst().id);
        const QStringList ids = RotationRules::idsOf(made);
        RotationRules::abandonAfterLostCreate(*r, made);
        r->updatedAt = QDateTime::currentDateTimeUtc();
        if (!saveJournal())
            return;
        if (made.isEmpty())
            say(tr("The interrupted rotation of %1 (“%2”) created nothing; the old token is kept.")
                    .arg(r->oldId, r->description));
        else
            say(tr("The interrupted rotation of %1 (“%2”) may have created one of %3; their "
                   "values were never shown. Revoke the one that is not in use with "
                   "`tokendesk-cli tokens revoke ID`. The old token is kept.")
                    .arg(r->oldId, r->description, ids.join(QStringLiteral(", "))));
        settled(m_options.resume ? Refused : Done);
    });
}

void TokensCommand::revokeOrphan(const QString &rotationId, const QString &newId) {
    m_api->revoke(newId, this, [this, rotationId, newId](const ApiResult<bool> &result) {
        Rotation *r = m_journal->find(rotationId);
        if (result.error) {
            say(tr("The token %1 made by the interrupted rotation of %2 (its value was never "
                   "shown) could not be revoked: %3")
                    .arg(newId, r->oldId, result.error.message));
            return settled(exitCodeFor(result.error));
        }
        r->step = Rotation::Step::Abandoned;
        r->newId = newId;
        r->updatedAt = QDateTime::currentDateTimeUtc();
        r->note = QStringLiteral("the new token's value was never printed; it was revoked");
        if (!saveJournal())
            return;
        say(tr("The rotation of %1 (“%2”) was interrupted before the new value was printed: "
               "the new token %3 was revoked, the old token is kept.")
                .arg(r->oldId, r->description, newId));
        if (m_options.resume)
            say(tr("Run `tokendesk-cli tokens rotate %1` to rotate it.").arg(r->oldId));
        settled(m_options.resume ? Refused : Done);
    });
}

void TokensCommand::afterHandOver(const QString &rotationId) {
    Rotation *r = m_journal->find(rotationId);
    if (r->revokeAfterSeconds <= 0)
        return revokeOld(rotationId);
    r->step = Rotation::Step::RevokeDue;
    r->revokeDueAt = r->handedOverAt.addSecs(r->revokeAfterSeconds);
    r->updatedAt = QDateTime::currentDateTimeUtc();
    if (!saveJournal())
        return;
    crashPoint(Rotation::Step::RevokeDue);
    say(tr("The old token %1 (“%2”) will be revoked at %3, by the first `tokendesk-cli tokens "
           "rotate` run after then (e.g. `tokendesk-cli tokens rotate --resume`).")
            .arg(r->oldId, r->description, ApiParsing::toRfc3339(r->revokeDueAt)));
    settled(Done);
}

void TokensCommand::revokeOld(const QString &rotationId) {
    Rotation *r = m_journal->find(rotationId);
    r->step = Rotation::Step::RevokeSent;
    r->updatedAt = QDateTime::currentDateTimeUtc();
    if (!saveJournal())
        return;
    m_api->revoke(r->oldId, this, [this, rotationId](const ApiResult<bool> &result) {
        crashPoint(Rotation::Step::RevokeSent);
        Rotation *r = m_journal->find(rotationId);
        if (result.error) {
            say(tr("The old token %1 (“%2”) was not revoked: %3 The next `tokendesk-cli tokens "
                   "rotate` run (e.g. with --resume) finishes it.")
                    .arg(r->oldId, r->description, result.error.message));
            return settled(exitCodeFor(result.error));
        }
        r->step = Rotation::Step::Done;
        r->updatedAt = QDateTime::currentDateTimeUtc();
        if (!saveJournal())
            return;
        crashPoint(Rotation::Step::Done);
        say(*result.value
                ? tr("Revoked the old token %1 (“%2”).").arg(r->oldId, r->description)
                : tr("The old token %1 (“%2”) was already gone.").arg(r->oldId, r->description));
        settled(Done);
    });
}

void TokensCommand::startRotation() {
    m_startNew = false;
    const QString oldId = m_options.ids.constFirst();
    collectMine([this, oldId](const QList<AccessToken> &mine) {
        std::optional<AccessToken> old;
        for (const AccessToken &token : mine)
            if (token.id == oldId)
                old = token;
        if (!old)
            return fail(BadInput, tr("There is no token %1 among your tokens.").arg(oldId));
        m_service->maxExpiryDays(this, [this, old = *old,
                                        mine](const ApiResult<std::optional<int>> &cap) {
            if (cap.error)
                return failApi(cap.error, tr("The tenant's limit on token lifetimes could not be "
                                             "read."));
            const RotationRules::Lifetime lifetime = RotationRules::lifetimeFor(
                old, m_options.expiresInDays, cap.value.value_or(std::nullopt));
            if (lifetime.capped)
                say(lifetime.wanted
                        ? tr("The tenant allows tokens for at most %1 day(s): the new token "
                             "expires after %1 day(s), not %2.")
                              .arg(**cap.value)
                              .arg(days(*lifetime.wanted))
                        : tr("The tenant allows tokens for at most %1 day(s): the new token "
                             "expires after %1 day(s) (the old one never expires).")
                              .arg(**cap.value));
            const Rotation rotation = RotationRules::plan(
                QUuid::createUuid().toString(QUuid::WithoutBraces),
                m_profile.apiUrl.toString(QUrl::StripTrailingSlash), old, mine, lifetime,
                m_options.revokeAfterSeconds, QDateTime::currentDateTime());
            m_journal->rotations().append(rotation);
            if (!saveJournal())
                return;
            crashPoint(Rotation::Step::Planned);
            createFor(rotation.id);
        });
    });
}

void TokensCommand::createFor(const QString &rotationId) {
    Rotation *r = m_journal->find(rotationId);
    r->step = Rotation::Step::CreateSent;
    r->createSentAt = QDateTime::currentDateTimeUtc();
    r->updatedAt = r->createSentAt;
    if (!saveJournal())
        return;
    const std::optional<QDateTime> expiresAt =
        r->newExpiresAt ? std::optional<QDateTime>(r->newExpiresAt->toLocalTime()) : std::nullopt;
    m_service->create(
        r->description, expiresAt, this,
        [this, rotationId](const ApiResult<CreatedAccessToken> &result) {
            crashPoint(Rotation::Step::CreateSent);
            Rotation *r = m_journal->find(rotationId);
            if (result.error) {
                if (AccessTokenService::serverMayHaveActed(result.error)) {
                    // Left at create-sent: the next run looks for what it made.
                    say(tr("The new token for %1 (“%2”) may or may not have been created; it is "
                           "not asked for again and the old token is kept. %3 Run "
                           "`tokendesk-cli tokens rotate --resume` to clean up.")
                            .arg(r->oldId, r->description, result.error.message));
                    return settled(exitCodeFor(result.error));
                }
                r->step = Rotation::Step::Abandoned;
                r->note = QStringLiteral("the server refused to create the new token");
                r->updatedAt = QDateTime::currentDateTimeUtc();
                if (!saveJournal())
                    return;
                say(tr("The new token for %1 (“%2”) was not created: %3 The old token is kept.")
                        .arg(r->oldId, r->description, result.error.message));
                return settled(exitCodeFor(result.error));
            }
            CreatedAccessToken created = *result.value;
            r->step = Rotation::Step::Created;
            r->newId = created.token.id;
            r->newCreated = created.token.created;
            r->updatedAt = QDateTime::currentDateTimeUtc();
            if (!saveJournal()) {
                created.value.fill('\0');
                return;
            }
            crashPoint(Rotation::Step::Created);
            const QDateTime revokeAt =
                QDateTime::currentDateTimeUtc().addSecs(r->revokeAfterSeconds);
            printNewValue(created, {{QStringLiteral("replaces"), r->oldId},
                                    {QStringLiteral("revokeOldAt"), jsonTime(revokeAt)}});
            created.value.fill('\0');
            r->step = Rotation::Step::HandedOver;
            r->handedOverAt = QDateTime::currentDateTimeUtc();
            r->updatedAt = r->handedOverAt;
            if (!saveJournal())
                return;
            crashPoint(Rotation::Step::HandedOver);
            say(created.token.expiresAt
                    ? tr("Created “%1” (%2), expires %3; it replaces %4.")
                          .arg(created.token.description, created.token.id,
                               ApiParsing::toRfc3339(*created.token.expiresAt), r->oldId)
                    : tr("Created “%1” (%2), never expires; it replaces %3.")
                          .arg(created.token.description, created.token.id, r->oldId));
            afterHandOver(rotationId);
        });
}
