#!/usr/bin/env python3
"""Turn gen_corpus.py titles into a Markdown question bank for the end-to-end benchmark.

Usage: make_markdown_bank.py TITLES.tsv OUT.md [--sections S]

The bank has a `# ` title, a `## 目录` table of contents that matches the sections, and S
`## ` sections holding the items as numbered lists: `K. [title](https://example.com/q/ID)`.
Items are spread evenly over the sections in file order.
"""
import sys


def main():
    args = sys.argv[1:]
    sections = 200
    if "--sections" in args:
        i = args.index("--sections")
        sections = int(args[i + 1])
        del args[i:i + 2]
    titles_path, out_path = args
    items = []
    with open(titles_path, encoding="utf-8") as f:
        for line in f:
            ident, title = line.rstrip("\n").split("\t", 1)
            items.append((ident, title.strip()))
    names = [f"第{s + 1:03d}部分" for s in range(sections)]
    lines = ["# 生成的面试题库", "", "## 目录", ""]
    lines += [f"{s + 1}. [{name}](#{name})" for s, name in enumerate(names)]
    per, extra = divmod(len(items), sections)
    start = 0
    for s, name in enumerate(names):
        count = per + (1 if s < extra else 0)
        lines += ["", f"## {name}", ""]
        for k, (ident, title) in enumerate(items[start:start + count], 1):
            lines.append(f"{k}. [{title}](https://example.com/q/{ident})")
        start += count
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(items)} items in {sections} sections to {out_path}")


if __name__ == "__main__":
    main()
