// Every endpoint taken from OIDC discovery is held to the rule of the authorization and token
// endpoints (issue 15, item 7): https, or plain http on this computer only (127.0.0.1, ::1,
// localhost). A discovery document whose jwks_uri, revocation_endpoint, userinfo_endpoint or
// end_session_endpoint is plain http elsewhere (or not a web address at all) is refused with
// a sentence that names the field.
#include "OidcDiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
const QUrl Issuer(QStringLiteral("https://login.acme.moderne.io/auth/realms/acme"));

QByteArray document(const QString &field, const QString &value) {
    const QString base = Issuer.toString() + QLatin1String("/protocol/openid-connect");
    QJsonObject object{
        {QStringLiteral("issuer"), Issuer.toString()},
        {QStringLiteral("authorization_endpoint"), base + QLatin1String("/auth")},
        {QStringLiteral("token_endpoint"), base + QLatin1String("/token")},
        {QStringLiteral("jwks_uri"), base + QLatin1String("/certs")},
        {QStringLiteral("revocation_endpoint"), base + QLatin1String("/revoke")},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}}};
    object.insert(field, value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

class tst_DiscoveryEndpoints : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plainHttpElsewhereIsRefused_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("url");
        for (const char *field :
             {"jwks_uri", "revocation_endpoint", "userinfo_endpoint", "end_session_endpoint"}) {
            QTest::addRow("%s http", field)
                << QString::fromLatin1(field) << QStringLiteral("http://keys.attacker.example/x");
            QTest::addRow("%s ftp", field)
                << QString::fromLatin1(field) << QStringLiteral("ftp://login.acme.moderne.io/x");
            QTest::addRow("%s 127.0.0.1.nip.io", field)
                << QString::fromLatin1(field) << QStringLiteral("http://127.0.0.1.nip.io/x");
        }
    }
    void plainHttpElsewhereIsRefused() {
        QFETCH(QString, field);
        QFETCH(QString, url);
        QString error;
        const OidcConfiguration config = OidcDiscovery::parse(document(field, url), Issuer, &error);
        QVERIFY2(
            error.startsWith(QStringLiteral("The discovery document's %1 is refused: ").arg(field)),
            qPrintable(error));
        QVERIFY2(error.contains(url), qPrintable(error));
        QVERIFY(config.jwksUri.isEmpty() && config.tokenEndpoint.isEmpty());
    }

    void httpsAndThisComputerAreAccepted_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("url");
        for (const char *field : {"jwks_uri", "revocation_endpoint"}) {
            QTest::addRow("%s https", field)
                << QString::fromLatin1(field) << QStringLiteral("https://keys.acme.moderne.io/x");
            QTest::addRow("%s 127.0.0.1", field)
                << QString::fromLatin1(field) << QStringLiteral("http://127.0.0.1:8080/x");
            QTest::addRow("%s ::1", field)
                << QString::fromLatin1(field) << QStringLiteral("http://[::1]:8080/x");
            QTest::addRow("%s localhost", field)
                << QString::fromLatin1(field) << QStringLiteral("http://localhost:8080/x");
        }
    }
    void httpsAndThisComputerAreAccepted() {
        QFETCH(QString, field);
        QFETCH(QString, url);
        QString error;
        const OidcConfiguration config = OidcDiscovery::parse(document(field, url), Issuer, &error);
        QCOMPARE(error, QString());
        QCOMPARE(field == QLatin1String("jwks_uri") ? config.jwksUri : config.revocationEndpoint,
                 QUrl(url));
    }
};

QTEST_MAIN(tst_DiscoveryEndpoints)
#include "tst_discovery_endpoints.moc"
