// libFuzzer target: the OIDC discovery document parser and its checks.
#include "OidcDiscovery.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QUrl issuers[] = {
        QUrl(QStringLiteral("http://127.0.0.1:8765/auth/realms/moderne")),
        QUrl(QStringLiteral("https://login.acme.moderne.io/auth/realms/acme"))};
    for (const QUrl &issuer : issuers) {
        QString error;
        const OidcConfiguration config = OidcDiscovery::parse(json, issuer, &error);
        (void)config.tokenEndpoint.toString();
    }
    return 0;
}
