#!/usr/bin/env python3
"""Generate Sources/IQMarkdown/Anchors/GitHubSlugTables.swift from Unicode 13.0 data.

github-slugger (the code behind GitHub's heading anchors) deletes every character whose
Unicode 13.0 General_Category is No, Ps, Pe, Pi, Pf, Po, Pd, Sm, Sc, Sk, So, Cc, Cf, Co, Cn,
Zs, Zl or Zp, unless it has the Alphabetic property, and keeps U+0020 and U+002D. This script
writes that deleted set as sorted, disjoint, non-adjacent closed ranges of scalar values.

Data used, both pinned to Unicode 13.0.0 (the script refuses any other version):
  * General_Category: Python's own `unicodedata`, which is Unicode 13.0.0 in CPython 3.9 and 3.10
    (verified: both give this file). On an older Python, the backport
    `pip install unicodedata2==13.0.0.post2` is used instead; it does not build on 3.11+.
  * Other_Alphabetic (PropList-13.0.0.txt): `pip install tangled-up-in-unicode==0.1.0`, whose
    u13_0_0_data/prop_list_to_property.py is PropList.txt 13.0.0 converted to a dict.
    Cross-checked when this file was written: it equals Other_Alphabetic of PropList-14.0.0.txt
    restricted to characters whose DerivedAge is <= 13.0.
  * Alphabetic = Lu | Ll | Lt | Lm | Lo | Nl | Other_Alphabetic, which is how
    DerivedCoreProperties.txt defines it.

Usage (e.g. with pyenv's python3.10 and `pip install tangled-up-in-unicode==0.1.0`):
  python3 Scripts/generate_unicode_tables.py          # rewrite the Swift file
  python3 Scripts/generate_unicode_tables.py --check  # exit 1 if the Swift file is stale
"""

import argparse
import pathlib
import sys

UNICODE_VERSION = "13.0.0"
OUTPUT = pathlib.Path(__file__).resolve().parent.parent / "Sources/IQMarkdown/Anchors/GitHubSlugTables.swift"

REMOVED_CATEGORIES = {
    "No",
    "Ps", "Pe", "Pi", "Pf", "Po", "Pd",
    "Sm", "Sc", "Sk", "So",
    "Cc", "Cf", "Co", "Cn",
    "Zs", "Zl", "Zp",
}
LETTER_CATEGORIES = {"Lu", "Ll", "Lt", "Lm", "Lo", "Nl"}
KEPT_SCALARS = {0x20, 0x2D}  # ASCII space (later turned into '-') and ASCII hyphen-minus
SURROGATES = range(0xD800, 0xE000)  # Cs is not removed by github-slugger and cannot occur in a Swift String


def general_category_module():
    import unicodedata
    if unicodedata.unidata_version == UNICODE_VERSION:
        return unicodedata
    try:
        import unicodedata2
    except ImportError:
        sys.exit(f"need Unicode {UNICODE_VERSION}: run with CPython 3.9 or 3.10 "
                 f"(this Python's unicodedata is {unicodedata.unidata_version})")
    if unicodedata2.unidata_version != UNICODE_VERSION:
        sys.exit(f"unicodedata2 has Unicode {unicodedata2.unidata_version}; pip install unicodedata2==13.0.0.post2")
    return unicodedata2


def other_alphabetic():
    try:
        import tangled_up_in_unicode
        from tangled_up_in_unicode.u13_0_0_data.prop_list_to_property import prop_list_to_property
    except ImportError:
        sys.exit("need PropList 13.0.0: pip install tangled-up-in-unicode==0.1.0")
    if tangled_up_in_unicode.unidata_version != UNICODE_VERSION:
        sys.exit(f"tangled-up-in-unicode has Unicode {tangled_up_in_unicode.unidata_version}; "
                 "pip install tangled-up-in-unicode==0.1.0")
    return {cp for cp, props in prop_list_to_property.items() if "Other_Alphabetic" in props}


def removed_ranges():
    ucd = general_category_module()
    other_alpha = other_alphabetic()
    ranges = []
    for cp in range(0x110000):
        if cp in SURROGATES or cp in KEPT_SCALARS:
            continue
        category = ucd.category(chr(cp))
        alphabetic = category in LETTER_CATEGORIES or cp in other_alpha
        if category not in REMOVED_CATEGORIES or alphabetic:
            continue
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return ranges


def hex_rows(values, per_row=8):
    rows = []
    for start in range(0, len(values), per_row):
        rows.append("        " + ", ".join(f"0x{v:05X}" for v in values[start:start + per_row]) + ",")
    return "\n".join(rows)


def render(ranges):
    lower = [r[0] for r in ranges]
    upper = [r[1] for r in ranges]
    return f"""// GENERATED FILE — do not edit by hand.
// Regenerate: python3 Scripts/generate_unicode_tables.py (see that script for the Unicode {UNICODE_VERSION}
// data it needs); `--check` reports whether this file is stale.

/// Scalars that github-slugger deletes from a heading, as of Unicode {UNICODE_VERSION}:
/// General_Category No, P* except Pc, S*, Cc, Cf, Co, Cn, Z*, minus Alphabetic, minus U+0020 and U+002D.
/// `lowerBounds[i]...upperBounds[i]` are sorted, disjoint and non-adjacent ranges.
enum GitHubSlugTables {{
    static let removedRangeCount = {len(ranges)}

    static let lowerBounds: [UInt32] = [
{hex_rows(lower)}
    ]

    static let upperBounds: [UInt32] = [
{hex_rows(upper)}
    ]
}}
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed file differs")
    args = parser.parse_args()
    text = render(removed_ranges())
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT} is out of date, run Scripts/generate_unicode_tables.py", file=sys.stderr)
            sys.exit(1)
        print(f"{OUTPUT.name} is up to date")
        return
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({text.count(chr(10))} lines)")


if __name__ == "__main__":
    main()
