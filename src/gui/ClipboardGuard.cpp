#include "ClipboardGuard.h"

#include "SecretMemory.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace {
QByteArray hashOf(const QString &text) {
    QByteArray utf8 = text.toUtf8();
    const QByteArray hash = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256);
    SecretMemory::wipe(utf8);
    return hash;
}
} // namespace

ClipboardGuard *ClipboardGuard::copy(const QString &text, int delayMs) {
    QClipboard *clipboard = QGuiApplication::clipboard();
    auto *data = new QMimeData;
    data->setText(text);
    data->setData(QLatin1String(SecretHintFormat), QByteArrayLiteral("secret"));
    clipboard->setMimeData(data);
    if (clipboard->supportsSelection())
        clipboard->setText(QString(), QClipboard::Selection);
    return new ClipboardGuard(hashOf(text), delayMs, clipboard);
}

ClipboardGuard::ClipboardGuard(const QByteArray &hash, int delayMs, QObject *parent)
    : QObject(parent)
    , m_hash(hash) {
    QTimer::singleShot(delayMs, this, &ClipboardGuard::expire);
    // Quitting with the secret still on the clipboard would hand it to a clipboard manager.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearIfStillThere);
}

bool ClipboardGuard::clearIfStillThere() {
    QClipboard *clipboard = QGuiApplication::clipboard();
    QString text = clipboard->text();
    const bool stillThere = !text.isEmpty() && hashOf(text) == m_hash;
    SecretMemory::wipe(text);
    if (stillThere)
        clipboard->clear();
    return stillThere;
}

void ClipboardGuard::expire() {
    Q_EMIT expired(clearIfStillThere());
    deleteLater();
}
