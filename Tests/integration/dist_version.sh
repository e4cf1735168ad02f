#!/usr/bin/env bash
# Scripts/dist-version.sh on a scratch repository: <VERSION>-dev until the commit carries
# tag v<VERSION>, the bare version then (also when a moving major tag shares the commit),
# -dev again on the next commit.
# usage: dist_version.sh ROOT SCRATCH
set -euo pipefail
root=$1 repo=$2/dist-version
rm -rf "$repo"
mkdir -p "$repo"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.invalid
failures=0
expect() { # EXPECTED WHAT
  local actual
  actual=$(bash "$root/Scripts/dist-version.sh" "$repo")
  [ "$actual" = "$1" ] || { echo "FAIL: $2: got $actual, expected $1"; failures=$((failures + 1)); }
}
cd "$repo"
git -c init.defaultBranch=main init -q
echo "1.2.3" > VERSION
expect 1.2.3-dev "no commit yet"
git add VERSION && git commit -qm one
expect 1.2.3-dev "a commit without a tag"
git tag v1.2.2
expect 1.2.3-dev "a tag of another version"
git tag -a v1 -m "moving major tag"
git tag -a v1.2.3 -m "release"
expect 1.2.3 "the release tag, next to a major tag"
git commit -q --allow-empty -m two
expect 1.2.3-dev "a commit after the release"
[ "$failures" = 0 ] && echo "dist version: ok"
exit "$failures"
