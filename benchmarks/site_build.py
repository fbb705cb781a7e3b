"""How `xinyuan build` scales, beside what MkDocs alone takes: ``python benchmarks/site_build.py``.

For each size (``--sizes 600,6000``; 60000 takes several minutes more) it writes a synthetic
program (``benchmarks/synthetic.py``), runs ``xinyuan build`` in a subprocess and reports:

- build: wall time, and peak memory of the build process and every process it started;
- pages: HTML files in the site; site: total bytes on disk; wish page: the median size of the
  wish pages' HTML (``wishes/*/index.html``), uncompressed;
- cold load: the bytes of one wish page opened with an empty cache in headless chromium, counted
  by the local HTTP server as it sends them (the HTML, CSS, JS, fonts, images and anything a
  script or worker fetches, such as a search index), and the same files gzipped as a web server
  would send them; beside it the site's own static count (``generator.site.weight.cold_load``:
  what the HTML references, plus the search worker and index where the page has a search box),
  which needs no browser, and how many outside hosts' files the page references;
- baseline: `mkdocs build` of the same number of hand-written Markdown pages of a wish page's
  length, kept out of the navigation, with mkdocs-material and its search plugin (language zh,
  jieba), as the site uses. The target at 6,000 wishes: build faster than the baseline and a cold
  load under 300 KB.

``--json`` prints the rows as JSON instead of a table; ``--repeat N`` builds each site N times,
taking turns with the baseline, and keeps the best time. Nothing here is a test: the numbers depend
on the machine and on what else it is doing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import unquote

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "tests")]

from synthetic import TODAY, write_program  # noqa: E402

from generator.site.weight import cold_load as static_weight  # noqa: E402

# What a data repository holds besides data/: the site's configuration and templates.
TEMPLATE_PARTS = ("mkdocs.yml", "site_templates", "overrides", "docs")
BUDGET_BYTES = 300 * 1024
KB, MB = 1024, 1024 * 1024


@dataclass
class Run:
    seconds: float
    peak_bytes: int


@dataclass
class Row:
    wishes: int
    build_s: float
    build_peak_mb: float
    pages: int
    site_mb: float
    wish_page: str
    wish_page_bytes: int  # the median size of wishes/*/index.html
    cold_kb: float | None  # measured in chromium, as sent (the server does not compress)
    cold_gz_kb: float | None  # the same files gzipped
    cold_requests: int | None
    cold_static_kb: float  # generator.site.weight's count, without a browser
    external_refs: int  # files from other hosts the page would load (should be 0)
    baseline_s: float
    baseline_peak_mb: float


def run_measured(command: list[str], log: Path) -> Run:
    """Run ``command``; its wall time and the peak resident memory of it and its children."""
    with open(log, "wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{tail}")
    return Run(seconds, usage.ru_maxrss * 1024)  # Linux reports kilobytes


def best(runs: list[Run]) -> Run:
    """The fastest time (the least disturbed by other work on the machine) and the highest peak."""
    return Run(min(r.seconds for r in runs), max(r.peak_bytes for r in runs))


# --- the site -----------------------------------------------------------------------------------


def xinyuan_command() -> list[str]:
    return [sys.executable, "-c", "from generator.cli import main; main()"]


def site_build_command(work: Path, wishes: int, out: Path) -> list[str]:
    """Write a synthetic data repository with the site's configuration; the command building it."""
    repo = work / "repo"
    for part in TEMPLATE_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, repo / part)
        elif source.is_file():
            repo.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, repo / part)
    write_program(repo, wishes)
    return xinyuan_command() + ["build", str(repo), "--out", str(out), "--today", TODAY.isoformat()]


def site_size(site: Path) -> tuple[int, int]:
    """(HTML pages, total bytes) of a built site."""
    files = [p for p in site.rglob("*") if p.is_file()]
    return sum(p.suffix == ".html" for p in files), sum(p.stat().st_size for p in files)


