#!/usr/bin/env bash
# End-to-end benchmark: `iqlint check` on a generated Markdown bank next to `cmark-gfm` alone.
#
# Usage: bench/end_to_end.sh [N ...]    (banks of N items, default 100000; e.g. `10000 100000`;
#                                         env RUNS=5 WARMUP=1, IQLINT=path to time another binary
#                                         without building, BUILD=plain to time `swift build -c
#                                         release`'s instead of `make dist`'s, TABLE=path of the table to write
#                                         when one N is given)
#
# Builds the release binary, generates bench/out/bank-N.md (200 `##` sections, a correct TOC,
# titles from gen_corpus.py with planted near-duplicates), times each configuration with
# hyperfine (installed with apt-get when missing; otherwise a loop of /usr/bin/time runs,
# median taken), measures peak RSS with /usr/bin/time -f %M, and prints a Markdown table with
# the command of every row and the load average before and after, also written to
# bench/out/end_to_end-N.md. iqlint runs in a scratch directory outside the repository
# ($WORK_ROOT/iqlint-bench-N, WORK_ROOT default /tmp) with `--config` naming an empty file.
# Paste the tables into bench/END_TO_END.md.
set -euo pipefail

SIZES=("${@:-100000}")
RUNS="${RUNS:-5}"
WARMUP="${WARMUP:-1}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
cd "$ROOT"

# The binary users run: `make dist`'s (the GitHub Action and the pre-commit hooks install it),
# with the Swift runtime and Foundation linked in. A plain `swift build -c release` binary
# loads them as shared libraries and pays for dynamic symbol lookups while it runs (about a
# quarter of a 10k-item bank's time); BUILD=plain times that one instead.
if [[ -z "${IQLINT:-}" ]]; then
    if [[ "${BUILD:-dist}" == plain ]]; then
        echo "building release binary..." >&2
        swift build -c release --product iqlint >&2
        IQLINT="$(swift build -c release --show-bin-path)/iqlint"
    else
        echo "building the distributed binary (Scripts/dist.sh)..." >&2
        bash Scripts/dist.sh >&2
        IQLINT="$ROOT/.build/dist/release/iqlint"
    fi
fi

command -v cmark-gfm >/dev/null || { echo "cmark-gfm not found (apt-get install cmark-gfm)" >&2; exit 2; }
if ! command -v hyperfine >/dev/null; then
    apt-get install -y hyperfine >&2 || echo "hyperfine unavailable; falling back to /usr/bin/time" >&2
fi


