#!/usr/bin/env bash
# The action's download path as the runner calls it (find-release.sh, download.sh, check.sh;
# inputs only through the environment), against the archive `make dist` made, served by
# python's http.server on 127.0.0.1 and as file:. Covers: which ref picks which release,
# download + checksum + cache, a checksum mismatch (one clear line, exit 1), no matching
# release (found=false: the action falls back to building, action/build.sh), the step
# summary cap, and the downloaded binary linting a pull request's files.
# Then action.yml itself, step by step (run_composite.py evaluates its if: and env: and
# passes outputs on), on a PATH with only the tools the steps use (no Swift): with a release,
# on a branch ref, with a version that has no archive, and with a bad checksum.
# The fallback build is run here with a stand-in `swift` that records its arguments and
# drops in the dist binary; the real source build runs in CI's lint-markdown job
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
# stdout is $GITHUB_OUTPUT: the error goes to stderr, where the runner reads commands too.
[ -z "$out" ] || fail "checksum mismatch wrote outputs: $out"
err=$(cat "$scratch/download.err")
if ! { [ "$(wc -l <<< "$err")" = 1 ] && [[ $err == "::error title=iqlint::checksum mismatch for $name.tar.gz: expected "*", got "* ]]; }; then
  fail "checksum mismatch message: $err"
fi
[ ! -e "$scratch/bad-dir/iqlint" ] || fail "a binary with a wrong checksum was installed"

# No such release: found=false, the log says so, and the build fallback runs.
for url in "$base/v9.9.9/iqlint-9.9.9-linux-$(uname -m).tar.gz" "file://$releases/v9.9.9/iqlint-9.9.9-linux-$(uname -m).tar.gz"; do
  out=$(download IQLINT_VERSION=9.9.9 IQLINT_URL="$url" IQLINT_DIR="$scratch/none") || fail "missing release must not fail: $(cat "$scratch/download.err")"
  [ "$out" = "found=false" ] || fail "missing release: $out"
  grep -q "no release archive at $url; building iqlint from source" "$scratch/download.err" || fail "missing release log: $(cat "$scratch/download.err")"
done
# A binary that needs a newer glibc than the runner's (Ubuntu 22.04 has 2.35): found=false.
old_glibc=$scratch/old-glibc
mkdir -p "$old_glibc/v8.8.8/iqlint-8.8.8-linux-$(uname -m)"
printf '#!/bin/sh\necho "./iqlint: /lib/x86_64-linux-gnu/libc.so.6: version \`GLIBC_2.99'"'"' not found (required by ./iqlint)" >&2\nexit 1\n' \
  > "$old_glibc/v8.8.8/iqlint-8.8.8-linux-$(uname -m)/iqlint"
chmod +x "$old_glibc/v8.8.8/iqlint-8.8.8-linux-$(uname -m)/iqlint"
(cd "$old_glibc/v8.8.8" && tar -czf "iqlint-8.8.8-linux-$(uname -m).tar.gz" "iqlint-8.8.8-linux-$(uname -m)" &&
  sha256sum "iqlint-8.8.8-linux-$(uname -m).tar.gz" > "iqlint-8.8.8-linux-$(uname -m).tar.gz.sha256")
out=$(download IQLINT_VERSION=8.8.8 IQLINT_URL="file://$old_glibc/v8.8.8/iqlint-8.8.8-linux-$(uname -m).tar.gz" IQLINT_DIR="$scratch/old-dir") ||
  fail "a binary for a newer glibc must not fail the action: $(cat "$scratch/download.err")"
[ "$out" = "found=false" ] || fail "a binary for a newer glibc: $out"
grep -q "needs a newer C library than this runner's (.*); building iqlint from source" "$scratch/download.err" ||
  fail "a binary for a newer glibc: the log says $(cat "$scratch/download.err")"
[ ! -e "$scratch/old-dir/iqlint" ] || fail "a binary that cannot run was installed"

# An unreachable server is an error, not a silent source build.
status=0
out=$(download IQLINT_VERSION=9.9.9 IQLINT_URL="http://127.0.0.1:1/v9.9.9/x.tar.gz" IQLINT_DIR="$scratch/none") || status=$?
if ! { [ "$status" = 1 ] && [[ $(cat "$scratch/download.err") == "::error title=iqlint::cannot download http://127.0.0.1:1/"* ]]; }; then
  fail "unreachable server: $status $(cat "$scratch/download.err")"
fi

