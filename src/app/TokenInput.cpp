#include "TokenInput.h"

#include "SecretMemory.h"

#include <QCoreApplication>

#include <cstring>

QByteArray TokenInput::read(std::FILE *in, QString *error) {
    QByteArray data;
    char chunk[4096];
    while (const size_t n = std::fread(chunk, 1, sizeof chunk, in)) {
        data.append(chunk, qsizetype(n));
        if (data.size() > MaxBytes) {
            SecretMemory::wipe(data);
            *error = QCoreApplication::translate(
                         "TokenInput", "The input is larger than %1 MB: that is not a token.")
                         .arg(MaxBytes / (1024 * 1024));
            return {};
        }
    }
    std::memset(chunk, 0, sizeof chunk);
    QByteArray token = data.trimmed();
    SecretMemory::wipe(data);
    if (token.startsWith("Bearer ") || token.startsWith("bearer "))
        token = token.mid(7).trimmed();
    if (token.isEmpty())
        *error = QCoreApplication::translate(
            "TokenInput",
            "No token on standard input. Pipe one in, e.g. `pbpaste | tokendesk --inspect`, "
            "or paste it and press Ctrl+D.");
    return token;
}
