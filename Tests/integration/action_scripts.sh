#!/usr/bin/env bash
# The action's scripts as the runner calls them: inputs only through the environment.
# Base selection and argument building are checked with IQLINT_ACTION_PRINT_ONLY (this
# branch's iqlint has no --base yet); a real run checks annotations, the step summary,
# the SARIF file, paths with spaces and an input that tries to inject shell code.
# usage: action_scripts.sh ROOT VENV IQLINT SCRATCH
set -euo pipefail
root=$1 venv=$2 iqlint=$3 scratch=$4
check=$root/action/check.sh
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_args() { # NAME EXPECTED-ARGS-ONE-PER-LINE, then env assignments for check.sh
  local name=$1 expected=$2 actual
  shift 2
  actual=$(env -i PATH="$PATH" IQLINT_ACTION_PRINT_ONLY=1 "$@" bash "$check") || { fail "$name: exit $?"; return; }
  [ "$actual" = "$expected" ] || fail "$name: got [$actual], expected [$expected]"
}

zeros=0000000000000000000000000000000000000000
expect_args "defaults" $'check\n--format\ngithub\n--\n.'
expect_args "pull request base" $'check\n--format\ngithub\n--base\nabc123\n--\n.' IQLINT_PR_BASE_SHA=abc123 IQLINT_PUSH_BEFORE=def456
expect_args "push before" $'check\n--format\ngithub\n--base\ndef456\n--\n.' IQLINT_PUSH_BEFORE=def456
expect_args "new branch push" $'check\n--format\ngithub\n--\n.' IQLINT_PUSH_BEFORE=$zeros
expect_args "explicit base wins" $'check\n--format\ngithub\n--base\norigin/main\n--\n.' INPUT_BASE=origin/main IQLINT_PR_BASE_SHA=abc123
expect_args "base none" $'check\n--format\ngithub\n--\n.' INPUT_BASE=none IQLINT_PR_BASE_SHA=abc123
expect_args "all inputs" $'check\n--format\ngithub\n--strict\n--config\ncfg dir/.iqlint.yml\n--sarif\nout/r.sarif\n--base\nabc\n--changed-only=false\n--\ndocs/a b.md\n-dash.md\nREADME.md' \
  INPUT_FAIL_ON=warning "INPUT_CONFIG=cfg dir/.iqlint.yml" INPUT_SARIF=out/r.sarif INPUT_BASE=abc INPUT_CHANGED_ONLY=false \
  INPUT_PATHS=$'  docs/a b.md  \r\n\n-dash.md\nREADME.md\n'
expect_args "blank paths" $'check\n--format\ngithub\n--\n.' INPUT_PATHS=$'\n  \n'

out=$(env -i PATH="$PATH" INPUT_FAIL_ON=$'never\n::warning::injected' bash "$check" 2>&1) && fail "bad fail-on accepted"
[ "$out" = "::error title=iqlint action::fail-on must be 'error' or 'warning', not 'never%0A::warning::injected'" ] ||
  fail "bad fail-on message: $out"

work="$scratch/action work"
mkdir -p "$work/bank with space" "$work/other"
printf '# 题库\n\n1. a\n3. b\n' > "$work/bank with space/q 1.md"
printf '1. a\n2. b\n' > "$work/other/ok.md"
touch "$work/summary.md"
status=0
(cd "$work" && env -i PATH="$PATH" IQLINT_BIN="$iqlint" GITHUB_STEP_SUMMARY="$work/summary.md" \
  GITHUB_SERVER_URL=https://github.com GITHUB_REPOSITORY=o/r GITHUB_SHA=abc \
  INPUT_PATHS=$'bank with space\nother/ok.md\n$(touch pwned)' INPUT_SARIF="reports/iqlint.sarif" \
  bash "$check" > "$work/out.txt" 2>&1) || status=$?
cat "$work/out.txt"
[ "$status" = 2 ] || fail "a missing path must exit 2, got $status"
[ ! -e "$work/pwned" ] || fail "a path was run as a command"
grep -q 'no such file' "$work/out.txt" || fail "the missing path is not named"

status=0
(cd "$work" && env -i PATH="$PATH" IQLINT_BIN="$iqlint" GITHUB_STEP_SUMMARY="$work/summary.md" \
  GITHUB_SERVER_URL=https://github.com GITHUB_REPOSITORY=o/r GITHUB_SHA=abc \
  INPUT_PATHS=$'bank with space\nother/ok.md' INPUT_SARIF="reports/iqlint.sarif" \
  bash "$check" > "$work/out.txt" 2>&1) || status=$?
cat "$work/out.txt"
[ "$status" = 1 ] || fail "an error must exit 1, got $status"
grep -q '^::error file=bank with space/q 1.md,line=4,col=1,endColumn=3,title=iqlint (list-numbering)::expected 2, found 3' "$work/out.txt" ||
  fail "no annotation for the skipped number"
grep -q 'list-numbering' "$work/summary.md" || fail "the step summary is empty"
"$venv/bin/python" "$root/Tests/integration/validate_sarif.py" --require results,fixes "$work/reports/iqlint.sarif" || fail "SARIF"

status=0
(cd "$work" && env -i PATH="$PATH" IQLINT_BIN="$iqlint" INPUT_PATHS=other bash "$check" > "$work/out.txt" 2>&1) || status=$?
[ "$status" = 0 ] || { cat "$work/out.txt"; fail "a clean folder must pass, got $status"; }

[ "$failures" = 0 ] && echo "action scripts: ok"
exit "$failures"
