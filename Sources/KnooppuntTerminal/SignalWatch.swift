import CNcurses

/// SIGINT, SIGTERM, SIGHUP (and SIGTSTP, Ctrl-Z) only set a flag (in C, a `volatile sig_atomic_t`);
/// the interface loop looks at it after every wake-up, lets the interface save, and then restores the
/// terminal. Nothing else is safe inside a signal handler.
///
/// Every call into the kp_signal_*, kp_suspend_* and kp_crash_* functions of shim.h stays in this file: in a debug
/// build each Swift file gets its own copy of a `static inline` C function and of its static variables,
/// so a flag set through one file's copy would be invisible to another's.
enum SignalWatch {
    /// Records SIGINT, SIGTERM, SIGHUP and SIGTSTP from now on instead of dying or stopping. Called
    /// before curses starts, so ncurses leaves SIGTSTP to us (it only takes it over when it is default).
    static func install() {
        kp_signal_install()
        kp_suspend_install()
    }

    /// True once after Ctrl-Z (SIGTSTP).
    static func takeSuspendRequest() -> Bool { kp_suspend_take() != 0 }

    /// Stops the process (job control); returns when the shell continues it (`fg`).
    static func suspendNow() { kp_suspend_now() }

    /// Back to the default actions (after the terminal is restored).
    static func uninstall() { kp_signal_uninstall() }

    /// The signal number received since the last call, or nil.
    static func take() -> Int32? {
        let s = kp_signal_take()
        return s == 0 ? nil : s
    }

    /// Saves the shell's terminal settings and restores them if the process crashes (a Swift trap,
    /// a segfault), so even a bug never leaves the user's terminal unusable.
    static func armCrashRestore() { kp_crash_arm() }

    static func disarmCrashRestore() { kp_crash_disarm() }
}
