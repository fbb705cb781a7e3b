"""Pages carry their content, not the theme: the budgets of the plain frame (plain.html) on a
real build of the sample program. A page that grows back over them fails here; the benchmark
(benchmarks/site_build.py, "wish page B") gives the same figure for synthetic programs."""

from __future__ import annotations

import re
import statistics
from pathlib import Path

WISH_PAGE_BUDGET = 5 * 1024  # bytes on disk, uncompressed: a 60,000-wish site within 500 MB
FRAME_BUDGET = 3_200  # everything but the page's <article> (the story is in it twice, for previews)


def _pages(site: Path, pattern: str) -> list[tuple[str, bytes]]:
    pages = [(p.parent.relative_to(site).as_posix(), p.read_bytes()) for p in site.glob(pattern)]
    assert len(pages) > 0, f"no pages match {pattern}"
    return pages


def _frame(html: bytes) -> int:
    article = re.search(rb"<article\b.*?</article>", html, re.S)
    assert article, "a page without <article>"
    return len(html) - len(article.group())


def test_the_median_wish_page_is_within_budget(sample_site):
    sizes = [len(html) for _, html in _pages(sample_site, "wishes/*/index.html")]
    assert len(sizes) >= 20
    assert statistics.median(sizes) <= WISH_PAGE_BUDGET, sorted(sizes)


def test_wish_pages_carry_a_plain_frame(sample_site):
    heavy = {
        url: _frame(html) for url, html in _pages(sample_site, "wishes/*/index.html") if _frame(html) > FRAME_BUDGET
    }
    assert heavy == {}


def test_wish_list_and_filter_pages_have_no_theme_script_and_lists_keep_a_way_to_search(sample_site):
    wishes = _pages(sample_site, "wishes/*/index.html")
    searchable = _pages(sample_site, "open/*/*/index.html") + _pages(sample_site, "open/filters/index.html")
    assert len(searchable) >= 10
    for url, html in wishes + searchable:
        assert b"md-nav--primary" not in html and b"__config" not in html and b"bundle." not in html, url
    for url, html in wishes:
        assert b"xy-find" not in html, url
    for url, html in searchable:
        assert '#xy-find" aria-label="搜索心愿"'.encode() in html, url


def test_the_frame_is_stripped_of_indentation_but_the_content_is_not(sample_site):
    (url, html), *_ = _pages(sample_site, "wishes/majiayi-2026-003/index.html")
    text = html.decode("utf-8")
    head, article = text.split("<article", 1)
    assert "\n  " not in head and "\n\n" not in head
    assert "<h1>一台彩色电视机</h1>" in article


def test_full_pages_keep_the_drawer(sample_site):
    for url in ("", "open/", "orgs/", "about/"):
        html = (sample_site / url / "index.html").read_text("utf-8")
        assert html.count('class="md-nav md-nav--primary"') == 1, url
