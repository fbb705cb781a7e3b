"""The site's sitemap, written from the list of its pages (MkDocs' own lists only the pages it
built, and most pages are stamped after it: see .stamp). One ``<url>`` a line. A search engine
reads at most 50,000 addresses from one sitemap file (sitemaps.org), and a city's site has more:
past that, ``sitemap.xml`` is an index of ``sitemap-1.xml``, ``sitemap-2.xml`` … each within the
limit. The same bytes for the same pages and day."""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

LIMIT = 50_000  # addresses in one sitemap file
_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def _document(root: str, item: str, addresses: list[str], day: date) -> str:
    lines = "".join(f"<{item}><loc>{escape(a)}</loc><lastmod>{day.isoformat()}</lastmod></{item}>\n" for a in addresses)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<{root} {_NS}>\n{lines}</{root}>\n'


def sitemaps(base_url: str, urls: list[str], day: date) -> dict[str, str]:
    """The sitemap files (name -> text) for these page addresses."""
    addresses = [base_url + url for url in sorted(set(urls))]
    if len(addresses) <= LIMIT:
        return {"sitemap.xml": _document("urlset", "url", addresses, day)}
    parts = {
        f"sitemap-{n}.xml": _document("urlset", "url", addresses[start : start + LIMIT], day)
        for n, start in enumerate(range(0, len(addresses), LIMIT), start=1)
    }
    return {"sitemap.xml": _document("sitemapindex", "sitemap", [base_url + name for name in parts], day), **parts}


def write_sitemap(site_dir: Path, base_url: str, urls: list[str], day: date) -> None:
    """Replace the sitemap files, and ``sitemap.xml``'s gzip twin (mtime 0: the same bytes every
    build)."""
    for stale in site_dir.glob("sitemap-*.xml"):
        stale.unlink()
    for name, text in sitemaps(base_url, urls, day).items():
        data = text.encode("utf-8")
        (site_dir / name).write_bytes(data)
        if name == "sitemap.xml":
            (site_dir / "sitemap.xml.gz").write_bytes(gzip.compress(data, mtime=0))
