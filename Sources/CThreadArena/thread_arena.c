#include "thread_arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/// Each allocation is preceded by its size, so that realloc can copy it; 16-byte alignment.
#define HEADER 16
#define MINIMUM_BLOCK (4u << 20)

struct block {
    struct block *previous;
    size_t capacity;
    size_t used;
    _Alignas(16) unsigned char bytes[];
};

static _Thread_local struct block *current;

static void *out_of_memory(void) {
    // cmark-gfm's own allocators abort too: a parser cannot continue without memory.
    fputs("iqlint: out of memory\n", stderr);
    abort();
}

static size_t rounded(size_t size) { return (size + 15) & ~(size_t)15; }

static void *allocate(size_t size) {
    if (size > SIZE_MAX - 2 * HEADER) return out_of_memory();
    size_t needed = HEADER + rounded(size);
    if (current == NULL || current->capacity - current->used < needed) {
        size_t capacity = MINIMUM_BLOCK;
        // Blocks grow with what was used, so a large document needs few of them.
        if (current != NULL && current->capacity < (SIZE_MAX >> 2)) capacity = current->capacity * 2;
        if (capacity < needed) capacity = needed;
        struct block *fresh = malloc(sizeof(struct block) + capacity);
        if (fresh == NULL) return out_of_memory();
        fresh->previous = current;
        fresh->capacity = capacity;
        fresh->used = 0;
        current = fresh;
    }
    unsigned char *start = current->bytes + current->used;
    current->used += needed;
    memcpy(start, &size, sizeof size);
    return start + HEADER;
}

void *thread_arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) return out_of_memory();
    // Fresh block memory is not zeroed (malloc), so zero what is handed out.
    void *pointer = allocate(count * size);
    memset(pointer, 0, count * size);
    return pointer;
}

void *thread_arena_realloc(void *pointer, size_t size) {
    if (pointer == NULL) return allocate(size);
    if (size > SIZE_MAX - 2 * HEADER) return out_of_memory();
    size_t old;
    memcpy(&old, (unsigned char *)pointer - HEADER, sizeof old);
    size_t had = rounded(old), wants = rounded(size);
    // The last allocation of the current block grows in place (a growing buffer usually is).
    int isLast = current != NULL && (unsigned char *)pointer + had == current->bytes + current->used;
    if (wants <= had || (isLast && wants - had <= current->capacity - current->used)) {
        if (wants > had) current->used += wants - had;
        memcpy((unsigned char *)pointer - HEADER, &size, sizeof size);
        return pointer;
    }
    void *moved = allocate(size);
    memcpy(moved, pointer, old < size ? old : size);
    return moved;
}

void thread_arena_free(void *pointer) { (void)pointer; }

void thread_arena_reset(void) {
    // The newest block is the largest: it is kept for the next parse on this thread, whose
    // pages are then already mapped (faulting fresh pages in cost as much as the parse).
    if (current == NULL) return;
    struct block *kept = current;
    struct block *older = kept->previous;
    while (older != NULL) {
        struct block *previous = older->previous;
        free(older);
        older = previous;
    }
    kept->previous = NULL;
    kept->used = 0;
}

void thread_arena_release(void) {
    thread_arena_reset();
    free(current);
    current = NULL;
}
