"""Hostile text in the data is shown as text and never becomes markup, links or requests.

Python-Markdown passes raw HTML, ``javascript:`` links and attribute lists by default, and MkDocs
prints front matter into the page head unescaped: every path is tried here with a real build.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import SITE_TODAY, make_root
from generator.cli import main
from generator.site.weight import third_party_loads
from sitetext import article, article_text, page, parse

TITLE = '<script>alert("t")</script>'
STORY = (
    "<img src=x onerror=alert(1)> [点我](javascript:alert(2)) "
    '<a href="javascript:alert(3)">链接</a> {: onclick="alert(4)" } '
    "![图](data:text/html;base64,PHNjcmlwdD4=) <svg onload=alert(5)></svg> "
    '<iframe src="https://evil.example/"></iframe> **粗体** `代码` <!-- 注释 --> '
    "&lt;b&gt;实体&lt;/b&gt; <https://evil.example/auto> [引用][r]\n\n[r]: javascript:alert(13)"
)
ALIAS = "<b>小海</b>"
PLACE = "云岭县{: onclick=alert(6) }"
NOTE = "[x](javascript:alert(7))<script>alert(8)</script>"
VOLUNTEER = '阿美"onclick="alert(9)'  # markup in names is refused by I310; quotes still test escaping
ORG = '"><script>alert(10)</script>'
PROGRAM = "</title><script>alert(11)</script>"
SHORT = "<b onclick=x>心愿</b>"

OPEN_WISH = "taoxi-2026-002"  # open in the sample on SITE_TODAY
DONE_WISH = "majiayi-2026-003"  # fulfilled, passed up to the city


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text("utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def _wish_file(root: Path, wish_id: str) -> Path:
    return next(root.glob(f"data/wishes/*/{wish_id}.yml"))


def _make_hostile(root: Path) -> None:
    def open_wish(d):
        d.update(title=TITLE, story=STORY)
        d["beneficiary"].update(alias=ALIAS, place=PLACE)

    def done_wish(d):
        d["fulfilled"]["note"] = NOTE
        d["claims"][0]["volunteer"] = "a-mei"

    _edit(_wish_file(root, OPEN_WISH), open_wish)
    _edit(_wish_file(root, DONE_WISH), done_wish)
    _edit(root / "data/volunteers/a-mei.yml", lambda d: d.update(name=VOLUNTEER, public=True))
    _edit(root / "data/orgs/qingxi-wf.yml", lambda d: d.update(name=ORG))
    _edit(root / "data/program.yml", lambda d: d.update(name=PROGRAM, short_name=SHORT, description=STORY))


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    root = make_root(tmp_path_factory.mktemp("hostile"))
    _make_hostile(root)
    out = root.parent / "out"
    result = CliRunner().invoke(
        main, ["build", str(root), "--out", str(out), "--quiet", "--today", SITE_TODAY.isoformat()]
    )
    assert result.exit_code == 0, result.output
    return out


def _html_files(site: Path):
    return sorted(site.rglob("*.html"))


def test_no_event_handlers_or_script_urls_anywhere(hostile_site):
    for path in _html_files(hostile_site):
        for tag, attrs in parse(path.read_text("utf-8")).tags:
            for name, value in attrs.items():
                assert not name.startswith("on"), f"{path}: <{tag} {name}>"
                if name in ("href", "src", "action", "formaction", "data"):
                    scheme = re.sub(r"[\x00-\x20]", "", value or "").lower()
                    assert not scheme.startswith(("javascript:", "data:", "vbscript:")), f"{path}: {value}"
            assert tag not in ("iframe", "object", "embed"), f"{path}: <{tag}>"


def test_no_script_from_the_data(hostile_site):
    for path in _html_files(hostile_site):
        html = path.read_text("utf-8")
        for script in re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.S | re.I):
            assert "alert(" not in script, path
        assert not re.search(r"<script>alert", html, re.I), path


def test_the_hostile_wish_shows_its_text_as_text(hostile_site):
    path = page(hostile_site, f"wishes/{OPEN_WISH}")
    body = article(path)
    text = article_text(path)
    for needle in (
        TITLE,
        "[点我](javascript:alert(2))",
        '{: onclick="alert(4)" }',
        "**粗体**",
        "`代码`",
        "<!-- 注释 -->",
        "&lt;b&gt;实体&lt;/b&gt;",
        "<https://evil.example/auto>",
        ALIAS,
        PLACE,
    ):
        assert needle in text, needle
    for markup in (
        "<img",
        "<iframe",
        "<svg onload",
        "<strong>粗体",
        "<code>代码",
        "<b>小海",
        'href="https://evil.example',
    ):
        assert markup not in body, markup


def test_hostile_names_in_notes_chains_and_head(hostile_site):
    text = article_text(page(hostile_site, f"wishes/{DONE_WISH}"))
    assert NOTE in text and VOLUNTEER in text and ORG in text
    head = page(hostile_site, f"wishes/{OPEN_WISH}").read_text("utf-8").split("</head>")[0]
    assert "<script>alert" not in head and "</title><script>" not in head
    assert "＜script＞" in re.search(r"<title>(.*?)</title>", head, re.S).group(1)


def test_nothing_loads_from_another_host(hostile_site):
    assert third_party_loads(hostile_site) == {}


def test_the_feed_stays_well_formed(hostile_site):
    root = ET.parse(hostile_site / "opendata" / "feed.xml").getroot()
    ns = "{http://www.w3.org/2005/Atom}"
    assert root.tag == f"{ns}feed"
    titles = [e.findtext(f"{ns}title") for e in root.iter(f"{ns}entry")]
    assert any(TITLE in t for t in titles)
    assert not list(root.iter("script"))


def test_the_list_search_index_keeps_hostile_text_as_data(hostile_site):
    """open/index.json carries the text as JSON strings; the list's script builds rows with
    textContent (tests/test_browser.py types into the box with a hostile index)."""
    import json

    rows = {r[0]: r for r in json.loads((hostile_site / "open" / "index.json").read_text("utf-8"))["w"]}
    assert rows[OPEN_WISH][1] == TITLE and rows[OPEN_WISH][3] == ALIAS and rows[OPEN_WISH][4] == PLACE
