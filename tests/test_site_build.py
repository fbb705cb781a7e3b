"""The build as a whole: deterministic, atomic, refusing invalid data, light on a phone."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from mkdocs.exceptions import MkDocsException

from conftest import REPO, SITE_TODAY, make_root
from generator.cli import main
from generator.site import UnsafeOutput, build_site
from generator.site.opendata import DATASETS
from generator.site.weight import cold_load, third_party_loads
from sitetext import article_text, page, parse

BUDGET = 300_000  # bytes a phone downloads to open a wish page for the first time


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_same_data_same_bytes(sample_site, tmp_path):
    again = build_site(REPO, tmp_path / "again", today=SITE_TODAY)
    first, second = _files(sample_site), _files(again.out)
    assert sorted(first) == sorted(second)
    assert [p for p in first if first[p] != second[p]] == []


def _break_a_wish(root: Path) -> None:
    path = next(root.glob("data/wishes/*/*.yml"))
    data = yaml.safe_load(path.read_text("utf-8"))
    data["category"] = "no-such-category"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")


def _old_site(out: Path) -> None:
    out.mkdir()
    (out / "index.html").write_text("the previous site", "utf-8")


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if "-build-" in p.name]


def test_invalid_data_is_refused_and_the_old_site_kept(tmp_path):
    root = make_root(tmp_path)
    _break_a_wish(root)
    out = tmp_path / "site"
    _old_site(out)
    result = CliRunner().invoke(main, ["build", str(root), "--out", str(out), "--today", SITE_TODAY.isoformat()])
    assert result.exit_code == 1
    assert re.search(r"data/wishes/.+\.yml:\d+:\d+: R402 ", result.output)
    assert (out / "index.html").read_text("utf-8") == "the previous site"
    assert _leftovers(tmp_path) == []


def test_a_failing_mkdocs_build_keeps_the_old_site(tmp_path):
    root = make_root(tmp_path)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("name: material", "name: no-such-theme"), "utf-8")
    out = tmp_path / "site"
    _old_site(out)
    with pytest.raises(MkDocsException):  # the theme is not installed
        build_site(root, out, today=SITE_TODAY)
    assert (out / "index.html").read_text("utf-8") == "the previous site"
    assert _leftovers(tmp_path) == []


def test_a_theme_setting_the_plain_frame_cannot_honour_is_refused_and_the_old_site_kept(tmp_path):
    """A palette (or the theme's analytics or consent) would be missing from the thousands of pages
    in the plain frame: the build stops with what to do instead, exit 2, no traceback."""
    root = make_root(tmp_path)
    config = root / "mkdocs.yml"
    text = config.read_text("utf-8").replace("  font: false", "  font: false\n  palette:\n    scheme: slate", 1)
    text = text.replace("extra:\n", "extra:\n  analytics:\n    provider: google\n    property: G-0000000000\n", 1)
    config.write_text(text, "utf-8")
    out = tmp_path / "site"
    _old_site(out)
    result = CliRunner().invoke(main, ["build", str(root), "--out", str(out), "--today", SITE_TODAY.isoformat()])
    assert result.exit_code == 2, result.output
    assert "theme.palette（改颜色请在 extra_css" in result.output and "extra.analytics（访问统计" in result.output
    assert "Traceback" not in result.output
    assert (out / "index.html").read_text("utf-8") == "the previous site"
    assert _leftovers(tmp_path) == []


def test_the_program_scripts_are_on_the_plain_pages_too(tmp_path):
    """A visitor counter added with extra_javascript counts the wish pages people share."""
    root = make_root(tmp_path)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "\nextra_javascript:\n  - assets/counter.js\n", "utf-8")
    out = tmp_path / "site"
    build_site(root, out, today=SITE_TODAY)
    for url in ("", "wishes/majiayi-2026-003/", "open/filters/"):
        html = (out / url / "index.html").read_text("utf-8")
        assert html.count("assets/counter.js") == 1, url
        assert html.index("assets/counter.js") > html.index("</article>"), url


def test_refuses_to_replace_the_repository_or_a_folder_that_is_not_a_site(tmp_path):
    root = make_root(tmp_path)
    with pytest.raises(UnsafeOutput):
        build_site(root, root)
    with pytest.raises(UnsafeOutput):
        build_site(root, root / "data")


def test_mkdocs_build_works_directly_through_the_hook(tmp_path):
    root = make_root(tmp_path)
    env = dict(os.environ, XINYUAN_TODAY=SITE_TODAY.isoformat(), NO_MKDOCS_2_WARNING="1")
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(root / "mkdocs.yml"), "-d", str(tmp_path / "direct")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "direct" / "wishes" / "majiayi-2026-003" / "index.html").is_file()
    assert "清溪微心愿" in (tmp_path / "direct" / "index.html").read_text("utf-8")


def test_a_wish_page_cold_load_is_under_budget(sample_site):
    weight = cold_load(sample_site, "wishes/majiayi-2026-003/index.html")
    assert weight.external == ()
    assert weight.raw < BUDGET, weight.files
    assert "search/search_index.json" not in weight.files
    assert any(p.endswith(".css") for p in weight.files) and any(p.endswith(".js") for p in weight.files)


def test_nothing_is_loaded_from_another_host(sample_site):
    assert third_party_loads(sample_site) == {}
    for path in sample_site.rglob("*.html"):
        html = path.read_text("utf-8")
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, path
        # The theme's repository widget would ask GitHub's API from every page; the guide's
        # forge chapter names that address as text, which loads nothing.
        if "guide" not in path.relative_to(sample_site).parts:
            assert "api.github.com" not in html, path


def test_search_covers_only_the_small_pages(sample_site):
    index = sample_site / "search" / "search_index.json"
    docs = json.loads(index.read_text("utf-8"))["docs"]
    locations = {d["location"].split("#")[0] for d in docs}
    assert not any(loc.startswith(("wishes/", "open/", "poster/")) for loc in locations)
    assert {"", "about/", "rules/"} <= locations
    assert "\u200b" in docs[0]["text"]  # Chinese text was segmented (jieba) for search


def test_wish_pages_are_kept_out_of_the_navigation(sample_site):
    tags = parse(page(sample_site, "wishes/majiayi-2026-003").read_text("utf-8")).tags
    nav_links = [a for t, a in tags if t == "a" and "md-nav__link" in a.get("class", "")]
    assert len(nav_links) <= 15
    assert not any("wishes/" in a.get("href", "") for a in nav_links)


def _opendata_fields(site: Path) -> dict[str, list[str]]:
    """The field names the open data page documents, per file."""
    html = page(site, "opendata").read_text("utf-8")
    out = {}
    for d in DATASETS:
        section = html.split(f"{d.name}.json / {d.name}.csv")[1].split("</table>")[0]
        out[d.name] = re.findall(r"<td><code>(\w+)</code></td>", section)
    return out


def test_open_data_parses_and_has_the_documented_fields(sample_site, sample_model):
    documented = _opendata_fields(sample_site)
    for name, fields in documented.items():
        doc = json.loads((sample_site / "opendata" / f"{name}.json").read_text("utf-8"))
        assert doc["as_of"] == SITE_TODAY.isoformat()
        assert doc["records"] and all(list(r) == fields for r in doc["records"])
        raw = (sample_site / "opendata" / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
        assert rows[0] == fields and len(rows) == len(doc["records"]) + 1
    wishes = json.loads((sample_site / "opendata" / "wishes.json").read_text("utf-8"))["records"]
    assert len(wishes) == len(sample_model.wishes)


def test_open_data_json_has_one_line_per_record(sample_site):
    """Read and diffed record by record: a record is one line, whatever its text holds."""
    for name in ("wishes", "orgs", "volunteers"):
        text = (sample_site / "opendata" / f"{name}.json").read_text("utf-8")
        records = json.loads(text)["records"]
        lines = text.splitlines()  # splits at U+2028 and U+0085 too, as editors do
        first = lines.index(' "records": [')
        assert len(lines[first + 1 : -2]) == len(records), name
        for line, record in zip(lines[first + 1 : -2], records, strict=True):
            assert json.loads(line.removesuffix(",")) == record


def test_a_line_break_look_alike_in_open_data_is_escaped():
    from generator.site.opendata import _one_line

    line = _one_line(json.dumps({"story": "一\u2028二\u2029三\u0085四"}, ensure_ascii=False))
    assert len(line.splitlines()) == 1 and json.loads(line) == {"story": "一\u2028二\u2029三\u0085四"}


def test_open_data_leaves_out_private_volunteers(sample_site, sample_model):
    private = [v for v in sample_model.volunteers.values() if not v.public]
    volunteers = json.loads((sample_site / "opendata" / "volunteers.json").read_text("utf-8"))["records"]
    assert {v["id"] for v in volunteers} == {v.id for v in sample_model.volunteers.values() if v.public}
    for path in (sample_site / "opendata").iterdir():
        content = path.read_text("utf-8-sig")
        for v in private:
            assert v.id not in content and v.name not in content and v.github not in content, path


def test_the_feed_lists_new_and_fulfilled_wishes(sample_site):
    import xml.etree.ElementTree as ET

    ns = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(sample_site / "opendata" / "feed.xml").getroot()
    entries = list(feed.iter(f"{ns}entry"))
    assert 0 < len(entries) <= 50
    titles = [e.findtext(f"{ns}title") for e in entries]
    assert any(t.startswith("已圆梦") for t in titles) and any(t.startswith("新心愿") for t in titles)
    dates = [e.findtext(f"{ns}updated") for e in entries]
    assert dates == sorted(dates, reverse=True)


def test_the_about_page_states_the_privacy_rules(sample_site):
    text = article_text(page(sample_site, "about"))
    assert "化名" in text and "年龄段" in text and "不发布儿童的照片" in text
