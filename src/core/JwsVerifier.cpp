#include "JwsVerifier.h"

#include "Logging.h"
#include "OpenSsl.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <memory>

namespace {

struct MdCtxFree {
    void operator()(EVP_MD_CTX *c) const { ssl()->EVP_MD_CTX_free(c); }
};
struct SigFree {
    void operator()(ECDSA_SIG *s) const { ssl()->ECDSA_SIG_free(s); }
};

bool isHmac(const QString &alg) {
    return alg == QLatin1String("HS256") || alg == QLatin1String("HS384") ||
           alg == QLatin1String("HS512");
}

const EVP_MD *digestFor(const QString &alg) {
    if (alg.endsWith(QLatin1String("256")))
        return ssl()->EVP_sha256();
    if (alg.endsWith(QLatin1String("384")))
        return ssl()->EVP_sha384();
    if (alg.endsWith(QLatin1String("512")))
        return ssl()->EVP_sha512();
    return nullptr; // EdDSA: no separate digest
}

// The size of R and of S in an ECDSA signature: that of the algorithm's curve (P-256, P-384,
// P-521); 0 for another algorithm.
int ecdsaHalfSize(const QString &alg) {
    static const QHash<QString, int> sizes{{QStringLiteral("ES256"), 32},
                                           {QStringLiteral("ES384"), 48},
                                           {QStringLiteral("ES512"), 66}};
    return sizes.value(alg);
}

// JWS carries ECDSA signatures as fixed-size R||S (RFC 7518 section 3.4); OpenSSL wants DER.
std::optional<QByteArray> ecdsaRawToDer(QByteArrayView raw, int half) {
    if (raw.size() != 2 * half)
        return std::nullopt;
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.data());
    BIGNUM *r = ssl()->BN_bin2bn(bytes, half, nullptr);
    BIGNUM *s = ssl()->BN_bin2bn(bytes + half, half, nullptr);
    std::unique_ptr<ECDSA_SIG, SigFree> sig(ssl()->ECDSA_SIG_new());
    if (!r || !s || !sig || ssl()->ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        ssl()->BN_free(r);
        ssl()->BN_free(s);
        return std::nullopt;
    }
    const int length = ssl()->i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return std::nullopt;
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (ssl()->i2d_ECDSA_SIG(sig.get(), &out) != length)
        return std::nullopt;
    return der;
}

JwsVerifier::Verdict make(JwsVerifier::Verdict::Status status, const QString &reason,
                          const QString &alg, const QString &kid) {
    JwsVerifier::Verdict verdict;
    verdict.status = status;
    verdict.reason = reason;
    verdict.alg = alg;
    verdict.kid = kid;
    return verdict;
}

} // namespace

QString JwsVerifier::Verdict::statusName(Status status) {
    // In the order of Status.
    static const QStringList names =
        QStringLiteral("valid invalid_signature key_not_found algorithm_not_allowed alg_none hmac "
                       "jwe malformed issuer_unreachable")
            .split(u' ');
    Q_ASSERT(names.size() == IssuerUnreachable + 1);
    return names.value(status, QStringLiteral("malformed"));
}

QStringList JwsVerifier::supportedAlgorithms() {
    return {QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512"),
            QStringLiteral("PS256"), QStringLiteral("PS384"), QStringLiteral("PS512"),
            QStringLiteral("ES256"), QStringLiteral("ES384"), QStringLiteral("ES512"),
            QStringLiteral("EdDSA")};
}

