"""Where to draw a wish's share image (分享到微信): at build time, or in the reader's browser?
``python benchmarks/share_image.py [--wishes 6000] [--sample 200]``

Both ways, side by side, for the claimable wishes of a synthetic program (``synthetic.py``):

- build time: each image drawn with Pillow (title, alias, age band, place, days left, the
  program's name and the QR code) and saved as a PNG, as a build would write it into the site;
- in the browser (what the site does): the build works out only the QR code's modules
  (``generator.site.share.qr_modules``) and adds the share box to the wish page; the phone draws
  the image on a tap with ``assets/javascripts/share.js``, fetched only then.

It prints the milliseconds and bytes per wish measured on ``--sample`` wishes and the totals for
all claimable wishes, which is what the choice rests on: build time, site size, and the cold
load of a wish page. The site's own build and cold-load figures come from ``site_build.py``.
Needs Pillow (a test dependency) and a CJK font (``fonts-noto-cjk``); nothing here is a test.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE)]

from synthetic import TODAY, write_program  # noqa: E402

from generator.site.render import environment  # noqa: E402
from generator.site.share import qr_modules  # noqa: E402
from generator.site.views import gather  # noqa: E402
from generator.model.sources import FileSource  # noqa: E402
from generator.rules.runner import validate  # noqa: E402

SHARE_JS = ROOT / "site_templates" / "overrides" / "assets" / "javascripts" / "share.js"


def cjk_font() -> str:
    found = subprocess.run(
        ["fc-match", "-f", "%{file}", "Noto Sans CJK SC:style=Regular"], capture_output=True, text=True
    ).stdout.strip()
    if not found:
        raise SystemExit("no CJK font: apt-get install fonts-noto-cjk")
    return found


def draw_png(w, program: str, address: str, fonts) -> bytes:
    """The share image as a build would draw it: the same layout as share.js."""
    import segno
    from PIL import Image, ImageDraw

    big, small = fonts
    image = Image.new("RGB", (750, 1000), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 750, 150), fill="#b71c1c")
    draw.text((375, 62), program, font=small, fill="white", anchor="mm")
    draw.text((48, 200), w.wish.title, font=big, fill="#111")
    facts = (f"{w.wish.alias} · {w.age_band}", w.wish.place, f"还剩 {w.days_left} 天")
    for i, line in enumerate(facts):
        draw.text((48, 300 + i * 54), line, font=small, fill="#333")
    code = io.BytesIO()
    segno.make(address, error="m", micro=False, mask=0).save(code, kind="png", scale=9, border=4)
    code.seek(0)
    image.paste(Image.open(code), (198, 480))
    draw.text((375, 880), "长按识别或扫码，查看并认领这个心愿", font=small, fill="#111", anchor="mm")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wishes", type=int, default=6000)
    parser.add_argument("--sample", type=int, default=200)
    args = parser.parse_args()
    from PIL import ImageFont

    with tempfile.TemporaryDirectory() as work:
        repo = write_program(Path(work), args.wishes)
        checked, problems = validate(FileSource(repo), TODAY)
        if problems:
            raise SystemExit(f"synthetic data has {len(problems)} problems")
        site = gather(checked.model, checked.today)
    claimable = [w for w in site.wishes if w.claim_url]
    sample = claimable[: args.sample]
    addresses = [site.base_url + w.url for w in sample]
    font = cjk_font()
    fonts = (ImageFont.truetype(font, 56), ImageFont.truetype(font, 36))

    start = time.perf_counter()
    pngs = [draw_png(w, site.program.name, a, fonts) for w, a in zip(sample, addresses, strict=True)]
    png_ms = (time.perf_counter() - start) * 1000 / len(sample)
    png_kb = sum(map(len, pngs)) / len(pngs) / 1024

    env = environment(ROOT)
    start = time.perf_counter()
    codes = [qr_modules(a) for a in addresses]
    qr_ms = (time.perf_counter() - start) * 1000 / len(sample)
    # Bytes the share box adds to a wish page: its <div> (it holds no other <div>).
    template = env.get_template("pages/wish.md.j2")
    boxes = []
    for w, a, c in zip(sample, addresses, codes, strict=True):
        page = template.render(site=site, page_url=w.url, w=w, address=a, qr=c)
        start = page.index('<div class="xy-share')
        boxes.append(len(page[start : page.index("</div>", start) + 6].encode("utf-8")))
    box_b = sum(boxes) / len(boxes)
    js_kb = SHARE_JS.stat().st_size / 1024

    n = len(claimable)
    print(f"{args.wishes:,} wishes, {n:,} claimable (a share image each); {len(sample)} measured\n")
    print(
        "| where drawn | build ms a wish | build s in all | site bytes a wish | site MB in all | wish page cold load |"
    )
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    print(
        f"| build time (Pillow PNG) | {png_ms:.1f} | {png_ms * n / 1000:.1f} | {png_kb:.1f} KB | "
        f"{png_kb * n / 1024:.1f} | + {png_kb:.0f} KB if the page shows it, else a tap away |"
    )
    print(
        f"| browser (share.js, what the site does) | {qr_ms:.2f} | {qr_ms * n / 1000:.1f} | "
        f"{box_b / 1024:.1f} KB (the share box, QR modules {len(codes[0])} B) | "
        f"{box_b * n / 1024 / 1024:.1f} | 0 (share.js, {js_kb:.1f} KB, is fetched on the tap) |"
    )


if __name__ == "__main__":
    main()
