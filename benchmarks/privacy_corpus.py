"""Recall and precision of the privacy rules (P6xx) on the privacy corpus.

    python benchmarks/privacy_corpus.py [--class CLASS ...]

Each case of tests/privacy_corpus.yml is written into its own copy of a published sample wish
(in a temporary copy of the sample program), one real ``xinyuan validate --format json`` checks
them all, and a case counts as refused when a P6xx problem is reported in its file. Prints
recall (refuse cases caught / refuse cases), precision (caught / all flagged), a line per class,
every refuse case missed and every clean case refused.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from privacy_corpus_harness import describe, load_corpus, run, scores  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--class", dest="classes", nargs="*", help="only these classes")
    args = parser.parse_args()
    cases = load_corpus()
    if args.classes:
        cases = [c for c in cases if c["class"] in args.classes]
    with tempfile.TemporaryDirectory() as tmp:
        outcomes = run(Path(tmp), cases)
    s = scores(outcomes)

    print(f"cases {s['cases']} (refuse {s['refuse']}, clean {s['clean']})")
    print(f"recall    {s['recall']:.1%}  ({s['caught']} of {s['refuse']} refuse cases refused)")
    print(f"precision {s['precision']:.1%}  ({s['caught']} of {s['flagged']} flagged cases should be)")

    per_class = defaultdict(lambda: [0, 0, ""])
    for o in outcomes:
        row = per_class[o.case["class"]]
        row[0] += 1
        row[1] += o.as_expected
        row[2] = o.case["expect"]
    print("\nclass                 expect   right / cases")
    for name, (total, right, expect) in sorted(per_class.items(), key=lambda kv: (kv[1][2], kv[1][1] / kv[1][0])):
        print(f"  {name:20s}{expect:8s}{right:4d} / {total:<4d}")

    print(f"\nmissed refuse cases ({len(s['missed'])}):")
    for o in s["missed"]:
        print("  " + describe(o))
    print(f"\nclean cases refused ({len(s['wrongly_refused'])}):")
    for o in s["wrongly_refused"]:
        print("  " + describe(o))


if __name__ == "__main__":
    main()
