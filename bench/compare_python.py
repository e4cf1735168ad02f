#!/usr/bin/env python3
"""MinHash + LSH on the same bigram hashes with datasketch and rensa, for bench/run.sh.

Usage: compare_python.py EXPORT_PREFIX [--skip-datasketch]

Reads EXPORT_PREFIX.hashes.u64 / .offsets.u64 written by iqlint-bench (the stable 64-bit
hashes of every text's normalised bigrams), so both libraries MinHash exactly the sets the
Swift code MinHashes. Both use 128 permutations and 32 bands of 4 rows; the timed work is
signatures, index construction and one query per text (all candidate pairs). Prints JSON.
"""
import json
import sys
import time

import numpy as np

NUM_PERM = 128
BANDS, ROWS = 32, 4


def load(prefix):
    hashes = np.fromfile(prefix + ".hashes.u64", dtype="<u8")
    offsets = np.fromfile(prefix + ".offsets.u64", dtype="<u8").astype(np.int64)
    sets = [hashes[offsets[i]:offsets[i + 1]] for i in range(len(offsets) - 1)]
    return hashes, offsets, sets


def pairs_from_queries(results):
    found = set()
    for i, keys in enumerate(results):
        for j in keys:
            if j != i:
                found.add((min(i, j), max(i, j)))
    return found


def run_datasketch(sets):
    from datasketch import MinHash, MinHashLSH
    # datasketch's permutations expect 32-bit token hashes; the identity hashfunc feeds ours in.
    tokens = [[int(h) & 0xFFFFFFFF for h in s] for s in sets]
    live = [i for i, s in enumerate(tokens) if s]
    t0 = time.perf_counter()
    minhashes = MinHash.bulk([tokens[i] for i in live], num_perm=NUM_PERM, hashfunc=lambda x: x)
    t1 = time.perf_counter()
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    with lsh.insertion_session() as session:
        for key, m in zip(live, minhashes):
            session.insert(key, m, check_duplication=False)
    t2 = time.perf_counter()
    results = [[]] * len(sets)
    for key, m in zip(live, minhashes):
        results[key] = lsh.query(m)
    t3 = time.perf_counter()
    return t1 - t0, t2 - t1, t3 - t2, len(pairs_from_queries(results))


def run_rensa(sets, hashes, offsets):
    import rensa
    # The object API (needed for queries) takes bytes tokens: each hash as its 8 bytes.
    byte_sets = [[h.tobytes() for h in s] for s in sets]
    live = [i for i, s in enumerate(byte_sets) if s]
    t0 = time.perf_counter()
    minhashes = rensa.RMinHash.from_token_sets([byte_sets[i] for i in live], NUM_PERM, 42)
    t1 = time.perf_counter()
    lsh = rensa.RMinHashLSH(0.5, NUM_PERM, BANDS)
    lsh.insert_pairs(list(zip(live, minhashes)))
    t2 = time.perf_counter()
    raw = lsh.query_all(minhashes)
    t3 = time.perf_counter()
    results = [[]] * len(sets)
    for key, keys in zip(live, raw):
        results[key] = keys
    # Fastest signature path rensa offers: flat pre-hashed u64 tokens into a digest matrix.
    t4 = time.perf_counter()
    rensa.RMinHash.digest_matrix_from_flat_token_hashes(hashes, offsets.astype(np.uint64), NUM_PERM, 42)
    t5 = time.perf_counter()
    return t1 - t0, t2 - t1, t3 - t2, len(pairs_from_queries(results)), t5 - t4


def main():
    prefix = sys.argv[1]
    hashes, offsets, sets = load(prefix)
    out = {"items": len(sets), "bands": BANDS, "rows": ROWS}
    sig, index, query, pairs, flat = run_rensa(sets, hashes, offsets)
    out["rensa"] = {"signatures_s": sig, "index_s": index, "query_s": query,
                    "minhash_lsh_s": sig + index + query, "candidate_pairs": pairs,
                    "signatures_flat_matrix_s": flat}
    if "--skip-datasketch" not in sys.argv:
        sig, index, query, pairs = run_datasketch(sets)
        out["datasketch"] = {"signatures_s": sig, "index_s": index, "query_s": query,
                             "minhash_lsh_s": sig + index + query, "candidate_pairs": pairs}
    print(json.dumps(out, sort_keys=True))


if __name__ == "__main__":
    main()
