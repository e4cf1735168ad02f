#ifndef MEMORY_TUNING_H
#define MEMORY_TUNING_H

/// Gives allocations of `bytes` or more pages of their own, returned to the system when freed
/// (glibc's mmap threshold, fixed; a no-op where the C library has no such setting).
void memory_tuning_map_large_blocks(unsigned long bytes);

#endif
