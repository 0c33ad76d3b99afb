#ifndef KG_CZLIB_SHIM_H
#define KG_CZLIB_SHIM_H
#include <zlib.h>

// inflateInit2 is a macro, which Swift cannot import.
static inline int kg_inflate_init(z_streamp stream, int windowBits) {
  return inflateInit2(stream, windowBits);
}
#endif
