"""The contract between the stamping (generator/site/stamp.py) and the pinned mkdocs-material.

A tiny site is built with the real theme, the repository's mkdocs.yml and our overrides: one shell
page of each frame, the way the generator writes them. Each test names what it guards; when one
fails after a theme upgrade, its message says which anchor moved and where to look. Upgrade the
pin in pyproject.toml only with these passing.
"""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from importlib.metadata import version
from pathlib import Path

import pytest

from conftest import REPO
from generator.site.docs import page_meta
from generator.site.inert_text import front_matter
from generator.site.mkdocs_run import run_mkdocs
from generator.site import theme
from generator.site.pages import PLAIN, Page
from generator.site.sitemap import write_sitemap
from generator.site.stamp import (
    ANCHORS,
    DESCRIPTION,
    SHELL_BODY,
    SHELL_DIR,
    TITLE,
    Stamp,
    broken_anchors,
    compact,
    shell_url,
    stamp,
)

BASE = "https://example.org/tiny/"
DAY = date(2026, 11, 23)
# One shell per frame and depth, as generator/site/docs.py makes them for wish pages (plain frame,
# no search) and organisation pages (full frame); and the filter page (plain frame, with search).
SHELLS = {
    "wish": Page(
        shell_url(0, 2),
        "",
        title=TITLE,
        description=DESCRIPTION,
        og_type="article",
        hide=("toc", "search"),
        stamped=True,
        frame=PLAIN,
    ),
    "org": Page(shell_url(1, 2), "", title=TITLE, description=DESCRIPTION, stamped=True),
    "filters": Page("open/filters/", "", title="筛选心愿清单", frame=PLAIN),
}


def _pinned(package: str) -> str:
    text = (REPO / "pyproject.toml").read_text("utf-8")
    return re.search(rf'"{package}==([^"]+)"', text).group(1)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("contract")
    docs = work / "docs"
    for each in SHELLS.values():
        body = SHELL_BODY if each.stamped else "\n筛选\n"
        target = docs / each.src
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(front_matter(page_meta(each, None)) + body, "utf-8")
    (docs / "index.md").write_text("---\ntitle: 首页\n---\n\n首页\n", "utf-8")
    warnings = run_mkdocs(
        REPO / "mkdocs.yml",
        docs,
        work / "site",
        DAY,
        {
            "site_url": BASE,
            "nav": [{"首页": "index.md"}],
            "extra": {"xinyuan_filings": [{"text": "合成ICP备00000000号", "url": "https://beian.miit.gov.cn/"}]},
        },
    )
    assert not warnings, warnings
    return work / "site"


def _shell(site: Path, name: str) -> str:
    return compact((site / SHELLS[name].url / "index.html").read_text("utf-8"))


def test_the_installed_theme_is_the_pinned_one():
    assert version("mkdocs-material") == _pinned("mkdocs-material"), (
        "mkdocs-material 不是 pyproject.toml 固定的版本：先跑本文件的测试，看拼装依赖的锚点是否还在"
    )
    assert version("mkdocs") == _pinned("mkdocs")


@pytest.mark.parametrize("name", ["wish", "org"])
def test_every_anchor_the_stamping_needs_is_in_the_built_shell(tiny, name):
    shell = _shell(tiny, name)
    assert len(ANCHORS) >= 6
    missing = broken_anchors(shell, BASE + SHELLS[name].url)
    assert missing == [], "主题升级后壳页面变了：\n" + "\n".join(missing)


def test_the_anchor_check_names_what_moved():
    """A theme that printed the title differently: the check says which anchor and where to look."""
    shell = f"<title>{TITLE} | 站</title><p>xinyuan-stamp-body</p><pre>x</pre>"
    missing = "\n".join(broken_anchors(shell, BASE + "xinyuan-shell/0/"))
    assert "标题 <title>" in missing and "htmltitle" in missing
    assert "规范地址 canonical" in missing and "<pre" in missing


def test_stamped_pages_fill_every_slot_and_the_sitemap_lists_them(tiny, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(tiny, site)
    pages = [
        Stamp("wishes/w-1/", SHELLS["wish"].url, "一个书包", "小海（6–11岁）：想要书包", "<p>故事</p>"),
        Stamp("wishes/w-2/", SHELLS["wish"].url, "一根拐杖", "", "<h1>自己的标题</h1>"),
        Stamp("orgs/o-1/", SHELLS["org"].url, "合成村妇联", "村妇联", "<p>联系</p>"),
    ]
    stamp(site, pages, BASE)
    write_sitemap(site, BASE, ["", "open/filters/"] + [p.url for p in pages], DAY)
    first = (site / "wishes/w-1/index.html").read_text("utf-8")
    assert (
        "<title>一个书包 - " in first and '<link rel="canonical" href="https://example.org/tiny/wishes/w-1/">' in first
    )
    assert '<meta property="og:title" content="一个书包">' in first
    assert '<meta name="description" content="小海（6–11岁）：想要书包">' in first
    assert re.search(r'<article class="md-content__inner md-typeset">\s*<h1>一个书包</h1>\s*<p>故事</p>', first)
    second = (site / "wishes/w-2/index.html").read_text("utf-8")
    assert second.count("<h1") == 1
    for path in site.rglob("*.html"):
        assert "xinyuan-stamp" not in path.read_text("utf-8"), path
    assert not list(site.glob(f"{SHELL_DIR}*"))
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    assert re.findall(r"<loc>https://example.org/tiny/([^<]*)</loc>", sitemap) == [
        "",
        "open/filters/",
        "orgs/o-1/",
        "wishes/w-1/",
        "wishes/w-2/",
    ]


def _config(html: str) -> dict:
    match = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S)
    assert match, "主题 base.html 的 config 块（#__config）不见了：主题脚本 bundle 读它"
    return json.loads(match.group(1))


