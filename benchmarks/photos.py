"""Photos of fulfilment, measured: ``python benchmarks/photos.py``.

1. The size cap. Pictures drawn like phone photos (4032×3024, from a plain gift on a table to a
   picture of pure grain, the worst case for JPEG) go through ``xinyuan photo``'s
   ``prepare``: the bytes it stores, its quality, and its time, beside the original's bytes;
   and the small copy the site shows (what a wish page loads per photo before a tap), and the
   time of the face check that validation runs on each photo of a minor's wish.
2. The phone cold load. The sample program is built with ``xinyuan build``; headless chromium
   at 390×844 opens, with an empty cache, a fulfilled wish page without a photo (the baseline,
   in the same run), the same kind of page with a photo (as loaded; and after scrolling to the
   end, when every lazy image has come), and the fulfilled list; the local server counts every
   byte it sends. Requests to other hosts are counted too (they must be 0).

3. Scale: a synthetic program (``--wishes N``, default 600) with one photo on every fulfilled
   wish, beside the same program without photos, in the same run: ``xinyuan validate`` (which
   reads every photo and runs the face check on each minor's) with no face-check cache (cold),
   the same again with the cache it wrote (warm, ``.xinyuan/cache/faces.json``), and
   ``xinyuan build`` (which validates with that cache, copies the photos and makes their small
   copies).

Nothing here is a test: the numbers depend on the machine and what else it is doing.
"""

from __future__ import annotations

import argparse
import io
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT), str(ROOT / "tests")]

from PIL import Image, ImageFilter  # noqa: E402

import photo_images as img  # noqa: E402
from generator.photos.faces import faces  # noqa: E402
from generator.photos.clean import prepare, thumbnail  # noqa: E402
from generator.photos.files import MAX_BYTES, MAX_SIDE, inspect  # noqa: E402

KB = 1024
TODAY = "2026-11-23"
WITH_PHOTO = "wishes/dongpo-2026-006/"
WITHOUT_PHOTO = "wishes/majiayi-2026-003/"


def pictures() -> dict[str, Image.Image]:
    size = (4032, 3024)
    grain = Image.effect_noise(size, 60).convert("RGB")
    return {
        "gift, light grain": img.gift(size),
        "gift, heavy grain": Image.blend(img.gift(size), grain, 0.35),
        "fine detail (grain, blurred 1 px)": grain.filter(ImageFilter.GaussianBlur(1)),
        "pure grain (worst case)": grain,
    }


