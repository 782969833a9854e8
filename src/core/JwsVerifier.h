#pragma once

#include "Jwk.h"
#include "Jwt.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

// Verifies the signature of a JWS (compact serialization) against a JSON Web Key Set with
// OpenSSL 3: RS256/384/512, PS256/384/512, ES256/384/512 and EdDSA (Ed25519).
// Never throws and never crashes on hostile input: every outcome is a Verdict with a reason.
// Only the signature is checked here; expiry and claims are the caller's business.
class JwsVerifier {
public:
    struct Verdict {
        enum Status {
            Valid,
            InvalidSignature,
            KeyNotFound,
            AlgorithmNotAllowed,
            AlgNone,
            Hmac,
            Jwe,
            Malformed,
            IssuerUnreachable,
        };
        Status status = Malformed;
        QString reason; // a plain-English sentence (translatable), never the token
        QString alg;    // from the header (or "" when there is none)
        QString kid;    // from the header (or "")

        bool isValid() const { return status == Valid; }
        // The verdict needs a loud warning in a UI (unsigned token).
        bool isWarning() const { return status == AlgNone; }
        // Stable machine-readable name: "valid", "invalid_signature", "key_not_found",
        // "algorithm_not_allowed", "alg_none", "hmac", "jwe", "malformed", "issuer_unreachable".
        QString statusName() const { return statusName(status); }
        static QString statusName(Status status);
    };

    // Every algorithm this verifier supports; the default for allowedAlgorithms.
    static QStringList supportedAlgorithms();

    // The whole check: JWE / malformed / alg none / HMAC / not allowed, then the key by kid
    // (see Jwks::find), then the signature.
    static Verdict verify(const Jwt &jwt, const Jwks &jwks,
                          const QStringList &allowedAlgorithms = supportedAlgorithms());

    // The verdict that needs no keys at all (JWE, malformed, alg none, HMAC, algorithm not
    // allowed, unsupported "crit"), or std::nullopt when keys are needed: a UI can skip the
    // JWKS fetch for these.
    static std::optional<Verdict>
    verdictWithoutKeys(const Jwt &jwt,
                       const QStringList &allowedAlgorithms = supportedAlgorithms());

    // The signature alone, for a given key: for JWS whose payload is not JSON (RFC 8037 A.4)
    // and for tests. signature is the decoded (raw) signature; for ES* it is R||S.
    static Verdict verifySignature(const QString &alg, QByteArrayView signingInput,
                                   QByteArrayView signature, const Jwk &key);

    // The verdict when the keys could not be fetched; `detail` says why (network error...).
    static Verdict issuerUnreachable(const Jwt &jwt, const QString &detail);
};