def wish_page_bytes(site: Path) -> int:
    """The median size on disk of the wish pages (``wishes/*/index.html``), uncompressed."""
    sizes = sorted(p.stat().st_size for p in (site / "wishes").glob("*/index.html"))
    return sizes[len(sizes) // 2] if sizes else 0


def a_wish_page(site: Path) -> str:
    """The site path of the first wish page (``wishes/<id>/``)."""
    pages = sorted(p.parent for p in (site / "wishes").glob("*/index.html"))
    if not pages:
        raise SystemExit(f"no wish pages under {site / 'wishes'}")
    return pages[0].relative_to(site).as_posix() + "/"


def file_for(site: Path, url_path: str) -> Path | None:
    """The file a site path is served from, if it exists."""
    target = site / unquote(url_path).lstrip("/")
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def gzipped(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


# --- cold load, in the browser ------------------------------------------------------------------


def browser_cold_load(site: Path, page: str) -> tuple[int, int, int] | None:
    """(bytes, gzipped bytes, requests) of a cold load in chromium; None without chromium."""
    import browser_helpers as bh

    if not bh.CHROMIUM.exists():
        return None
    with bh.serve(site) as server, bh.chromium() as browser:
        served = bh.cold_load(browser, server, page)
    files = [file_for(site, s.path) for s in served if s.status == 200]
    return sum(s.bytes for s in served), sum(gzipped(f) for f in files if f), len(served)


# --- the MkDocs baseline ------------------------------------------------------------------------

BASELINE_CONFIG = """\
site_name: 基准测试
site_url: https://example.org/baseline/
nav:
  - 首页: index.md
theme:
  name: material
  language: zh
  font: false
plugins:
  - search:
      lang: zh
"""


def handwritten_page(n: int) -> str:
    """A Markdown page about as long as a wish page, written as a person would."""
    return (
        f"# 心愿 {n}：一个印有卡通图案的书包\n\n"
        "**待认领** · 助一学 · 留守儿童 · 6–11岁 · 合成县合成镇\n\n"
        "## 心愿故事\n\n"
        f"小海今年九岁，父母在外地打工，跟着奶奶生活。开学了，旧书包的背带断了，用绳子绑着背了一个学期。"
        f"他说想要一个印有卡通图案的新书包，这样上学路上就不用抱着书本走了。这是第 {n} 个基准页面。\n\n"
        "## 进展\n\n"
        "- 2026-03-01 村妇联上门征集\n- 2026-03-05 审核通过\n- 2026-03-06 上报县妇联\n"
        "- 2026-03-12 发布到心愿清单\n- 2026-03-20 志愿者认领\n\n"
        "## 基本信息\n\n"
        "| 项目 | 内容 |\n| --- | --- |\n| 认领人数 | 1 / 1 |\n| 截止日期 | 2026-06-30（还剩 30 天） |\n"
        "| 征集单位 | 合成村妇联 → 合成镇妇联 → 合成县妇联 |\n| 估计价值 | 120 元 |\n\n"
        "## 如何认领\n\n"
        "点击下方按钮，填写认领表单；单位审核后即可联系受助人所在的村（社区）妇联。\n\n"
        "[我来认领](https://example.org/claim){ .md-button .md-button--primary }\n"
    )


def baseline_command(work: Path, pages: int) -> list[str]:
    """Write the hand-written pages and their mkdocs.yml; the command building them."""
    site = work / "baseline"
    docs = site / "docs" / "pages"
    docs.mkdir(parents=True)
    (site / "mkdocs.yml").write_text(BASELINE_CONFIG, encoding="utf-8")
    (site / "docs" / "index.md").write_text("# 基准测试\n\n手写页面，不在导航中。\n", encoding="utf-8")
    for n in range(pages):
        (docs / f"page-{n:06d}.md").write_text(handwritten_page(n), encoding="utf-8")
    return [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(site / "mkdocs.yml"), "-d", str(site / "site")]


# --- the table ----------------------------------------------------------------------------------


def measure(wishes: int, repeat: int, keep: Path | None) -> Row:
    """One row: the site's and the baseline's builds, ``repeat`` times each in turn, best kept."""
    work = Path(tempfile.mkdtemp(prefix=f"xinyuan-bench-{wishes}-", dir=keep))
    try:
        site = work / "site"
        commands = {"build": site_build_command(work, wishes, site), "baseline": baseline_command(work, wishes)}
        runs = {name: [] for name in commands}
        for _ in range(repeat):
            for name, command in commands.items():
                runs[name].append(run_measured(command, work / f"{name}.log"))
        build, baseline = best(runs["build"]), best(runs["baseline"])
        pages, size = site_size(site)
        page = a_wish_page(site)
        median_page = wish_page_bytes(site)
        cold = browser_cold_load(site, page)
        static = static_weight(site, page + "index.html")
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return Row(
        wishes,
        round(build.seconds, 1),
        round(build.peak_bytes / MB),
        pages,
        round(size / MB, 1),
        page,
        median_page,
        round(cold[0] / KB, 1) if cold else None,
        round(cold[1] / KB, 1) if cold else None,
        cold[2] if cold else None,
        round(static.raw / KB, 1),
        len(static.external),
        round(baseline.seconds, 1),
        round(baseline.peak_bytes / MB),
    )


COLUMNS = [
    ("wishes", "wishes"),
    ("build_s", "build s"),
    ("build_peak_mb", "peak MB"),
    ("pages", "pages"),
    ("site_mb", "site MB"),
    ("wish_page_bytes", "wish page B"),
    ("cold_kb", "cold KB"),
    ("cold_gz_kb", "cold gz KB"),
    ("cold_requests", "requests"),
    ("cold_static_kb", "static KB"),
    ("external_refs", "external"),
    ("baseline_s", "MkDocs s"),
    ("baseline_peak_mb", "MkDocs MB"),
]


def table(rows: list[Row]) -> str:
    cells = [[label for _, label in COLUMNS]]
    cells += [["n/a" if getattr(r, key) is None else f"{getattr(r, key):,}" for key, _ in COLUMNS] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(COLUMNS))]
    lines = ["| " + " | ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) + " |" for row in cells]
    lines.insert(1, "| " + " | ".join("-" * (w - 1) + ":" for w in widths) + " |")
    return "\n".join(lines)


def verdicts(rows: list[Row]) -> list[str]:
    out = []
    for r in rows:
        faster = "faster" if r.build_s < r.baseline_s else "SLOWER"
        cold = r.cold_kb if r.cold_kb is not None else r.cold_static_kb
        within = "within" if cold * KB < BUDGET_BYTES else "OVER"
        out.append(
            f"{r.wishes:,} wishes: build {faster} than the MkDocs baseline "
            f"({r.build_s} s vs {r.baseline_s} s); cold load of /{r.wish_page} {cold} KB, "
            f"{within} the {BUDGET_BYTES // KB} KB budget"
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="600,6000", help="comma-separated numbers of wishes (default 600,6000; 60000 is slow)"
    )
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    parser.add_argument(
        "--repeat", type=int, default=1, help="build each site this many times, in turn, and keep the best time"
    )
    parser.add_argument("--keep", type=Path, help="keep the generated repositories and sites here")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in (int(s.replace("_", "")) for s in args.sizes.split(",")):
        print(f"measuring {size:,} wishes …", file=sys.stderr, flush=True)
        rows.append(measure(size, args.repeat, args.keep))
    if args.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
    else:
        print(table(rows))
        print()
        print("\n".join(verdicts(rows)))


if __name__ == "__main__":
    main()
