#!/usr/bin/env bash
# `make dist`: a release iqlint that needs nothing but the C library, packed as
# dist/iqlint-<version>-linux-<arch>.tar.gz with its .sha256.
# The Swift runtime is linked with --static-swift-stdlib; libcmark-gfm, libgit2, their own
# dependencies (found with `pkg-config --static`) and libstdc++ are linked from their .a
# archives: a folder holding only archives comes first on the linker's search path, and
# generated .pc files point SwiftPM's pkg-config lookup at it.
# Builds in .build/dist so that the debug and release builds are left alone.
# usage: Scripts/dist.sh [VERSION]   (default: see version below)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[ "$(uname -s)" = Linux ] || { echo "dist: release archives are built on Linux only (macOS: swift build -c release)" >&2; exit 2; }

# Default: VERSION at tag v<VERSION>, else VERSION-dev (Scripts/dist-version.sh).
version=${1:-$(bash Scripts/dist-version.sh "$root")}
case "$version" in
  *[!A-Za-z0-9.+-]* | "") echo "dist: bad version '$version' (letters, digits, . + - only)" >&2; exit 2 ;;
esac
arch=$(uname -m)
scratch=$root/.build/dist
rm -f "$root/.build/dist-latest"
archives=$scratch-archives
pcdir=$scratch-pkgconfig
rm -rf "$archives" "$pcdir"
mkdir -p "$archives" "$pcdir" dist

# The C library itself stays dynamic: these names are glibc (rt, dl, pthread are stubs since 2.34).
system_libs=" c m rt dl pthread util resolv "
libdirs=("$(pkg-config --variable=libdir libgit2)" "$(pkg-config --variable=libdir libcmark-gfm)")
find_archive() {
  local dir
  for dir in "${libdirs[@]}"; do
    if [ -f "$dir/lib$1.a" ]; then echo "$dir/lib$1.a"; return 0; fi
  done
  return 1
}
# static_libs PKG...: the -l flags pkg-config --static gives, each backed by an archive.
static_libs() {
  local flag name path flags=()
  for flag in $(pkg-config --static --libs "$@"); do
    case "$flag" in
      -l*) name=${flag#-l} ;;
      *) continue ;;
    esac
    case "$system_libs" in *" $name "*) flags+=("$flag"); continue ;; esac
    path=$(find_archive "$name") || { echo "dist: lib$name.a not found (needed by $*); install its -dev package (make deps)" >&2; return 1; }
    ln -sf "$path" "$archives/lib$name.a"
    flags+=("$flag")
  done
  echo "${flags[*]}"
}
# libgit2.pc names libssh2 in Libs.private, so pkg-config does not follow libssh2's own
# dependencies (OpenSSL on Debian): list them after libgit2's.
git_libs="$(static_libs libgit2)"
if [[ " $git_libs " == *" -lssh2 "* ]]; then git_libs="$git_libs $(static_libs libssh2)"; fi
# libgit2.a calls GSSAPI (Kerberos HTTP auth) without naming it in its .pc, and there is
# no static GSSAPI to link: Scripts/dist-gssapi-stub.c answers "unavailable" instead.
if [[ $(nm -u "$(find_archive git2)" 2>/dev/null) == *" gss_"* ]]; then
  clang -c -O2 -fPIC -o "$archives/gssapi-stub.o" Scripts/dist-gssapi-stub.c
  ar rcs "$archives/libiqlint-gssapi-stub.a" "$archives/gssapi-stub.o"
  git_libs="$git_libs -liqlint-gssapi-stub"
fi
cmark_libs="$(static_libs libcmark-gfm)"
write_pc() { # NAME LIBS
  printf 'Name: %s\nDescription: %s linked from archives by make dist\nVersion: %s\nLibs: -L%s %s\nCflags: %s\n' \
    "$1" "$1" "$(pkg-config --modversion "$1")" "$archives" "$2" "$(pkg-config --cflags "$1")" > "$pcdir/$1.pc"
}
write_pc libgit2 "$git_libs"
write_pc libcmark-gfm "$cmark_libs"
# Swift packages link system libraries by name too (swift-nio-extras' compression, which
# async-http-client uses, links -lz): its archive sits in the same folder.
if zlib=$(find_archive z); then ln -sf "$zlib" "$archives/libz.a"; fi
# Swift's static runtime asks for -lstdc++; the archive next to the others wins over the .so.
stdcxx=$(clang -print-file-name=libstdc++.a 2>/dev/null || true)
if [ -f "$stdcxx" ]; then ln -sf "$stdcxx" "$archives/libstdc++.a"; fi

# SwiftPM keeps pkg-config's answers in its build plan; drop the plan so the .pc files above
# count (unchanged compile steps are still reused).
rm -f "$scratch/release.yaml"
echo "dist: building iqlint $version for linux-$arch"
PKG_CONFIG_PATH="$pcdir" swift build -c release --product iqlint --static-swift-stdlib \
  --disable-local-rpath --scratch-path "$scratch" -Xlinker -L"$archives" \
  -Xswiftc -Xclang-linker -Xswiftc -static-libgcc -Xcc "-DIQLINT_VERSION=\"$version\""
binary="$scratch/release/iqlint"
printed=$("$binary" --version)
[ "$printed" = "$version" ] || { echo "dist: the binary says '$printed', expected '$version'" >&2; exit 1; }

name="iqlint-$version-linux-$arch"
stage="$scratch-stage/$name"
rm -rf "$scratch-stage"
mkdir -p "$stage"
cp "$binary" "$stage/iqlint"
strip "$stage/iqlint"
cp README.md "$stage/"
# Fixed owner, order and dates: the same binary always gives the same archive.
tar -C "$scratch-stage" --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -cf - "$name" | gzip -n -9 > "dist/$name.tar.gz"
(cd dist && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "$root/dist/$name.tar.gz" > "$root/.build/dist-latest"
echo "dist: dist/$name.tar.gz"
cat "dist/$name.tar.gz.sha256"
