"""The sitemap a search engine reads: every page once, and never more than 50,000 addresses in one
file (a city's site has more pages than that; sitemaps.org's limit)."""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET
from datetime import date

from generator.site.sitemap import LIMIT, write_sitemap

BASE = "https://example.org/city/"
DAY = date(2026, 11, 23)
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _locs(path) -> list[str]:
    return [e.text for e in ET.parse(path).getroot().iter(f"{NS}loc")]


def _urls(n: int) -> list[str]:
    return [""] + [f"wishes/w-{i:06d}/" for i in range(n - 1)]


def test_a_small_site_has_one_sitemap_listing_every_page_once(tmp_path):
    urls = _urls(300)
    write_sitemap(tmp_path, BASE, urls + urls[:5], DAY)
    assert ET.parse(tmp_path / "sitemap.xml").getroot().tag == f"{NS}urlset"
    assert _locs(tmp_path / "sitemap.xml") == sorted(BASE + u for u in urls)
    assert gzip.decompress((tmp_path / "sitemap.xml.gz").read_bytes()) == (tmp_path / "sitemap.xml").read_bytes()
    assert not list(tmp_path.glob("sitemap-*.xml"))


def test_past_fifty_thousand_pages_the_sitemap_is_an_index_of_files_within_the_limit(tmp_path):
    urls = _urls(LIMIT * 2 + 7)
    write_sitemap(tmp_path, BASE, urls, DAY)
    index = ET.parse(tmp_path / "sitemap.xml").getroot()
    assert index.tag == f"{NS}sitemapindex"
    parts = _locs(tmp_path / "sitemap.xml")
    assert parts == [BASE + "sitemap-1.xml", BASE + "sitemap-2.xml", BASE + "sitemap-3.xml"]
    listed = []
    for name in ("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"):
        locs = _locs(tmp_path / name)
        assert 0 < len(locs) <= LIMIT
        listed += locs
    assert listed == sorted(BASE + u for u in urls)
    assert all(e.text == "2026-11-23" for e in index.iter(f"{NS}lastmod"))


def test_a_site_that_shrank_back_leaves_no_stale_part(tmp_path):
    write_sitemap(tmp_path, BASE, _urls(LIMIT + 1), DAY)
    assert (tmp_path / "sitemap-2.xml").is_file()
    write_sitemap(tmp_path, BASE, _urls(10), DAY)
    assert not list(tmp_path.glob("sitemap-*.xml"))
    assert len(_locs(tmp_path / "sitemap.xml")) == 10
