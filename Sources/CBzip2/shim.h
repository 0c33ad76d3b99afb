#ifndef KG_CBZIP2_SHIM_H
#define KG_CBZIP2_SHIM_H
#include <bzlib.h>
#endif
