#include "SecretMemory.h"

#include <cstring> // explicit_bzero: a write the compiler may not drop (glibc; as OPENSSL_cleanse,
                   // without linking OpenSSL into the program that shows the first window)

#include <utility>

bool SecretMemory::wipe(QByteArray &bytes) {
    // isDetached(): a heap buffer of its own (false for shared, literal and raw data).
    // (Only size() bytes: data may start after the beginning of its allocation, while
    // capacity() counts the whole allocation.)
    const bool own = bytes.isDetached() && bytes.capacity() > 0;
    if (own)
        explicit_bzero(const_cast<char *>(bytes.constData()), size_t(bytes.size()));
    bytes = QByteArray();
    return own;
}

bool SecretMemory::wipe(QString &text) {
    const bool own = text.isDetached() && text.capacity() > 0;
    if (own)
        explicit_bzero(const_cast<QChar *>(text.constData()), size_t(text.size()) * sizeof(QChar));
    text = QString();
    return own;
}

void SecretMemory::overwrite(const QString &text) {
    if (text.capacity() > 0) // heap data (not a literal or raw data)
        explicit_bzero(const_cast<QChar *>(text.constData()), size_t(text.size()) * sizeof(QChar));
}

void SecretMemory::replace(QByteArray &target, const QByteArray &value) {
    QByteArray old = std::exchange(target, value);
    wipe(old);
}
