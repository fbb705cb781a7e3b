"""The files of a built site: path, MD5, size and the Content-Type a host must serve them with."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

# Types the platform's table may lack or get wrong; text types carry their charset, so that a
# browser never guesses the encoding of Chinese text.
_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".css": "text/css",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".json": "application/json",
    ".xml": "application/xml",
    ".csv": "text/csv",
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".svg": "image/svg+xml",
    ".webmanifest": "application/manifest+json",
    ".ics": "text/calendar",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".gif": "image/gif",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".gz": "application/gzip",
    ".zip": "application/zip",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pdf": "application/pdf",
}
_TEXT = {"application/json", "application/xml", "application/manifest+json", "image/svg+xml"}


def content_type(name: str) -> str:
    suffix = Path(name).suffix.lower()
    kind = _TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"
    if kind.startswith("text/") or kind in _TEXT:
        return f"{kind}; charset=utf-8"
    return kind


@dataclass(frozen=True)
class SiteFile:
    key: str  # path relative to the site, with /
    path: Path
    md5: str  # hex, lowercase
    size: int

    @property
    def content_type(self) -> str:
        return content_type(self.key)

    @property
    def is_page(self) -> bool:
        return self.key.endswith(".html")


def site_files(site: Path) -> list[SiteFile]:
    """Every file of the site, assets first and pages last, the home page at the very end: in
    this order a page never goes live before what it links to."""
    files = []
    for path in site.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            files.append(
                SiteFile(
                    path.relative_to(site).as_posix(),
                    path,
                    hashlib.md5(data, usedforsecurity=False).hexdigest(),
                    len(data),
                )
            )
    return sorted(files, key=lambda f: (f.is_page, f.key == "index.html", f.key))