std::optional<JwsVerifier::Verdict> JwsVerifier::verdictWithoutKeys(const Jwt &jwt,
                                                                    const QStringList &allowed) {
    const QString alg = jwt.algorithm();
    const QString kid = jwt.keyId();
    if (jwt.kind() == Jwt::Kind::Jwe) {
        const QString enc = jwt.header().value(QLatin1String("enc")).toString();
        return make(Verdict::Jwe,
                    QCoreApplication::translate(
                        "JwsVerifier",
                        "This is an encrypted token (JWE, five parts, key management %1, "
                        "content encryption %2). It is not signed but encrypted for its "
                        "recipient; only the recipient's private key can decrypt it, so "
                        "TokenDesk shows its header only.")
                        .arg(alg.isEmpty() ? QStringLiteral("?") : alg,
                             enc.isEmpty() ? QStringLiteral("?") : enc),
                    alg, kid);
    }
    if (!jwt.isValid())
        return make(Verdict::Malformed, jwt.error(), alg, kid);
    if (alg.isEmpty())
        return make(
            Verdict::Malformed,
            QCoreApplication::translate("JwsVerifier", "The header has no algorithm (alg)."), alg,
            kid);
    if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        return make(Verdict::AlgNone,
                    QCoreApplication::translate(
                        "JwsVerifier",
                        "WARNING: this token is not signed at all (alg: none). Anyone can have "
                        "written it; never accept it as proof of anything."),
                    alg, kid);
    }
    if (isHmac(alg)) {
        return make(Verdict::Hmac,
                    QCoreApplication::translate(
                        "JwsVerifier",
                        "This token is signed with a shared secret (%1, HMAC). It cannot be "
                        "verified with the issuer's public keys, only by someone who holds the "
                        "secret.")
                        .arg(alg),
                    alg, kid);
    }
    if (!supportedAlgorithms().contains(alg)) {
        return make(
            Verdict::AlgorithmNotAllowed,
            QCoreApplication::translate(
                "JwsVerifier", "The algorithm %1 is not supported by TokenDesk (supported: %2).")
                .arg(alg, supportedAlgorithms().join(QLatin1String(", "))),
            alg, kid);
    }
    if (!allowed.contains(alg)) {
        return make(Verdict::AlgorithmNotAllowed,
                    QCoreApplication::translate("JwsVerifier",
                                                "The algorithm %1 is not in the allowed list (%2).")
                        .arg(alg, allowed.join(QLatin1String(", "))),
                    alg, kid);
    }
    if (jwt.header().contains(QLatin1String("crit"))) {
        QStringList names;
        for (const QJsonValue &name : jwt.header().value(QLatin1String("crit")).toArray())
            names << name.toString();
        return make(Verdict::InvalidSignature,
                    QCoreApplication::translate(
                        "JwsVerifier",
                        "The header marks extensions as critical (crit: %1) that TokenDesk does "
                        "not understand, so the token must be rejected (RFC 7515 section 4.1.11).")
                        .arg(names.join(QLatin1String(", "))),
                    alg, kid);
    }
    return std::nullopt;
}

JwsVerifier::Verdict JwsVerifier::verify(const Jwt &jwt, const Jwks &jwks,
                                         const QStringList &allowed) {
    if (auto verdict = verdictWithoutKeys(jwt, allowed))
        return *verdict;
    const QString alg = jwt.algorithm();
    const QString kid = jwt.keyId();
    const Jwks::Lookup lookup = jwks.find(kid, alg);
    if (!lookup.key)
        return make(Verdict::KeyNotFound, lookup.reason, alg, kid);
    Verdict verdict = verifySignature(alg, jwt.signingInput(), jwt.signature(), *lookup.key);
    verdict.kid = kid;
    return verdict;
}

