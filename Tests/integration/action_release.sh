#!/usr/bin/env bash
# The action's download path as the runner calls it (find-release.sh, download.sh, check.sh;
# inputs only through the environment), against the archive `make dist` made, served by
# python's http.server on 127.0.0.1 and as file:. Covers: which ref picks which release,
# download + checksum + cache, a checksum mismatch (one clear line, exit 1), no matching
# release (found=false: the action falls back to building, action/build.sh), the step
# summary cap, and the downloaded binary linting a pull request's files.
# The fallback build itself is run here with a `swift` on PATH that records its arguments
# and drops in the dist binary; the real source build runs in CI's lint-markdown job
# (`uses: ./` has no release, so it builds).
# usage: action_release.sh ROOT VENV SCRATCH
set -euo pipefail
root=$1 venv=$2 scratch=$3/action-release
rm -rf "$scratch"
mkdir -p "$scratch"
archive=$(cat "$root/.build/dist-latest")
name=$(basename "$archive" .tar.gz)
version=${name#iqlint-}
version=${version%-linux-*}
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# Only what a runner would give a composite step, plus the step's env.
runner_env=(env -i PATH="$PATH" HOME="$scratch" RUNNER_TEMP="$scratch/tmp" GITHUB_SERVER_URL=https://github.com)
mkdir -p "$scratch/tmp"

# A release folder laid out like GitHub's: <base>/v<version>/<archive> and .sha256.
releases=$scratch/releases
mkdir -p "$releases/v$version" "$scratch/bad/v$version"
cp "$archive" "$archive.sha256" "$releases/v$version/"
cp "$archive" "$scratch/bad/v$version/"
sed 's/^./0/' "$archive.sha256" > "$scratch/bad/v$version/$name.tar.gz.sha256"
[ "$(cut -c1 "$archive.sha256")" != 0 ] || sed 's/^./1/' "$archive.sha256" > "$scratch/bad/v$version/$name.tar.gz.sha256"

python3 -m http.server 0 --bind 127.0.0.1 --directory "$scratch" > "$scratch/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
port=""
for _ in $(seq 1 100); do
  port=$(sed -n 's/.*port \([0-9]*\).*/\1/p' "$scratch/server.log" | head -n 1)
  [ -z "$port" ] || break
  sleep 0.1
done
[ -n "$port" ] || { cat "$scratch/server.log"; echo "FAIL: http.server did not start"; exit 1; }
base=http://127.0.0.1:$port/releases

find_release() { "${runner_env[@]}" "$@" RUNNER_TOOL_CACHE="$scratch/toolcache" bash "$root/action/find-release.sh" 2> "$scratch/find.err"; }
output() { sed -n "s/^$1=//p" <<< "$2"; }

# Which ref picks which release.
out=$(find_release INPUT_VERSION="v$version" INPUT_DOWNLOAD_URL="$base/")
[ "$(output url "$out")" = "$base/v$version/$name.tar.gz" ] || fail "version input: $out"
[ "$(output dir "$out")" = "$scratch/toolcache/iqlint/$version/$(uname -m)" ] || fail "cache folder: $out"
out=$(find_release IQLINT_ACTION_REF=v1.2.3 IQLINT_ACTION_REPOSITORY=o/r)
[ "$(output url "$out")" = "https://github.com/o/r/releases/download/v1.2.3/iqlint-1.2.3-linux-$(uname -m).tar.gz" ] || fail "tag ref: $out"
mkdir -p "$scratch/_actions/o/r/v0" && echo "0.9.1" > "$scratch/_actions/o/r/v0/VERSION"
out=$(find_release GITHUB_ACTION_PATH="$scratch/_actions/o/r/v0")
[ "$(output url "$out")" = "https://github.com/o/r/releases/download/v0.9.1/iqlint-0.9.1-linux-$(uname -m).tar.gz" ] ||
  fail "major tag read from the action path and its VERSION: $out"
out=$(find_release GITHUB_ACTION_PATH="$scratch/_actions/o/r/v1")
[ "$(output version "$out")" = "" ] || fail "v1 must not match VERSION 0.9.1: $out"
for ref in main feature/x 0123456789abcdef0123456789abcdef01234567; do
  out=$(find_release IQLINT_ACTION_REF="$ref" IQLINT_ACTION_REPOSITORY=o/r)
  [ "$out" = "version=" ] || fail "ref $ref must match no release: $out"
  grep -q "no iqlint release matches the action's ref $ref; building iqlint from source" "$scratch/find.err" || fail "ref $ref: log says $(cat "$scratch/find.err")"
done
if find_release INPUT_VERSION='1.0;rm -rf /' > /dev/null; then fail "a bad version was accepted"; fi

download() { "${runner_env[@]}" "$@" bash "$root/action/download.sh" 2> "$scratch/download.err"; }
dir=$scratch/toolcache/iqlint/$version/$(uname -m)

# Download, verify, unpack; then the cached copy is used without a request.
out=$(download IQLINT_VERSION="$version" IQLINT_URL="$base/v$version/$name.tar.gz" IQLINT_DIR="$dir") || fail "download: $(cat "$scratch/download.err")"
if ! { [ "$(output found "$out")" = true ] && [ "$(output path "$out")" = "$dir/iqlint" ]; }; then fail "download output: $out"; fi
grep -q "downloaded and verified" "$scratch/download.err" || fail "download log: $(cat "$scratch/download.err")"
requests=$(grep -c 'GET ' "$scratch/server.log")
[ "$requests" = 2 ] || fail "expected 2 requests (archive and checksum), got $requests"
out=$(download IQLINT_VERSION="$version" IQLINT_URL="$base/v$version/$name.tar.gz" IQLINT_DIR="$dir") || fail "cached: $(cat "$scratch/download.err")"
grep -q "cached in" "$scratch/download.err" || fail "the cached binary was not used"
[ "$(grep -c 'GET ' "$scratch/server.log")" = "$requests" ] || fail "a cached binary was downloaded again"

# file: works too.
out=$(download IQLINT_VERSION="$version" IQLINT_URL="file://$releases/v$version/$name.tar.gz" IQLINT_DIR="$scratch/file-dir") || fail "file: $(cat "$scratch/download.err")"
[ -x "$scratch/file-dir/iqlint" ] || fail "file: did not install"

# A checksum mismatch: exit 1, one clear annotation, nothing installed.
status=0
out=$(download IQLINT_VERSION="$version" IQLINT_URL="http://127.0.0.1:$port/bad/v$version/$name.tar.gz" IQLINT_DIR="$scratch/bad-dir") || status=$?
[ "$status" = 1 ] || fail "checksum mismatch must exit 1, got $status"
if ! { [ "$(wc -l <<< "$out")" = 1 ] && [[ $out == "::error title=iqlint::checksum mismatch for $name.tar.gz: expected "*", got "* ]]; }; then
  fail "checksum mismatch output: $out"
fi
[ ! -e "$scratch/bad-dir/iqlint" ] || fail "a binary with a wrong checksum was installed"

# No such release: found=false, the log says so, and the build fallback runs.
for url in "$base/v9.9.9/iqlint-9.9.9-linux-$(uname -m).tar.gz" "file://$releases/v9.9.9/iqlint-9.9.9-linux-$(uname -m).tar.gz"; do
  out=$(download IQLINT_VERSION=9.9.9 IQLINT_URL="$url" IQLINT_DIR="$scratch/none") || fail "missing release must not fail: $(cat "$scratch/download.err")"
  [ "$out" = "found=false" ] || fail "missing release: $out"
  grep -q "no release archive at $url; building iqlint from source" "$scratch/download.err" || fail "missing release log: $(cat "$scratch/download.err")"
done
# An unreachable server is an error, not a silent source build.
status=0
out=$(download IQLINT_VERSION=9.9.9 IQLINT_URL="http://127.0.0.1:1/v9.9.9/x.tar.gz" IQLINT_DIR="$scratch/none") || status=$?
if ! { [ "$status" = 1 ] && [[ $out == "::error title=iqlint::cannot download http://127.0.0.1:1/"* ]]; }; then fail "unreachable server: $status $out"; fi

action=$scratch/action-copy
mkdir -p "$action/action" "$scratch/fake-bin"
cp "$root"/action/*.sh "$action/action/"
# shellcheck disable=SC2016 # the $ belong to the generated script
printf '#!/usr/bin/env bash\nprintf "%%s\\n" "$@" > %q\nmkdir -p "${@: -1}/.build/release"\ncp %q "${@: -1}/.build/release/iqlint"\n' \
  "$scratch/swift-args" "$dir/iqlint" > "$scratch/fake-bin/swift"
chmod +x "$scratch/fake-bin/swift"
env -i PATH="$scratch/fake-bin:$PATH" GITHUB_ACTION_PATH="$action" bash "$action/action/build.sh" > /dev/null || fail "build.sh"
[ "$(cat "$scratch/swift-args")" = "$(printf '%s\n' build -c release --product iqlint --package-path "$action")" ] ||
  fail "build.sh ran swift $(cat "$scratch/swift-args")"

# The downloaded binary behind check.sh, as the Run step calls it, with a summary cap.
work=$scratch/work
mkdir -p "$work"
for i in $(seq 1 400); do printf '# Section %s\n\n1. a\n3. b\n\n' "$i"; done > "$work/bank.md"
printf 'previous step output\n' > "$work/summary.md"
status=0
(cd "$work" && "${runner_env[@]}" IQLINT_BIN="$dir/iqlint" GITHUB_STEP_SUMMARY="$work/summary.md" IQLINT_SUMMARY_LIMIT=20000 \
  GITHUB_REPOSITORY=o/r GITHUB_SHA=abc INPUT_PATHS=bank.md INPUT_SARIF=out/iqlint.sarif bash "$root/action/check.sh" > "$work/out.txt" 2>&1) || status=$?
[ "$status" = 1 ] || { cat "$work/out.txt"; fail "the bank has errors, exit must be 1, got $status"; }
[ "$(grep -c '^::error file=bank.md,.*title=iqlint (list-numbering)::expected 2, found 3' "$work/out.txt")" = 400 ] || fail "expected 400 list-numbering annotations"
size=$(wc -c < "$work/summary.md")
[ "$size" -le 20000 ] || fail "summary is $size bytes, over the 20000 limit"
head -n 1 "$work/summary.md" | grep -q 'previous step output' || fail "the summary lost what earlier steps wrote"
grep -q "iqlint cut this summary at line [0-9]* of [0-9]*" "$work/summary.md" || fail "no note of what was cut: $(tail -n 3 "$work/summary.md")"
"$venv/bin/python" "$root/Tests/integration/validate_sarif.py" --require results "$work/out/iqlint.sarif" > /dev/null || fail "SARIF of the downloaded binary"
printf '1. a\n2. b\n' > "$work/ok.md"
(cd "$work" && "${runner_env[@]}" IQLINT_BIN="$dir/iqlint" GITHUB_STEP_SUMMARY="$work/small.md" INPUT_PATHS=ok.md bash "$root/action/check.sh" > /dev/null 2>&1) ||
  fail "a clean file must pass"
if grep -q "cut this summary" "$work/small.md" 2>/dev/null; then fail "a small summary was cut"; fi

[ "$failures" = 0 ] && echo "action release download: ok ($name, http://127.0.0.1:$port and file:)"
exit "$failures"
