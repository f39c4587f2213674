#ifndef KNOOPPUNT_CNCURSES_SHIM_H
#define KNOOPPUNT_CNCURSES_SHIM_H
// Wide-character ncurses. Macros and mutable globals do not import into Swift 6, so each one the
// terminal layer needs is wrapped in a static inline function below.
//
// Signal state lives here too, in C, because a signal handler may only touch a `volatile sig_atomic_t`
// and async-signal-safe calls. NOTE: `static inline` functions and their static locals are copied into
// every Swift file (object) that calls them in a debug build, so all kp_signal_*, kp_suspend_* and
// kp_crash_* calls must stay in ONE Swift file (KnooppuntTerminal/SignalWatch.swift).
//
// SwiftPM does not see that Swift files depend on this header: after editing it, touch the files of
// KnooppuntTerminal (or clean) so that an incremental build recompiles them.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// MARK: globals

static inline WINDOW *kp_stdscr(void) { return stdscr; }
static inline WINDOW *kp_curscr(void) { return curscr; }
static inline int kp_lines(void) { return LINES; }
static inline int kp_cols(void) { return COLS; }
static inline int kp_color_pairs(void) { return COLOR_PAIRS; }
static inline int kp_colors(void) { return COLORS; }
static inline void kp_set_escdelay(int ms) { set_escdelay(ms); }
static inline int kp_err(void) { return ERR; }
static inline int kp_ok(void) { return OK; }

static inline void kp_getmaxyx(WINDOW *w, int *y, int *x) {
    int yy, xx;
    getmaxyx(w, yy, xx);
    *y = yy;
    *x = xx;
}

static inline FILE *kp_stdout(void) { return stdout; }
static inline FILE *kp_stdin(void) { return stdin; }

/// The user's locale; when its character set is not UTF-8 (LANG unset over SSH, in cron or a container),
/// character handling switches to C.UTF-8 anyway: names with ë ï é and the box and Braille characters
/// exist only in Unicode, and every terminal knooppunt is meant for speaks UTF-8. Returns 1 when the
/// user's locale was UTF-8, 2 when it was switched, 0 when no UTF-8 locale exists on the system.
static inline int kp_setlocale_utf8(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") != NULL || setlocale(LC_CTYPE, "en_US.UTF-8") != NULL) return 2;
    return 0;
}

// MARK: attributes and colours

static inline attr_t kp_a_normal(void) { return A_NORMAL; }
static inline attr_t kp_a_bold(void) { return A_BOLD; }
static inline attr_t kp_a_reverse(void) { return A_REVERSE; }
static inline attr_t kp_a_underline(void) { return A_UNDERLINE; }
static inline attr_t kp_a_dim(void) { return A_DIM; }
static inline int kp_color_pair(int n) { return (int)COLOR_PAIR(n); }

// MARK: keys

static inline int kp_key_code_yes(void) { return KEY_CODE_YES; }
static inline int kp_key_f(int n) { return KEY_F(n); }
static inline int kp_key_f0(void) { return KEY_F0; }
static inline int kp_key_up(void) { return KEY_UP; }
static inline int kp_key_down(void) { return KEY_DOWN; }
static inline int kp_key_left(void) { return KEY_LEFT; }
static inline int kp_key_right(void) { return KEY_RIGHT; }
static inline int kp_key_home(void) { return KEY_HOME; }
static inline int kp_key_end(void) { return KEY_END; }
static inline int kp_key_ppage(void) { return KEY_PPAGE; }
static inline int kp_key_npage(void) { return KEY_NPAGE; }
static inline int kp_key_enter(void) { return KEY_ENTER; }
static inline int kp_key_btab(void) { return KEY_BTAB; }
static inline int kp_key_backspace(void) { return KEY_BACKSPACE; }
static inline int kp_key_dc(void) { return KEY_DC; }
static inline int kp_key_ic(void) { return KEY_IC; }
static inline int kp_key_resize(void) { return KEY_RESIZE; }
static inline int kp_key_mouse(void) { return KEY_MOUSE; }
static inline int kp_key_find(void) { return KEY_FIND; }
static inline int kp_key_select(void) { return KEY_SELECT; }

/// wget_wch into a plain int: returns OK, KEY_CODE_YES or ERR; the character or key code goes to *out.
static inline int kp_get_wch(WINDOW *w, unsigned int *out) {
    wint_t c = 0;
    int r = wget_wch(w, &c);
    *out = (unsigned int)c;
    return r;
}

// MARK: mouse

static inline mmask_t kp_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t kp_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t kp_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t kp_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t kp_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t kp_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t kp_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t kp_button5_pressed(void) { return 0; }
#endif

/// getmouse into plain ints; returns OK or ERR.
static inline int kp_getmouse(int *x, int *y, mmask_t *state) {
    MEVENT e;
    memset(&e, 0, sizeof e);
    int r = getmouse(&e);
    *x = e.x;
    *y = e.y;
    *state = e.bstate;
    return r;
}