JwsVerifier::Verdict JwsVerifier::verifySignature(const QString &alg, QByteArrayView signingInput,
                                                  QByteArrayView signature, const Jwk &key) {
    const QString kid = key.keyId();
    if (!supportedAlgorithms().contains(alg)) {
        return make(Verdict::AlgorithmNotAllowed,
                    QCoreApplication::translate("JwsVerifier",
                                                "The algorithm %1 is not supported by TokenDesk.")
                        .arg(alg),
                    alg, kid);
    }
    if (!key.isUsable())
        return make(Verdict::KeyNotFound, key.problem(), alg, kid);
    if (!key.algorithm().isEmpty() && key.algorithm() != alg) {
        return make(
            Verdict::AlgorithmNotAllowed,
            QCoreApplication::translate(
                "JwsVerifier", "The key “%1” may only be used with %2, but the token says %3.")
                .arg(kid, key.algorithm(), alg),
            alg, kid);
    }
    if (key.use() == QLatin1String("enc")) {
        return make(Verdict::AlgorithmNotAllowed,
                    QCoreApplication::translate(
                        "JwsVerifier",
                        "The key “%1” is meant for encryption (use: enc), not for signatures.")
                        .arg(kid),
                    alg, kid);
    }
    QString mismatch;
    if (!key.fitsAlgorithm(alg, &mismatch))
        return make(Verdict::InvalidSignature, mismatch, alg, kid);

    const Verdict invalid =
        make(Verdict::InvalidSignature,
             QCoreApplication::translate(
                 "JwsVerifier", "The signature does not match: the token was changed after "
                                "it was signed, or it was signed with a different key than "
                                "“%1” (%2).")
                 .arg(kid, key.description()),
             alg, kid);
    if (signature.isEmpty()) {
        Verdict verdict = invalid;
        verdict.reason =
            QCoreApplication::translate("JwsVerifier", "The token's signature is empty.");
        return verdict;
    }

    QByteArray der;
    QByteArrayView sig = signature;
    if (const int half = ecdsaHalfSize(alg)) {
        const auto converted = ecdsaRawToDer(signature, half);
        if (!converted) {
            Verdict verdict = invalid;
            verdict.reason = QCoreApplication::translate(
                                 "JwsVerifier",
                                 "An %1 signature is %2 bytes (R and S), but this one is %3 bytes.")
                                 .arg(alg)
                                 .arg(2 * half)
                                 .arg(signature.size());
            return verdict;
        }
        der = *converted;
        sig = der;
    }

    ssl()->ERR_clear_error();
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(ssl()->EVP_MD_CTX_new());
    EVP_PKEY_CTX *pkeyCtx = nullptr; // owned by ctx
    int result = -1;
    if (ctx && ssl()->EVP_DigestVerifyInit(ctx.get(), &pkeyCtx, digestFor(alg), nullptr,
                                           key.publicKey()) == 1) {
        bool ready = true;
        if (alg.startsWith(QLatin1String("PS"))) {
            ready = ssl()->EVP_PKEY_CTX_set_rsa_padding(pkeyCtx, RSA_PKCS1_PSS_PADDING) > 0 &&
                    ssl()->EVP_PKEY_CTX_set_rsa_pss_saltlen(pkeyCtx, RSA_PSS_SALTLEN_DIGEST) > 0 &&
                    ssl()->EVP_PKEY_CTX_set_rsa_mgf1_md(pkeyCtx, digestFor(alg)) > 0;
        } else if (alg.startsWith(QLatin1String("RS"))) {
            ready = ssl()->EVP_PKEY_CTX_set_rsa_padding(pkeyCtx, RSA_PKCS1_PADDING) > 0;
        }
        if (ready) {
            result = ssl()->EVP_DigestVerify(
                ctx.get(), reinterpret_cast<const unsigned char *>(sig.data()), size_t(sig.size()),
                reinterpret_cast<const unsigned char *>(signingInput.data()),
                size_t(signingInput.size()));
        }
    }
    ssl()->ERR_clear_error();
    qCDebug(lcJwt) << "verify" << alg << "with" << key.description() << "->" << result;
    if (result == 1) {
        return make(
            Verdict::Valid,
            kid.isEmpty()
                ? QCoreApplication::translate(
                      "JwsVerifier",
                      "The signature is valid: %1 with the key set's only fitting key (%2).")
                      .arg(alg, key.description())
                : QCoreApplication::translate(
                      "JwsVerifier", "The signature is valid: %1 with the issuer's key “%2” (%3).")
                      .arg(alg, kid, key.description()),
            alg, kid);
    }
    return invalid;
}

JwsVerifier::Verdict JwsVerifier::issuerUnreachable(const Jwt &jwt, const QString &detail) {
    return make(Verdict::IssuerUnreachable,
                QCoreApplication::translate(
                    "JwsVerifier",
                    "The signature could not be checked because the issuer's keys could not be "
                    "fetched: %1 The token is decoded anyway.")
                    .arg(detail),
                jwt.algorithm(), jwt.keyId());
}
