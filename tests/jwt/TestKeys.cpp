#include "TestKeys.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

QByteArray base64Url(const QByteArray &bytes) {
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray jwks(std::initializer_list<QJsonObject> keys) {
    QJsonArray array;
    for (const QJsonObject &key : keys)
        array.append(key);
    return QJsonDocument(QJsonObject{{QStringLiteral("keys"), array}})
        .toJson(QJsonDocument::Compact);
}

namespace {
QByteArray bignum(EVP_PKEY *key, const char *name) {
    BIGNUM *bn = nullptr;
    EVP_PKEY_get_bn_param(key, name, &bn);
    QByteArray out(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}
int ecSize(const QString &kind) {
    return kind == QLatin1String("EC-P256") ? 32 : kind == QLatin1String("EC-P384") ? 48 : 66;
}
} // namespace

TestKey TestKey::generate(const QString &kind, const QString &kid) {
    TestKey key;
    key.m_kind = kind;
    key.m_kid = kid;
    EVP_PKEY *raw = nullptr;
    if (kind == QLatin1String("RSA"))
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
    else if (kind == QLatin1String("Ed25519"))
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    else
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC",
                                kind == QLatin1String("EC-P256")   ? "P-256"
                                : kind == QLatin1String("EC-P384") ? "P-384"
                                                                   : "P-521");
    key.m_key.reset(raw, EVP_PKEY_free);
    return key;
}

QJsonObject TestKey::jwk() const {
    EVP_PKEY *key = m_key.get();
    QJsonObject jwk{{QStringLiteral("kid"), m_kid}, {QStringLiteral("use"), QStringLiteral("sig")}};
    if (m_kind == QLatin1String("RSA")) {
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("n"),
                   QString::fromLatin1(base64Url(bignum(key, OSSL_PKEY_PARAM_RSA_N))));
        jwk.insert(QStringLiteral("e"),
                   QString::fromLatin1(base64Url(bignum(key, OSSL_PKEY_PARAM_RSA_E))));
    } else if (m_kind == QLatin1String("Ed25519")) {
        QByteArray x(32, '\0');
        size_t length = 32;
        EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(x.data()), &length);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("OKP"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("Ed25519"));
        jwk.insert(QStringLiteral("x"), QString::fromLatin1(base64Url(x)));
    } else {
        const int size = ecSize(m_kind);
        QByteArray point(1 + 2 * size, '\0');
        size_t length = 0;
        EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY,
                                        reinterpret_cast<unsigned char *>(point.data()),
                                        size_t(point.size()), &length);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), m_kind.mid(3, 1) + QLatin1Char('-') + m_kind.mid(4));
        jwk.insert(QStringLiteral("x"), QString::fromLatin1(base64Url(point.mid(1, size))));
        jwk.insert(QStringLiteral("y"), QString::fromLatin1(base64Url(point.mid(1 + size, size))));
    }
    return jwk;
}

QByteArray TestKey::signRaw(const QString &alg, const QByteArray &input) const {
    const EVP_MD *md = nullptr;
    if (alg.endsWith(QLatin1String("256")))
        md = EVP_sha256();
    else if (alg.endsWith(QLatin1String("384")))
        md = EVP_sha384();
    else if (alg.endsWith(QLatin1String("512")))
        md = EVP_sha512();
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    EVP_DigestSignInit(ctx, &pctx, alg == QLatin1String("EdDSA") ? nullptr : md, nullptr,
                       m_key.get());
    if (alg.startsWith(QLatin1String("PS"))) {
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
    }
    size_t length = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
    EVP_DigestSign(ctx, nullptr, &length, data, size_t(input.size()));
    QByteArray signature(qsizetype(length), '\0');
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length, data,
                   size_t(input.size()));
    signature.resize(qsizetype(length));
    EVP_MD_CTX_free(ctx);
    if (alg.startsWith(QLatin1String("ES"))) {
        // DER ECDSA-Sig-Value → R||S, each padded to the curve size (RFC 7518 section 3.4).
        const int size = ecSize(m_kind);
        const unsigned char *der = reinterpret_cast<const unsigned char *>(signature.constData());
        ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &der, long(signature.size()));
        QByteArray rs(2 * size, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(rs.data()), size);
        BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(rs.data()) + size,
                     size);
        ECDSA_SIG_free(sig);
        return rs;
    }
    return signature;
}

QByteArray TestKey::sign(const QString &alg, const QJsonObject &payload, bool withKid) const {
    QJsonObject header{{QStringLiteral("alg"), alg},
                       {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (withKid)
        header.insert(QStringLiteral("kid"), m_kid);
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return input + '.' + base64Url(signRaw(alg, input));
}
