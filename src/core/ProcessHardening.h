#pragma once

// Keeps secrets out of core dumps and away from other processes of the same user: the process
// is made non-dumpable (prctl(PR_SET_DUMPABLE, 0) on Linux: no core dump, /proc/<pid>/mem and
// ptrace closed to the same user's unprivileged processes) and its core size limit is set to
// zero. Applied in release builds (NDEBUG) only, so that a debug build can still be debugged.
// It does not protect against root, the kernel, swap, or a debugger started by root.
class ProcessHardening {
public:
    // Whether this build applies it.
    static bool enabledInThisBuild();
    // Applies it (a no-op in debug builds); true when applied (or nothing was to be done).
    static bool apply();
    // The process may be dumped now (PR_GET_DUMPABLE); true where that cannot be asked.
    static bool isDumpable();
};
