#ifndef KNOOPPUNT_CNCURSES_SHIM_H
#define KNOOPPUNT_CNCURSES_SHIM_H
// Wide-character ncurses. Macros and mutable globals do not import into Swift 6, so each one the
// terminal layer needs is wrapped in a static inline function below.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <ncursesw/curses.h>

static inline WINDOW *kp_stdscr(void) { return stdscr; }
static inline int kp_lines(void) { return LINES; }
static inline int kp_cols(void) { return COLS; }

#endif
