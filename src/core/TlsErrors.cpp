#include "TlsErrors.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

constexpr char ErrorsProperty[] = "tokendesk.sslErrors";
constexpr char WatchedProperty[] = "tokendesk.sslWatched";

void remember(QNetworkReply *reply, const QList<QSslError> &errors) {
    QList<QSslError> all = reply->property(ErrorsProperty).value<QList<QSslError>>();
    for (const QSslError &error : errors)
        if (!all.contains(error))
            all.append(error);
    reply->setProperty(ErrorsProperty, QVariant::fromValue(all));
}

QString problem(const QSslError &error) {
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
        return QCoreApplication::translate("TlsErrors", "self-signed certificate");
    case QSslError::SelfSignedCertificateInChain:
        return QCoreApplication::translate("TlsErrors", "self-signed certificate in the chain");
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return QCoreApplication::translate("TlsErrors",
                                           "issued by an authority this computer does not trust");
    case QSslError::CertificateExpired:
        return QCoreApplication::translate("TlsErrors", "expired certificate");
    case QSslError::CertificateNotYetValid:
        return QCoreApplication::translate("TlsErrors", "certificate not yet valid");
    case QSslError::HostNameMismatch:
        return QCoreApplication::translate("TlsErrors", "issued for another host name");
    case QSslError::CertificateRevoked:
        return QCoreApplication::translate("TlsErrors", "revoked certificate");
    default:
        return error.errorString();
    }
}

} // namespace

namespace TlsErrors {

void watch(QNetworkAccessManager *network) {
    if (!network || network->property(WatchedProperty).toBool())
        return;
    network->setProperty(WatchedProperty, true);
    QObject::connect(
        network, &QNetworkAccessManager::sslErrors, network,
        [](QNetworkReply *reply, const QList<QSslError> &errors) { remember(reply, errors); });
}

void watch(QNetworkReply *reply) {
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply](const QList<QSslError> &errors) { remember(reply, errors); });
}

bool isCertificateFailure(const QNetworkReply *reply) {
    return reply->error() == QNetworkReply::SslHandshakeFailedError &&
           !reply->property(ErrorsProperty).value<QList<QSslError>>().isEmpty();
}

QString problems(const QList<QSslError> &errors) {
    QStringList names;
    for (const QSslError &error : errors) {
        const QString name = problem(error);
        if (!names.contains(name))
            names << name;
    }
    return names.join(QStringLiteral("; "));
}

QString problems(const QNetworkReply *reply) {
    const auto errors = reply->property(ErrorsProperty).value<QList<QSslError>>();
    return errors.isEmpty() ? reply->errorString() : problems(errors);
}

QString describe(const QNetworkReply *reply, const QString &what) {
    return QCoreApplication::translate(
               "TlsErrors", "The server's certificate is not trusted (%1): TokenDesk did not "
                            "connect to %2 and sent nothing. Check the address; if it is right, "
                            "ask your administrator to install your organization's certificate "
                            "authority on this computer.")
        .arg(problems(reply), what);
}

} // namespace TlsErrors
