#!/usr/bin/env bash
# Runs iqlint for the GitHub Action. Inputs arrive as environment variables and are only
# ever expanded inside quotes, so paths, branch names or titles cannot inject shell code.
#   INPUT_PATHS     newline-separated files or folders (default .); spaces are kept
#   INPUT_CONFIG    --config FILE            INPUT_SARIF  --sarif FILE
#   INPUT_FAIL_ON   error | warning (--strict)
#   INPUT_BASE      the commit to compare with; empty: IQLINT_PR_BASE_SHA, else
#                   IQLINT_PUSH_BEFORE unless it is all zeros (a new branch); none: no base
#   INPUT_CHANGED_ONLY  false: --changed-only=false
#   IQLINT_BIN      the iqlint executable
#   IQLINT_SUMMARY_LIMIT  bytes the step summary may reach (default 1000000, under GitHub's 1 MiB)
#   IQLINT_ACTION_PRINT_ONLY  non-empty: print the arguments one per line, run nothing
set -euo pipefail

# Values echoed into a workflow command must not start commands of their own.
escape() {
  local value=${1//'%'/'%25'}
  value=${value//$'\r'/'%0D'}
  printf '%s' "${value//$'\n'/'%0A'}"
}
fail() {
  echo "::error title=iqlint action::$(escape "$1")"
  exit 2
}

args=(check --format github)

case "${INPUT_FAIL_ON:-error}" in
  error) ;;
  warning) args+=(--strict) ;;
  *) fail "fail-on must be 'error' or 'warning', not '${INPUT_FAIL_ON}'" ;;
esac

[ -z "${INPUT_CONFIG:-}" ] || args+=(--config "$INPUT_CONFIG")

if [ -n "${INPUT_SARIF:-}" ]; then
  mkdir -p -- "$(dirname -- "$INPUT_SARIF")"
  args+=(--sarif "$INPUT_SARIF")
fi

base=${INPUT_BASE:-}
[ -n "$base" ] || base=${IQLINT_PR_BASE_SHA:-}
if [ -z "$base" ] && [ -n "${IQLINT_PUSH_BEFORE:-}" ] && [ -n "${IQLINT_PUSH_BEFORE//0/}" ]; then
  base=$IQLINT_PUSH_BEFORE
fi
[ "$base" != none ] || base=""
if [ -n "$base" ]; then
  if [ -z "${IQLINT_ACTION_PRINT_ONLY:-}" ] && ! git cat-file -e "$base^{commit}" 2>/dev/null; then
    git fetch --no-tags --quiet origin "$base" 2>/dev/null || true
    git cat-file -e "$base^{commit}" 2>/dev/null ||
      fail "the base commit $base is not in the clone; check out with fetch-depth: 0"
  fi
  args+=(--base "$base")
  case "${INPUT_CHANGED_ONLY:-true}" in
    true) ;;
    false) args+=(--changed-only=false) ;;
    *) fail "changed-only must be 'true' or 'false', not '${INPUT_CHANGED_ONLY}'" ;;
  esac
else
  echo "::notice title=iqlint::no base commit to compare with, linting all of the given paths" >&2
fi

paths=()
while IFS= read -r line || [ -n "$line" ]; do
  line=${line%$'\r'}
  line=${line#"${line%%[![:space:]]*}"}
  line=${line%"${line##*[![:space:]]}"}
  [ -z "$line" ] || paths+=("$line")
done <<< "${INPUT_PATHS:-.}"
[ ${#paths[@]} -gt 0 ] || paths=(.)

# `--` so that a path starting with '-' stays a path.
args+=(-- "${paths[@]}")
if [ -n "${IQLINT_ACTION_PRINT_ONLY:-}" ]; then
  printf '%s\n' "${args[@]}"
  exit 0
fi
printf 'iqlint'; printf ' %q' "${args[@]}"; printf '\n'
binary=${IQLINT_BIN:?IQLINT_BIN is not set}
summary=${GITHUB_STEP_SUMMARY:-}
if [ -z "$summary" ]; then exec "$binary" "${args[@]}"; fi

# GitHub drops a step summary over 1 MiB whole; iqlint writes into a scratch file and only
# what fits is appended, cut at a line end, with a note of what was left out.
limit=${IQLINT_SUMMARY_LIMIT:-1000000}
scratch=$(mktemp "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/iqlint-summary.XXXXXX")
trap 'rm -f "$scratch" "$scratch.kept"' EXIT
status=0
GITHUB_STEP_SUMMARY=$scratch "$binary" "${args[@]}" || status=$?
size=$(wc -c < "$scratch")
used=0
[ ! -f "$summary" ] || used=$(wc -c < "$summary")
room=$((limit - used - 300))
if [ "$size" -le "$room" ]; then
  cat "$scratch" >> "$summary"
elif [ "$room" -gt 0 ]; then
  head -c "$room" "$scratch" | sed '$d' > "$scratch.kept"
  kept_lines=$(wc -l < "$scratch.kept")
  total_lines=$(wc -l < "$scratch")
  {
    cat "$scratch.kept"
    printf "\n> [!NOTE]\n> iqlint cut this summary at line %s of %s (%s of %s bytes) to stay under GitHub's 1 MiB limit; the annotations and \`iqlint check --format json\` list every diagnostic.\n" \
      "$kept_lines" "$total_lines" "$(wc -c < "$scratch.kept")" "$size"
  } >> "$summary"
fi
exit "$status"
