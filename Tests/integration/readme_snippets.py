"""The README's copy-paste snippets must work: workflow snippets pass actionlint (given an
`on:` when the snippet starts at `jobs:`), pre-commit configurations pass
`pre-commit validate-config`, and every `rev:` / `uses: iqlint/iqlint@` names the release
in VERSION. With a release archive (what `make dist` made), the install snippets (the
```sh blocks that download from the GitHub releases) run for real in a scratch HOME against
a file: copy of the release, with the version swapped for the archive's; the checksum
snippet must also refuse a tampered archive.

usage: readme_snippets.py README VENV SCRATCH [ARCHIVE]
"""

from __future__ import annotations

import os
import pathlib
import re
import shutil
import subprocess
import sys

RELEASES = "https://github.com/iqlint/iqlint/releases/download"


def run_install_snippets(text: str, version: str, archive: pathlib.Path, scratch: pathlib.Path) -> list[str]:
    problems: list[str] = []
    snippets = [b for b in re.findall(r"^```sh\n(.*?)^```", text, re.M | re.S) if RELEASES in b]
    if len(snippets) != 2:
        return [f"expected 2 install snippets (curl | tar, and with the checksum), found {len(snippets)}"]
    built = re.match(r"iqlint-(.+)-linux-[^-]+\.tar\.gz$", archive.name)
    assert built, archive.name
    built_version = built.group(1)
    release = scratch / "releases"
    for tampered in (False, True):
        folder = release / ("tampered" if tampered else "good") / f"v{built_version}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(archive, folder / archive.name)
        checksum = pathlib.Path(f"{archive}.sha256").read_text(encoding="utf-8")
        if tampered:
            checksum = ("1" if checksum[0] == "0" else "0") + checksum[1:]
        (folder / f"{archive.name}.sha256").write_text(checksum, encoding="utf-8")
    for index, snippet in enumerate(snippets):
        for tampered in (False, True) if index == 1 else (False,):
            base = f"file://{release / ('tampered' if tampered else 'good')}"
            script = snippet.replace(RELEASES, base).replace(version, built_version)
            home = scratch / f"home-{index}-{'tampered' if tampered else 'good'}"
            home.mkdir(parents=True)
            (home / ".local" / "bin").mkdir(parents=True)
            result = subprocess.run(
                ["bash", "-e", "-o", "pipefail", "-c", script],
                cwd=home, env={"PATH": os.environ["PATH"], "HOME": str(home)}, capture_output=True, text=True,
            )
            binary = home / ".local" / "bin" / "iqlint"
            if tampered:
                if result.returncode == 0 or binary.exists():
                    problems.append("the checksum snippet installed a tampered archive")
                continue
            if result.returncode != 0 or not binary.exists():
                problems.append(f"install snippet {index + 1} failed: {result.stderr.strip()}")
                continue
            printed = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
            if printed != built_version:
                problems.append(f"install snippet {index + 1} installed iqlint {printed}, expected {built_version}")
    return problems


def main() -> int:
    readme, venv, scratch = map(pathlib.Path, sys.argv[1:4])
    archive = pathlib.Path(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[4] else None
    if len(sys.argv) > 4 and archive is None:
        print("no release archive to run the install snippets with (did make dist fail?)")
        return 1
    text = readme.read_text(encoding="utf-8")
    version = (readme.parent / "VERSION").read_text(encoding="utf-8").strip()
    blocks = re.findall(r"^```yaml\n(.*?)^```", text, re.M | re.S)
    workflows, configs = [], []
    problems: list[str] = []
    for index, block in enumerate(blocks):
        if re.search(r"^jobs:", block, re.M):
            if not re.search(r"^on:", block, re.M):
                block = "on: [push, pull_request]\n" + block
            path = scratch / ".github" / "workflows" / f"readme-{index}.yml"
            workflows.append(path)
            for ref in re.findall(r"uses: iqlint/iqlint@(\S+)", block):
                if ref != f"v{version}":
                    problems.append(f"workflow snippet uses iqlint/iqlint@{ref}, expected @v{version} (VERSION)")
        elif re.search(r"^repos:", block, re.M):
            path = scratch / f"pre-commit-config-{index}.yaml"
            configs.append(path)
            for rev in re.findall(r"^\s*rev:\s*(\S+)", block, re.M):
                if rev != f"v{version}":
                    problems.append(f"pre-commit snippet has rev: {rev}, expected v{version} (VERSION)")
        else:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(block, encoding="utf-8")
    if not workflows or not configs:
        print(f"expected workflow and pre-commit snippets, found {len(workflows)} and {len(configs)}")
        return 1
    status = subprocess.run([venv / "bin" / "actionlint", "-no-color", *workflows]).returncode
    status |= subprocess.run([venv / "bin" / "pre-commit", "validate-config", *configs]).returncode
    installs = ""
    if archive is not None:
        problems += run_install_snippets(text, version, archive, scratch / "install")
        installs = ", 2 install snippets run"
    for problem in problems:
        print(problem)
    print(f"{len(workflows)} workflow and {len(configs)} pre-commit snippets checked{installs}")
    return 1 if status or problems else 0


if __name__ == "__main__":
    sys.exit(main())
