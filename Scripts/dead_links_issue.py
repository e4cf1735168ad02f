#!/usr/bin/env python3
"""Keeps ONE GitHub issue listing the dead links of a scheduled full link check.

  dead_links_issue.py render REPORT.json [ROOT]   prints the issue body (Markdown) for an
                                                  `iqlint links --format json` report
  dead_links_issue.py publish BODY.md             edits the issue labelled `dead-links`
                                                  (reopens it when links are dead again,
                                                  closes it when none are); opens one only
                                                  the first time, when none exists at all

publish reads GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_API_URL (default api.github.com).
The body starts with a marker line so a human-edited title does not break the lookup.
"""
from __future__ import annotations

import json
import os
import sys
import urllib.request
from collections import defaultdict

MARKER = "<!-- iqlint:dead-links -->"
LABEL = "dead-links"
TITLE = "Dead links found by the weekly link check"


def link_text(root: str, diagnostic: dict) -> str:
    """The URL the diagnostic points at, cut from the file (columns are Unicode scalars)."""
    try:
        with open(os.path.join(root, diagnostic["path"]), encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        line = lines[diagnostic["line"] - 1]
        end = diagnostic["endColumn"] - 1 if diagnostic["endLine"] == diagnostic["line"] else len(line)
        return line[diagnostic["column"] - 1:end].strip()
    except (OSError, IndexError, KeyError, UnicodeDecodeError):
        return ""


def escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(report: dict, root: str = ".") -> str:
    findings = [d for d in report.get("diagnostics", []) if d.get("rule") == "dead-link"]
    dead = [d for d in findings if d.get("severity") == "error"]
    moved = [d for d in findings if d.get("severity") == "warning"]
    unverified = [d for d in findings if d.get("severity") == "info"]
    out = [MARKER, ""]
    if not dead:
        out.append("The last scheduled link check found **no dead links**.")
    else:
        out.append(f"The last scheduled link check found **{len(dead)} dead link{'s' if len(dead) != 1 else ''}**. "
                   "Fix or remove them; this issue is updated every week and closed when none are left.")
    for title, group in (("Dead", dead), ("Permanently moved (run `iqlint links --fix`)", moved)):
        if not group:
            continue
        out += ["", f"### {title}", "", "| where | link | reason |", "| --- | --- | --- |"]
        for d in sorted(group, key=lambda d: (d["path"], d["line"], d["column"])):
            where = f"`{d['path']}:{d['line']}:{d['column']}`"
            out.append(f"| {where} | {escape(link_text(root, d))} | {escape(d['message'])} |")
    if unverified:
        reasons: dict[str, int] = defaultdict(int)
        for d in unverified:
            reasons[d["message"].removeprefix("link not verified: ")] += 1
        out += ["", f"<details><summary>{len(unverified)} link{'s' if len(unverified) != 1 else ''} could not be verified "
                "(bot walls, rate limits, timeouts); not counted as dead</summary>", ""]
        out += [f"- {escape(reason)}: {count}" for reason, count in sorted(reasons.items(), key=lambda item: (-item[1], item[0]))]
        out += ["", "</details>"]
    return "\n".join(out) + "\n"


def api(method: str, path: str, body: dict | None = None):
    base = os.environ.get("GITHUB_API_URL", "https://api.github.com").rstrip("/")
    request = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode() if body else None)
    request.add_header("Authorization", "Bearer " + os.environ["GITHUB_TOKEN"])
    request.add_header("Accept", "application/vnd.github+json")
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")


def publish(body: str) -> str:
    repo = os.environ["GITHUB_REPOSITORY"]
    has_dead = "### Dead" in body
    candidates = api("GET", f"/repos/{repo}/issues?labels={LABEL}&state=all&per_page=100") or []
    mine = [issue for issue in candidates if MARKER in (issue.get("body") or "") and "pull_request" not in issue]
    if mine:
        issue = min(mine, key=lambda issue: issue["number"])
        state = "open" if has_dead else "closed"
        api("PATCH", f"/repos/{repo}/issues/{issue['number']}", {"body": body, "state": state})
        return f"edited issue #{issue['number']} ({state})"
    if not has_dead:
        return "no dead links and no issue yet: nothing to do"
    created = api("POST", f"/repos/{repo}/issues", {"title": TITLE, "body": body, "labels": [LABEL]})
    return f"opened issue #{created['number']}"


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "render":
        with open(argv[1], encoding="utf-8") as handle:
            report = json.load(handle)
        sys.stdout.write(render(report, argv[2] if len(argv) > 2 else "."))
        return 0
    if len(argv) == 2 and argv[0] == "publish":
        with open(argv[1], encoding="utf-8") as handle:
            print(publish(handle.read()))
        return 0
    print(__doc__.strip(), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
