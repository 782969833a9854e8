#include "InspectCommand.h"

#include "JwksCache.h"
#include "JwsVerifier.h"
#include "Jwt.h"
#include "OidcDiscovery.h"
#include "ReplyGuard.h"
#include "TenantProfile.h"
#include "TokenInspection.h"
#include "TokenText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

QString InspectCommand::helpText() {
    return tr(
        "Usage: tokendesk-cli inspect [TOKEN] [--jwks FILE|URL | --issuer URL] [--now EPOCH]\n"
        "\n"
        "Decodes a JSON Web Token and verifies its signature. The token is read from\n"
        "standard input unless given as an argument (prefer stdin: command lines are\n"
        "visible to other users). Surrounding whitespace and a leading \"Bearer \" are\n"
        "stripped.\n"
        "\n"
        "  --jwks FILE|URL   verify with this JSON Web Key Set (at most 1 MB and 100 keys)\n"
        "  --issuer URL      verify with the issuer's keys (OIDC discovery, jwks_uri); a token\n"
        "                    whose iss is another issuer is not verified\n"
        "  --now EPOCH       judge expiry at this time (seconds since 1970) instead of now\n"
        "  -h, --help        show this help\n"
        "\n"
        "A URL must be https://, or http:// on this computer (127.0.0.1, ::1, localhost);\n"
        "redirects are not followed.\n"
        "\n"
        "Prints one JSON object: {\"header\", \"payload\", \"signature\": {\"alg\", \"kid\",\n"
        "\"verified\", \"status\", \"reason\"}, \"expired\", \"expires_in\"}.\n"
        "Exit status: 0 verified (also when expired), 1 decoded but not verified (no keys\n"
        "given, invalid signature, unknown key, alg none, HMAC, JWE, ...), 2 malformed input.\n");
}

std::optional<InspectCommand::Options> InspectCommand::parse(const QStringList &arguments,
                                                             QString *error) {
    Options options;
    QStringList positional;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool takesValue = argument == QLatin1String("--jwks") ||
                                argument == QLatin1String("--issuer") ||
                                argument == QLatin1String("--now");
        QString value;
        if (takesValue) {
            if (i + 1 >= arguments.size()) {
                *error = tr("%1 needs a value.").arg(argument);
                return std::nullopt;
            }
            value = arguments.at(++i);
        }
        if (argument == QLatin1String("--jwks")) {
            options.jwks = value;
            const QUrl url(options.jwks);
            if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
                if (const QString problem = TenantProfile::endpointProblem(url);
                    !problem.isEmpty()) {
                    *error = tr("--jwks: %1").arg(problem);
                    return std::nullopt;
                }
            }
        } else if (argument == QLatin1String("--issuer")) {
            options.issuer = QUrl(value);
            if (!options.issuer.isValid() || options.issuer.scheme().isEmpty()) {
                *error = tr("--issuer: “%1” is not a URL.").arg(TokenText::forMessage(value));
                return std::nullopt;
            }
            // Keys fetched over plain http could be anyone's: https, or this computer only.
            if (const QString problem = TenantProfile::endpointProblem(options.issuer);
                !problem.isEmpty()) {
                *error = tr("--issuer: %1").arg(problem);
                return std::nullopt;
            }
        } else if (argument == QLatin1String("--now")) {
            bool ok = false;
            const qint64 seconds = value.toLongLong(&ok);
            if (!ok) {
                *error =
                    tr("--now: “%1” is not a number of seconds.").arg(TokenText::forMessage(value));
                return std::nullopt;
            }
            options.now = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        } else if (argument.startsWith(QLatin1String("--"))) {
            *error = tr("Unknown option %1.").arg(TokenText::forMessage(argument));
            return std::nullopt;
        } else {
            positional << argument;
        }
    }
    if (positional.size() > 1) {
        *error = tr("Give one token at most.");
        return std::nullopt;
    }
    if (!options.jwks.isEmpty() && !options.issuer.isEmpty()) {
        *error = tr("Give --jwks or --issuer, not both.");
        return std::nullopt;
    }
    if (!positional.isEmpty())
        options.token = positional.constFirst().toUtf8();
    return options;
}

InspectCommand::InspectCommand(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network) {}

void InspectCommand::fetchKeys(const QUrl &url,
                               std::function<void(const QByteArray &, const QString &)> done) {
    QNetworkReply *reply = JwksCache::requestKeySet(m_network, url);
    connect(reply, &QNetworkReply::finished, this, [reply, url, done] {
        reply->deleteLater();
        if (const QString refused = ReplyGuard::refusal(reply, tr("The key set"));
            !refused.isEmpty()) {
            done({}, refused);
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            done({}, tr("the key set at %1 could not be fetched (%2)")
                         .arg(url.toString(),
                              status ? tr("HTTP %1").arg(status) : reply->errorString()));
            return;
        }
        done(reply->readAll(), {});
    });
}

