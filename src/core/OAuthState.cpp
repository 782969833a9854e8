#include "OAuthState.h"

#include "Base64Url.h"

#include <QRandomGenerator>

QString OAuthState::generate() {
    QByteArray bytes(Bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(Base64Url::encode(bytes));
}