run_size() {
local N="$1"
local BANK="$OUT/bank-$N.md"
local TABLE="$OUT/end_to_end-$N.md"
[[ ${#SIZES[@]} -eq 1 && -n "${TABLE_OVERRIDE:-}" ]] && TABLE="$TABLE_OVERRIDE"
if [[ ! -s "$BANK" ]]; then
    python3 bench/gen_corpus.py "$N" "$OUT/titles-$N" >&2
    python3 bench/make_markdown_bank.py "$OUT/titles-$N.tsv" "$BANK" >&2
fi

# Every run is outside any repository with an explicit, empty configuration, so that no
# `.iqlint.yml` (this repository's turns `duplicate-question` off) changes what is measured.
local WORK="${WORK_ROOT:-${TMPDIR:-/tmp}}/iqlint-bench-$N"
rm -rf "$WORK"
mkdir -p "$WORK"
: > "$WORK/empty.yml"
cp "$BANK" "$WORK/bank.md"
CHECK="'$IQLINT' check --config '$WORK/empty.yml' --format json"

# Pull-request mode: a scratch repository holding the bank, then a commit changing 3 items
# (one title edited, two items appended to a middle section).
PR="$WORK/pr"
mkdir -p "$PR"
cp "$BANK" "$PR/README.md"
git -C "$PR" init -q -b main
git -C "$PR" -c user.name=bench -c user.email=bench@example.invalid add README.md
git -C "$PR" -c user.name=bench -c user.email=bench@example.invalid commit -q -m base
python3 - "$PR/README.md" <<'PY'
import re, sys
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().split("\n")
items = [i for i, l in enumerate(lines) if re.match(r"\d+\. \[", l)]
edited = items[len(items) // 3]
lines[edited] = re.sub(r"\[([^\]]*)\]", lambda m: "[" + m.group(1) + "（修订版）]", lines[edited], count=1)
last = items[len(items) // 2]
number = int(lines[last].split(".", 1)[0])
lines[last + 1:last + 1] = [f"{number + 1}. [基准测试新增的第一个问题：如何评估分词器的压缩率](https://bench.example/new/1)",
                            f"{number + 2}. [基准测试新增的第二个问题：旋转位置编码为何能外推](https://bench.example/new/2)"]
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY
git -C "$PR" -c user.name=bench -c user.email=bench@example.invalid commit -q -am change

# label|command. iqlint exits 1 when it finds errors, which is expected here. The parse +
# model row selects `final-newline`, a rule that reads one byte.
CONFIGS=(
    "cmark-gfm alone (parser floor)|cmark-gfm '$BANK' > /dev/null"
    "cmark-gfm with iqlint's extensions and source positions|cmark-gfm --sourcepos -e table -e autolink -e strikethrough -e tasklist '$BANK' > /dev/null"
    "iqlint, parse + model only (--select final-newline)|cd '$WORK' && $CHECK --select final-newline bank.md > /dev/null || true"
    "iqlint, all rules but duplicate-question|cd '$WORK' && $CHECK --ignore duplicate-question bank.md > /dev/null || true"
    "iqlint, all rules|cd '$WORK' && $CHECK bank.md > /dev/null || true"
    "iqlint, all rules, PR mode (--base main~1, 3 items changed)|cd '$PR' && $CHECK --base main~1 > /dev/null || true"
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
floor_with_extensions=""
{
    echo "$items items, $size_mb MB ($(basename "$BANK")); median of $RUNS runs; $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); iqlint = $IQLINT; \$WORK = $WORK (bank.md, empty.yml, pr/)"
    echo
    echo "| configuration | command | time (s) | × cmark-gfm | × cmark-gfm with extensions | peak RSS (MB) |"
    echo "| --- | --- | ---: | ---: | ---: | ---: |"
} > "$TABLE"
for entry in "${CONFIGS[@]}"; do
    label="${entry%%|*}"
    cmd="${entry#*|}"
    echo "timing: $label" >&2
    t="$(median_seconds "$cmd")"
    rss="$(peak_rss_mb "$cmd")"
    # Two floors: plain cmark-gfm (the first row), and cmark-gfm parsing as iqlint must, with
    # the GFM extensions and source positions (the second row).
    if [[ -z "$floor" ]]; then floor="$t"; elif [[ -z "$floor_with_extensions" ]]; then floor_with_extensions="$t"; fi
    ratio="$(awk -v t="$t" -v f="$floor" 'BEGIN {printf "%.1f", t / f}')"
    ratio_with_extensions="–"
    [[ -n "$floor_with_extensions" ]] && ratio_with_extensions="$(awk -v t="$t" -v f="$floor_with_extensions" 'BEGIN {printf "%.1f", t / f}')"
    # The command as run, with the scratch paths and the binary shortened.
    shown="$(printf '%s' "$cmd" | sed -e "s|'$IQLINT'|iqlint|g" -e "s|'$WORK/empty.yml'|empty.yml|g" -e "s|cd '$WORK/pr' && ||" \
        -e "s|cd '$WORK' && ||" -e "s|'$BANK'|bank.md|g" -e 's| > /dev/null||' -e 's/ || true//')"
    [[ "$cmd" == *"'$PR'"* ]] && shown="(in pr/) $shown"
    echo "| $label | \`$shown\` | $t | $ratio | $ratio_with_extensions | $rss |" >> "$TABLE"
done
echo >> "$TABLE"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$TABLE"
cat "$TABLE"
}

TABLE_OVERRIDE="${TABLE:-}"
for size in "${SIZES[@]}"; do run_size "$size"; done
