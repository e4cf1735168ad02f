#ifndef IQLINT_THREAD_ARENA_H
#define IQLINT_THREAD_ARENA_H

#include <stddef.h>

/// A bump allocator per thread, with the signatures of cmark-gfm's `cmark_mem`. cmark-gfm's own
/// arena is one global, so two threads parsing at once would share (and corrupt) it; this one
/// keeps its blocks in thread-local storage. `free` does nothing: `thread_arena_reset` ends
/// every allocation the calling thread made since its last reset, keeping the largest block
/// for the next parse; `thread_arena_release` gives that block back too.
void *thread_arena_calloc(size_t count, size_t size);
void *thread_arena_realloc(void *pointer, size_t size);
void thread_arena_free(void *pointer);
void thread_arena_reset(void);
void thread_arena_release(void);

#endif
