#include "ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QTimer>

namespace {
QByteArray hashOf(const QString &text) {
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

ClipboardGuard *ClipboardGuard::copy(const QString &text, int delayMs) {
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(text);
    if (clipboard->supportsSelection())
        clipboard->setText(QString(), QClipboard::Selection);
    return new ClipboardGuard(hashOf(text), delayMs, clipboard);
}

ClipboardGuard::ClipboardGuard(const QByteArray &hash, int delayMs, QObject *parent)
    : QObject(parent)
    , m_hash(hash) {
    QTimer::singleShot(delayMs, this, &ClipboardGuard::expire);
}

void ClipboardGuard::expire() {
    QClipboard *clipboard = QGuiApplication::clipboard();
    const bool stillThere = hashOf(clipboard->text()) == m_hash;
    if (stillThere)
        clipboard->clear();
    Q_EMIT expired(stillThere);
    deleteLater();
}
