#ifndef KG_CNCURSESW_SHIM_H
#define KG_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
int wcwidth(wchar_t);
#endif
