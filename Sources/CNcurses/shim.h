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
static inline int ecstop_key_mouse(void) { return KEY_MOUSE; }

static inline int ecstop_wcwidth(wchar_t c) { return wcwidth(c); }
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
#endif
