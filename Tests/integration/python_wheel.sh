#!/usr/bin/env bash
# `pip wheel .` builds the iqlint-bin wheel around the archive `make dist` made: the wheel
# holds only the script iqlint (the release binary, byte for byte), is tagged
# manylinux_2_<N>_<arch> with N the newest glibc symbol version the binary needs (objdump -T),
# and an archive whose .sha256 does not match is refused with one line naming it.
# usage: python_wheel.sh ROOT VENV SCRATCH
set -euo pipefail
root=$1 venv=$2 scratch=$3/python-wheel
rm -rf "$scratch"
mkdir -p "$scratch/bad"
archive=$(cat "$root/.build/dist-latest")
version=$(tr -d '[:space:]' < "$root/VERSION")
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

IQLINT_ARCHIVE=$archive "$venv/bin/pip" wheel --quiet --no-deps -w "$scratch/wheels" "$root" > "$scratch/log" 2>&1 || { cat "$scratch/log"; fail "pip wheel"; }
tar -xzOf "$archive" --wildcards '*/iqlint' > "$scratch/iqlint"
glibc=$(objdump -T "$scratch/iqlint" | grep -o 'GLIBC_2\.[0-9]*' | sed 's/GLIBC_2\.//' | sort -n | tail -n 1)
wheel=$scratch/wheels/iqlint_bin-$version-py3-none-manylinux_2_${glibc}_$(uname -m).whl
if [ -f "$wheel" ]; then
  listing=$("$venv/bin/python" -c 'import sys, zipfile; print("\n".join(sorted(zipfile.ZipFile(sys.argv[1]).namelist())))' "$wheel")
  [ "$(grep -v '\.dist-info/' <<< "$listing")" = "iqlint_bin-$version.data/scripts/iqlint" ] || fail "the wheel holds more than the binary: $listing"
  "$venv/bin/python" -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' \
    "$wheel" "iqlint_bin-$version.data/scripts/iqlint" | cmp -s - "$scratch/iqlint" || fail "the wheel's iqlint is not the release binary"
else
  fail "expected $(basename "$wheel"), found: $(ls "$scratch/wheels" 2>/dev/null)"
fi

cp "$archive" "$scratch/bad/"
printf '%064d  %s\n' 0 "$(basename "$archive")" > "$scratch/bad/$(basename "$archive").sha256"
if IQLINT_ARCHIVE=$scratch/bad/$(basename "$archive") "$venv/bin/pip" wheel --no-deps -w "$scratch/bad-wheels" "$root" > "$scratch/log" 2>&1; then
  fail "a wheel was built from an archive with a wrong checksum"
fi
grep -q "iqlint-bin: checksum mismatch for $scratch/bad/$(basename "$archive"): expected 0000" "$scratch/log" ||
  fail "the refusal does not say why: $(grep -i 'iqlint-bin\|error' "$scratch/log" | head -n 5)"

[ "$failures" = 0 ] && echo "iqlint-bin wheel: ok ($(basename "$wheel"))"
exit "$failures"
