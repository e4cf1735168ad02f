"""Checks of action.yml and the workflows that neither actionlint nor the JSON schemas make.

- No `${{ }}` inside a `run:` script: the runner pastes expressions into the script
  before the shell sees it, so an input or a branch name could inject code; values go
  through `env:` instead.
- In action.yml every run step names its shell (composite actions require it), every
  `inputs.X` it reads is declared and every declared input is read, and every script it
  calls under $GITHUB_ACTION_PATH exists.

usage: check_actions.py ROOT
"""

from __future__ import annotations

import pathlib
import re
import sys

import yaml

EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}", re.S)


def steps_of(document: dict) -> list[tuple[str, dict]]:
    if "runs" in document:
        return [("runs", step) for step in document["runs"].get("steps", [])]
    return [(f"jobs.{name}", step) for name, job in document.get("jobs", {}).items() for step in job.get("steps", [])]


def main() -> int:
    root = pathlib.Path(sys.argv[1])
    problems: list[str] = []
    files = [root / "action.yml", *sorted((root / ".github" / "workflows").glob("*.yml"))]
    for path in files:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for where, step in steps_of(document):
            name = step.get("name") or step.get("uses") or step.get("run", "")[:30]
            if "run" in step:
                for expression in EXPRESSION.findall(step["run"]):
                    problems.append(f"{path.name}: {where} step {name!r} expands ${{{{{expression}}}}} inside run:")
    action_path = root / "action.yml"
    action = yaml.safe_load(action_path.read_text(encoding="utf-8"))
    if action["runs"].get("using") != "composite":
        problems.append("action.yml: expected a composite action")
    declared = set(action.get("inputs", {}))
    read: set[str] = set()
    for _, step in steps_of(action):
        text = yaml.safe_dump(step)
        read |= set(re.findall(r"inputs\.([A-Za-z0-9_-]+)", text))
        if "run" in step:
            if "shell" not in step:
                problems.append(f"action.yml: run step {step.get('name')!r} has no shell")
            for script in re.findall(r'\$GITHUB_ACTION_PATH/([^"\s]+\.sh)', step["run"]):
                if not (root / script).is_file():
                    problems.append(f"action.yml: {script} does not exist")
    for name in sorted(read - declared):
        problems.append(f"action.yml: inputs.{name} is read but not declared")
    for name in sorted(declared - read):
        problems.append(f"action.yml: input {name} is declared but never read")
    for problem in problems:
        print(problem)
    print(f"checked {len(files)} files: {'ok' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
