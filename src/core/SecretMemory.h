#pragma once

#include <QByteArray>
#include <QString>

// Overwrites secrets (tokens) with zeros before their memory is released. Only a buffer this
// variable alone holds is overwritten (a buffer shared with another QByteArray/QString still
// in use by someone else is only let go of: its last holder wipes it); read-only data
// (fromRawData, literals) is let go of too. The variable is empty afterwards.
class SecretMemory {
public:
    // True when a buffer was overwritten.
    static bool wipe(QByteArray &bytes);
    static bool wipe(QString &text);
    // `target = value`, wiping what `target` held before.
    static void replace(QByteArray &target, const QByteArray &value);

    // Overwrites the buffer `text` points to with zeros in place, even when it is shared: for a
    // widget's own copy (e.g. QLineEdit::text()) just before the widget lets go of it. Every
    // holder of that buffer sees zeros afterwards.
    static void overwrite(const QString &text);
};
