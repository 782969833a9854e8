#include "Jwk.h"

#include "Base64Url.h"
#include "Logging.h"
#include "OpenSsl.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>
#include <optional>

namespace {

constexpr int MinRsaBits = 2048;  // RFC 7518 section 3.3
constexpr int MaxRsaBits = 16384; // beyond this, verification cost is an attack, not a key

struct BnFree {
    void operator()(BIGNUM *b) const { ssl()->BN_free(b); }
};
struct BldFree {
    void operator()(OSSL_PARAM_BLD *b) const { ssl()->OSSL_PARAM_BLD_free(b); }
};
struct ParamFree {
    void operator()(OSSL_PARAM *p) const { ssl()->OSSL_PARAM_free(p); }
};
struct CtxFree {
    void operator()(EVP_PKEY_CTX *c) const { ssl()->EVP_PKEY_CTX_free(c); }
};
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;
using BldPtr = std::unique_ptr<OSSL_PARAM_BLD, BldFree>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, ParamFree>;
using CtxPtr = std::unique_ptr<EVP_PKEY_CTX, CtxFree>;

std::shared_ptr<EVP_PKEY> adopt(EVP_PKEY *key) {
    return std::shared_ptr<EVP_PKEY>(key, ssl()->EVP_PKEY_free);
}

std::optional<QByteArray> member(const QJsonObject &object, const char *name) {
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isString())
        return std::nullopt;
    return Base64Url::decode(value.toString().toLatin1());
}

QByteArray stripLeadingZeros(QByteArray bytes) {
    qsizetype zeros = 0;
    while (zeros < bytes.size() && bytes.at(zeros) == 0)
        ++zeros;
    return bytes.mid(zeros);
}

// Builds an EVP_PKEY of `type` ("RSA", "EC", "ED25519") from the parameters that `push` adds
// to a builder (false when it could not); null when OpenSSL refuses them.
std::shared_ptr<EVP_PKEY> fromParameters(const char *type,
                                         const std::function<bool(OSSL_PARAM_BLD *)> &push) {
    BldPtr bld(ssl()->OSSL_PARAM_BLD_new());
    if (!bld || !push(bld.get()))
        return nullptr;
    ParamPtr params(ssl()->OSSL_PARAM_BLD_to_param(bld.get()));
    CtxPtr ctx(ssl()->EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || ssl()->EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        ssl()->EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0) {
        ssl()->EVP_PKEY_free(key);
        return nullptr;
    }
    return adopt(key);
}

int curveBytes(const QString &crv) {
    if (crv == QLatin1String("P-256"))
        return 32;
    if (crv == QLatin1String("P-384"))
        return 48;
    if (crv == QLatin1String("P-521"))
        return 66;
    return 0;
}

const char *curveGroupName(const QString &crv) {
    if (crv == QLatin1String("P-256"))
        return "prime256v1";
    if (crv == QLatin1String("P-384"))
        return "secp384r1";
    if (crv == QLatin1String("P-521"))
        return "secp521r1";
    return nullptr;
}

} // namespace

