"""Reading a built site in tests: a page's elements, attributes and main text."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path


class Elements(HTMLParser):
    """Every start tag as (tag, attrs), and all text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


def article(path: Path) -> str:
    """The HTML of the page's main content."""
    match = re.search(r"<article[^>]*>(.*)</article>", path.read_text("utf-8"), re.S)
    assert match, f"{path} has no <article>"
    return match.group(1)


def article_text(path: Path) -> str:
    """The page's main text, as a reader sees it, with whitespace collapsed."""
    return re.sub(r"\s+", " ", " ".join(parse(article(path)).text))


def page(site: Path, url: str) -> Path:
    return site / url / "index.html"


# The tool's own text, the same on every program's site: the maintainer's guide and the rules'
# documentation. Their examples were written on the sample program, whose ids and aliases they
# name, so the checks that no program data leaks read everything else.
TOOL_TEXT = ("guide/", "rules/")


def program_text(site: Path, suffixes=(".html", ".json", ".csv", ".xml", ".txt", ".js")) -> dict[str, str]:
    """Every text file of a built site but the tool's own pages, by site path; the search index
    without the tool's own pages' entries."""
    import json

    texts = {}
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if not path.is_file() or path.suffix not in suffixes or rel.startswith(TOOL_TEXT):
            continue
        text = path.read_text("utf-8-sig", errors="replace")
        if rel == "search/search_index.json":
            index = json.loads(text)
            index["docs"] = [d for d in index["docs"] if not d["location"].startswith(TOOL_TEXT)]
            text = json.dumps(index, ensure_ascii=False)
        texts[rel] = text
    return texts
