"""What a built page costs a phone on first visit, and where else it would send requests.

``cold_load`` follows what a browser fetches for a page with an empty cache: the HTML, its
stylesheets (and fonts or images they reference), scripts, icons and images, and, when the
page has Material's search box, the search worker and the search index it loads at once.
Sizes are given raw and gzip-compressed (what a static host such as GitHub Pages sends).
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)|@import\s+['\"]([^'\"]+)['\"]")
_LOADING = {
    ("link", "href"),
    ("script", "src"),
    ("img", "src"),
    ("iframe", "src"),
    ("source", "src"),
    ("video", "src"),
    ("audio", "src"),
    ("embed", "src"),
    ("object", "data"),
    ("image", "href"),
}


class _Refs(HTMLParser):
    """The URLs an HTML page loads (not the ones it merely links to), and its search config."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.loads: list[str] = []
        self.search_box = False
        self.config = ""
        self._in_config = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            if (tag, name) in _LOADING and value and not (tag == "link" and _is_plain_link(attrs)):
                self.loads.append(value)
        if tag == "form" and attrs.get("name") == "search":
            self.search_box = True
        self._in_config = tag == "script" and attrs.get("id") == "__config"

    def handle_data(self, data):
        if self._in_config:
            self.config += data

    def handle_endtag(self, tag):
        self._in_config = False


def _is_plain_link(attrs: dict) -> bool:
    """<link rel=canonical|prev|next|alternate ...> point somewhere without loading it."""
    rel = set((attrs.get("rel") or "").lower().split())
    return bool(rel) and rel <= {"canonical", "prev", "next", "alternate", "author", "license"}


def page_refs(html: str) -> _Refs:
    refs = _Refs()
    refs.feed(html)
    return refs


@dataclass(frozen=True)
class Weight:
    files: dict[str, int]  # site path -> raw bytes
    raw: int
    gzip: int
    external: tuple[str, ...]  # anything it would load from another host


def cold_load(site_dir: Path, page: str) -> Weight:
    """Bytes a first visit to ``page`` (a path such as ``wishes/x/index.html``) downloads."""
    site_dir = Path(site_dir)
    base = "http://site.invalid/"
    todo, seen, external = [urljoin(base, page)], {}, []
    refs = page_refs((site_dir / page).read_text("utf-8"))
    todo += [urljoin(base + page, u) for u in refs.loads]
    if refs.search_box:
        config = json.loads(refs.config or "{}")
        root = urljoin(base + page, config.get("base", "."))
        todo += [urljoin(root + "/", config["search"]), urljoin(root + "/", "search/search_index.json")]
    while todo:
        url = todo.pop(0)
        if not url.startswith(base):
            if not url.startswith("data:"):
                external.append(url)
            continue
        path = urlsplit(url).path[len("/") :]
        if path in seen or not (site_dir / path).is_file():
            continue
        data = (site_dir / path).read_bytes()
        seen[path] = data
        if path.endswith(".css"):
            todo += [urljoin(url, a or b) for a, b in _CSS_URL.findall(data.decode("utf-8", "replace"))]
    return Weight(
        {p: len(d) for p, d in seen.items()},
        sum(len(d) for d in seen.values()),
        sum(len(gzip.compress(d, 6, mtime=0)) for d in seen.values()),
        tuple(external),
    )


def third_party_loads(site_dir: Path) -> dict[str, list[str]]:
    """Every HTML or CSS file in the site that would load something from another host."""
    found: dict[str, list[str]] = {}
    for path in sorted(Path(site_dir).rglob("*")):
        if path.suffix == ".html":
            urls = page_refs(path.read_text("utf-8")).loads
        elif path.suffix == ".css":
            urls = [a or b for a, b in _CSS_URL.findall(path.read_text("utf-8", "replace"))]
        else:
            continue
        bad = [u for u in urls if re.match(r"(https?:)?//", u, re.IGNORECASE)]
        if bad:
            found[path.relative_to(site_dir).as_posix()] = bad
    return found
