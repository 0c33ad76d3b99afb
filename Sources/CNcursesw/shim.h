#ifndef KG_CNCURSESW_SHIM_H
#define KG_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE flags, so the wide-character API
// must be switched on here, before ncurses is included.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <sys/ioctl.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
int wcwidth(wchar_t);

// Swift cannot import function-like or computed macros, nor (in Swift 6 mode)
// ncurses' mutable globals, so each one the backend needs gets an accessor.

static inline WINDOW *kg_stdscr(void) { return stdscr; }
static inline SCREEN *kg_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline WINDOW *kg_curscr(void) { return curscr; }
static inline void kg_release_terminfo(void) {
  if (cur_term != NULL) del_curterm(cur_term);
}
static inline int kg_lines(void) { return getmaxy(stdscr); }
static inline int kg_cols(void) { return getmaxx(stdscr); }
static inline int kg_color_pairs(void) { return COLOR_PAIRS; }
static inline int kg_colors(void) { return COLORS; }

static inline attr_t kg_attr_normal(void) { return A_NORMAL; }
static inline attr_t kg_attr_bold(void) { return A_BOLD; }
static inline attr_t kg_attr_dim(void) { return A_DIM; }
static inline attr_t kg_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t kg_attr_reverse(void) { return A_REVERSE; }

static inline int kg_key_code_yes(void) { return KEY_CODE_YES; }
static inline int kg_key_f(int n) { return KEY_F(n); }
static inline int kg_key_f0(void) { return KEY_F0; }
static inline int kg_key_up(void) { return KEY_UP; }
static inline int kg_key_down(void) { return KEY_DOWN; }
static inline int kg_key_left(void) { return KEY_LEFT; }
static inline int kg_key_right(void) { return KEY_RIGHT; }
static inline int kg_key_home(void) { return KEY_HOME; }
static inline int kg_key_end(void) { return KEY_END; }
static inline int kg_key_ppage(void) { return KEY_PPAGE; }
static inline int kg_key_npage(void) { return KEY_NPAGE; }
static inline int kg_key_enter(void) { return KEY_ENTER; }
static inline int kg_key_backspace(void) { return KEY_BACKSPACE; }
static inline int kg_key_dc(void) { return KEY_DC; }
static inline int kg_key_btab(void) { return KEY_BTAB; }
static inline int kg_key_mouse(void) { return KEY_MOUSE; }
static inline int kg_key_resize(void) { return KEY_RESIZE; }

static inline mmask_t kg_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t kg_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t kg_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t kg_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t kg_button5_pressed(void) { return BUTTON5_PRESSED; }

/// Bytes waiting to be read on a descriptor; 0 on a terminal that has hung up.
static inline int kg_bytes_available(int fd) {
  int count = 0;
  return ioctl(fd, FIONREAD, &count) == 0 ? count : -1;
}

/// Draws one cell: a spacing character plus up to CCHARW_MAX - 1 combining
/// marks, NUL-terminated in `text`.
static inline int kg_draw_cell(int row, int column, const wchar_t *text, attr_t attrs,
                               short pair) {
  cchar_t cell;
  if (setcchar(&cell, text, attrs, pair, NULL) == ERR) return ERR;
  return mvwadd_wch(stdscr, row, column, &cell);
}

#endif
