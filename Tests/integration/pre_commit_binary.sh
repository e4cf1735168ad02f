#!/usr/bin/env bash
# The iqlint-bin hooks of .pre-commit-hooks.yaml installed by pre-commit for real: the hook
# repository is a git snapshot of this working tree, pre-commit `pip install`s it, which
# builds the iqlint-bin wheel (hatchling from PyPI) around the archive `make dist` made
# (IQLINT_ARCHIVE; a user's install downloads the release instead). On a scratch repository
# whose Markdown skips a number: the commit is refused, iqlint-bin-fix repairs the file, then
# the hook passes and the commit goes through. Prints how long the first run (the install) took.
# usage: pre_commit_binary.sh ROOT VENV SCRATCH
set -euo pipefail
root=$1 venv=$2 scratch=$3/pre-commit-binary
export PATH="$venv/bin:$PATH"
export IQLINT_ARCHIVE
IQLINT_ARCHIVE=$(cat "$root/.build/dist-latest")
# A fresh store every time: the point is the first run.
export PRE_COMMIT_HOME="$scratch/store" PRE_COMMIT_COLOR=never
export GIT_AUTHOR_NAME=iqlint-test GIT_AUTHOR_EMAIL=iqlint-test@example.invalid
export GIT_COMMITTER_NAME=iqlint-test GIT_COMMITTER_EMAIL=iqlint-test@example.invalid
rm -rf "$scratch"
mkdir -p "$scratch/hooks" "$scratch/bank"

hook_repo=$scratch/hooks
(cd "$root" && git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' file; do
    if [ -f "$file" ]; then cp --parents -- "$file" "$hook_repo/"; fi
  done)
git -C "$hook_repo" -c init.defaultBranch=main init -q
git -C "$hook_repo" add -A
git -C "$hook_repo" commit -qm snapshot
rev=$(git -C "$hook_repo" rev-parse HEAD)

cd "$scratch/bank"
git -c init.defaultBranch=main init -q
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $hook_repo
    rev: $rev
    hooks:
      - id: iqlint-bin
      - id: iqlint-bin-fix
        stages: [manual]
YAML
printf '# Questions\n\n1. a\n3. b\n' > questions.md
git add .pre-commit-config.yaml questions.md

step() { printf '\n== %s\n' "$*"; }

step "pre-commit run iqlint-bin --all-files (installs the wheel; must fail on the skipped number)"
start=$(date +%s)
if pre-commit run iqlint-bin --all-files > out.txt 2>&1; then cat out.txt; echo "FAIL: the hook passed"; exit 1; fi
first_run=$(( $(date +%s) - start ))
cat out.txt
grep -q "expected 2, found 3" out.txt || { echo "FAIL: output does not say what was expected"; exit 1; }
# The hook ran the release binary from the wheel, not some iqlint on PATH.
installed=$(echo "$PRE_COMMIT_HOME"/repo*/py_env-*/bin/iqlint)
[ -x "$installed" ] || { echo "FAIL: no iqlint in pre-commit's environment"; exit 1; }
cmp -s "$installed" <(tar -xzOf "$IQLINT_ARCHIVE" --wildcards '*/iqlint') || { echo "FAIL: the installed iqlint is not the release binary"; exit 1; }

step "git commit with the hook installed (must be refused)"
pre-commit install > /dev/null
if git commit -qm "add questions" > out.txt 2>&1; then cat out.txt; echo "FAIL: the commit went through"; exit 1; fi
grep -q "list-numbering" out.txt || { cat out.txt; echo "FAIL: the refused commit does not mention list-numbering"; exit 1; }

step "pre-commit run --hook-stage manual iqlint-bin-fix --all-files (fixes, so it reports modified files)"
if pre-commit run --hook-stage manual iqlint-bin-fix --all-files > out.txt 2>&1; then
  cat out.txt; echo "FAIL: iqlint-bin-fix did not report a change"; exit 1
fi
grep -q "files were modified by this hook" out.txt || { cat out.txt; echo "FAIL: pre-commit saw no change"; exit 1; }
[ "$(cat questions.md)" = "$(printf '# Questions\n\n1. a\n2. b')" ] || { echo "FAIL: unexpected fix:"; cat questions.md; exit 1; }

step "git commit (must go through)"
git add questions.md
git commit -qm "add questions"
git log --oneline | grep -q "add questions"
echo "pre-commit binary hooks: ok (first run, including the install, took ${first_run}s)"
