"""Small parts of the site generator, without a build."""

from __future__ import annotations

import pytest

from generator.site.lists import paginate
from generator.site.render import relative
from generator.site.inert_text import front_matter, inert, safe_url


@pytest.mark.parametrize(
    "here, target, link",
    [
        ("", "open/", "open/"),
        ("wishes/x/", "", "../../"),
        ("wishes/x/", "open/", "../../open/"),
        ("open/2/", "open/", "../"),
        ("open/", "open/", "./"),
        ("opendata/", "opendata/wishes.json", "wishes.json"),
        ("", "wishes/a/#steps", "wishes/a/#steps"),
    ],
)
def test_relative_links_between_pages(here, target, link):
    assert relative(here, target) == link


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "java\tscript:x",
        " javascript:x",
        "data:text/html,x",
        "vbscript:x",
        "//evil.example/",
        'https://a.example/"onmouseover=x',
        "https://a.example/ x",
    ],
)
def test_unsafe_urls_become_harmless(url):
    assert safe_url(url) == "#"


@pytest.mark.parametrize(
    "url",
    [
        "https://github.com/o/r/issues/new?template=claim.yml&wish=a-1&title=%E8%AE%A4",
        "../../open/",
        "wishes.json",
        "#top",
    ],
)
def test_plain_urls_pass(url):
    assert safe_url(url) == url


def test_inert_text_has_no_markup_characters():
    text = inert("<script>alert(\"x\")</script> &amp; 'q' `c`\n\\")
    assert not set(text) & set("<>&\"'`\\\n")
    assert "script" in text


def test_front_matter_is_yaml_with_inert_strings():
    import yaml

    meta = yaml.safe_load(
        front_matter({"title": "a<b>\n---", "hide": ["toc"], "search": {"exclude": True}}).strip("-\n")
    )
    assert meta == {"title": "a＜b＞ ---", "hide": ["toc"], "search": {"exclude": True}}


def test_paginate_cuts_lists_and_links_pages():
    pages = list(paginate("open/", list(range(65)), per_page=30))
    assert [url for url, _, _ in pages] == ["open/", "open/2/", "open/3/"]
    assert [len(rows) for _, rows, _ in pages] == [30, 30, 5]
    first, last = pages[0][2], pages[-1][2]
    assert first.previous is None and first.next == "open/2/"
    assert last.previous == "open/2/" and last.next is None


def test_an_empty_list_still_has_its_page():
    assert [(url, rows) for url, rows, _ in paginate("fulfilled/", [])] == [("fulfilled/", [])]