def test_the_plain_frame_keeps_what_a_reader_sees_and_drops_the_rest(tiny):
    plain, full = _shell(tiny, "wish"), _shell(tiny, "org")
    for html in (plain, full):  # the reader's parts: header, large-text switch, page, footer
        for part in (
            '<header class="md-header',
            'id="xy-textsize"',
            'class="md-content__inner md-typeset"',
            'class="md-copyright xy-filing"',
            "合成ICP备00000000号",
            "assets/javascripts/xinyuan.js",
            "assets/stylesheets/xinyuan.css",
            f'<link rel="stylesheet" href="../../{theme.stylesheet()}">',
            'class="md-top md-icon"',
        ):
            assert html.count(part) == 1, (part, html[:300])
        assert html.count('<div class="md-header__topic"') == 2  # the site's name, then the page's
    assert "md-nav--primary" in full and "md-nav--primary" not in plain
    assert 'for="__drawer"' in full.split("</header>")[0]
    assert re.search(r'<a class="md-header__button md-icon" href="../..#__drawer"', plain)
    assert "translations" in _config(full)
    # None of the theme's script, nor what only it reads.
    for part in (
        "__config",
        "assets/javascripts/bundle.",
        "__md_scope",
        "md-toggle",
        "md-dialog",
        "md-overlay",
        "data-md-component",
    ):
        assert part in full and part not in plain, part
    assert 'name="generator"' in full and 'name="generator"' not in plain
    assert '<aside class="md-banner">' not in plain + full  # no empty banner
    assert len(plain.encode()) < len(full.encode()) - 3000


def test_the_plain_frame_links_the_stylesheet_the_theme_links():
    """generator/site/theme.py reads the hashed file name from the theme's base.html; the file is
    in the pinned theme, and is the only main stylesheet there."""
    assets = Path(__import__("material").__file__).parent / "templates"
    assert (assets / theme.stylesheet()).is_file()
    assert [p.name for p in (assets / "assets/stylesheets").glob("main.*.min.css")] == [
        theme.stylesheet().rsplit("/", 1)[1]
    ]


def test_a_plain_page_that_keeps_search_leads_to_the_wish_search(tiny):
    """Without the theme's script there is no search panel: the magnifier is a link to the wish
    list's own search, which finds wishes (the theme's index holds only the top-level pages)."""
    filters, wish = _shell(tiny, "filters"), _shell(tiny, "wish")
    header = filters.split("</header>")[0]
    assert '<a class="md-header__button md-icon" href="../#xy-find" aria-label="搜索心愿">' in header
    assert "xy-icon--search" in header and 'for="__search"' not in filters and "__config" not in filters
    assert "xy-find" not in wish and "xy-icon--search" not in wish  # hide: [search]


def test_the_stylesheet_draws_the_theme_own_icons():
    """xinyuan.css draws the header's and back-to-top icons from the theme's SVG paths."""
    icons = Path(__import__("material").__file__).parent / "templates" / ".icons" / "material"
    css = (REPO / "site_templates/overrides/assets/stylesheets/xinyuan.css").read_text("utf-8")
    for name, icon in (("logo", "heart-outline"), ("menu", "menu"), ("top", "arrow-up"), ("search", "magnify")):
        path = re.search(r'<path d="([^"]+)"', (icons / f"{icon}.svg").read_text("utf-8")).group(1)
        assert f".xy-icon--{name} " in css and f"<path d='{path}'/>" in css, (name, icon)
    config = (REPO / "mkdocs.yml").read_text("utf-8")
    assert "icon:\n    logo: material/heart-outline" in config


def test_the_frame_has_no_inline_icons_and_no_tabs_script(tiny):
    """partials/javascripts/content.html is emptied: the site has no content tabs."""
    assert "pymdownx.tabbed" not in (REPO / "mkdocs.yml").read_text("utf-8")
    for name in ("wish", "org"):
        header = _shell(tiny, name).split("</header>")[0]
        assert header.count('class="xy-icon xy-icon--') == 2  # the logo and the menu
        assert "__tabbed_" not in _shell(tiny, name)
    assert "<svg" not in _shell(tiny, "wish").split("</header>")[0]  # no search box there