void InspectCommand::run(const Options &options, Writer out, Writer err,
                         std::function<void(int)> done) {
    const Jwt jwt = Jwt::decode(options.token);
    const QDateTime now = options.now.value_or(QDateTime::currentDateTimeUtc());
    if (jwt.kind() == Jwt::Kind::Malformed) {
        err(tr("tokendesk-cli: malformed token: %1").arg(jwt.error()).toUtf8() + '\n');
        done(TokenInspection::MalformedInput);
        return;
    }
    const auto finish = [jwt, now, out, done](const JwsVerifier::Verdict &verdict) {
        out(QJsonDocument(TokenInspection::toJson(jwt, verdict, now))
                .toJson(QJsonDocument::Indented));
        done(TokenInspection::exitCode(jwt, verdict));
    };
    if (const auto early = JwsVerifier::verdictWithoutKeys(jwt)) {
        finish(*early);
        return;
    }
    const auto verifyWith = [jwt, finish](const QByteArray &document, const QString &error) {
        if (!error.isEmpty()) {
            finish(JwsVerifier::issuerUnreachable(jwt, error));
            return;
        }
        QString parseError;
        const Jwks keys = Jwks::parse(document, &parseError);
        if (!parseError.isEmpty()) {
            JwsVerifier::Verdict verdict = JwsVerifier::issuerUnreachable(jwt, parseError);
            verdict.status = JwsVerifier::Verdict::KeyNotFound;
            verdict.reason = tr("The key set is not usable: %1").arg(parseError);
            finish(verdict);
            return;
        }
        finish(JwsVerifier::verify(jwt, keys));
    };
    if (!options.jwks.isEmpty()) {
        const QUrl url(options.jwks);
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
            fetchKeys(url, verifyWith);
            return;
        }
        QFile file(options.jwks);
        if (!file.open(QIODevice::ReadOnly)) {
            err(tr("tokendesk-cli: cannot read the key set %1: %2")
                    .arg(TokenText::forMessage(options.jwks), file.errorString())
                    .toUtf8() +
                '\n');
            done(TokenInspection::MalformedInput);
            return;
        }
        // A key set is small: stop at the limit (--jwks /dev/zero ends at once).
        const std::optional<QByteArray> document =
            ReplyGuard::readAtMost(file, ReplyGuard::JwksLimit);
        if (!document) {
            err(tr("tokendesk-cli: the key set %1 is larger than %2: that is not a key set")
                    .arg(options.jwks, ReplyGuard::sizeText(ReplyGuard::JwksLimit))
                    .toUtf8() +
                '\n');
            done(TokenInspection::MalformedInput);
            return;
        }
        verifyWith(*document, {});
        return;
    }
    if (!options.issuer.isEmpty()) {
        auto *discovery = new OidcDiscovery(m_network, this);
        discovery->fetch(
            options.issuer, this,
            [this, discovery, verifyWith, jwt, finish,
             issuer = options.issuer](const OidcConfiguration &config, const QString &error) {
                discovery->deleteLater();
                if (!error.isEmpty())
                    return verifyWith({}, error);
                // The keys of --issuer vouch only for tokens it issued.
                if (QUrl(jwt.issuer()).adjusted(QUrl::StripTrailingSlash) !=
                    issuer.adjusted(QUrl::StripTrailingSlash)) {
                    JwsVerifier::Verdict verdict = JwsVerifier::issuerUnreachable(jwt, {});
                    verdict.status = JwsVerifier::Verdict::KeyNotFound;
                    verdict.reason =
                        jwt.issuer().isEmpty()
                            ? tr("Not verified: the token names no issuer (iss), so it cannot come "
                                 "from %1.")
                                  .arg(issuer.toString())
                            : tr("Not verified: the token was issued by “%1”, not by %2 "
                                 "(--issuer).")
                                  .arg(jwt.issuer(), issuer.toString());
                    return finish(verdict);
                }
                if (!config.jwksUri.isValid())
                    return verifyWith({}, tr("the issuer's discovery document names no jwks_uri"));
                fetchKeys(config.jwksUri, verifyWith);
            });
        return;
    }
    JwsVerifier::Verdict verdict = JwsVerifier::issuerUnreachable(jwt, {});
    verdict.status = JwsVerifier::Verdict::KeyNotFound;
    verdict.reason = tr("Not verified: no keys were given (use --jwks or --issuer).");
    finish(verdict);
}
