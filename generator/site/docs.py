"""Render every planned page and data file into a MkDocs docs folder: plain files on disk.

This is the whole interface between the generator and the site builder: Markdown pages with
front matter, plus open data files. Nothing here imports MkDocs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import jinja2

from . import opendata
from .pages import Page, plan
from .text import clip, front_matter
from .views import Site

Report = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Docs:
    files: dict[str, bytes]     # docs-relative path -> content
    pages: int                  # how many of them are Markdown pages


def page_meta(page: Page, site: Site) -> dict:
    meta = {"title": page.title}
    if page.description:
        meta["description"] = clip(page.description, 120)
    if page.og_type != "website":
        meta["og_type"] = page.og_type
    if not page.search:
        meta["search"] = {"exclude": True}
    meta["hide"] = list(page.hide)
    return meta


def render_page(env: jinja2.Environment, site: Site, page: Page) -> str:
    body = env.get_template(page.template).render(site=site, page_url=page.url, **page.context)
    return front_matter(page_meta(page, site)) + "\n" + body


def render_docs(site: Site, env: jinja2.Environment, report: Report | None = None) -> Docs:
    planned = list(plan(site))
    files = {}
    for number, page in enumerate(planned, start=1):
        files[page.src] = render_page(env, site, page).encode("utf-8")
        if report and (number % 500 == 0 or number == len(planned)):
            report("render", number, len(planned))
    files.update(opendata.files(site, env))
    return Docs(files, len(planned))


def write_docs(docs: Docs, target: Path) -> int:
    """Make ``target`` hold exactly these files; rewrite only what changed (so ``mkdocs serve``'s
    watcher does not loop). Returns how many files were written."""
    target.mkdir(parents=True, exist_ok=True)
    written = 0
    for rel, content in docs.files.items():
        path = target / rel
        if path.is_file() and path.read_bytes() == content:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        written += 1
    for folder, _, names in os.walk(target, topdown=False):
        for name in names:
            rel = (Path(folder) / name).relative_to(target).as_posix()
            if rel not in docs.files and not name.startswith("."):
                os.remove(Path(folder) / name)
        if folder != str(target) and not os.listdir(folder):
            os.rmdir(folder)
    return written
