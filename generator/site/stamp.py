"""Pages stamped from a page the site builder made, instead of built one by one.

A city has thousands of wish, list and organisation pages that differ only in their title,
description and body. The site builder (MkDocs) spends milliseconds per page on Markdown and the
theme, so it builds one *shell* page per kind of page instead, at the same depth as the pages it
stands for (so every relative link in it holds for them), with placeholders for the title, the
description and the body; each page is then that HTML with its own text put in. The pages look
exactly like built ones, and the build no longer grows with the theme's cost per page. This
works on the built HTML alone: no MkDocs internals.
"""

from __future__ import annotations

import gzip
import html
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from generator.site.inert_text import clip, inert

SHELL_DIR = "xinyuan-shell"
TITLE = "xinyuan-stamp-title"
DESCRIPTION = "xinyuan-stamp-description"
BODY = "xinyuan-stamp-body"
SHELL_BODY = f"\n{BODY}\n"          # Markdown makes it <p>BODY</p>
_BODY_HTML = f"<p>{BODY}</p>"
# The theme heads a page with its title when the content has no <h1> of its own, as the shell's
# has not; a page whose body has one gets no second heading, as a built page would not.
_THEME_H1 = f"<h1>{TITLE}</h1>"


@dataclass(frozen=True)
class Stamp:
    url: str
    shell: str  # the url of the shell page it is made from
    title: str
    description: str
    body: str   # HTML


def shell_url(number: int, depth: int) -> str:
    """The address of shell number ``number`` for pages ``depth`` folders deep."""
    if depth <= 1:
        return f"{SHELL_DIR}-{number}/"
    return f"{SHELL_DIR}/{number}/" + "s/" * (depth - 2)


class StampError(Exception):
    """The built shell page lost a placeholder: a theme change the stamping cannot follow."""


def stamp(site_dir: Path, stamps: list[Stamp]) -> None:
    """Write each stamped page into ``site_dir`` from its built shell, then remove the shells."""
    shells: dict[str, str] = {}
    for page in stamps:
        if page.shell not in shells:
            shells[page.shell] = _read_shell(site_dir / page.shell / "index.html")
        target = site_dir / page.url / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(fill(shells[page.shell], page), encoding="utf-8")
    for url in shells:
        shutil.rmtree(site_dir / url.split("/")[0], ignore_errors=True)
    if stamps:
        _sitemap(site_dir, stamps)


def _read_shell(path: Path) -> str:
    shell = path.read_text(encoding="utf-8")
    for token in (TITLE, DESCRIPTION, _BODY_HTML):
        if token not in shell:
            raise StampError(f"built shell page {path} has no {token}")
    return shell


def fill(shell: str, page: Stamp) -> str:
    # The same treatment front matter gets (inert text), then the escaping the theme applies.
    values = {_BODY_HTML: page.body, TITLE: html.escape(inert(page.title)),
              DESCRIPTION: html.escape(inert(clip(page.description, 120))), page.shell: page.url}
    if "<h1" in page.body:
        shell = shell.replace(_THEME_H1, "", 1)
    # One pass: a placeholder that a story happens to contain is never replaced in turn.
    pattern = re.compile("|".join(re.escape(token) for token in values))
    return pattern.sub(lambda m: values[m.group()], shell)


_SHELL_ENTRY = re.compile(r"<url>\s*<loc>(?P<base>[^<]*?)(?P<shell>" + re.escape(SHELL_DIR)
                          + r"[^<]*)</loc>(?P<rest>.*?)</url>\s*", re.S)


def _sitemap(site_dir: Path, stamps: list[Stamp]) -> None:
    """Put the stamped pages in the sitemap where their shells were (and in its gzip twin)."""
    path = site_dir / "sitemap.xml"
    if not path.exists():
        return
    by_shell: dict[str, list[str]] = {}
    for page in stamps:
        by_shell.setdefault(page.shell, []).append(page.url)

    def entries(match: re.Match) -> str:
        return "".join(f"<url>\n         <loc>{match['base']}{url}</loc>{match['rest']}</url>\n    "
                       for url in by_shell.get(match["shell"], []))

    text = _SHELL_ENTRY.sub(entries, path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    packed = site_dir / "sitemap.xml.gz"
    if packed.exists():  # mtime=0: the same bytes every build
        packed.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
