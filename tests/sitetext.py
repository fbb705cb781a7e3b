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
