#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// A decoded (not verified) JSON Web Token. Decoding never throws; a malformed input
// yields isValid() == false and an error() that says what is wrong, in plain words.
class Jwt {
public:
    enum class Kind { Malformed, Jws, Jwe };

    // Accepts surrounding whitespace and a leading "Bearer ".
    static Jwt decode(QByteArrayView text);
    static QByteArray normalize(QByteArrayView text);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind == Kind::Jws; }
    QString error() const { return m_error; }

    QJsonObject header() const { return m_header; }
    QJsonObject payload() const { return m_payload; }
    QByteArray signingInput() const { return m_signingInput; }
    QByteArray signature() const { return m_signature; }
    QList<QByteArray> rawParts() const { return m_rawParts; }

    QString algorithm() const { return text(m_header, "alg"); }
    QString keyId() const { return text(m_header, "kid"); }
    QString issuer() const { return text(m_payload, "iss"); }
    QString subject() const { return text(m_payload, "sub"); }
    QString email() const { return text(m_payload, "email"); }
    QString preferredUsername() const { return text(m_payload, "preferred_username"); }
    QStringList realmRoles() const;
    std::optional<QDateTime> expiresAt() const;
    std::optional<QDateTime> issuedAt() const;

private:
    // A string member of the header or the payload ("" when absent or not a string).
    static QString text(const QJsonObject &object, const char *name) {
        return object.value(QLatin1String(name)).toString();
    }

    Kind m_kind = Kind::Malformed;
    QString m_error;
    QJsonObject m_header;
    QJsonObject m_payload;
    QByteArray m_signingInput;
    QByteArray m_signature;
    QList<QByteArray> m_rawParts;
};
