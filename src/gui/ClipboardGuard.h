#pragma once

#include <QByteArray>
#include <QObject>

// Puts a secret on the clipboard and takes it off again after a delay, but only if the
// clipboard still holds it (the user may have copied something else meanwhile). Keeps only a
// SHA-256 of the text, never the text; lives on after the dialog that copied it has closed.
class ClipboardGuard : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultDelayMs = 30000;

    // Copies `text` and arms one guard; returns it (owned by the clipboard).
    static ClipboardGuard *copy(const QString &text, int delayMs = DefaultDelayMs);

Q_SIGNALS:
    void expired(bool cleared);

private:
    ClipboardGuard(const QByteArray &hash, int delayMs, QObject *parent);
    void expire();

    QByteArray m_hash;
};