Jwk Jwk::fromJson(const QJsonObject &object) {
    Jwk jwk;
    jwk.m_kty = object.value(QLatin1String("kty")).toString();
    jwk.m_crv = object.value(QLatin1String("crv")).toString();
    jwk.m_kid = object.value(QLatin1String("kid")).toString();
    jwk.m_alg = object.value(QLatin1String("alg")).toString();
    jwk.m_use = object.value(QLatin1String("use")).toString();
    QString unavailable;
    if (!OpenSsl::load(&unavailable)) {
        jwk.m_problem = QCoreApplication::translate(
                            "Jwk", "TokenDesk cannot check keys: OpenSSL's library is missing. %1")
                            .arg(unavailable);
        return jwk;
    }
    ssl()->ERR_clear_error();

    if (jwk.m_kty == QLatin1String("RSA")) {
        jwk.m_type = Type::Rsa;
        const auto n = member(object, "n");
        const auto e = member(object, "e");
        if (!n || !e) {
            jwk.m_problem = QCoreApplication::translate(
                "Jwk", "The RSA key has no valid “n” and “e” (base64url).");
            return jwk;
        }
        const QByteArray modulus = stripLeadingZeros(*n);
        const QByteArray exponent = stripLeadingZeros(*e);
        if (modulus.size() > MaxRsaBits / 8) {
            jwk.m_problem =
                QCoreApplication::translate(
                    "Jwk", "The RSA key is larger than %1 bits, which TokenDesk refuses.")
                    .arg(MaxRsaBits);
            return jwk;
        }
        BnPtr bnN(ssl()->BN_bin2bn(reinterpret_cast<const unsigned char *>(modulus.constData()),
                                   int(modulus.size()), nullptr));
        BnPtr bnE(ssl()->BN_bin2bn(reinterpret_cast<const unsigned char *>(exponent.constData()),
                                   int(exponent.size()), nullptr));
        if (!bnN || !bnE) {
            jwk.m_problem = QCoreApplication::translate("Jwk", "The RSA key could not be read.");
            return jwk;
        }
        jwk.m_bits = ssl()->BN_num_bits(bnN.get());
        if (jwk.m_bits < MinRsaBits) {
            jwk.m_problem = QCoreApplication::translate(
                                "Jwk", "The RSA key has only %1 bits; at least %2 are required.")
                                .arg(jwk.m_bits)
                                .arg(MinRsaBits);
            return jwk;
        }
        if (!ssl()->BN_is_odd(bnN.get()) || !ssl()->BN_is_odd(bnE.get()) ||
            ssl()->BN_num_bits(bnE.get()) < 2 || ssl()->BN_cmp(bnE.get(), bnN.get()) >= 0) {
            jwk.m_problem = QCoreApplication::translate(
                "Jwk", "The RSA key's modulus or exponent is not possible for a real key.");
            return jwk;
        }
        jwk.m_key = fromParameters("RSA", [&](OSSL_PARAM_BLD *bld) {
            return ssl()->OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bnN.get()) &&
                   ssl()->OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, bnE.get());
        });
        if (!jwk.m_key)
            jwk.m_problem =
                QCoreApplication::translate("Jwk", "OpenSSL could not import the RSA key.");
    } else if (jwk.m_kty == QLatin1String("EC")) {
        jwk.m_type = Type::Ec;
        const int size = curveBytes(jwk.m_crv);
        if (size == 0) {
            jwk.m_problem =
                QCoreApplication::translate(
                    "Jwk", "The EC curve “%1” is not supported (P-256, P-384 and P-521 are).")
                    .arg(jwk.m_crv);
            return jwk;
        }
        jwk.m_bits = jwk.m_crv.mid(2).toInt();
        const auto x = member(object, "x");
        const auto y = member(object, "y");
        if (!x || !y || x->size() != size || y->size() != size) {
            jwk.m_problem =
                QCoreApplication::translate(
                    "Jwk", "The %1 key's “x” and “y” must be %2 bytes each (base64url).")
                    .arg(jwk.m_crv)
                    .arg(size);
            return jwk;
        }
        QByteArray point = QByteArray(1, '\x04') + *x + *y; // uncompressed SEC1 point
        jwk.m_key = fromParameters("EC", [&](OSSL_PARAM_BLD *bld) {
            return ssl()->OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME,
                                                          curveGroupName(jwk.m_crv), 0) &&
                   ssl()->OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY,
                                                           point.constData(), size_t(point.size()));
        });
        if (jwk.m_key) {
            // Refuse points that are not on the curve (invalid-curve attacks).
            CtxPtr check(ssl()->EVP_PKEY_CTX_new_from_pkey(nullptr, jwk.m_key.get(), nullptr));
            if (!check || ssl()->EVP_PKEY_public_check(check.get()) != 1)
                jwk.m_key.reset();
        }
        if (!jwk.m_key)
            jwk.m_problem =
                QCoreApplication::translate("Jwk", "The %1 key's point is not on the curve.")
                    .arg(jwk.m_crv);
    } else if (jwk.m_kty == QLatin1String("OKP")) {
        jwk.m_type = Type::Okp;
        if (jwk.m_crv != QLatin1String("Ed25519")) {
            jwk.m_problem = QCoreApplication::translate(
                                "Jwk", "The OKP curve “%1” is not supported (Ed25519 is).")
                                .arg(jwk.m_crv);
            return jwk;
        }
        jwk.m_bits = 256;
        const auto x = member(object, "x");
        if (!x || x->size() != 32) {
            jwk.m_problem = QCoreApplication::translate(
                "Jwk", "The Ed25519 key's “x” must be 32 bytes (base64url).");
            return jwk;
        }
        QByteArray raw = *x;
        jwk.m_key = fromParameters("ED25519", [&](OSSL_PARAM_BLD *bld) {
            return ssl()->OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY,
                                                           raw.constData(), size_t(raw.size()));
        });
        if (!jwk.m_key)
            jwk.m_problem =
                QCoreApplication::translate("Jwk", "OpenSSL could not import the Ed25519 key.");
    } else if (jwk.m_kty == QLatin1String("oct")) {
        jwk.m_type = Type::Oct;
        jwk.m_problem = QCoreApplication::translate(
            "Jwk", "This is a shared secret (kty “oct”), not a public key.");
    } else {
        jwk.m_problem = QCoreApplication::translate("Jwk", "The key type “%1” is not supported.")
                            .arg(jwk.m_kty);
    }
    ssl()->ERR_clear_error();
    return jwk;
}

QString Jwk::description() const {
    switch (m_type) {
    case Type::Rsa:
        return m_bits > 0 ? QCoreApplication::translate("Jwk", "RSA %1-bit").arg(m_bits)
                          : QStringLiteral("RSA");
    case Type::Ec:
    case Type::Okp:
        return m_kty + QLatin1Char(' ') + m_crv;
    case Type::Oct:
        return QStringLiteral("oct");
    case Type::Unknown:
        break;
    }
    return m_kty.isEmpty() ? QCoreApplication::translate("Jwk", "unknown") : m_kty;
}

