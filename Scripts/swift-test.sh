#!/usr/bin/env bash
# `swift test --skip-build`, as `make test` runs it, with what failed repeated at the end.
#
# Swift Testing prints each issue when it is recorded, among hundreds of lines of progress,
# and CI keeps only the tail of a run: a failing run then shows the closing line and none of
# the expectations that failed. This prints the run as it goes, then, when it failed, every
# "recorded an issue" line and the detail lines that follow it (values, comments), last.
set -uo pipefail
log=$(mktemp "${TMPDIR:-/tmp}/iqlint-swift-test.XXXXXX")
trap 'rm -f "$log"' EXIT

swift test --skip-build "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
  echo
  echo "swift test failed (exit $status); the issues it recorded:"
  # An issue line, then its detail lines ("↳ comment", "± difference", a comment's further
  # lines), up to the next line of progress (a test or suite started, passed or failed).
  awk '/recorded an issue/ { keep = 1; print; next }
       /^(◇|✔|✘|⚠|Test Suite|\[)/ || /^$/ { keep = 0 }
       keep { print }' "$log" | cut -c1-2000 | head -n 400
fi
exit "$status"
