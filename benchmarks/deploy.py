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
import urllib.request
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

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


def moto(port: int = 0):
    import socket

    if not port:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(endpoint + "/moto-api/", timeout=1)
            return process, endpoint
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise SystemExit("moto server did not start")


def timed(action):
    start = time.monotonic()
    result = action()
    return result, time.monotonic() - start


def s3_rows(today: Path, tomorrow: Path, endpoint: str) -> list[tuple]:
    bucket = s3_deploy.Bucket("bench", endpoint, "us-east-1", "", True, "bench", "bench")
    s3_deploy.client(bucket).create_bucket(Bucket=bucket.name)
    rows = []
    for label, site in (("first", today), ("same", today), ("next day", tomorrow)):
        done, seconds = timed(lambda: s3_deploy.deploy(site, bucket))
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
        lines, seconds = timed(lambda: rsync_deploy.deploy(site, str(target)))
        sent = sum(line[:2] in ("<f", ">f") for line in lines)
        deleted = sum(line.startswith("*deleting") and not line.endswith("/") for line in lines)
        rows.append(("rsync", label, sent, deleted, seconds))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="600", help="wish counts, comma-separated")
    args = parser.parse_args()
    process, endpoint = moto()
    try:
        print("| wishes | files | host | run | uploaded | deleted | seconds |")
        print("| -----: | ----: | ---- | --- | -------: | ------: | ------: |")
        for wishes in (int(n) for n in args.sizes.split(",")):
            work = Path(tempfile.mkdtemp(prefix="xinyuan-deploy-bench-"))
            try:
                today, tomorrow = build(work, wishes)
                files = sum(p.is_file() for p in today.rglob("*"))
                for host, label, sent, deleted, seconds in (s3_rows(today, tomorrow, endpoint)
                                                            + rsync_rows(today, tomorrow, work)):
                    print(f"| {wishes:,} | {files:,} | {host} | {label} | {sent:,} | {deleted:,} | {seconds:.1f} |")
            finally:
                shutil.rmtree(work, ignore_errors=True)
    finally:
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    main()
