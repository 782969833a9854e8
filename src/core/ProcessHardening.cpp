#include "ProcessHardening.h"

#include "Logging.h"

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

bool ProcessHardening::enabledInThisBuild() {
#if defined(__SANITIZE_ADDRESS__)
    return false; // LeakSanitizer's tracer must be able to attach (like a debug build)
#elif defined(NDEBUG)
    return true;
#else
    return false;
#endif
}

bool ProcessHardening::apply() {
    if (!enabledInThisBuild())
        return true;
    bool ok = true;
#ifdef Q_OS_UNIX
    const rlimit none{0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0)
        ok = false;
#endif
#ifdef Q_OS_LINUX
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        ok = false;
#endif
    if (!ok)
        qCWarning(lcCore) << "could not make the process non-dumpable";
    return ok;
}

bool ProcessHardening::isDumpable() {
#ifdef Q_OS_LINUX
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
#else
    return true;
#endif
}
