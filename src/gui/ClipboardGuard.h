#pragma once

#include <QByteArray>
#include <QObject>

// Puts a secret on the clipboard and takes it off again after a delay, or when the application
// quits, but only if the clipboard still holds it (the user may have copied something else
// meanwhile). The copy is marked as a secret for clipboard managers (x-kde-passwordManagerHint:
// secret, which KDE's Klipper and others honour by not keeping it in their history). Keeps only
// a SHA-256 of the text, never the text; lives on after the dialog that copied it has closed.
class ClipboardGuard : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultDelayMs = 30000;
    static constexpr char SecretHintFormat[] = "x-kde-passwordManagerHint";

    // Copies `text` and arms one guard; returns it (owned by the clipboard).
    static ClipboardGuard *copy(const QString &text, int delayMs = DefaultDelayMs);

Q_SIGNALS:
    void expired(bool cleared);

private:
    ClipboardGuard(const QByteArray &hash, int delayMs, QObject *parent);
    void expire();
    // Clears the clipboard if it still holds the copied text; true when it did.
    bool clearIfStillThere();

    QByteArray m_hash;
};
