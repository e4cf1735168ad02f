#!/usr/bin/env bash
# Prints `hash=…` for the cache of the action's .build: the toolchain, the OS and every
# file the build reads. (hashFiles() sees only the workspace, not the action's folder.)
set -euo pipefail
cd "${GITHUB_ACTION_PATH:-$(dirname "$0")/..}"
hash=$({
  swift --version 2>&1
  cat /etc/os-release 2>/dev/null || true
  find Package.swift Package.resolved Sources -type f 2>/dev/null | LC_ALL=C sort | while IFS= read -r file; do
    sha256sum -- "$file"
  done
} | sha256sum | cut -c1-40)
echo "hash=$hash"
