#include "Pkce.h"

#include "Base64Url.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

Pkce Pkce::generate() {
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return Pkce(Base64Url::encode(bytes));
}

Pkce::Pkce(QByteArray verifier)
    : m_verifier(std::move(verifier)) {}

QByteArray Pkce::challenge() const {
    return Base64Url::encode(QCryptographicHash::hash(m_verifier, QCryptographicHash::Sha256));
}
