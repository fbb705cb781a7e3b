"""What pairings cost at Hubei's scale: ``python benchmarks/pairs.py``.

Writes two synthetic programs (``benchmarks/synthetic.py``): 6,000 wishes alone (the baseline,
in the same run), and the same 6,000 wishes plus 11,500 pairs with a year of duties each under
100 service stations (``--pairs``). For each, in fresh processes: ``xinyuan validate`` and
``xinyuan build`` (the real MkDocs build), wall time and peak memory of the process and its
children. ``--repeat N`` keeps the best time of N runs. Nothing here is a test: the numbers depend
on the machine and on what else it is doing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from site_build import best, run_measured, site_build_command, xinyuan_command  # noqa: E402
from synthetic import TODAY, write_pairs  # noqa: E402

MB = 1024 * 1024


def measure(work: Path, wishes: int, pairs: int, repeat: int) -> dict:
    out = work / "site"
    build = site_build_command(work, wishes, out)  # writes the repository too
    repo = work / "repo"
    if pairs:
        write_pairs(repo, pairs)
    files = sum(1 for _ in (repo / "data").rglob("*.yml"))
    validate = xinyuan_command() + ["validate", str(repo), "--today", TODAY.isoformat()]
    log = work / "log.txt"
    checked = best([run_measured(validate, log) for _ in range(repeat)])
    built = best([run_measured(build, log) for _ in range(repeat)])
    pages = sum(1 for _ in out.rglob("*.html"))
    return {
        "wishes": wishes,
        "pairs": pairs,
        "files": files,
        "validate_s": round(checked.seconds, 1),
        "validate_peak_mb": round(checked.peak_bytes / MB),
        "build_s": round(built.seconds, 1),
        "build_peak_mb": round(built.peak_bytes / MB),
        "pages": pages,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wishes", type=int, default=6000)
    parser.add_argument("--pairs", type=int, default=11500)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    rows = []
    for pairs in (0, args.pairs):
        with tempfile.TemporaryDirectory(prefix="xinyuan-pairs-") as tmp:
            rows.append(measure(Path(tmp), args.wishes, pairs, args.repeat))
    print("| wishes | pairs | files | validate | validate peak | build | build peak | pages |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print(
            f"| {r['wishes']:,} | {r['pairs']:,} | {r['files']:,} | {r['validate_s']} s | {r['validate_peak_mb']} MiB "
            f"| {r['build_s']} s | {r['build_peak_mb']} MiB | {r['pages']:,} |"
        )


if __name__ == "__main__":
    main()