action=$scratch/action-copy
mkdir -p "$action/action" "$scratch/fake-bin"
cp "$root"/action/*.sh "$action/action/"
# shellcheck disable=SC2016 # the $ belong to the generated script
printf '#!/usr/bin/env bash\nif [ "$1" = --version ]; then echo "stand-in swift"; exit 0; fi\nprintf "%%s\\n" "$@" > %q\nmkdir -p "${@: -1}/.build/release"\ncp %q "${@: -1}/.build/release/iqlint"\n' \
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

# action.yml itself, step by step (run_composite.py: its if: conditions, env: and outputs),
# from a copy of the action, on a PATH holding only the tools the steps use: no Swift.
cp "$root/action.yml" "$root/VERSION" "$action/"
tools=$scratch/tools
mkdir -p "$tools"
for tool in bash curl tar gzip sha256sum mktemp uname head cut tr cat mkdir mv rm cp basename dirname wc sed sort find env git dpkg-query id; do
  ln -s "$(command -v "$tool")" "$tools/$tool"
done
if PATH=$tools command -v swift > /dev/null; then fail "the tools folder has a swift"; fi
printf '# Bank\n\n1. [a](https://example.com/a)\n3. [b](https://example.com/b)\n' > "$work/pr.md"
# composite NAME PATH INPUTS-JSON GITHUB-JSON: runs the action in $work, log in $scratch/NAME.log
composite() {
  local status=0
  rm -rf "$action/.build" "$scratch/swift-args"
  : > "$work/summary-$1.md"
  cat > "$scratch/$1.json" <<JSON
{"inputs": $3, "github": $4,
 "runner": {"os": "Linux", "arch": "X64", "tool_cache": "$scratch/toolcache-$1", "temp": "$scratch/tmp"},
 "env": {"PATH": "$2", "HOME": "$scratch", "RUNNER_TEMP": "$scratch/tmp", "RUNNER_TOOL_CACHE": "$scratch/toolcache-$1",
         "GITHUB_SERVER_URL": "https://github.com", "GITHUB_STEP_SUMMARY": "$work/summary-$1.md"}}
JSON
  (cd "$work" && "$venv/bin/python" "$root/Tests/integration/run_composite.py" "$action" "$scratch/$1.json") > "$scratch/$1.log" 2>&1 || status=$?
  return "$status"
}
pr_inputs='{"paths": "pr.md", "base": "none"}'
annotation='::error file=pr.md,line=4,col=1,endColumn=3,title=iqlint (list-numbering)::expected 2, found 3'

status=0
composite release "$tools" "{\"paths\": \"pr.md\", \"base\": \"none\", \"download-url\": \"$base\"}" \
  "{\"action_ref\": \"v$version\", \"action_repository\": \"o/r\"}" || status=$?
[ "$status" = 1 ] || fail "action with a release: exit must be 1 (the file has an error), got $status: $(cat "$scratch/release.log")"
grep -q "downloaded and verified" "$scratch/release.log" || fail "action with a release: no download in $(cat "$scratch/release.log")"
grep -qF "$annotation" "$scratch/release.log" || fail "action with a release: no annotation"
grep -q "step: Build iqlint (skipped)" "$scratch/release.log" || fail "action with a release built from source"
grep -q "list-numbering" "$work/summary-release.md" || fail "action with a release: empty step summary"

# without_release SCENARIO INPUTS GITHUB MESSAGE: no archive matches, so the action builds
# (the stand-in swift copies the dist binary) and runs what it built.
without_release() {
  local status=0
  composite "$1" "$scratch/fake-bin:$tools" "$2" "$3" || status=$?
  [ "$status" = 1 ] || fail "action without a release ($1): exit must be 1, got $status: $(cat "$scratch/$1.log")"
  grep -qF "$4" "$scratch/$1.log" || fail "action without a release ($1): the log does not say '$4'"
  grep -q "building iqlint from source" "$scratch/$1.log" || fail "action without a release ($1): no fallback message"
  grep -q "step: Build iqlint (ran)" "$scratch/$1.log" || fail "action without a release ($1): did not build"
  [ -s "$scratch/swift-args" ] || fail "action without a release ($1): swift build was not called"
  grep -qF "$annotation" "$scratch/$1.log" || fail "action without a release ($1): the built iqlint did not run"
}
without_release branch "$pr_inputs" '{"action_ref": "main", "action_repository": "o/r"}' \
  "no iqlint release matches the action's ref main"
without_release missing "{\"paths\": \"pr.md\", \"base\": \"none\", \"download-url\": \"$base\"}" \
  '{"action_ref": "v9.9.9", "action_repository": "o/r"}' "no release archive at $base/v9.9.9/"

status=0
composite mismatch "$tools" "{\"paths\": \"pr.md\", \"version\": \"$version\", \"download-url\": \"http://127.0.0.1:$port/bad\"}" '{}' || status=$?
[ "$status" = 1 ] || fail "action with a bad checksum: exit must be 1, got $status"
grep -q "^::error title=iqlint::checksum mismatch for $name.tar.gz" "$scratch/mismatch.log" || fail "action with a bad checksum: $(cat "$scratch/mismatch.log")"
if grep -q "step: Run iqlint" "$scratch/mismatch.log"; then fail "action with a bad checksum went on to run iqlint"; fi

[ "$failures" = 0 ] && echo "action release download: ok ($name, http://127.0.0.1:$port and file:)"
exit "$failures"
