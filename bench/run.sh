#!/usr/bin/env bash
# Benchmarks IQDedup on generated corpora of 10k and 100k questions, side by side with the
# PyPI packages datasketch and rensa on the same bigram hashes, and writes bench/RESULTS.md.
# Usage: bash bench/run.sh            (called by `make bench`)
set -euo pipefail
cd "$(dirname "$0")/.."

swift build -c release --product iqlint-bench
mkdir -p bench/out
# Other work on the machine slows every phase: the table says how busy it was.
cut -d' ' -f1-3 /proc/loadavg > bench/out/loadavg
if ! bench/.venv/bin/python -c "import datasketch, rensa" 2>/dev/null; then
    python3 -m venv bench/.venv
    bench/.venv/bin/pip install --quiet datasketch==2.0.0 rensa==0.5.0
fi

for size in 10000 100000; do
    label="$((size / 1000))k"
    python3 bench/gen_corpus.py "$size" "bench/out/corpus-$label"
    echo "swift: $label" >&2
    # One thread, like the Python side (the engine cuts large corpora into pieces on every core).
    IQLINT_THREADS=1 .build/release/iqlint-bench "bench/out/corpus-$label.tsv" "bench/out/corpus-$label" 3 > "bench/out/swift-$label.json"
    echo "python: $label" >&2
    # rensa parallelises with rayon; the comparison is single-threaded like the Swift side.
    RAYON_NUM_THREADS=1 bench/.venv/bin/python bench/compare_python.py "bench/out/corpus-$label" > "bench/out/python-$label.json"
done

python3 bench/write_results.py bench/out 10k 100k > bench/RESULTS.md
cat bench/RESULTS.md
