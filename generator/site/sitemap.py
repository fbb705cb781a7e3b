"""The site's sitemap, written from the list of its pages (MkDocs' own lists only the pages it
built, and most pages are stamped after it: see .stamp). The same format as MkDocs', and the same
bytes for the same pages and day."""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape


def sitemap(base_url: str, urls: list[str], day: date) -> str:
    entries = "".join(
        f"    <url>\n         <loc>{escape(base_url + url)}</loc>\n"
        f"         <lastmod>{day.isoformat()}</lastmod>\n    </url>\n"
        for url in sorted(set(urls))
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{entries}</urlset>\n"
    )


def write_sitemap(site_dir: Path, base_url: str, urls: list[str], day: date) -> None:
    """Replace ``sitemap.xml`` and its gzip twin (mtime 0: the same bytes every build)."""
    text = sitemap(base_url, urls, day).encode("utf-8")
    (site_dir / "sitemap.xml").write_bytes(text)
    (site_dir / "sitemap.xml.gz").write_bytes(gzip.compress(text, mtime=0))
