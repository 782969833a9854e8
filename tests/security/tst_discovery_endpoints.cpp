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

#include <initializer_list>
#include <utility>

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

// Rows of the data table: "<field> <name>" for each field and each named URL, all `accepted`
// or all refused.
void addFieldRows(bool accepted, std::initializer_list<const char *> fields,
                  std::initializer_list<std::pair<const char *, const char *>> urls) {
    for (const char *field : fields) {
        for (const auto &[name, url] : urls)
            QTest::addRow("%s %s", field, name)
                << QString::fromLatin1(field) << QString::fromLatin1(url) << accepted;
    }
}
} // namespace

class tst_DiscoveryEndpoints : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Plain http elsewhere (or not a web address) is refused with a sentence that names the
    // field and the URL; https and plain http on this computer are taken as they are.
    void endpointRule_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        addFieldRows(
            false, {"jwks_uri", "revocation_endpoint", "userinfo_endpoint", "end_session_endpoint"},
            {{"http", "http://keys.attacker.example/x"},
             {"ftp", "ftp://login.acme.moderne.io/x"},
             {"127.0.0.1.nip.io", "http://127.0.0.1.nip.io/x"}});
        addFieldRows(true, {"jwks_uri", "revocation_endpoint"},
                     {{"https", "https://keys.acme.moderne.io/x"},
                      {"127.0.0.1", "http://127.0.0.1:8080/x"},
                      {"::1", "http://[::1]:8080/x"},
                      {"localhost", "http://localhost:8080/x"}});
    }
    void endpointRule() {
        QFETCH(QString, field);
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QString error;
        const OidcConfiguration config = OidcDiscovery::parse(document(field, url), Issuer, &error);
        if (accepted) {
            QCOMPARE(error, QString());
            QCOMPARE(field == QLatin1String("jwks_uri") ? config.jwksUri
                                                        : config.revocationEndpoint,
                     QUrl(url));
        } else {
            QVERIFY2(error.startsWith(
                         QStringLiteral("The discovery document's %1 is refused: ").arg(field)),
                     qPrintable(error));
            QVERIFY2(error.contains(url), qPrintable(error));
            QVERIFY(config.jwksUri.isEmpty() && config.tokenEndpoint.isEmpty());
        }
    }
};

QTEST_MAIN(tst_DiscoveryEndpoints)
#include "tst_discovery_endpoints.moc"
