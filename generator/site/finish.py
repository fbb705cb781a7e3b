"""The stages after MkDocs, the same for ``xinyuan build`` and for MkDocs run through the hook:
stamp the pages MkDocs did not build, list every page in the sitemap, shrink our own assets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from generator.site.assets import shrink
from generator.site.docs import Docs
from generator.site.sitemap import write_sitemap
from generator.site.stamp import stamp


def finish(site_dir: Path, docs: Docs, base_url: str, day: date) -> None:
    stamp(site_dir, docs.stamps, base_url)
    write_sitemap(site_dir, base_url, docs.urls, day)
    shrink(site_dir)
