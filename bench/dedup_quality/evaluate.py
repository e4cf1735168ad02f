#!/usr/bin/env python3
"""Precision and recall of duplicate-question on the labelled pairs in pairs.tsv.

Usage: python3 bench/dedup_quality/evaluate.py [--iqlint PATH] [--verbose]

Every distinct question of pairs.tsv becomes one item of a Markdown bank (`- [question](url)`):
one bank of the Chinese questions, one of the English ones, so that every question is judged
against hundreds of others, as in a real bank, with the collection's word statistics.
`iqlint dupes --format json` runs on it with an explicit empty configuration (default options).

A reported pair counts as correct when the two questions are labelled `dup`, directly or
through a chain of `dup` labels (a~b and b~c: all three ask the same). Any other reported
pair is wrong: labelled `diff`, or never labelled (listed with --verbose so it can be labelled).
Recall is the share of `dup` pairs reported, per category.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CJK = re.compile("[\u3400-\u9fff]")
ROOT = os.path.dirname(os.path.dirname(HERE))


def load_pairs(path):
    pairs = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 4 or fields[0] not in ("dup", "diff"):
                sys.exit(f"{path}:{number}: expected 'dup|diff<TAB>category<TAB>a<TAB>b'")
            pairs.append(tuple(fields))
    return pairs


def reported_pairs(report):
    """Pairs of question texts from `iqlint dupes --format json`: cluster pairs and, when
    present, the pairs that belong to no cluster."""
    found = {}
    for cluster in report.get("clusters", []):
        texts = [item["text"] for item in cluster["items"]]
        for pair in cluster.get("pairs", []):
            found[frozenset((texts[pair["a"]], texts[pair["b"]]))] = pair
    for pair in report.get("pairs", []):
        found[frozenset((pair["items"][0]["text"], pair["items"][1]["text"]))] = pair
    return {texts: pair for texts, pair in found.items() if len(texts) == 2}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iqlint", default=os.environ.get("IQLINT", os.path.join(ROOT, ".build/debug/iqlint")))
    parser.add_argument("--pairs", default=os.path.join(HERE, "pairs.tsv"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    args.iqlint = os.path.abspath(args.iqlint)

    pairs = load_pairs(args.pairs)
    questions = list(dict.fromkeys(q for _, _, a, b in pairs for q in (a, b)))
    parent = {q: q for q in questions}

    def root(q):
        while parent[q] != q:
            parent[q] = parent[parent[q]]
            q = parent[q]
        return q

    for label, _, a, b in pairs:
        if label == "dup":
            parent[root(a)] = root(b)

    found = {}
    with tempfile.TemporaryDirectory() as scratch:
        config = os.path.join(scratch, "empty.yml")
        open(config, "w").close()
        # Real banks are written in one language: the Chinese and the English questions are two banks.
        for language in ("zh", "en"):
            bank = os.path.join(scratch, f"bank-{language}.md")
            with open(bank, "w", encoding="utf-8") as handle:
                handle.write("# Questions\n\n")
                for index, question in enumerate(questions):
                    if ("zh" if CJK.search(question) else "en") == language:
                        handle.write(f"- [{question}](https://example.com/q/{index})\n")
            result = subprocess.run([args.iqlint, "dupes", "--format", "json", "--config", config, bank],
                                    capture_output=True, text=True, cwd=scratch)
            if result.returncode != 0:
                sys.exit(f"iqlint dupes failed ({result.returncode}): {result.stderr.strip()}")
            found.update(reported_pairs(json.loads(result.stdout)))

    labels = {frozenset((a, b)): (label, category) for label, category, a, b in pairs}
    correct = [p for p in found if len({root(q) for q in p}) == 1]
    wrong = [p for p in found if len({root(q) for q in p}) != 1]
    precision = len(correct) / len(found) if found else 1.0

    by_category = collections.OrderedDict()
    for label, category, a, b in pairs:
        entry = by_category.setdefault((label, category), [0, 0])
        entry[0] += 1
        entry[1] += frozenset((a, b)) in found

    shown = os.path.relpath(args.iqlint, ROOT) if os.path.abspath(args.iqlint).startswith(ROOT + os.sep) else args.iqlint
    print(f"{len(pairs)} labelled pairs ({sum(1 for p in pairs if p[0] == 'dup')} dup), "
          f"{len(questions)} questions in two banks (Chinese, English); iqlint: {shown}")
    print(f"reported pairs: {len(found)}, correct: {len(correct)}, wrong: {len(wrong)}")
    print(f"precision: {precision:.3f}")
    strong = [p for p in found if found[p]["kind"] != "contained"]
    strong_correct = [p for p in strong if len({root(q) for q in p}) == 1]
    print(f"precision of errors and warnings (exact, similar): {len(strong_correct)}/{len(strong)} = "
          f"{len(strong_correct) / len(strong) if strong else 1.0:.3f}")
    dup_total = sum(v[0] for (label, _), v in by_category.items() if label == "dup")
    dup_found = sum(v[1] for (label, _), v in by_category.items() if label == "dup")
    print(f"recall (all dup pairs): {dup_found}/{dup_total} = {dup_found / dup_total:.3f}")
    print()
    print("| label | category | pairs | reported |")
    print("| --- | --- | ---: | ---: |")
    for (label, category), (total, reported) in by_category.items():
        share = f" ({reported / total:.0%})" if total else ""
        print(f"| {label} | {category} | {total} | {reported}{share} |")
    if args.verbose:
        print()
        for pair in sorted(wrong, key=sorted):
            a, b = sorted(pair)
            label = labels.get(pair, ("unlabelled", ""))[0]
            details = found[pair]
            print(f"wrong ({label}, {details['kind']} j={details['jaccard']:.2f} c={details['containment']:.2f}): {a}  ~  {b}")
        missed = [(c, a, b) for label, c, a, b in pairs if label == "dup" and frozenset((a, b)) not in found]
        for category, a, b in missed:
            print(f"missed ({category}): {a}  ~  {b}")


if __name__ == "__main__":
    main()
