#!/usr/bin/env bash
# Integration checks that `swift test` cannot make: iqlint's SARIF against the official
# schema, the pre-commit hooks through pre-commit itself, the GitHub Action's scripts, the
# portable release binary (make dist) and what ships it, and lint of action.yml, the
# workflows and the Dockerfile. Tools come from PyPI into .build/integration-venv
# (pinned in requirements.txt, reinstalled only when that file changes).
# Ends with `integration: N passed, M failed`; exits non-zero when anything failed.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
here=Tests/integration
venv=$root/.build/integration-venv
scratch=$(mktemp -d "${TMPDIR:-/tmp}/iqlint-integration.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 NO_COLOR=1

stamp="$venv/.requirements.sha256"
wanted=$( { python3 --version; cat "$here/requirements.txt"; } | sha256sum | cut -d' ' -f1)
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  echo "integration: installing $here/requirements.txt into $venv"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet -r "$here/requirements.txt"
  echo "$wanted" > "$stamp"
fi
py=$venv/bin/python

# Up to date after `make test`; builds the tests too for the SARIF sample below.
swift build --build-tests 2>&1 | tail -n 1
iqlint="$(swift build --show-bin-path)/iqlint"

passed=0 failed=0 failed_names=()
# check NAME COMMAND...: runs the command, shows its output only when it fails.
check() {
  local name=$1 log="$scratch/log"
  shift
  if "$@" > "$log" 2>&1; then
    passed=$((passed + 1))
    echo "ok   $name"
  else
    failed=$((failed + 1))
    failed_names+=("$name")
    echo "FAIL $name"
    sed 's/^/     /' "$log"
  fi
}

# iqlint exits 1 when it finds problems, which these inputs have on purpose.
lint() { local status=0; "$iqlint" "$@" || status=$?; [ "$status" -le 1 ]; }

sarif_of_sample_bank() {
  lint check --sarif "$scratch/bank.sarif" Examples/nlp-llm-interview/README.md > /dev/null &&
    lint check --format sarif Examples/nlp-llm-interview/README.md > "$scratch/bank-stdout.sarif" &&
    cmp "$scratch/bank.sarif" "$scratch/bank-stdout.sarif" &&
    "$py" "$here/validate_sarif.py" --require results "$scratch/bank.sarif"
}
sarif_of_crafted_file() {
  mkdir -p "$scratch/题库 bank"
  cp "$here/fixtures/crafted.md" "$scratch/题库 bank/crafted #1.md"
  (cd "$scratch" && lint check --unsafe-fixes --sarif crafted.sarif "题库 bank" > /dev/null) &&
    "$py" "$here/validate_sarif.py" --require results,fixes "$scratch/crafted.sarif"
}
sarif_with_related_locations() {
  IQLINT_SARIF_SAMPLE="$scratch/sample.sarif" swift test --skip-build --filter SARIFSampleTests &&
    "$py" "$here/validate_sarif.py" --require results,fixes,related "$scratch/sample.sarif"
}

check "sarif: sample bank (--sarif and --format sarif) is valid SARIF 2.1.0" sarif_of_sample_bank
check "sarif: crafted file with fixes, CJK and spaces in its path" sarif_of_crafted_file
check "sarif: reporter sample with related locations" sarif_with_related_locations
check "sarif: the validator rejects broken logs" "$py" "$here/validate_sarif.py" --self-test "$scratch/sample.sarif"
check "pre-commit: .pre-commit-hooks.yaml is a valid manifest" "$venv/bin/pre-commit" validate-manifest .pre-commit-hooks.yaml
check "pre-commit: hooks refuse, fix, then pass a commit" bash "$here/pre_commit_hooks.sh" "$root" "$venv"
check "action: action.yml matches SchemaStore's github-action schema" \
  "$venv/bin/check-jsonschema" --builtin-schema vendor.github-actions action.yml
check "action: no expressions in run scripts, inputs declared and read" "$py" "$here/check_actions.py" "$root"
check "action: scripts build the right command and run iqlint" bash "$here/action_scripts.sh" "$root" "$venv" "$iqlint" "$scratch"
# make dist once (a static release build in .build/dist, a few minutes the first time);
# the checks after it use its archive.
check "dist: the version is VERSION at tag v<VERSION>, else VERSION-dev" bash "$here/dist_version.sh" "$root" "$scratch"
check "dist: make dist builds the release archive" bash Scripts/dist.sh
check "dist: the binary needs only the C library and lints the sample alone under env -i" \
  bash "$here/portable_binary.sh" "$root"
check "action: finds, downloads, verifies, caches and runs the release binary" \
  bash "$here/action_release.sh" "$root" "$venv" "$scratch"
check "pre-commit: iqlint-bin hooks install the release binary and refuse, fix, then pass a commit" \
  bash "$here/pre_commit_binary.sh" "$root" "$venv" "$scratch"
check "dist: the iqlint-bin wheel carries the binary and a manylinux tag" bash "$here/python_wheel.sh" "$root" "$venv" "$scratch"
check "docker: Dockerfile passes hadolint" "$venv/bin/hadolint" Dockerfile
docker_image() {
  docker build --quiet -t iqlint-integration . > /dev/null &&
    [[ $(docker run --rm iqlint-integration --version) == "$(tr -d '[:space:]' < VERSION)"* ]]
}
if command -v docker > /dev/null && docker info > /dev/null 2>&1; then
  check "docker: the image builds and runs iqlint" docker_image
else
  echo "skip docker: no container engine answers (docker info), the Dockerfile is only linted"
fi
check "workflows: match SchemaStore's github-workflow schema" \
  "$venv/bin/check-jsonschema" --builtin-schema vendor.github-workflows .github/workflows/*.yml
check "workflows: actionlint (with shellcheck on run scripts)" "$venv/bin/actionlint" -no-color -shellcheck shellcheck .github/workflows/*.yml
check "readme: workflow and pre-commit snippets are valid" \
  "$py" "$here/readme_snippets.py" README.md "$venv" "$scratch/readme" "$(cat .build/dist-latest)"
check "shellcheck: action, dist and integration scripts" shellcheck action/*.sh Scripts/*.sh "$here"/*.sh

echo
for name in ${failed_names[@]+"${failed_names[@]}"}; do echo "failed: $name"; done
echo "integration: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
