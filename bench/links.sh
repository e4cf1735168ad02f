#!/usr/bin/env bash
# Link-check benchmark: 2,000 unique URLs over 20 local hosts (127.0.0.1 … 127.0.0.20, one
# port) that answer after 20 ms, checked by `iqlint links` and by LinkChecker 10.6.0 from PyPI
# (lychee is not installable here). Both tools run twice: with their default politeness (iqlint:
# 16 requests in flight, 2 per host, 100 ms between starts per host; LinkChecker: 10 threads,
# at most 10 requests per second per host) and unthrottled (iqlint: min-interval 0;
# LinkChecker: maxrequestspersecond 1000, 16 threads). Wall time from `date +%s.%N`, requests
# counted by the server. Writes bench/LINKS.md.
#
# Usage: bench/links.sh        (env IQLINT=path to skip building, PORT=free port, default 18080)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/bench/out/links"
PORT="${PORT:-18080}" HOSTS=20 URLS=2000 LATENCY=20
mkdir -p "$OUT"
cd "$ROOT"

if [[ -z "${IQLINT:-}" ]]; then
    swift build -c release --product iqlint >&2
    IQLINT="$(swift build -c release --show-bin-path)/iqlint"
fi
venv="$ROOT/.build/bench-venv"
if [[ ! -x "$venv/bin/linkchecker" ]]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet linkchecker==10.6.0
fi

# The same URLs for both tools: Markdown for iqlint, HTML for LinkChecker.
python3 - "$OUT" "$PORT" "$HOSTS" "$URLS" <<'PY'
import sys
out, port, hosts, urls = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
links = [f"http://127.0.0.{i % hosts + 1}:{port}/page/{i}" for i in range(urls)]
with open(f"{out}/links.md", "w") as md:
    md.write("# 链接\n\n" + "".join(f"{n + 1}. [页面 {n}]({u})\n" for n, u in enumerate(links)))
with open(f"{out}/links.html", "w") as html:
    html.write("<html><body>\n" + "".join(f'<a href="{u}">{n}</a>\n' for n, u in enumerate(links)) + "</body></html>\n")
PY
printf 'links:\n  min-interval: 0\n' > "$OUT/unthrottled.yml"
printf '[checking]\nthreads=16\nmaxrequestspersecond=1000\n' > "$OUT/linkcheckerrc-unthrottled"
printf '[checking]\n' > "$OUT/linkcheckerrc-default"

# run NAME COMMAND...: starts a fresh server, times the command, prints "seconds requests status".
run() {
    local name=$1; shift
    python3 "$ROOT/bench/link_server.py" "$PORT" "$HOSTS" "$LATENCY" "$OUT/$name.count" > "$OUT/$name.server" &
    local server=$!
    until grep -q ready "$OUT/$name.server" 2>/dev/null; do sleep 0.1; done
    local start end status=0
    start=$(date +%s.%N)
    "$@" > "$OUT/$name.log" 2>&1 || status=$?
    end=$(date +%s.%N)
    kill -TERM "$server"
    wait "$server" || true
    echo "$name: status $status, $(cat "$OUT/$name.count") requests, $(echo "$end - $start" | bc) s" >&2
    printf '%s %s %s\n' "$(echo "$end - $start" | bc)" "$(cat "$OUT/$name.count")" "$status"
}

cd "$OUT"
iq_default=$(run iqlint-default "$IQLINT" links links.md --allow-private --no-cache --quiet)
iq_fast=$(run iqlint-unthrottled "$IQLINT" links links.md --allow-private --no-cache --quiet --config unthrottled.yml)
lc_default=$(run linkchecker-default "$venv/bin/linkchecker" --config linkcheckerrc-default --check-extern --no-status -o none links.html)
lc_fast=$(run linkchecker-unthrottled "$venv/bin/linkchecker" --config linkcheckerrc-unthrottled --check-extern --no-status -o none links.html)

row() {
    read -r seconds requests status <<<"$2"
    printf '| %s | %.2f | %s | %.0f | %s |\n' "$1" "$seconds" "$requests" "$(echo "$requests / $seconds" | bc -l)" "$status"
}
{
    echo "# Link check: 2,000 URLs, 20 local hosts, 20 ms latency"
    echo
    echo "Command: \`bash bench/links.sh\` (\`make bench\`) on $(nproc) cores, $(date -u +%Y-%m-%d)."
    echo "LinkChecker $("$venv/bin/linkchecker" --version 2>/dev/null | head -n 1 | awk '{print $2}') from PyPI; lychee is not installable here."
    echo
    echo "| tool and settings | wall time (s) | requests served | requests/s | exit status |"
    echo "| --- | --- | --- | --- | --- |"
    row "iqlint links, defaults (16 in flight, 2 per host, 100 ms apart per host)" "$iq_default"
    row "iqlint links, min-interval 0" "$iq_fast"
    row "LinkChecker, defaults (10 threads, 10 requests/s per host)" "$lc_default"
    row "LinkChecker, 16 threads, maxrequestspersecond 1000" "$lc_fast"
    echo
    echo "Every URL answers 200, so every exit status should be 0. iqlint's 16 requests in flight at"
    echo "20 ms each allow at most 800 requests/s; the default 100 ms spacing caps each host at 10/s,"
    echo "200/s for the 20 hosts. LinkChecker also asks each host for /robots.txt (the 20 extra"
    echo "requests); it is bound by its own CPU time here, so lifting its rate limit changes nothing."
} > "$ROOT/bench/LINKS.md"
cat "$ROOT/bench/LINKS.md"
