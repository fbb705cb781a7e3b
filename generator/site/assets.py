"""The site's own stylesheet and scripts, shrunk in the built site: comments and indentation out.

They are written to be read (comments say why), but every phone downloads them on its first
visit, and a wish page's cold load has a budget (README: at or below 273 KB). Only our own files,
which keep to two rules a test checks: comments are ``/* … */`` blocks, and no string holds
``/*`` or a line break.
"""

from __future__ import annotations

import re
from pathlib import Path

OWN = ("assets/stylesheets/xinyuan.css", "assets/javascripts/xinyuan.js", "assets/javascripts/share.js")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def shrink_text(text: str) -> str:
    lines = (line.strip() for line in _COMMENT.sub("", text).splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def shrink(site_dir: Path) -> None:
    for name in OWN:
        path = site_dir / name
        if path.is_file():
            path.write_text(shrink_text(path.read_text(encoding="utf-8")), encoding="utf-8")
