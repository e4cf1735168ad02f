#!/usr/bin/env bash
# Puts the release binary in IQLINT_DIR: reuses a cached copy that reports the right
# version, else downloads IQLINT_URL and IQLINT_URL.sha256 (https:, http: or file:),
# checks the checksum and unpacks. Prints `found=true` and `path=…`, or `found=false` when
# the release has no such archive or its binary needs a newer glibc than the runner has
# (the action then builds from source).
# A checksum mismatch or any other download failure stops the action with one line.
# Standard output goes to $GITHUB_OUTPUT: messages and workflow commands go to stderr.
#   IQLINT_VERSION  IQLINT_URL  IQLINT_DIR   from find-release.sh
set -euo pipefail
version=${IQLINT_VERSION:?} url=${IQLINT_URL:?} dir=${IQLINT_DIR:?}
name=$(basename "$url")
fail() {
  echo "::error title=iqlint::$1" >&2
  exit 1
}

if [ -x "$dir/iqlint" ] && [ "$("$dir/iqlint" --version 2>/dev/null)" = "$version" ]; then
  echo "iqlint $version: cached in $dir" >&2
  echo "found=true"
  echo "path=$dir/iqlint"
  exit 0
fi

work=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/iqlint-download.XXXXXX")
trap 'rm -rf "$work"' EXIT
# fetch URL FILE: 0 downloaded, 1 not there (HTTP 404, or no such file:), 2 anything else.
fetch() {
  local code status=0
  code=$(curl --silent --show-error --location --retry 3 --connect-timeout 20 \
    --output "$2" --write-out '%{http_code}' "$1" 2> "$work/curl.err") || status=$?
  case "$status:$code" in
    0:200 | 0:000) return 0 ;;
    0:404 | 37:*) return 1 ;;
    *) fetch_error="$(tr '\n' ' ' < "$work/curl.err")HTTP $code"; return 2 ;;
  esac
}

fetch_error=""
status=0
fetch "$url" "$work/$name" || status=$?
if [ "$status" = 1 ]; then
  echo "no release archive at $url; building iqlint from source" >&2
  echo "found=false"
  exit 0
fi
[ "$status" = 0 ] || fail "cannot download $url: $fetch_error"
status=0
fetch "$url.sha256" "$work/$name.sha256" || status=$?
[ "$status" = 0 ] || fail "cannot download the checksum $url.sha256${fetch_error:+: $fetch_error}"

expected=$(head -n 1 "$work/$name.sha256" | cut -d' ' -f1)
actual=$(sha256sum "$work/$name" | cut -d' ' -f1)
[[ $expected =~ ^[0-9a-f]{64}$ ]] || fail "$url.sha256 holds no sha256 checksum"
[ "$expected" = "$actual" ] || fail "checksum mismatch for $name: expected $expected, got $actual"

tar -xzf "$work/$name" -C "$work"
binary="$work/${name%.tar.gz}/iqlint"
[ -x "$binary" ] || fail "$name holds no ${name%.tar.gz}/iqlint"
status=0
printed=$("$binary" --version 2>&1) || status=$?
if [ "$status" != 0 ] && [[ $printed == *"GLIBC_"*"not found"* ]]; then
  # Release binaries need the glibc of Debian 12 or newer (e.g. not Ubuntu 22.04's 2.35).
  echo "the release binary needs a newer C library than this runner's ($(ldd --version 2>/dev/null | head -n 1)); building iqlint from source" >&2
  echo "found=false"
  exit 0
fi
[ "$status" = 0 ] || fail "the downloaded iqlint does not run: $(tr '\n' ' ' <<< "$printed")"
[ "$printed" = "$version" ] || fail "the downloaded iqlint reports version $printed, expected $version"
mkdir -p "$dir"
mv "$binary" "$dir/iqlint.tmp.$$"
mv "$dir/iqlint.tmp.$$" "$dir/iqlint"
echo "iqlint $version: downloaded and verified ($actual)" >&2
echo "found=true"
echo "path=$dir/iqlint"
