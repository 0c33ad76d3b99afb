#ifndef KG_MEMORY_HINTS_H
#define KG_MEMORY_HINTS_H

#if defined(__linux__)
#include <malloc.h>
#endif

/// Asks the CPU to start loading the cache line at `address`, which a lookup
/// is about to read: the one hint Swift has no spelling for. It never faults,
/// whatever the address.
static inline void kg_prefetch(const void *address) {
  __builtin_prefetch(address, 0, 3);
}

/// Hands the free memory inside every malloc arena back to the kernel.
/// glibc keeps what a thread freed in that thread's arena resident, for
/// reuse: a loader whose second core filled hundreds of megabytes of batches
/// that have now been taken over calls this before the peak of building the
/// graph. Elsewhere it does nothing.
static inline void kg_release_free_heap(void) {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

#endif
