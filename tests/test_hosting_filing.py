"""The site's filing numbers (备案号): program.yml's ``icp`` and ``police_filing`` are checked
(S220, S221) and shown centred at the bottom of every page, linked to the filing sites."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import SITE_TODAY, make_root
from helpers import Case, assert_clean, assert_reported, edit

PROGRAM = "data/program.yml"
ICP = "湘ICP备2026000001号-1"
POLICE = "湘公网安备43010202000001号"
ANCHOR = "repo_url: https://github.com/example/mini\n"


def with_line(line: str) -> str:
    return edit(PROGRAM, ANCHOR, ANCHOR + line)


CASES = [
    Case("S220", PROGRAM, with_line("icp: ⟦湘ICP备 2026000001号－1\n"), "icp-fullwidth"),
    Case("S220", PROGRAM, with_line("icp: ⟦ICP备2026000001号\n"), "icp-no-province"),
    Case("S220", PROGRAM, with_line("icp: ⟦湘ICP证2026000001号\n"), "icp-licence-not-filing"),
    Case("S221", PROGRAM, with_line(f"icp: {ICP}\npolice_filing: ⟦湘公网安备4301020200001号\n"), "police-13-digits"),
]


@pytest.mark.parametrize("case", CASES)
def test_reported_at_the_value(case):
    assert_reported(case)


@pytest.mark.parametrize(
    "numbers",
    [
        f"icp: {ICP}\n",
        "icp: 京ICP备05002571号\n",
        f"icp: {ICP}\npolice_filing: {POLICE}\n",
        "icp: 粤ICP备2026123456号\n",
    ],
)
def test_real_forms_pass(numbers):
    assert_clean(Case("S220", PROGRAM, with_line(numbers)))
    assert_clean(Case("S221", PROGRAM, with_line(numbers)))


@pytest.mark.parametrize(
    "typed, fixed",
    [
        ("湘ICP备 2026000001号－1", ICP),  # a space, a full-width dash
        ("湘icp备２０２６０００００１号-1", ICP),  # lowercase, full-width digits
        ("湘ICP备2026000001-1", ICP),  # 号 left out
        ("ICP备案号：湘ICP备2026000001号-1", ICP),  # the label copied along
        ("湘公网安备 43010202000001", POLICE),
    ],
)
def test_hint_gives_the_number_meant(typed, fixed):
    field = "police_filing" if "公网安" in typed else "icp"
    found = Case("S220", PROGRAM, with_line(f"{field}: {typed}\n")).problems()
    hints = [p.hint for p in found if p.code in ("S220", "S221")]
    assert hints == [f"改成 {fixed}"], [p.as_text() for p in found]


def test_unreadable_number_gets_the_form_in_chinese():
    found = Case("S220", PROGRAM, with_line("icp: 待备案\n")).problems()
    (problem,) = [p for p in found if p.code == "S220"]
    assert "省份简称" in problem.hint and "湘ICP备2026000001号-1" in problem.hint


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=40))
def test_any_text_is_a_number_or_a_problem(text):
    """Whatever is typed (quoted, so YAML keeps it as text), validation answers without crashing."""
    quoted = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    found = Case("S220", PROGRAM, with_line(f"icp: {quoted}\n")).problems()
    codes = {p.code for p in found if p.path == PROGRAM}
    # a loading problem (Y1xx: the text broke the YAML), invisible characters, or S220
    assert all(code.startswith("Y") or code in {"S220", "I311", "S203"} for code in codes), codes


# --- the built site -----------------------------------------------------------------------------


class _Links(HTMLParser):
    """The links inside the footer's filing block of one page."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.links: list[tuple[str, str]] = []
        self._href = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth:
            self.depth += tag == "div"
            if tag == "a":
                self._href = attrs.get("href")
                self.links.append((self._href, ""))
        elif tag == "div" and "xy-filing" in (attrs.get("class") or "").split():
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth and tag == "div":
            self.depth -= 1
        if tag == "a":
            self._href = None

    def handle_data(self, data):
        if self._href is not None and data.strip():
            href, text = self.links[-1]
            self.links[-1] = (href, text + data.strip())


def footer_links(page: Path) -> list[tuple[str, str]]:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.links


EXPECTED = [
    ("https://beian.miit.gov.cn/", ICP),
    ("https://beian.mps.gov.cn/#/query/webSearch?code=43010202000001", POLICE),
]


def filed_root(tmp: Path) -> Path:
    root = make_root(tmp)
    program = root / "data" / "program.yml"
    text = program.read_text(encoding="utf-8")
    anchor = next(line for line in text.splitlines(keepends=True) if line.startswith("repo_url:"))
    program.write_text(text.replace(anchor, anchor + f"icp: {ICP}\npolice_filing: {POLICE}\n", 1), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def filed_site(tmp_path_factory) -> Path:
    """The sample program with both numbers, built by ``xinyuan build``."""
    root = filed_root(tmp_path_factory.mktemp("filed"))
    out = root.parent / "site"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from generator.cli import main; main()",
            "build",
            str(root),
            "--out",
            str(out),
            "--today",
            SITE_TODAY.isoformat(),
            "-q",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


# One page of each kind the generator makes, and MkDocs' own 404 page.
PAGE_KINDS = [
    "index.html",
    "open/index.html",
    "fulfilled/index.html",
    "orgs/index.html",
    "volunteers/index.html",
    "campaigns/index.html",
    "stats/index.html",
    "opendata/index.html",
    "poster/index.html",
    "rules/index.html",
    "about/index.html",
    "404.html",
]


def test_every_page_shows_both_numbers_linked(filed_site):
    pages = sorted(filed_site.rglob("*.html"))
    assert len(pages) > 100
    wrong = [str(p.relative_to(filed_site)) for p in pages if footer_links(p) != EXPECTED]
    assert not wrong, wrong[:10]
    for kind in PAGE_KINDS:
        assert (filed_site / kind).exists(), kind
    # the generated kinds reached only by links: a wish, an organisation, a filter page
    for folder in ("wishes", "orgs", "open"):
        nested = [p for p in (filed_site / folder).rglob("index.html") if p.parent != filed_site / folder]
        assert nested and footer_links(nested[0]) == EXPECTED, folder


def test_links_open_safely(filed_site):
    html = (filed_site / "index.html").read_text(encoding="utf-8")
    for anchor in re.findall(r'<a class="xy-filing__number"[^>]*>', html):
        assert 'target="_blank"' in anchor and 'rel="noopener noreferrer"' in anchor


def test_no_numbers_no_footer_links(sample_site):
    """A program that has not filed (a GitHub Pages site) shows no filing block at all."""
    for page in (sample_site / "index.html", sample_site / "404.html"):
        html = page.read_text(encoding="utf-8")
        assert "beian." not in html and footer_links(page) == []


def test_plain_mkdocs_build_shows_them_too(tmp_path):
    """`mkdocs build` run directly (the hook renders the pages) gives the same footer."""
    root = filed_root(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(root / "mkdocs.yml"), "-d", str(tmp_path / "plain")],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "XINYUAN_TODAY": SITE_TODAY.isoformat()},
    )
    assert result.returncode == 0, result.stderr
    assert footer_links(tmp_path / "plain" / "index.html") == EXPECTED
    assert footer_links(tmp_path / "plain" / "open" / "index.html") == EXPECTED