// MARK: drawing one cell

/// Draws one character cluster (up to CCHARW_MAX wide chars, NUL-terminated in `text`) at (y, x).
static inline int kp_put_cell(WINDOW *w, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t c;
    memset(&c, 0, sizeof c);
    if (setcchar(&c, text, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(w, y, x, &c);
}

static inline int kp_ccharw_max(void) { return CCHARW_MAX; }

// MARK: terminal modes outside curses

/// Writes raw bytes to the terminal (bracketed paste on/off), bypassing curses' buffer.
static inline void kp_write_tty(const char *s) {
    size_t n = strlen(s);
    while (n > 0) {
        ssize_t w = write(STDOUT_FILENO, s, n);
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

/// Turns off XON/XOFF so Ctrl-S and Ctrl-Q reach the program instead of freezing the screen; keeps ISIG,
/// so Ctrl-C still arrives as SIGINT and goes through our handler.
static inline void kp_disable_flow_control(void) {
    struct termios t;
    if (tcgetattr(STDIN_FILENO, &t) == 0) {
        t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
        tcsetattr(STDIN_FILENO, TCSANOW, &t);
    }
}

// MARK: signals (see the note at the top: call from one Swift file only)

static inline volatile sig_atomic_t *kp_signal_slot(void) {
    static volatile sig_atomic_t slot = 0;
    return &slot;
}

static void kp_on_signal(int sig) { *kp_signal_slot() = sig; }

/// Sets `handler` for `sig`, with nothing blocked while it runs. The handlers that only record a signal
/// pass no SA_RESTART, so a blocking read returns early and the loop sees the signal at once.
static inline void kp_catch(int sig, void (*handler)(int), int flags) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = flags;
    sigaction(sig, &sa, NULL);
}

/// Installs handlers for SIGINT, SIGTERM and SIGHUP that only record the signal.
static inline void kp_signal_install(void) {
    kp_catch(SIGINT, kp_on_signal, 0);
    kp_catch(SIGTERM, kp_on_signal, 0);
    kp_catch(SIGHUP, kp_on_signal, 0);
}

static inline void kp_signal_uninstall(void) {
    signal(SIGTSTP, SIG_DFL);
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
}

/// The signal received since the last call, or 0.
static inline int kp_signal_take(void) {
    int s = (int)*kp_signal_slot();
    *kp_signal_slot() = 0;
    return s;
}

static inline int kp_signal_peek(void) { return (int)*kp_signal_slot(); }

// Ctrl-Z (SIGTSTP): recorded like the others; the loop then leaves curses mode (including bracketed
// paste, which ncurses' own SIGTSTP handling does not know about) and stops the process for real.
static inline volatile sig_atomic_t *kp_suspend_slot(void) {
    static volatile sig_atomic_t slot = 0;
    return &slot;
}

static void kp_on_suspend(int sig) {
    (void)sig;
    *kp_suspend_slot() = 1;
}

/// Installed before curses starts, so that ncurses sees a handler and leaves SIGTSTP to us.
static inline void kp_suspend_install(void) { kp_catch(SIGTSTP, kp_on_suspend, 0); }

static inline int kp_suspend_take(void) {
    int s = (int)*kp_suspend_slot();
    *kp_suspend_slot() = 0;
    return s;
}

/// Stops the process as the default SIGTSTP action would; returns after SIGCONT (`fg`).
static inline void kp_suspend_now(void) {
    signal(SIGTSTP, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(SIGTSTP);
    kp_suspend_install();
}

// A crash (a Swift trap is SIGILL or SIGTRAP; also SIGSEGV, SIGBUS, SIGFPE, SIGABRT) cannot run endwin
// safely, so the handler restores the terminal settings saved before curses started (tcsetattr is
// async-signal-safe), writes the escape sequences that leave keypad, mouse, paste and alternate-screen modes,
// and then lets the default action happen.
static inline struct termios *kp_crash_termios(void) {
    static struct termios saved;
    return &saved;
}

static inline volatile sig_atomic_t *kp_crash_armed(void) {
    static volatile sig_atomic_t armed = 0;
    return &armed;
}

static void kp_on_crash(int sig) {
    if (*kp_crash_armed()) {
        tcsetattr(STDIN_FILENO, TCSANOW, kp_crash_termios());
        static const char reset[] = "\033[?1l\033>\033[?2004l\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";
        ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
        (void)ignored;
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

/// Saves the shell's terminal settings and installs the crash handlers.
static inline void kp_crash_arm(void) {
    if (tcgetattr(STDIN_FILENO, kp_crash_termios()) != 0) return;
    *kp_crash_armed() = 1;
    int signals[] = {SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT};
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) kp_catch(signals[i], kp_on_crash, SA_RESETHAND);
}

static inline void kp_crash_disarm(void) { *kp_crash_armed() = 0; }

#endif
