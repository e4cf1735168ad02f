#!/usr/bin/env bash
# The hooks of .pre-commit-hooks.yaml, installed by pre-commit as a user would get them
# (language: swift builds this package in pre-commit's store), on a scratch repository
# whose Markdown skips a number: the commit is refused, iqlint-fix repairs the file, then
# iqlint passes and the commit goes through. Then a commit that adds, in a new file, a
# question the (unchanged, unstaged) README already asks is refused as a duplicate.
# usage: pre_commit_hooks.sh ROOT VENV
set -euo pipefail
root=$1 venv=$2
export PATH="$venv/bin:$PATH"
# The build in pre-commit's store takes a minute or two; keep it between runs.
export PRE_COMMIT_HOME="$root/.build/integration-pre-commit"
export PRE_COMMIT_COLOR=never
export GIT_AUTHOR_NAME=iqlint-test GIT_AUTHOR_EMAIL=iqlint-test@example.invalid
export GIT_COMMITTER_NAME=iqlint-test GIT_COMMITTER_EMAIL=iqlint-test@example.invalid
export GIT_AUTHOR_DATE="2000-01-01T00:00:00Z" GIT_COMMITTER_DATE="2000-01-01T00:00:00Z"

# pre-commit clones a git repository at a commit. Snapshot the working tree (tracked and
# new files, not ignored ones) so uncommitted work is what gets tested; the fixed path and
# dates make the commit id depend on the content only, so an unchanged tree reuses the build.
hook_repo="$root/.build/integration-hook-repo"
rm -rf "$hook_repo"
mkdir -p "$hook_repo"
(cd "$root" && git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' file; do
    if [ -f "$file" ]; then cp --parents -- "$file" "$hook_repo/"; fi
  done)
git -C "$hook_repo" -c init.defaultBranch=main init -q
git -C "$hook_repo" add -A
git -C "$hook_repo" commit -qm snapshot
rev=$(git -C "$hook_repo" rev-parse HEAD)

# A fixed path too: `pre-commit gc` then drops the builds of earlier snapshots.
bank="$root/.build/integration-bank"
rm -rf "$bank"
mkdir -p "$bank"
cd "$bank"
git -c init.defaultBranch=main init -q
cat > .pre-commit-config.yaml <<EOF
repos:
  - repo: $hook_repo
    rev: $rev
    hooks:
      - id: iqlint
      - id: iqlint-fix
        stages: [manual]
EOF
printf '# Questions\n\n1. a\n3. b\n' > questions.md
# The bank lives inside this repository's folder: its own (empty) configuration keeps
# iqlint from using this repository's .iqlint.yml, which turns duplicate-question off.
printf 'rules: {}\n' > .iqlint.yml
git add .pre-commit-config.yaml questions.md .iqlint.yml
pre-commit gc > /dev/null

step() { printf '\n== %s\n' "$*"; }

step "pre-commit run iqlint --all-files (must fail on the skipped number)"
if pre-commit run iqlint --all-files > out.txt 2>&1; then cat out.txt; echo "FAIL: the hook passed"; exit 1; fi
cat out.txt
grep -q "list-numbering" out.txt || { echo "FAIL: output does not mention list-numbering"; exit 1; }
grep -q "expected 2, found 3" out.txt || { echo "FAIL: output does not say what was expected"; exit 1; }

step "git commit with the hook installed (must be refused)"
pre-commit install > /dev/null
if git commit -qm "add questions" > out.txt 2>&1; then cat out.txt; echo "FAIL: the commit went through"; exit 1; fi
cat out.txt
grep -q "list-numbering" out.txt || { echo "FAIL: the refused commit does not mention list-numbering"; exit 1; }

step "pre-commit run --hook-stage manual iqlint-fix --all-files (fixes, so it reports modified files)"
if pre-commit run --hook-stage manual iqlint-fix --all-files > out.txt 2>&1; then
  cat out.txt; echo "FAIL: iqlint-fix did not report a change"; exit 1
fi
cat out.txt
grep -q "files were modified by this hook" out.txt || { echo "FAIL: pre-commit saw no change"; exit 1; }
[ "$(cat questions.md)" = "$(printf '# Questions\n\n1. a\n2. b')" ] || { echo "FAIL: unexpected fix:"; cat questions.md; exit 1; }

step "pre-commit run iqlint --all-files (must pass now)"
pre-commit run iqlint --all-files

step "git commit (must go through)"
git add questions.md
git commit -qm "add questions"
git log --oneline | grep -q "add questions"

step "a new file repeating a question of the committed README (must be refused)"
printf '# Bank\n\n1. [What is LoRA?](https://a.example/lora)\n' > README.md
git add README.md
git commit -qm "add README"
printf '# More\n\n1. [what is LoRA](https://b.example/lora-again)\n' > more.md
git add more.md
if git commit -qm "add more" > out.txt 2>&1; then cat out.txt; echo "FAIL: the duplicate went through"; exit 1; fi
cat out.txt
grep -q "duplicate-question" out.txt || { echo "FAIL: the refused commit does not mention duplicate-question"; exit 1; }
grep -q "more.md:3:4" out.txt || { echo "FAIL: the duplicate is not reported on the new file"; exit 1; }

step "an excluded file is not linted even when pre-commit names it (--force-exclude)"
git reset -q more.md && rm more.md
printf 'exclude: ["vendor/**"]\n' > .iqlint.yml
mkdir -p vendor && printf '1. a\n3. b\n' > vendor/v.md
git add .iqlint.yml vendor/v.md
git commit -qm "vendor"
echo "pre-commit hooks: ok"
