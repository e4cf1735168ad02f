#include "memory_tuning.h"

// Any C library header defines __GLIBC__ on glibc; only then is <malloc.h>'s mallopt there.
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void memory_tuning_map_large_blocks(unsigned long bytes) {
#if defined(__GLIBC__)
    // Setting the threshold also stops glibc from raising it to the largest block freed so far.
    mallopt(M_MMAP_THRESHOLD, (int)bytes);
#else
    (void)bytes;
#endif
}
