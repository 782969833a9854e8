#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

struct evp_pkey_st;

// Keys made by the tests with OpenSSL, and JWS tokens signed with them.
class TestKey {
public:
    // kind: "RSA" (2048), "EC-P256", "EC-P384", "EC-P521", "Ed25519".
    static TestKey generate(const QString &kind, const QString &kid);

    // The public key as a JWK ({"kty", "kid", "n", "e"} / {"crv", "x", "y"} / {"x"}).
    QJsonObject jwk() const;
    // A compact JWS of `payload` with header {"alg", "typ": "JWT", "kid"} (kid omitted if empty).
    QByteArray sign(const QString &alg, const QJsonObject &payload, bool withKid = true) const;
    // The raw signature over `input` (R||S for ECDSA), for hand-made tokens.
    QByteArray signRaw(const QString &alg, const QByteArray &input) const;

    QString kid() const { return m_kid; }

private:
    QString m_kind;
    QString m_kid;
    std::shared_ptr<evp_pkey_st> m_key;
};

QByteArray jwks(std::initializer_list<QJsonObject> keys);
QByteArray base64Url(const QByteArray &bytes);
