#!/usr/bin/env bash
# The archive `make dist` made is portable: its checksum holds, the binary needs only the
# C library (readelf -d, ldd, and what the loader really opens), carries no RPATH into the
# Swift toolchain, and lints the sample bank from an empty folder under `env -i` with nothing
# but itself. Prints the newest glibc symbol version it needs (objdump -T).
# usage: portable_binary.sh ROOT [MAX-GLIBC]   (MAX-GLIBC e.g. 2.36: fail when it needs newer)
set -euo pipefail
root=$1 max_glibc=${2:-}
archive=$(cat "$root/.build/dist-latest" 2>/dev/null) || { echo "FAIL: no .build/dist-latest; run make dist first"; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/iqlint-portable.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

(cd "$(dirname "$archive")" && sha256sum --quiet -c "$(basename "$archive").sha256") || fail "checksum of $archive"
tar -xzf "$archive" -C "$work"
binary=$(echo "$work"/iqlint-*/iqlint)
[ -x "$binary" ] || { echo "FAIL: no iqlint in $archive"; exit 1; }

# glibc's own libraries (libdl, libpthread and librt are stubs inside libc since 2.34).
allowed='^(libc\.so\.6|libm\.so\.6|libdl\.so\.2|libpthread\.so\.0|librt\.so\.1|libutil\.so\.1|libresolv\.so\.2|ld-linux[-a-z0-9_.]*\.so\.[0-9]+)$'
# not_allowed BINARY: the libraries it needs beyond the C library, one per line.
not_allowed() {
  local library
  readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | while IFS= read -r library; do
    [[ $library =~ $allowed ]] || echo "$library"
  done
}
echo "NEEDED: $(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')"
extra=$(not_allowed "$binary")
[ -z "$extra" ] || fail "needs $(echo "$extra" | tr '\n' ' ')beyond the C library"
# The same check must catch an ordinary build, which loads the Swift runtime from the toolchain.
debug=$root/.build/debug/iqlint
if [ -x "$debug" ] && ! grep -q libswiftCore <<< "$(not_allowed "$debug")"; then
  fail "the check does not notice that the debug build needs libswiftCore.so"
fi
if readelf -d "$binary" | grep -E '\((RPATH|RUNPATH)\)'; then fail "carries a library search path"; fi
ldd_out=$(ldd "$binary" 2>&1) || fail "ldd: $ldd_out"
if grep -q 'not found' <<< "$ldd_out"; then fail "ldd: $ldd_out"; fi

glibc=$(objdump -T "$binary" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -n 1)
echo "newest glibc symbol version needed: $glibc"
if [ -n "$max_glibc" ] && [ "$(printf '%s\n%s\n' "$glibc" "$max_glibc" | sort -V | tail -n 1)" != "$max_glibc" ]; then
  fail "needs glibc $glibc, newer than $max_glibc"
fi

# A folder with the binary, the sample and nothing else; no PATH, no LD_LIBRARY_PATH.
run=$work/run
mkdir -p "$run"
cp "$binary" "$run/iqlint"
cp "$root/Examples/nlp-llm-interview/README.md" "$run/bank.md"
status=0
(cd "$run" && env -i LD_DEBUG=libs LD_DEBUG_OUTPUT="$work/loader" ./iqlint check --format json bank.md > "$work/out.json" 2> "$work/err.txt") || status=$?
[ "$status" = 1 ] || { cat "$work/err.txt"; fail "linting the sample must exit 1 (it has errors), got $status"; }
grep -q '"rule" : *"list-numbering"\|"rule": *"list-numbering"' "$work/out.json" || fail "no list-numbering diagnostic on the sample"
# What the loader really opened: only allowed libraries, nothing from a Swift toolchain.
opened=$(cat "$work"/loader.* | sed -n 's/.*calling init: //p' | sort -u)
echo "loaded: $(echo "$opened" | tr '\n' ' ')"
while IFS= read -r path; do
  [ -n "$path" ] || continue
  [ "$path" = "$run/iqlint" ] && continue
  [[ $(basename "$path") =~ $allowed ]] || fail "loaded $path"
done <<< "$opened"
version=$(env -i "$run/iqlint" --version)
echo "iqlint --version: $version"
[[ $(basename "$archive") == "iqlint-$version-linux-$(uname -m).tar.gz" ]] || fail "archive name does not carry the version $version"

[ "$failures" = 0 ] && echo "portable binary: ok ($(du -h "$binary" | cut -f1), $(basename "$archive"))"
exit "$failures"
