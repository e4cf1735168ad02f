"""Runs action.yml's steps the way the runner does, for the integration tests: `if:`
conditions, `env:` with expressions, $GITHUB_OUTPUT between steps, bash with -eo pipefail;
`uses:` steps (actions/cache) are reported and skipped. Expressions are limited to what
action.yml uses (context paths, 'strings', == and !=); anything else is an error, so this
runner cannot silently misread a new condition.

usage: run_composite.py ACTION_DIR CONTEXT_JSON
CONTEXT_JSON: {"inputs": {...}, "github": {...}, "runner": {...}, "env": {...}}; env is the
process environment of every step (PATH, HOME, GITHUB_STEP_SUMMARY, ...).
Prints `step: NAME (ran|skipped|uses)` lines and each step's output; exits with the status
of the first failing step, else 0.
"""

from __future__ import annotations

import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

import yaml

EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}", re.S)
TOKEN = re.compile(r"\s*(?:(?P<string>'[^']*')|(?P<op>==|!=)|(?P<path>[A-Za-z_][A-Za-z0-9_.-]*))")


def evaluate(text: str, context: dict) -> str:
    tokens = []
    position = 0
    text = text.strip()
    while position < len(text):
        match = TOKEN.match(text, position)
        if not match or match.end() == position:
            raise SystemExit(f"run_composite: unsupported expression {text!r}")
        tokens.append(match)
        position = match.end()

    def value(token: re.Match) -> str:
        if token.group("string") is not None:
            return token.group("string")[1:-1]
        if token.group("path") is None:
            raise SystemExit(f"run_composite: unsupported expression {text!r}")
        current: object = context
        for part in token.group("path").split("."):
            current = current.get(part, "") if isinstance(current, dict) else ""
        return "" if current is None else str(current)

    if len(tokens) == 1:
        return value(tokens[0])
    if len(tokens) == 3 and tokens[1].group("op"):
        equal = value(tokens[0]) == value(tokens[2])
        return "true" if equal == (tokens[1].group("op") == "==") else "false"
    raise SystemExit(f"run_composite: unsupported expression {text!r}")


def substitute(text: str, context: dict) -> str:
    return EXPRESSION.sub(lambda m: evaluate(m.group(1), context), text)


def main() -> int:
    action_dir = pathlib.Path(sys.argv[1])
    given = json.loads(pathlib.Path(sys.argv[2]).read_text(encoding="utf-8"))
    action = yaml.safe_load((action_dir / "action.yml").read_text(encoding="utf-8"))
    inputs = {name: str(spec.get("default", "")) for name, spec in action.get("inputs", {}).items()}
    inputs.update(given.get("inputs", {}))
    github = dict(given.get("github", {}))
    github["action_path"] = str(action_dir)
    context = {"inputs": inputs, "github": github, "runner": given.get("runner", {}), "steps": {}}
    for step in action["runs"]["steps"]:
        name = step.get("name") or step.get("uses")
        condition = step.get("if")
        if condition is not None and evaluate(condition.replace("${{", "").replace("}}", ""), context) != "true":
            print(f"step: {name} (skipped)", flush=True)
            continue
        if "uses" in step:
            print(f"step: {name} (uses {step['uses']}, not run here)", flush=True)
            continue
        with tempfile.NamedTemporaryFile("r", suffix=".output", delete=False) as output:
            output_path = output.name
        environment = dict(given.get("env", {}))
        environment.update({key: substitute(str(value), context) for key, value in step.get("env", {}).items()})
        environment.update({"GITHUB_ACTION_PATH": str(action_dir), "GITHUB_OUTPUT": output_path})
        print(f"step: {name} (ran)", flush=True)
        status = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", substitute(step["run"], context)],
            env=environment,
        ).returncode
        outputs = {}
        for line in pathlib.Path(output_path).read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition("=")
            if key:
                outputs[key] = value
        os.unlink(output_path)
        if "id" in step:
            context["steps"][step["id"]] = {"outputs": outputs}
        if status != 0:
            print(f"step failed: {name} (exit {status})", flush=True)
            return status
    return 0


if __name__ == "__main__":
    sys.exit(main())
