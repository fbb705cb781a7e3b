"""``xinyuan build`` as a pipeline: validate → gather → render docs → MkDocs → swap into place.

The Markdown is rendered into ``.xinyuan/docs`` (mkdocs.yml's docs_dir); the site is built in
a temporary folder beside the output folder and moved into place only when every stage succeeded, so a failed build (invalid data, a template error, a MkDocs error)
leaves the previous site untouched. The same data and the same ``today`` give the same bytes.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from collections.abc import Callable, Iterator

from generator.model.filing import filings
from generator.model.problems import Problem
from generator.model.sources import FileSource
from generator.rules.runner import validate
from generator.site.docs import render_docs, write_docs
from generator.site.mkdocs_run import run_mkdocs
from generator.site.render import environment
from generator.site import theme
from generator.site.finish import finish
from generator.site.inert_text import clip, inert
from generator.site.views import Site, gather


# Where the rendered Markdown goes: mkdocs.yml's docs_dir, so `mkdocs serve` and `xinyuan build`
# share it; only changed files are rewritten, which keeps rebuilds of a large program quick.
DOCS_DIR = ".xinyuan/docs"


class InvalidData(Exception):
    """The data does not validate; nothing was built."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problems")
        self.problems = problems


class UnsafeOutput(Exception):
    """The output folder is not one a build may replace (the repository itself, say)."""


@dataclass(frozen=True)
class Progress:
    stage: str  # "validate", "render", "mkdocs", "swap"
    done: int = 0
    total: int = 0


@dataclass(frozen=True)
class BuildSummary:
    out: Path
    pages: int  # Markdown pages rendered (and so HTML pages built)
    files: int  # files in the built site
    bytes: int  # their total size
    seconds: float
    warnings: tuple[str, ...]
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage
    largest: int = 0  # the largest file's size (hosts limit single files too)


def load_site(root: Path, today: date | None = None) -> Site:
    repo, problems = validate(FileSource(root), today)
    if problems:
        raise InvalidData(problems)
    return gather(repo.model, repo.today, repo.read)


def mkdocs_overrides(site: Site) -> dict:
    """Settings that come from program.yml rather than mkdocs.yml (printed raw by the theme)."""
    program = site.program
    return {
        "site_name": inert(program.short_name),
        "site_url": site.base_url,
        "site_description": inert(clip(program.description, 120)),
        # merged into mkdocs.yml's `extra` (not replacing it): read by the theme overrides
        "extra": {"xinyuan_filings": filings(program.icp, program.police_filing)},
    }


def build_site(
    root, out=None, today: date | None = None, progress: Callable[[Progress], None] | None = None, config_file=None
) -> BuildSummary:
    """Validate the data repository at ``root`` and build its site into ``out`` (``root/site``)."""
    root = Path(root).resolve()
    out = Path(out).resolve() if out else root / "site"
    config_file = Path(config_file) if config_file else root / "mkdocs.yml"
    report = progress or (lambda p: None)
    check_output(root, out)
    stages: dict[str, float] = {}
    clock = time.monotonic()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.monotonic()
        stages[name] = round(now - clock, 3)
        clock = now

    theme.stylesheet()  # a theme the plain frame cannot use stops the build now, not after minutes
    report(Progress("validate"))
    site = load_site(root, today)
    lap("validate")
    docs = render_docs(site, environment(root), lambda s, d, t: report(Progress(s, d, t)))
    lap("render")
    docs_dir = root / DOCS_DIR
    write_docs(docs, docs_dir)
    lap("write")
    with _staging(out) as stage:
        warnings = run_mkdocs(
            config_file,
            docs_dir,
            stage / "site",
            site.today,
            mkdocs_overrides(site),
            lambda n: report(Progress("mkdocs", n, docs.pages)) if n % 200 == 0 else None,
        )
        report(Progress("mkdocs", docs.pages, docs.pages))
        lap("mkdocs")
        finish(stage / "site", docs, site.base_url, site.today)
        lap("stamp")
        report(Progress("swap"))
        files, size, largest = _measure(stage / "site")
        _swap(stage / "site", out, stage)
    lap("swap")
    return BuildSummary(out, docs.pages, files, size, round(sum(stages.values()), 3), tuple(warnings), stages, largest)


def check_output(root: Path, out: Path) -> None:
    """Refuse to replace the repository, a folder above it, or a folder that is not a site."""
    if out == root or out in root.parents:
        raise UnsafeOutput(f"不能把网站输出到 {out}：它包含数据仓库")
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / "index.html").exists())):
        raise UnsafeOutput(f"{out} 已存在且不像是生成的网站（没有 index.html），不会覆盖它")


@contextmanager
def _staging(out: Path) -> Iterator[Path]:
    out.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{out.name}-build-", dir=out.parent))
    try:
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _swap(built: Path, out: Path, stage: Path) -> None:
    """Put the new site in place; the old one moves into the staging folder, which is removed."""
    if out.exists():
        out.rename(stage / "previous")
    built.rename(out)


def _measure(folder: Path) -> tuple[int, int, int]:
    sizes = [p.stat().st_size for p in folder.rglob("*") if p.is_file()]
    return len(sizes), sum(sizes), max(sizes, default=0)
