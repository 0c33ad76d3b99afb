#ifndef KG_MEMORY_HINTS_H
#define KG_MEMORY_HINTS_H

/// Asks the CPU to start loading the cache line at `address`, which a lookup
/// is about to read: the one hint Swift has no spelling for. It never faults,
/// whatever the address.
static inline void kg_prefetch(const void *address) {
  __builtin_prefetch(address, 0, 3);
}

#endif
