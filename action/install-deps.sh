#!/usr/bin/env bash
# Installs the C libraries iqlint links, only those dpkg reports missing, and checks that
# a Swift 6 toolchain is on PATH.
set -euo pipefail
packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev libgit2-dev pkg-config)
missing=()
for package in "${packages[@]}"; do
  [ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null)" = "ii " ] || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "installing ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if ! command -v swift > /dev/null; then
  echo "::error title=iqlint::no swift on PATH; install Swift 6 first (for example with swift-actions/setup-swift or a swift container)"
  exit 1
fi
swift --version