bool Jwk::fitsAlgorithm(const QString &alg, QString *why) const {
    QString needed;
    if (alg.startsWith(QLatin1String("RS")) || alg.startsWith(QLatin1String("PS"))) {
        if (m_type == Type::Rsa)
            needed.clear();
        else
            needed = QCoreApplication::translate("Jwk", "an RSA key");
    } else if (alg == QLatin1String("ES256") || alg == QLatin1String("ES384") ||
               alg == QLatin1String("ES512")) {
        const QString crv = alg == QLatin1String("ES256")   ? QStringLiteral("P-256")
                            : alg == QLatin1String("ES384") ? QStringLiteral("P-384")
                                                            : QStringLiteral("P-521");
        if (m_type != Type::Ec || m_crv != crv)
            needed = QCoreApplication::translate("Jwk", "an EC %1 key").arg(crv);
    } else if (alg == QLatin1String("EdDSA")) {
        if (m_type != Type::Okp || m_crv != QLatin1String("Ed25519"))
            needed = QCoreApplication::translate("Jwk", "an Ed25519 key");
    } else {
        needed = QCoreApplication::translate("Jwk", "a key TokenDesk does not support");
    }
    if (why) {
        why->clear();
        if (!needed.isEmpty())
            *why = QCoreApplication::translate(
                       "Jwk", "The token's algorithm %1 needs %2, but the key “%3” is %4.")
                       .arg(alg, needed, m_kid, description());
    }
    return needed.isEmpty();
}

Jwks Jwks::parse(const QByteArray &json, QString *error) {
    Jwks jwks;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue keys = document.object().value(QLatin1String("keys"));
    if (!document.isObject() || !keys.isArray()) {
        if (error)
            *error =
                document.isObject()
                    ? QCoreApplication::translate("Jwk", "The key set has no “keys” array.")
                    : QCoreApplication::translate("Jwk", "The key set is not a JSON object (%1).")
                          .arg(parseError.errorString());
        return jwks;
    }
    const QJsonArray array = keys.toArray();
    if (array.size() > MaxKeys) {
        if (error)
            *error = QCoreApplication::translate(
                         "Jwk", "The key set has %1 keys; TokenDesk uses a set of at most %2.")
                         .arg(array.size())
                         .arg(MaxKeys);
        return jwks;
    }
    for (const QJsonValue &value : array) {
        if (value.isObject())
            jwks.m_keys.append(Jwk::fromJson(value.toObject()));
    }
    qCDebug(lcJwt) << "key set with" << jwks.m_keys.size() << "keys";
    if (error)
        error->clear();
    return jwks;
}

Jwks Jwks::fromKeys(const QList<Jwk> &keys) {
    Jwks jwks;
    jwks.m_keys = keys;
    return jwks;
}

bool Jwks::containsKeyId(const QString &kid) const {
    for (const Jwk &key : m_keys) {
        if (key.keyId() == kid)
            return true;
    }
    return false;
}

Jwks::Lookup Jwks::find(const QString &kid, const QString &alg) const {
    Lookup lookup;
    if (m_keys.isEmpty()) {
        lookup.reason = QCoreApplication::translate("Jwk", "The key set is empty.");
        return lookup;
    }
    if (!kid.isEmpty()) {
        const Jwk *first = nullptr;
        for (const Jwk &key : m_keys) {
            if (key.keyId() != kid)
                continue;
            if (!first)
                first = &key;
            if (key.isUsable() && key.fitsAlgorithm(alg)) {
                lookup.key = &key;
                return lookup;
            }
        }
        if (first && first->isUsable()) {
            lookup.key = first; // the verifier explains the mismatch
            return lookup;
        }
        if (first) {
            lookup.reason = QCoreApplication::translate(
                                "Jwk", "The key “%1” is in the key set but cannot be used: %2")
                                .arg(kid, first->problem());
            return lookup;
        }
        lookup.reason = QCoreApplication::translate(
                            "Jwk",
                            "The issuer's key set has no key with the token's key id “%1” "
                            "(%n key(s) in the set).",
                            nullptr, int(m_keys.size()))
                            .arg(kid);
        return lookup;
    }
    QList<const Jwk *> fitting;
    for (const Jwk &key : m_keys) {
        if (key.isUsable() && key.fitsAlgorithm(alg) && key.use() != QLatin1String("enc") &&
            (key.algorithm().isEmpty() || key.algorithm() == alg))
            fitting.append(&key);
    }
    if (fitting.size() == 1) {
        lookup.key = fitting.constFirst();
        return lookup;
    }
    lookup.reason =
        fitting.isEmpty()
            ? QCoreApplication::translate(
                  "Jwk", "The token has no key id (kid), and no key in the key set fits "
                         "its algorithm %1.")
                  .arg(alg)
            : QCoreApplication::translate(
                  "Jwk", "The token has no key id (kid), and %1 keys in the key set fit its "
                         "algorithm %2, so TokenDesk cannot tell which one signed it.")
                  .arg(fitting.size())
                  .arg(alg);
    return lookup;
}
