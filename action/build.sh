#!/usr/bin/env bash
# The action's fallback when no release archive matches: builds iqlint from the action's
# own checkout (into $GITHUB_ACTION_PATH/.build/release), which needs Swift 6 on PATH.
set -euo pipefail
action_path=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}
echo "building iqlint from source in $action_path (no release binary for this ref)"
swift build -c release --product iqlint --package-path "$action_path"
