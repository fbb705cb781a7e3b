"""Pages stamped from a built shell page look exactly like pages MkDocs built, each with its own
title, description and address, and nothing of the shell is left behind."""

from __future__ import annotations

import re

from generator.site.stamp import SHELL_DIR, Stamp, fill
from sitetext import page, parse


def test_no_shell_or_placeholder_is_left(sample_site):
    assert not list(sample_site.glob(f"{SHELL_DIR}*"))
    for path in sample_site.rglob("*.html"):
        assert "xinyuan-stamp" not in path.read_text(encoding="utf-8"), path
    assert SHELL_DIR not in (sample_site / "sitemap.xml").read_text(encoding="utf-8")


def test_a_stamped_wish_page_has_its_own_head(sample_site, sample_model):
    wish = sample_model.wishes["majiayi-2026-003"]
    html = page(sample_site, "wishes/majiayi-2026-003/").read_text(encoding="utf-8")
    head = {(a.get("property") or a.get("name")): a.get("content") for tag, a in parse(html).tags if tag == "meta"}
    assert f"<title>{wish.title} - " in html
    assert head["og:title"] == wish.title
    assert head["og:url"].endswith("/wishes/majiayi-2026-003/")
    assert head["og:description"].startswith(f"{wish.alias}（")
    # Relative links hold at the page's depth: the theme's stylesheet resolves from here.
    css = re.search(r'href="([^"]*assets/stylesheets/main[^"]*\.css)"', html).group(1)
    assert (sample_site / "wishes" / "majiayi-2026-003" / css).resolve().is_file()


def test_every_page_is_in_the_sitemap_once(sample_site):
    sitemap = (sample_site / "sitemap.xml").read_text(encoding="utf-8")
    listed = re.findall(r"<loc>https://example.org/xinyuan/([^<]*)</loc>", sitemap)
    folders = [p.parent.relative_to(sample_site).as_posix() for p in sample_site.rglob("index.html")]
    assert sorted(listed) == sorted("" if f == "." else f + "/" for f in folders)


def test_stamped_text_is_escaped_like_built_text():
    shell = (
        '<title>xinyuan-stamp-title - 站</title><meta content="xinyuan-stamp-description">'
        '<link href="https://x/xinyuan-shell/0/"><p>xinyuan-stamp-body</p>'
    )
    stamp = Stamp("wishes/a/", "xinyuan-shell/0/", '<script>x</script>"', "a & b", "<div>ok</div>")
    html = fill(shell, stamp)
    assert "<script>" not in html and "＜script＞" in html
    assert 'content="a ＆ b"' in html and 'href="https://x/wishes/a/"' in html
    assert "<div>ok</div>" in html


def test_placeholders_inside_the_data_stay_as_written():
    shell = "<title>xinyuan-stamp-title</title><p>xinyuan-stamp-body</p>"
    stamp = Stamp("wishes/a/", "xinyuan-shell/0/", "xinyuan-stamp-description", "", "<p>xinyuan-stamp-title</p>")
    assert fill(shell, stamp) == ("<title>xinyuan-stamp-description</title><p>xinyuan-stamp-title</p>")


def test_a_page_has_one_heading_like_a_built_page(sample_site):
    """The theme heads the shell with its title; a body with its own <h1> replaces that heading."""
    for path in sample_site.rglob("index.html"):
        assert path.read_text(encoding="utf-8").count("<h1") == 1, path


def test_the_theme_heading_stays_when_the_body_has_none():
    shell = "<title>xinyuan-stamp-title</title><h1>xinyuan-stamp-title</h1><p>xinyuan-stamp-body</p>"
    plain = fill(shell, Stamp("a/", "xinyuan-shell/0/", "标题", "", "<p>正文</p>"))
    headed = fill(shell, Stamp("a/", "xinyuan-shell/0/", "标题", "", "<h1>自己的标题</h1>"))
    assert plain.count("<h1>标题</h1>") == 1
    assert "<h1>标题</h1>" not in headed and headed.count("<h1") == 1
