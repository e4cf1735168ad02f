#!/usr/bin/env bash
# Prints the version `make dist` stamps: VERSION when the checkout is exactly at tag
# v<VERSION>, else <VERSION>-dev, so a build from a branch never poses as a release.
# The tag is looked up by name: `git describe` could answer with another tag on the same
# commit (a moving v0).
# usage: Scripts/dist-version.sh [REPOSITORY]   (default: this script's repository)
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
version=$(tr -d '[:space:]' < VERSION)
tagged=$(git rev-parse -q --verify "refs/tags/v$version^{commit}" 2>/dev/null || true)
head=$(git rev-parse -q --verify "HEAD^{commit}" 2>/dev/null || true)
if [ -z "$tagged" ] || [ "$tagged" != "$head" ]; then version="$version-dev"; fi
echo "$version"
