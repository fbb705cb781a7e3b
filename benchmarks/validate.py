"""How long ``xinyuan validate`` takes beside the floor of libyaml parsing the same files.

    python benchmarks/validate.py [--sizes 6000 60000] [--repeat 3]

For each size, a synthetic program (benchmarks/synthetic.py) is written to a temporary folder;
then, each in a fresh process, libyaml alone parses every file (``yaml.load`` with the C
loader: the floor) and ``xinyuan validate`` checks the repository, in turns. Prints the best of
``--repeat`` runs of each in wall time and in CPU time, their ratios and the peak memory of
validation.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_program  # noqa: E402

FLOOR = """
import sys, yaml
from pathlib import Path
for path in sorted(Path(sys.argv[1], "data").rglob("*.yml")):
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""


def run(command: list[str]) -> tuple[float, float, float]:
    """Wall time and CPU time (user + system) in seconds and peak memory in MiB of one child
    process. On a shared machine the CPU time is the steadier measure: waiting for a core
    counts in the wall time only."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{command[0]} failed:\n{proc.stderr}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # ru_maxrss of the children is the largest of them so far: run the small sizes first.
    return elapsed, cpu, after.ru_maxrss / 1024


def measure(size: int, repeat: int, workdir: Path) -> dict:
    root = write_program(workdir / f"program-{size}", size)
    files = sum(1 for _ in (root / "data").rglob("*.yml"))
    xinyuan = str(Path(sys.executable).with_name("xinyuan"))
    floors, checks = [], []
    for _ in range(repeat):  # in turns, so that both see the same load on a shared machine
        floors.append(run([sys.executable, "-c", FLOOR, str(root)]))
        checks.append(run([xinyuan, "validate", str(root), "--today", "2026-11-23"]))
    floor, check = min(f[0] for f in floors), min(c[0] for c in checks)
    floor_cpu, check_cpu = min(f[1] for f in floors), min(c[1] for c in checks)
    peak = checks[-1][2]
    return {
        "wishes": size,
        "files": files,
        "libyaml_s": round(floor, 2),
        "validate_s": round(check, 2),
        "ratio": round(check / floor, 2),
        "libyaml_cpu_s": round(floor_cpu, 2),
        "validate_cpu_s": round(check_cpu, 2),
        "cpu_ratio": round(check_cpu / floor_cpu, 2),
        "validate_peak_mib": round(peak),
        "kib_per_file": round(peak * 1024 / files, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[6000, 60000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = [measure(size, args.repeat, Path(tmp)) for size in sorted(args.sizes)]
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    header = [
        "wishes",
        "files",
        "libyaml_s",
        "validate_s",
        "ratio",
        "libyaml_cpu_s",
        "validate_cpu_s",
        "cpu_ratio",
        "validate_peak_mib",
        "kib_per_file",
    ]
    print(" | ".join(header))
    for row in rows:
        print(" | ".join(str(row[h]) for h in header))


if __name__ == "__main__":
    main()
