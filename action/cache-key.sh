#!/usr/bin/env bash
# Prints `hash=…` for the cache of the action's .build: the toolchain, the OS and every
# file the build reads. (hashFiles() sees only the workspace, not the action's folder.)
set -euo pipefail
cd "${GITHUB_ACTION_PATH:-$(dirname "$0")/..}"
hash=$({
  swift --version 2>&1
  cat /etc/os-release 2>/dev/null || true
  # Package.resolved is git-ignored, so a fresh checkout has none: list only what exists
  # (find's failure on a missing path would end the script under pipefail).
  for path in Package.swift Package.resolved Sources; do
    if [ -e "$path" ]; then find "$path" -type f; fi
  done | LC_ALL=C sort | while IFS= read -r file; do
    sha256sum -- "$file"
  done
} | sha256sum | cut -c1-40)
echo "hash=$hash"
