"""The README's copy-paste snippets must work: workflow snippets pass actionlint (given an
`on:` when the snippet starts at `jobs:`), pre-commit configurations pass
`pre-commit validate-config`.

usage: readme_snippets.py README VENV SCRATCH
"""

from __future__ import annotations

import pathlib
import re
import subprocess
import sys


def main() -> int:
    readme, venv, scratch = map(pathlib.Path, sys.argv[1:4])
    blocks = re.findall(r"^```yaml\n(.*?)^```", readme.read_text(encoding="utf-8"), re.M | re.S)
    workflows, configs = [], []
    for index, block in enumerate(blocks):
        if re.search(r"^jobs:", block, re.M):
            if not re.search(r"^on:", block, re.M):
                block = "on: [push, pull_request]\n" + block
            path = scratch / ".github" / "workflows" / f"readme-{index}.yml"
            workflows.append(path)
        elif re.search(r"^repos:", block, re.M):
            path = scratch / f"pre-commit-config-{index}.yaml"
            configs.append(path)
        else:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(block, encoding="utf-8")
    if not workflows or not configs:
        print(f"expected workflow and pre-commit snippets, found {len(workflows)} and {len(configs)}")
        return 1
    status = subprocess.run([venv / "bin" / "actionlint", "-no-color", *workflows]).returncode
    status |= subprocess.run([venv / "bin" / "pre-commit", "validate-config", *configs]).returncode
    print(f"{len(workflows)} workflow and {len(configs)} pre-commit snippets checked")
    return status


if __name__ == "__main__":
    sys.exit(main())
