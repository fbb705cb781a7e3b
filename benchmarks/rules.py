"""What each validation rule costs, beside the whole validation it is part of.

    python benchmarks/rules.py [--size 60000] [--top 8]

Writes a synthetic program (benchmarks/synthetic.py), loads it once, then times every rule
that checks the whole repository, and prints the slowest ones beside the time of loading plus
all rules (the baseline a new rule adds to).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from synthetic import write_program  # noqa: E402

from generator.model.repository import load_repository  # noqa: E402
from generator.rules import all_rules  # noqa: E402
from generator.model.sources import FileSource  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=60000)
    parser.add_argument("--top", type=int, default=8)
    parser.add_argument("--codes", nargs="*", default=["I310", "I311"], help="always listed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = write_program(Path(tmp) / "program", args.size)
        start = time.perf_counter()
        repo = load_repository(FileSource(root), date(2026, 11, 23))
        loading = time.perf_counter() - start
        times = {}
        for rule in all_rules():
            if rule.check is not None:
                start = time.perf_counter()
                problems = sum(1 for _ in rule.check(repo))
                times[rule.code] = (time.perf_counter() - start, problems)
    total = loading + sum(t for t, _ in times.values())
    print(f"{args.size} wishes: loading {loading:.2f} s, all rules {total - loading:.2f} s, validation {total:.2f} s")
    chosen = sorted(times, key=lambda c: -times[c][0])[: args.top]
    chosen += [c for c in args.codes if c in times and c not in chosen]
    print("rule | seconds | share of validation | problems")
    for code in chosen:
        seconds, problems = times[code]
        print(f"{code} | {seconds:.3f} | {seconds / total:.1%} | {problems}")


if __name__ == "__main__":
    main()