def size_table() -> list[str]:
    rows = [
        f"cap: long side {MAX_SIDE} px, {MAX_BYTES:,} bytes ({MAX_BYTES // KB} KB)",
        "| picture | original KB | stored KB | stored px | quality | seconds | small copy KB | face check s | metadata ms |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, picture in pictures().items():
        original = img.jpeg(picture, quality=92, exif=img.phone_exif())
        start = time.perf_counter()
        stored = prepare(original)
        seconds = time.perf_counter() - start
        with Image.open(io.BytesIO(stored)) as out:
            quality = _quality(out)
            px = "×".join(map(str, out.size))
        rows.append(
            f"| {name} | {len(original) / KB:,.0f} | {len(stored) / KB:.1f} | {px} | "
            f"{quality} | {seconds:.2f} | {len(thumbnail(stored)) / KB:.1f} | {_timed(faces, stored):.2f} | "
            f"{_timed(inspect, stored) * 1000:.2f} |"
        )
    return rows


def _timed(func, *args) -> float:
    start = time.perf_counter()
    func(*args)
    return time.perf_counter() - start


def _quality(picture: Image.Image) -> int:
    """Which of prepare's quality steps a file was saved at: the one whose luminance table
    starts with the same value (libjpeg scales the standard table's 16 by quality)."""
    first = picture.quantization[0][0]
    steps = (85, 80, 75, 70, 65, 60)
    return min(steps, key=lambda q: abs((16 * (200 - 2 * q) + 50) // 100 - first))


def build() -> Path:
    out = Path(tempfile.mkdtemp(prefix="xinyuan-photos-")) / "site"
    subprocess.run(
        [
            sys.executable,
            "-c",
            "from generator.cli import main; main()",
            "build",
            str(ROOT),
            "--out",
            str(out),
            "--today",
            TODAY,
        ],
        check=True,
        capture_output=True,
    )
    return out


def load(browser, server, path: str, scroll: bool) -> tuple[int, int, int, int]:
    """(bytes, requests, of them images, requests to other hosts) of one cold page load."""
    import browser_helpers as bh

    phone = bh.Phone.open_context(browser, server.origin)
    try:
        mark = server.mark()
        page = phone.open(server.url(path))
        page.wait_for_timeout(500)
        if scroll:
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            page.wait_for_timeout(500)
        page.wait_for_load_state("networkidle")
        served = server.since(mark)
        external = sum(1 for p in phone.problems if p.startswith("external"))
    finally:
        phone.close()
    images = sum(1 for s in served if s.path.endswith(".jpg"))
    return sum(s.bytes for s in served), len(served), images, external


def cold_table() -> list[str]:
    import browser_helpers as bh

    if not bh.CHROMIUM.exists():
        return ["cold load: n/a (no chromium)"]
    site = build()
    rows = [
        "| page (chromium 390×844, empty cache) | KB sent | requests | images | other hosts |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    with bh.serve(site) as server, bh.chromium() as browser:
        for label, path, scroll in (
            ("fulfilled wish, no photo (baseline)", WITHOUT_PHOTO, False),
            ("fulfilled wish with a photo, as opened", WITH_PHOTO, False),
            ("the same, scrolled to the end", WITH_PHOTO, True),
            ("fulfilled list, as opened", "fulfilled/", False),
            ("fulfilled list, scrolled to the end", "fulfilled/", True),
        ):
            sent, requests, images, external = load(browser, server, path, scroll)
            rows.append(f"| {label}: /{path} | {sent / KB:.1f} | {requests} | {images} | {external} |")
    photo = site / WITH_PHOTO / "1.jpg"
    rows.append(
        f"photo file: {photo.stat().st_size / KB:.1f} KB; "
        f"small copy: {(site / WITH_PHOTO / 'small/1.jpg').stat().st_size / KB:.1f} KB"
    )
    return rows


def _timed_run(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{' '.join(command[-4:])} failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return time.perf_counter() - start


def add_photos(repo: Path) -> tuple[int, int]:
    """One photo on every fulfilled wish of a synthetic program: (photos, of them minors').
    Each photo's bytes differ (one pixel changed), as real photos do: the face check's cache
    is keyed by a photo's SHA-256, so identical photos would be checked only once."""
    with Image.open(io.BytesIO(img.clean(img.gift((1600, 1200))))) as opened:
        base = opened.convert("RGB")
    photos = minors = 0
    for path in sorted((repo / "data/wishes").rglob("*.yml")):
        text = path.read_text(encoding="utf-8")
        if "\nfulfilled:" not in text:
            continue
        rel = path.relative_to(repo / "data/wishes").with_suffix("")
        target = repo / "data/photos" / rel / "1.jpg"
        target.parent.mkdir(parents=True, exist_ok=True)
        picture = base.copy()
        picture.putpixel((photos % picture.width, photos // picture.width), (255, 0, 0))
        target.write_bytes(img.jpeg(picture, quality=85))
        path.write_text(text + "photos:\n  - {file: 1.jpg, alt: 送到的礼物}\n", encoding="utf-8")
        photos += 1
        band = re.search(r"age_band: ([0-9]+)", text)
        minors += bool(band and int(band.group(1)) < 14)
    return photos, minors


def scale_table(wishes: int) -> list[str]:
    from site_build import site_build_command, xinyuan_command

    rows = [
        f"| {wishes:,} wishes | photos | minors' photos | validate s (cold cache) | "
        "validate s (warm cache) | build s (warm cache) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for with_photos in (False, True):
        work = Path(tempfile.mkdtemp(prefix="xinyuan-photo-scale-"))
        build = site_build_command(work, wishes, work / "site")
        repo = work / "repo"
        photos, minors = add_photos(repo) if with_photos else (0, 0)
        validate = _timed_run(xinyuan_command() + ["validate", str(repo), "--today", TODAY])
        warm = _timed_run(xinyuan_command() + ["validate", str(repo), "--today", TODAY])
        built = _timed_run(build)
        label = "with a photo on each fulfilled wish" if with_photos else "without photos"
        rows.append(f"| {label} | {photos:,} | {minors:,} | {validate:.1f} | {warm:.1f} | {built:.1f} |")
        shutil.rmtree(work, ignore_errors=True)
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wishes", type=int, default=600, help="size of the synthetic program")
    parser.add_argument("--skip", default="", help="parts to skip: size,cold,scale")
    args = parser.parse_args()
    skip = set(args.skip.split(","))
    for part, rows in (("size", size_table), ("cold", cold_table), ("scale", lambda: scale_table(args.wishes))):
        if part not in skip:
            print("\n".join(rows()))
            print()
