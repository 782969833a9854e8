// libFuzzer target: the JWT decoder and what the inspector prints of any input.
#include "JwsVerifier.h"
#include "Jwt.h"
#include "TokenInspection.h"

#include <QDateTime>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Jwt jwt = Jwt::decode(input);
    // Verdicts that need no keys, the CLI's JSON and exit code, on every decoded input.
    const auto verdict = JwsVerifier::verdictWithoutKeys(jwt);
    const JwsVerifier::Verdict shown =
        verdict.value_or(JwsVerifier::issuerUnreachable(jwt, QStringLiteral("offline")));
    const QJsonObject json =
        TokenInspection::toJson(jwt, shown, QDateTime::fromSecsSinceEpoch(1700000000));
    (void)QJsonDocument(json).toJson(QJsonDocument::Compact);
    (void)TokenInspection::exitCode(jwt, shown);
    (void)Jwt::normalize(input);
    return 0;
}
