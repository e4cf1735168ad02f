#!/usr/bin/env python3
"""Deterministic inputs for bench/scaling.sh.

Usage:
  gen_scaling_input.py bank MEGABYTES OUT [--repeat POOL]   a question bank of about MEGABYTES
  gen_scaling_input.py line MEGABYTES OUT                   one line of links, URLs and text
  gen_scaling_input.py nested LEVELS OUT                    LEVELS nested `[![` links and images

A bank has a `# ` title and `## ` sections of 200 numbered items `K. [title](https://…)`.
Titles are random CJK words with an English term now and then, all different (or, with
--repeat, drawn from a pool of POOL titles, so every title is asked many times).
"""
import random
import sys

TERMS = ["LoRA", "RLHF", "Transformer", "KV cache", "MoE", "RoPE", "BERT", "GPT", "RAG", "DPO"]


def title(rng):
    words = "".join(chr(0x4E00 + rng.randrange(6000)) for _ in range(rng.randrange(8, 16)))
    return words + (" " + rng.choice(TERMS) if rng.random() < 0.3 else "")


def bank(megabytes, out, pool_size):
    rng = random.Random(20261201)
    pool = [title(rng) for _ in range(pool_size)] if pool_size else None
    target = int(megabytes * 1024 * 1024)
    written = 0
    item = 0
    with open(out, "w", encoding="utf-8") as f:
        f.write("# 生成的面试题库\n")
        while written < target:
            section = item // 200 + 1
            lines = [f"\n## 第{section}部分\n\n"]
            for k in range(1, 201):
                text = rng.choice(pool) if pool else title(rng)
                lines.append(f"{k}. [{text}](https://example.com/q/{item})\n")
                item += 1
            chunk = "".join(lines)
            f.write(chunk)
            written += len(chunk.encode("utf-8"))
    print(f"wrote {item} items, {written // (1024 * 1024)} MB to {out}", file=sys.stderr)


def line(megabytes, out):
    rng = random.Random(7)
    target = int(megabytes * 1024 * 1024)
    parts = ["- "]
    size = 2
    n = 0
    while size < target:
        kind = n % 6
        if kind == 0:
            part = f"[链接{n}](https://e{n}.example/p?utm_source=x&id={n})"
        elif kind == 1:
            part = f"https://bare{n}.example/path"
        elif kind == 2:
            part = f"**重点{n}**"
        elif kind == 3:
            part = f"`code {n}`"
        elif kind == 4:
            part = f"![图{n}](https://i{n}.example/a.png)"
        else:
            part = "".join(chr(0x4E00 + rng.randrange(6000)) for _ in range(6))
        parts.append(part + " ")
        size += len(parts[-1].encode("utf-8"))
        n += 1
    with open(out, "w", encoding="utf-8") as f:
        f.write("".join(parts).rstrip() + "\n")


def nested(levels, out):
    text = "[![" * levels + "x" + "](https://i.example/a.png)](https://l.example/b)" * levels
    with open(out, "w", encoding="utf-8") as f:
        f.write("- " + text + "\n")


def main():
    args = sys.argv[1:]
    pool = 0
    if "--repeat" in args:
        i = args.index("--repeat")
        pool = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 3 or args[0] not in ("bank", "line", "nested"):
        sys.exit(__doc__)
    kind, amount, out = args
    if kind == "bank":
        bank(float(amount), out, pool)
    elif kind == "line":
        line(float(amount), out)
    else:
        nested(int(amount), out)


if __name__ == "__main__":
    main()
