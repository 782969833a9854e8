#include "OpenSsl.h"

#include "Logging.h"

#include <QCoreApplication>

#include <openssl/opensslv.h>

#include <dlfcn.h>

#include <optional>

namespace {

#define TOKENDESK_STRINGIFY2(x) #x
#define TOKENDESK_STRINGIFY(x) TOKENDESK_STRINGIFY2(x)
// The soname of the OpenSSL the headers belong to: libcrypto.so.3.
constexpr const char *LibraryName = "libcrypto.so." TOKENDESK_STRINGIFY(OPENSSL_SHLIB_VERSION);

struct Loaded {
    std::optional<OpenSsl> functions;
    QString error;
};

Loaded loadLibrary() {
    Loaded loaded;
    void *handle = dlopen(LibraryName, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *reason = dlerror();
        loaded.error = QCoreApplication::translate("OpenSsl", "%1 could not be loaded (%2).")
                           .arg(QLatin1String(LibraryName),
                                reason ? QString::fromLocal8Bit(reason) : QString());
        qCWarning(lcCore) << "OpenSSL:" << loaded.error;
        return loaded;
    }
    OpenSsl functions;
#define TOKENDESK_OPENSSL_RESOLVE(name)                                                            \
    functions.name = reinterpret_cast<decltype(functions.name)>(dlsym(handle, #name));             \
    if (!functions.name) {                                                                         \
        loaded.error = QCoreApplication::translate("OpenSsl", "%1 has no function %2.")            \
                           .arg(QLatin1String(LibraryName), QLatin1String(#name));                 \
        qCWarning(lcCore) << "OpenSSL:" << loaded.error;                                           \
        return loaded;                                                                             \
    }
    TOKENDESK_OPENSSL_FUNCTIONS(TOKENDESK_OPENSSL_RESOLVE)
#undef TOKENDESK_OPENSSL_RESOLVE
    qCDebug(lcCore) << "OpenSSL:" << LibraryName << "loaded";
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
