#!/usr/bin/env python3
"""Two iqlint binaries on the same benchmark inputs, run alternately.

Usage: python3 bench/compare_binaries.py OLD NEW [N ...]   (banks of N items, default 10000 100000;
                                                            env RUNS=9, WORK_ROOT=/tmp)

On a shared machine the speed of a core drifts by several percent within minutes, so two
binaries timed one after the other (as `bench/end_to_end.sh` times configurations) can differ by
more than a change makes. Here every round runs each configuration with both binaries back to
back, the order flipping each round, and the medians are compared. It reads the scratch
directories `bench/end_to_end.sh N` leaves ($WORK_ROOT/iqlint-bench-N: bank.md, an empty
configuration, the pull-request repository pr/): run that first. Prints a Markdown table.
"""
import os
import statistics
import subprocess
import sys
import time


def configurations(work):
    check = ["check", "--config", os.path.join(work, "empty.yml"), "--format", "json"]
    return [
        ("parse + model only (--select final-newline)", work, check + ["--select", "final-newline", "bank.md"]),
        ("all rules but duplicate-question", work, check + ["--ignore", "duplicate-question", "bank.md"]),
        ("all rules", work, check + ["bank.md"]),
        ("all rules, PR mode (--base main~1, 3 items changed)", os.path.join(work, "pr"), check + ["--base", "main~1"]),
    ]


def load():
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def seconds(binary, cwd, arguments):
    start = time.perf_counter()
    subprocess.run([binary] + arguments, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main():
    if len(sys.argv) < 3:
        print("\n".join(__doc__.strip().splitlines()[2:4]), file=sys.stderr)
        return 2
    old, new = (os.path.abspath(path) for path in sys.argv[1:3])
    for binary in (old, new):
        if not os.access(binary, os.X_OK):
            print(f"{binary}: not an executable", file=sys.stderr)
            return 2
    sizes = sys.argv[3:] or ["10000", "100000"]
    runs = int(os.environ.get("RUNS", "9"))
    root = os.environ.get("WORK_ROOT", os.environ.get("TMPDIR", "/tmp"))
    print(f"old = {old}\nnew = {new}\nmedian of {runs} alternating rounds; load average before: {load()}\n")
    print("| bank | configuration | old (s) | new (s) | new / old |")
    print("| --- | --- | ---: | ---: | ---: |")
    for size in sizes:
        work = os.path.join(root, f"iqlint-bench-{size}")
        if not os.path.isfile(os.path.join(work, "bank.md")) or not os.path.isdir(os.path.join(work, "pr")):
            print(f"{work}: missing; run bench/end_to_end.sh {size} first", file=sys.stderr)
            return 2
        for label, cwd, arguments in configurations(work):
            times = {old: [], new: []}
            # One unmeasured run of each first: page cache and the first run's page faults.
            for binary in (old, new):
                seconds(binary, cwd, arguments)
            for round_number in range(runs):
                for binary in ((old, new) if round_number % 2 == 0 else (new, old)):
                    times[binary].append(seconds(binary, cwd, arguments))
            before, after = statistics.median(times[old]), statistics.median(times[new])
            print(f"| {size} | {label} | {before:.3f} | {after:.3f} | {after / before:.2f} |")
    print(f"\nload average after: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
