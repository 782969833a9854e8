#include "OpenSsl.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibrary>

#include <openssl/opensslv.h>

#include <memory>
#include <optional>

namespace {

// The library the headers belong to (OpenSSL 3): libcrypto.so.3 on Linux, libcrypto.3.dylib on
// macOS, libcrypto-3-x64.dll (or libcrypto-3.dll on 32-bit) on Windows.
std::unique_ptr<QLibrary> openLibrary(QString *error) {
#ifdef Q_OS_WIN
    const QStringList names{QStringLiteral("libcrypto-%1-x64").arg(OPENSSL_VERSION_MAJOR),
                            QStringLiteral("libcrypto-%1").arg(OPENSSL_VERSION_MAJOR)};
    for (const QString &name : names) {
        auto library = std::make_unique<QLibrary>(name);
        if (library->load())
            return library;
        *error = library->errorString();
    }
    return nullptr;
#else
    auto library = std::make_unique<QLibrary>(QStringLiteral("crypto"), OPENSSL_VERSION_MAJOR);
    if (library->load())
        return library;
    *error = library->errorString();
    return nullptr;
#endif
}

struct Loaded {
    std::unique_ptr<QLibrary> library; // never unloaded: keys made with it live until the end
    std::optional<OpenSsl> functions;
    QString error;
};

Loaded loadLibrary() {
    Loaded loaded;
    QString reason;
    loaded.library = openLibrary(&reason);
    if (!loaded.library) {
        loaded.error = QCoreApplication::translate("OpenSsl", "%1 could not be loaded (%2).")
                           .arg(QStringLiteral("OpenSSL %1").arg(OPENSSL_VERSION_MAJOR), reason);
        qCWarning(lcCore) << "OpenSSL:" << loaded.error;
        return loaded;
    }
    OpenSsl functions;
#define TOKENDESK_OPENSSL_RESOLVE(name)                                                            \
    functions.name = reinterpret_cast<decltype(functions.name)>(loaded.library->resolve(#name));   \
    if (!functions.name) {                                                                         \
        loaded.error = QCoreApplication::translate("OpenSsl", "%1 has no function %2.")            \
                           .arg(loaded.library->fileName(), QLatin1String(#name));                 \
        qCWarning(lcCore) << "OpenSSL:" << loaded.error;                                           \
        return loaded;                                                                             \
    }
    TOKENDESK_OPENSSL_FUNCTIONS(TOKENDESK_OPENSSL_RESOLVE)
#undef TOKENDESK_OPENSSL_RESOLVE
    qCDebug(lcCore) << "OpenSSL:" << loaded.library->fileName() << "loaded";
    loaded.functions = functions;
    return loaded;
}

} // namespace

const OpenSsl *OpenSsl::load(QString *error) {
    static const Loaded loaded = loadLibrary(); // once per process: the library is process-wide
    if (!loaded.functions && error)
        *error = loaded.error;
    return loaded.functions ? &*loaded.functions : nullptr;
}
