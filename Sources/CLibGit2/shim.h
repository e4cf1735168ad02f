#include <git2.h>

/// git_libgit2_opts is variadic, which Swift cannot call: one wrapper per option iqlint sets.
/// Objects read from the object database are not hashed again to check their ids (git itself
/// does not on reads; zlib's checksum still catches a damaged object): on a large file that
/// check cost as much as inflating it.
static inline int iqlint_git_skip_hash_verification(void) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
}
