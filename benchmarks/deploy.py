"""What a deploy sends, and how long it takes: ``python benchmarks/deploy.py --sizes 600``.

For each size it builds a synthetic program's site (``benchmarks/synthetic.py``) for one day and
for the next, then publishes to a local S3-compatible server (moto, its own process) and by rsync
to a local folder:

- first: the empty bucket or folder (every file goes up);
- same: the same site rebuilt (nothing should go up);
- next day: the next day's build (only what changed with the date);
- baseline: uploading every file again, what a deploy without the comparison would do.

Times are wall seconds on this machine and vary with what else runs; the file counts do not.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE), str(HERE.parent / "tests")]

from s3_server import s3_server  # noqa: E402
from site_build import site_build_command  # noqa: E402

from generator.deploy import rsync as rsync_deploy  # noqa: E402
from generator.deploy import s3 as s3_deploy  # noqa: E402

DAY = date(2026, 11, 23)


def build(work: Path, wishes: int) -> tuple[Path, Path]:
    """The synthetic program's site built on DAY and on the day after."""
    command = site_build_command(work, wishes, work / "site")
    sites = []
    for day in (DAY, DAY + timedelta(days=1)):
        out = work / f"site-{day.isoformat()}"
        command[command.index("--out") + 1] = str(out)
        command[command.index("--today") + 1] = day.isoformat()
        subprocess.run(command + ["-q"], check=True, stderr=subprocess.DEVNULL)
        sites.append(out)
    return sites[0], sites[1]


def timed(action):
    start = time.monotonic()
    result = action()
    return result, time.monotonic() - start


def s3_rows(today: Path, tomorrow: Path, endpoint: str) -> list[tuple]:
    bucket = s3_deploy.Bucket("bench", endpoint, "us-east-1", "", True, "bench", "bench")
    s3_deploy.client(bucket).create_bucket(Bucket=bucket.name)
    rows = []
    for label, site in (("first", today), ("same", today), ("next day", tomorrow)):
        done, seconds = timed(lambda site=site: s3_deploy.deploy(site, bucket))
        rows.append(("s3", label, len(done.upload), len(done.delete), seconds))
    s3 = s3_deploy.client(bucket)
    files = s3_deploy.site_files(tomorrow)
    _, seconds = timed(lambda: [s3_deploy.upload(s3, bucket, f) for f in files])
    rows.append(("s3", "baseline: all again", len(files), 0, seconds))
    return rows


def rsync_rows(today: Path, tomorrow: Path, work: Path) -> list[tuple]:
    target = work / "www"
    rows = []
    for label, site in (("first", today), ("same", today), ("next day", tomorrow)):
        lines, seconds = timed(lambda site=site: rsync_deploy.deploy(site, str(target)))
        sent, deleted = rsync_deploy.sent_and_deleted(lines)
        rows.append(("rsync", label, len(sent), len(deleted), seconds))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="600", help="wish counts, comma-separated")
    args = parser.parse_args()
    with s3_server() as endpoint:
        print("| wishes | files | host | run | uploaded | deleted | seconds |")
        print("| -----: | ----: | ---- | --- | -------: | ------: | ------: |")
        for wishes in (int(n) for n in args.sizes.split(",")):
            work = Path(tempfile.mkdtemp(prefix="xinyuan-deploy-bench-"))
            try:
                today, tomorrow = build(work, wishes)
                files = sum(p.is_file() for p in today.rglob("*"))
                for host, label, sent, deleted, seconds in s3_rows(today, tomorrow, endpoint) + rsync_rows(
                    today, tomorrow, work
                ):
                    print(f"| {wishes:,} | {files:,} | {host} | {label} | {sent:,} | {deleted:,} | {seconds:.1f} |")
            finally:
                shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
