#!/usr/bin/env bash
# End-to-end benchmark: `iqlint check` on a generated Markdown bank next to `cmark-gfm` alone.
#
# Usage: bench/end_to_end.sh [N]        (N items, default 100000; env RUNS=5 WARMUP=1,
#                                         IQLINT=path to time another binary without building,
#                                         TABLE=path of the table to write)
#
# Builds the release binary, generates bench/out/bank-N.md (200 `##` sections, a correct TOC,
# titles from gen_corpus.py with planted near-duplicates), times each configuration with
# hyperfine (installed with apt-get when missing; otherwise a loop of /usr/bin/time runs,
# median taken), measures peak RSS with /usr/bin/time -f %M, and prints a Markdown table,
# also written to bench/out/end_to_end-N.md.
set -euo pipefail

N="${1:-100000}"
RUNS="${RUNS:-5}"
WARMUP="${WARMUP:-1}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/bench/out"
BANK="$OUT/bank-$N.md"
TABLE="${TABLE:-$OUT/end_to_end-$N.md}"
mkdir -p "$OUT"
cd "$ROOT"

if [[ -z "${IQLINT:-}" ]]; then
    echo "building release binary..." >&2
    swift build -c release --product iqlint >&2
    IQLINT="$(swift build -c release --show-bin-path)/iqlint"
fi

if [[ ! -s "$BANK" ]]; then
    python3 bench/gen_corpus.py "$N" "$OUT/titles-$N" >&2
    python3 bench/make_markdown_bank.py "$OUT/titles-$N.tsv" "$BANK" >&2
fi

command -v cmark-gfm >/dev/null || { echo "cmark-gfm not found (apt-get install cmark-gfm)" >&2; exit 2; }
if ! command -v hyperfine >/dev/null; then
    apt-get install -y hyperfine >&2 || echo "hyperfine unavailable; falling back to /usr/bin/time" >&2
fi

# label|command. iqlint exits 1 when it finds errors, which is expected here.
CONFIGS=(
    "cmark-gfm alone (parser floor)|cmark-gfm '$BANK' > /dev/null"
    "cmark-gfm with iqlint's extensions and source positions|cmark-gfm --sourcepos -e table -e autolink -e strikethrough -e tasklist '$BANK' > /dev/null"
    "iqlint, parse + model only (--select final-newline)|'$IQLINT' check --format json --select final-newline '$BANK' > /dev/null || true"
    "iqlint, all rules but duplicate-question|'$IQLINT' check --format json --ignore duplicate-question '$BANK' > /dev/null || true"
    "iqlint, all rules|'$IQLINT' check --format json '$BANK' > /dev/null || true"
)

median_seconds() {  # command -> median wall time in seconds
    local cmd="$1" json
    if command -v hyperfine >/dev/null; then
        json="$(mktemp)"
        hyperfine --style none --warmup "$WARMUP" --runs "$RUNS" --export-json "$json" "$cmd" >&2
        python3 -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$json"
        rm -f "$json"
    else
        local times=() i
        for ((i = 0; i < WARMUP; i++)); do bash -c "$cmd"; done
        for ((i = 0; i < RUNS; i++)); do
            times+=("$( { /usr/bin/time -f %e bash -c "$cmd" ; } 2>&1 >/dev/null | tail -1)")
        done
        printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'
    fi
}

peak_rss_mb() {  # command -> peak resident set size of the slowest child, in MB
    { /usr/bin/time -f %M bash -c "$1" ; } 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1/1024}'
}

items="$(grep -c '](https://' "$BANK")"
size_mb="$(du -m "$BANK" | cut -f1)"
floor=""
{
    echo "$items items, $size_mb MB ($(basename "$BANK")); median of $RUNS runs; $(nproc) cores; $(date -u +%Y-%m-%d)"
    echo
    echo "| configuration | time (s) | × cmark-gfm | peak RSS (MB) |"
    echo "| --- | ---: | ---: | ---: |"
} > "$TABLE"
for entry in "${CONFIGS[@]}"; do
    label="${entry%%|*}"
    cmd="${entry#*|}"
    echo "timing: $label" >&2
    t="$(median_seconds "$cmd")"
    rss="$(peak_rss_mb "$cmd")"
    [[ -z "$floor" ]] && floor="$t"
    ratio="$(awk -v t="$t" -v f="$floor" 'BEGIN {printf "%.1f", t / f}')"
    echo "| $label | $t | $ratio | $rss |" >> "$TABLE"
done
cat "$TABLE"
