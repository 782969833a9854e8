// libFuzzer target: the JWK Set parser, key import into OpenSSL, key lookup and a signature
// check of a fixed token against whatever keys the input holds.
#include "Jwk.h"
#include "JwsVerifier.h"
#include "Jwt.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const Jwks jwks = Jwks::parse(input, &error);
    // RFC 7515 A.2's token (RS256, no kid) and a made-up ES256 one with a kid.
    static const Jwt tokens[] = {
        Jwt::decode("eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6"
                    "Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.AAAA"),
        Jwt::decode("eyJhbGciOiJFUzI1NiIsImtpZCI6IjEifQ.e30.AAAA"),
        Jwt::decode("eyJhbGciOiJFZERTQSIsImtpZCI6IjEifQ.e30.AAAA"),
    };
    for (const Jwt &jwt : tokens)
        (void)JwsVerifier::verify(jwt, jwks);
    for (const Jwk &key : jwks.keys()) {
        (void)key.description();
        for (const QString &alg : JwsVerifier::supportedAlgorithms())
            (void)key.fitsAlgorithm(alg);
        (void)jwks.find(key.keyId(), QStringLiteral("RS256"));
    }
    return 0;
}
