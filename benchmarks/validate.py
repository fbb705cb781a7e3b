"""How long ``xinyuan validate`` takes beside the floor of libyaml parsing the same files.

    python benchmarks/validate.py [--sizes 6000 60000] [--repeat 3]

For each size, a synthetic program (benchmarks/synthetic.py) is written to a temporary folder;
then, each in a fresh process, libyaml alone parses every file (``yaml.load`` with the C
loader: the floor) and ``xinyuan validate`` checks the repository, in turns. Prints the best of
``--repeat`` runs of each, their ratio and the peak memory of each process.
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


def run(command: list[str]) -> tuple[float, float]:
    """Wall time in seconds and peak memory in MiB of one child process."""
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{command[0]} failed:\n{proc.stderr}")
    # ru_maxrss of the children is the largest of them so far: run the small sizes first.
    return elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def measure(size: int, repeat: int, workdir: Path) -> dict:
    root = write_program(workdir / f"program-{size}", size)
    files = sum(1 for _ in (root / "data").rglob("*.yml"))
    xinyuan = str(Path(sys.executable).with_name("xinyuan"))
    floors, checks = [], []
    for _ in range(repeat):  # in turns, so that both see the same load on a shared machine
        floors.append(run([sys.executable, "-c", FLOOR, str(root)]))
        checks.append(run([xinyuan, "validate", str(root), "--today", "2026-11-23"]))
    floor, check = min(floors), min(checks)
    return {"wishes": size, "files": files, "libyaml_s": round(floor[0], 2),
            "validate_s": round(check[0], 2), "ratio": round(check[0] / floor[0], 2),
            "validate_peak_mib": round(check[1]), "kib_per_file": round(check[1] * 1024 / files, 1)}


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
    header = ["wishes", "files", "libyaml_s", "validate_s", "ratio", "validate_peak_mib", "kib_per_file"]
    print(" | ".join(header))
    for row in rows:
        print(" | ".join(str(row[h]) for h in header))


if __name__ == "__main__":
    main()
