#!/usr/bin/env python3
"""Turns the JSON written by bench/run.sh into the Markdown of bench/RESULTS.md.

Usage: write_results.py OUT_DIR LABEL...
"""
import json
import os
import platform
import subprocess
import sys


def machine():
    model = "unknown CPU"
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    return f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; {swift[0] if swift else 'swift'}"


def main():
    out_dir, labels = sys.argv[1], sys.argv[2:]
    runs = {label: (json.load(open(f"{out_dir}/swift-{label}.json")), json.load(open(f"{out_dir}/python-{label}.json")))
            for label in labels}
    ms = lambda seconds: f"{seconds * 1000:.1f} ms"
    rate = lambda items, seconds: f"{items / seconds / 1e6:.2f} M/s"
    print("# Near-duplicate detection benchmark\n")
    print(f"Machine: {machine()}. Single thread.  ")
    print("Command: `bash bench/run.sh` (`swift build -c release`; corpora from `bench/gen_corpus.py N PREFIX`, "
          "10% planted near-duplicates). Swift times are the best of 3 runs in one process, Python times one run.  ")
    load_file = os.path.join(out_dir, "loadavg")
    load = open(load_file).read().strip() if os.path.exists(load_file) else "not recorded"
    print(f"Load average when the run started: {load} (other work on the 2 cores slows every phase).\n")
    big_swift, big_python = runs[labels[-1]]
    targets = [
        ("signatures ≥ 1M items/s", f"{big_swift['items'] / big_swift['signatures_s'] / 1e6:.2f} M/s",
         big_swift['items'] / big_swift['signatures_s'] >= 1e6),
        (f"whole detection on {labels[-1]} ≤ 1 s", f"{big_swift['total_s']:.3f} s", big_swift['total_s'] <= 1),
        ("≥ 20× faster than datasketch (MinHash+LSH)",
         f"{big_python['datasketch']['minhash_lsh_s'] / big_swift['comparable_32x4_minhash_lsh_s']:.0f}×" if 'datasketch' in big_python else "not run",
         'datasketch' in big_python and big_python['datasketch']['minhash_lsh_s'] >= 20 * big_swift['comparable_32x4_minhash_lsh_s']),
        ("faster than rensa (MinHash+LSH)",
         f"{big_python['rensa']['minhash_lsh_s'] / big_swift['comparable_32x4_minhash_lsh_s']:.1f}×",
         big_python['rensa']['minhash_lsh_s'] > big_swift['comparable_32x4_minhash_lsh_s']),
        ("recall ≥ 0.995 of pairs ≥ threshold", f"{big_swift['recall_at_threshold']:.5f}", big_swift['recall_at_threshold'] >= 0.995),
        ("precision 1.0", f"{big_swift['precision']:.3f}", big_swift['precision'] == 1),
        ("≤ 1 KB per item for index + signatures (band keys only: signatures are not kept)",
         f"{big_swift['signature_bytes_per_item'] + big_swift['index_bytes_per_item']:.0f} B",
         big_swift['signature_bytes_per_item'] + big_swift['index_bytes_per_item'] <= 1024),
    ]
    print(f"## Targets ({labels[-1]} items)\n")
    print("| target | measured | met |")
    print("|---|---|---|")
    for name, measured, met in targets:
        print(f"| {name} | {measured} | {'yes' if met else '**no**'} |")
    print()
    print(f"## IQDedup, whole within-corpus detection (MinHash LSH, 32 bands × {big_swift['rows_per_band']} rows)\n")
    print("| phase | " + " | ".join(labels) + " |")
    print("|---|" + "---|" * len(labels))
    phases = [("normalise + shingle", "normalize_shingle_s"), ("signatures (128 MinHash) and their band keys", "signatures_s"),
              ("index (bigram ranking, containment index)", "index_s"),
              ("query (LSH buckets band by band, containment join, dedup)", "query_s"), ("verify (exact Jaccard/containment)", "verify_s"),
              ("**total**", "total_s")]
    for name, key in phases:
        print(f"| {name} | " + " | ".join(
            f"{ms(s[key])} ({rate(s['items'], s[key])})" for s, _ in runs.values()) + " |")
    rows = [
        ("candidate pairs verified", lambda s: f"{s['candidate_pairs']:,}"),
        ("pairs reported", lambda s: f"{s['reported_pairs']:,}"),
        ("exact-join pairs ≥ 0.7 (ground truth)", lambda s: f"{s['ground_truth_pairs_at_threshold']:,}"),
        ("recall of pairs ≥ 0.7", lambda s: f"{s['recall_at_threshold']:.5f}"),
        ("recall of all reported kinds", lambda s: f"{s['recall_all_kinds']:.5f}"),
        ("precision", lambda s: f"{s['precision']:.3f}"),
        ("signatures + LSH band keys per item", lambda s: f"{s['signature_bytes_per_item'] + s['index_bytes_per_item']:.0f} B"),
        ("peak RSS of the benchmark process", lambda s: f"{s['peak_rss_bytes'] / 2**20:.0f} MiB"),
        ("exact prefix-filter join (reference), total", lambda s: ms(s['exact_join_total_s'])),
    ]
    for name, value in rows:
        print(f"| {name} | " + " | ".join(value(s) for s, _ in runs.values()) + " |")
    print("\n## MinHash + LSH on identical bigram hashes (128 permutations, 32 bands × 4 rows)\n")
    print("Signatures, index construction and one query per text (all candidate pairs); rensa with "
          "`RAYON_NUM_THREADS=1`. "
          "IQDedup's time here still includes its bigram ranking and the radix sort that removes repeated pairs.\n")
    print("| implementation | " + " | ".join(labels) + " |")
    print("|---|" + "---|" * len(labels))
    print("| IQDedup (Swift) | " + " | ".join(ms(s["comparable_32x4_minhash_lsh_s"]) for s, _ in runs.values()) + " |")
    for lib in ("rensa", "datasketch"):
        cells = []
        for s, p in runs.values():
            if lib in p:
                cells.append(f"{ms(p[lib]['minhash_lsh_s'])} (IQDedup {p[lib]['minhash_lsh_s'] / s['comparable_32x4_minhash_lsh_s']:.0f}× faster)")
            else:
                cells.append("not run")
        print(f"| {lib} {'0.5.0' if lib == 'rensa' else '2.0.0'} | " + " | ".join(cells) + " |")
    print("\n| signatures only | " + " | ".join(labels) + " |")
    print("|---|" + "---|" * len(labels))
    print("| IQDedup (with the band keys: signatures are hashed into bands as they are made) | " + " | ".join(f"{ms(s['comparable_32x4_signatures_s'])} ({rate(s['items'], s['comparable_32x4_signatures_s'])})" for s, _ in runs.values()) + " |")
    print("| rensa, flat pre-hashed matrix API | " + " | ".join(f"{ms(p['rensa']['signatures_flat_matrix_s'])} ({rate(s['items'], p['rensa']['signatures_flat_matrix_s'])})" for s, p in runs.values()) + " |")
    print("| rensa, object API | " + " | ".join(f"{ms(p['rensa']['signatures_s'])}" for s, p in runs.values()) + " |")
    print("| datasketch, `MinHash.bulk` | " + " | ".join(f"{ms(p['datasketch']['signatures_s'])}" if 'datasketch' in p else "not run" for s, p in runs.values()) + " |")
    print("""
## Notes

- Recall and precision compare the MinHash LSH result with the exact prefix-filter join on the
  same corpus (same normalisation, same verification); containment pairs are searched exactly in
  both, so only pairs found through Jaccard can be missed.
- IQDedup's signature loop costs one 64-bit multiplication per shingle and permutation and is
  compiled for baseline x86-64 (no AVX); rensa's flat matrix API computes signatures alone faster,
  its object API (the one that can query) does not.
- Peak RSS is the whole benchmark process (corpus strings, three runs, candidate buffers); the
  per-item figure counts the LSH band keys (32 × 4 bytes) and the one band being enumerated:
  signatures live in a scratch buffer only while their band keys are hashed.
- Candidate pairs are verified in chunks of at most 4M (`candidateChunkSize`), so their memory
  is bounded; the query time excludes the verification of the chunks, counted under verify.""")
    # Measurements of the rule path (`iqlint dupes`, `check`), made by hand with the commands they
    # name, are kept in their own file so that regenerating this one keeps them.
    rule_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "RESULTS_RULE_PATH.md")
    if os.path.exists(rule_path):
        print()
        print(open(rule_path, encoding="utf-8").read().rstrip())


if __name__ == "__main__":
    main()
