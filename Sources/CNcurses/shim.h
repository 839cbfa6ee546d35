// What Swift cannot import from <ncursesw/curses.h> directly: macros and globals, wrapped in functions.
#ifndef ECSTOP_CNCURSES_SHIM_H
#define ECSTOP_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <stdio.h>
#include <termios.h>
#include <unistd.h>

static inline WINDOW *ecstop_stdscr(void) { return stdscr; }
static inline int ecstop_lines(void) { return LINES; }
static inline int ecstop_cols(void) { return COLS; }
static inline int ecstop_colors(void) { return COLORS; }
static inline int ecstop_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t ecstop_a_normal(void) { return A_NORMAL; }
static inline attr_t ecstop_a_bold(void) { return A_BOLD; }
static inline attr_t ecstop_a_dim(void) { return A_DIM; }
static inline attr_t ecstop_a_underline(void) { return A_UNDERLINE; }
static inline attr_t ecstop_a_reverse(void) { return A_REVERSE; }
static inline attr_t ecstop_a_italic(void) { return A_ITALIC; }

static inline int ecstop_key_resize(void) { return KEY_RESIZE; }
static inline int ecstop_key_f(int n) { return KEY_F(n); }

static inline const char *ecstop_codeset(void) { return nl_langinfo(CODESET); }

/// Writes one cell: a single character (plus combining marks, if any) with attributes and a colour pair.
static inline int ecstop_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, (short)0, &pair) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

/// Sets an extended colour pair; returns ERR when the terminal cannot.
static inline int ecstop_init_pair(int pair, int fg, int bg) { return init_extended_pair(pair, fg, bg); }

static inline int ecstop_get_wch(wint_t *ch) { return get_wch(ch); }

static inline int ecstop_key_mouse(void) { return KEY_MOUSE; }

/// Asks for button-1 presses and the wheel (ncurses 6 reports the wheel as buttons 4 and 5 pressed).
/// No click interval, so that a press arrives at once rather than after waiting to see if it was a
/// click. Returns whether the terminal can report the mouse at all.
static inline int ecstop_enable_mouse(void) {
    mmask_t wanted = BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    wanted |= BUTTON5_PRESSED;
#endif
    mouseinterval(0);
    return mousemask(wanted, NULL) != 0;
}

/// Reads the mouse event behind a KEY_MOUSE: 1 for a button-1 press or click, 2 for the wheel up,
/// 3 for the wheel down, 0 for anything else (releases, other buttons); x and y are the cell.
static inline int ecstop_read_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 2;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return 3;
#endif
    return 0;
}

// Results and key codes: octal macros, spelled out so that Swift sees plain functions.
static inline int ecstop_ok(void) { return OK; }
static inline int ecstop_err(void) { return ERR; }
static inline int ecstop_key_code_yes(void) { return KEY_CODE_YES; }
static inline int ecstop_key_up(void) { return KEY_UP; }
static inline int ecstop_key_down(void) { return KEY_DOWN; }
static inline int ecstop_key_left(void) { return KEY_LEFT; }
static inline int ecstop_key_right(void) { return KEY_RIGHT; }
static inline int ecstop_key_ppage(void) { return KEY_PPAGE; }
static inline int ecstop_key_npage(void) { return KEY_NPAGE; }
static inline int ecstop_key_home(void) { return KEY_HOME; }
static inline int ecstop_key_end(void) { return KEY_END; }
static inline int ecstop_key_btab(void) { return KEY_BTAB; }
static inline int ecstop_key_enter(void) { return KEY_ENTER; }
static inline int ecstop_key_backspace(void) { return KEY_BACKSPACE; }
static inline int ecstop_key_dc(void) { return KEY_DC; }

// Swift 6 rejects the C library's mutable FILE globals as shared state; these read them once.
static inline FILE *ecstop_stdin(void) { return stdin; }
static inline FILE *ecstop_stdout(void) { return stdout; }

/// Installs `handler` for `signal` with sigaction (the union field differs between libcs), without
/// SA_RESTART so that a blocking read returns EINTR. Saves the previous action in `previous`.
static inline int ecstop_install_signal_handler(int signal, void (*handler)(int), int on_alternate_stack,
                                                struct sigaction *previous) {
    struct sigaction action;
    sigemptyset(&action.sa_mask);
    action.sa_flags = on_alternate_stack ? SA_ONSTACK : 0;
    action.sa_handler = handler;
    return sigaction(signal, &action, previous);
}

/// Puts back an action saved by `ecstop_install_signal_handler`.
static inline int ecstop_restore_signal_handler(int signal, const struct sigaction *previous) {
    return sigaction(signal, previous, NULL);
}

/// Whether a saved action ignores its signal.
static inline int ecstop_signal_is_ignored(const struct sigaction *action) {
    return !(action->sa_flags & SA_SIGINFO) && action->sa_handler == SIG_IGN;
}

/// Sets the default action for `signal` (used before re-raising a crash).
static inline int ecstop_default_signal_handler(int signal) {
    struct sigaction action;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    action.sa_handler = SIG_DFL;
    return sigaction(signal, &action, NULL);
}

/// A terminfo string capability, or NULL when the terminal lacks it (tigetstr's -1 included).
static inline const char *ecstop_terminfo_string(const char *name) {
    char *value = tigetstr((char *)name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}
#endif
