#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// OpenSSL's opaque key type, without pulling OpenSSL's headers into every user of this file.
struct evp_pkey_st;

// One public key of a JSON Web Key Set (RFC 7517), imported into an OpenSSL 3 EVP_PKEY.
// Supported: RSA (n, e; 2048..16384 bits), EC P-256/P-384/P-521 (x, y; the point must be on
// the curve), OKP Ed25519 (x). Other keys (oct, Ed448, unknown kty) are kept, with
// isUsable() == false and a problem() that says why, so that a lookup by kid can say so.
class Jwk {
public:
    enum class Type { Unknown, Rsa, Ec, Okp, Oct };

    // Never fails: an unusable key has isUsable() == false and a problem().
    static Jwk fromJson(const QJsonObject &object);

    bool isUsable() const { return m_key != nullptr; }
    QString problem() const { return m_problem; }

    Type type() const { return m_type; }
    QString keyType() const { return m_kty; } // "RSA", "EC", "OKP", ...
    QString curve() const { return m_crv; }   // "P-256", "Ed25519", ... (empty for RSA)
    QString keyId() const { return m_kid; }
    QString algorithm() const { return m_alg; } // the JWK's own "alg", often empty
    QString use() const { return m_use; }       // "sig", "enc" or empty
    int bits() const { return m_bits; }         // RSA modulus or curve size
    QString description() const;                // "RSA 2048-bit", "EC P-256", "OKP Ed25519"

    // Whether this key's type (and curve) can verify the JWS algorithm `alg`, ignoring "alg"
    // and "use". Empty *why when compatible; otherwise a sentence for the user.
    bool fitsAlgorithm(const QString &alg, QString *why = nullptr) const;

    // The imported public key (owned by this Jwk and its copies), or nullptr.
    evp_pkey_st *publicKey() const { return m_key.get(); }

private:
    Type m_type = Type::Unknown;
    QString m_kty, m_crv, m_kid, m_alg, m_use, m_problem;
    int m_bits = 0;
    std::shared_ptr<evp_pkey_st> m_key;
};

// A JSON Web Key Set: {"keys": [...]}.
class Jwks {
public:
    // A set with more keys is refused whole: importing a key costs time (20,000 EC keys took
    // 5.6 s), and no issuer publishes more than a handful.
    static constexpr int MaxKeys = 100;

    // Parses a JWK Set document. A document that is not a JSON object with a "keys" array
    // yields an empty set and sets *error, and so does one with more than MaxKeys keys; keys
    // that cannot be used stay in the set (see Jwk).
    static Jwks parse(const QByteArray &json, QString *error = nullptr);
    static Jwks fromKeys(const QList<Jwk> &keys);

    bool isEmpty() const { return m_keys.isEmpty(); }
    qsizetype size() const { return m_keys.size(); }
    const QList<Jwk> &keys() const { return m_keys; }
    bool containsKeyId(const QString &kid) const;

    struct Lookup {
        const Jwk *key = nullptr; // into this Jwks; nullptr when not found
        QString reason;           // why not found (a sentence), empty when found
    };
    // Picks the key for a token: by kid when the token has one (preferring a key that fits
    // alg when several share the kid); without a kid, the only usable signing key that fits
    // alg. Keys with "use": "enc" or a different "alg" are never picked without a kid.
    Lookup find(const QString &kid, const QString &alg) const;

private:
    QList<Jwk> m_keys;
};
