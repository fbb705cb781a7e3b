"""Render every planned page and data file into a MkDocs docs folder: plain files on disk.

This is the whole interface between the generator and the site builder: Markdown pages with
front matter, plus open data files. Nothing here imports MkDocs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from collections.abc import Callable

import jinja2

from generator.photos.clean import thumbnail
from generator.site import finder, guide_pages, opendata
from generator.site.pages import Page, plan
from generator.site.stamp import DESCRIPTION, SHELL_BODY, TITLE, Stamp, shell_url
from generator.site.inert_text import clip, front_matter
from generator.site.views import Site

Report = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Docs:
    files: dict[str, bytes]  # docs-relative path -> content
    pages: int  # how many pages the site has (built and stamped)
    stamps: list[Stamp] = field(default_factory=list)  # pages made from the shell after the build
    urls: list[str] = field(default_factory=list)  # every page's address (for the sitemap)


def page_meta(page: Page, site: Site) -> dict:
    meta: dict[str, object] = {"title": page.title}
    if page.description:
        meta["description"] = clip(page.description, 120)
    if page.og_type != "website":
        meta["og_type"] = page.og_type
    if not page.search:
        meta["search"] = {"exclude": True}
    meta["hide"] = list(page.hide)
    if page.frame:
        meta["template"] = page.frame
    return meta


def render_body(env: jinja2.Environment, site: Site, page: Page) -> str:
    return env.get_template(page.template).render(site=site, page_url=page.url, **page.context)


def render_page(env: jinja2.Environment, site: Site, page: Page) -> str:
    return front_matter(page_meta(page, site)) + "\n" + render_body(env, site, page)


def render_docs(site: Site, env: jinja2.Environment, report: Report | None = None) -> Docs:
    planned = list(plan(site))
    files: dict[str, bytes] = {}
    stamps: list[Stamp] = []
    shells: dict[tuple, Page] = {}
    for number, page in enumerate(planned, start=1):
        if page.stamped:
            shell = _shell_for(page, shells)
            stamps.append(Stamp(page.url, shell.url, page.title, page.description, render_body(env, site, page)))
        else:
            files[page.src] = render_page(env, site, page).encode("utf-8")
        files.update(page.attached)
        if report and (number % 500 == 0 or number == len(planned)):
            report("render", number, len(planned))
    for shell in shells.values():
        files[shell.src] = (front_matter(page_meta(shell, site)) + SHELL_BODY).encode("utf-8")
    files.update(opendata.files(site, env))
    files.update(finder.files(site))
    files.update(photo_files(site))
    manual = guide_pages.files()
    files.update(manual)
    guide = [_url_of(name) for name in manual if name.endswith(".md")]
    return Docs(files, len(planned) + len(guide), stamps, [page.url for page in planned] + guide)


def _url_of(src: str) -> str:
    """The address of the page MkDocs builds from docs file ``src`` (directory URLs)."""
    stem = src[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def photo_files(site: Site) -> dict[str, bytes]:
    """Each fulfilled wish's photos beside its page, and their small copies for the lists."""
    files = {}
    for w in site.wishes:
        for photo in w.photos:
            assert site.read is not None, "a site with photos is gathered with a way to read them"
            data = site.read(photo.source)
            files[photo.url] = data
            files[photo.thumb_url] = thumbnail(data)
    return files


def _shell_for(page: Page, shells: dict) -> Page:
    """The shell page for pages like ``page``: same depth and same theme settings."""
    assert not page.search, "a stamped page never reaches the search index"
    depth = page.url.rstrip("/").count("/") + 1
    key = (depth, page.og_type, page.hide, page.frame)
    if key not in shells:
        shells[key] = replace(
            page, url=shell_url(len(shells), depth), title=TITLE, description=DESCRIPTION, template="", context={}
        )
    return shells[key]


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
