#pragma once

#include <QByteArray>

// Proof Key for Code Exchange (RFC 7636), S256 method only.
class Pkce {
public:
    // A fresh verifier: 32 random bytes from the system's secure generator, base64url (43 chars).
    static Pkce generate();
    explicit Pkce(QByteArray verifier);

    QByteArray verifier() const { return m_verifier; }
    QByteArray challenge() const;
    static QByteArray method() { return QByteArrayLiteral("S256"); }

private:
    QByteArray m_verifier;
};
