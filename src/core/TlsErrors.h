#pragma once

#include <QList>
#include <QSslError>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

// Certificate problems are shown, never ignored: nothing in TokenDesk calls ignoreSslErrors, so
// Qt ends the connection before any request is sent. These helpers keep the QSslErrors of a
// reply (they are only signalled, not kept by Qt) and turn them into a sentence that names the
// problem ("self-signed certificate", "expired", ...) instead of a generic network error.
namespace TlsErrors {

// Records the certificate errors of every reply of `network` (QNetworkAccessManager::sslErrors,
// also for replies made by Qt itself, e.g. the OAuth token request). Idempotent.
void watch(QNetworkAccessManager *network);
// Records the certificate errors of one reply (connect before the handshake: right after get()).
void watch(QNetworkReply *reply);

// The reply failed because the server's certificate was refused.
bool isCertificateFailure(const QNetworkReply *reply);

// Short names of the problems, e.g. "self-signed certificate; issued for another host name".
QString problems(const QList<QSslError> &errors);
QString problems(const QNetworkReply *reply);

// "The server's certificate is not trusted (self-signed certificate): TokenDesk did not
// connect to <what>. ..." (`what` e.g. "the Moderne API at api.example.com").
QString describe(const QNetworkReply *reply, const QString &what);

} // namespace TlsErrors
