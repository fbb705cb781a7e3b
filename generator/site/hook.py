"""MkDocs hook, so that ``mkdocs build`` and ``mkdocs serve`` work on a data repository directly.

Before MkDocs reads the docs folder, validate data/ and render the pages into it (rewriting
only changed files, so ``mkdocs serve`` does not loop). ``xinyuan build`` renders the pages
itself and switches this hook off. Set XINYUAN_TODAY=YYYY-MM-DD to fix the date.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from mkdocs.exceptions import Abort

from generator.reporters import text
from generator.site.assets import shrink
from generator.site.build import InvalidData, load_site, mkdocs_overrides
from generator.site.docs import render_docs, write_docs
from generator.site.render import environment
from generator.site.stamp import stamp

_stamps: list = []  # the wish pages rendered in on_config, stamped after the build


def on_config(config):
    root = Path(config.config_file_path).resolve().parent
    today = os.environ.get("XINYUAN_TODAY")
    try:
        site = load_site(root, date.fromisoformat(today) if today else None)
    except InvalidData as exc:
        raise Abort("数据没有通过校验，未生成网站：\n" + text(exc.problems)) from None
    global _stamps
    docs = render_docs(site, environment(root))
    _stamps = docs.stamps
    write_docs(docs, Path(config.docs_dir))
    for key, value in mkdocs_overrides(site).items():
        config[key] = value
    return config


def on_post_build(config):
    stamp(Path(config.site_dir), _stamps)
    shrink(Path(config.site_dir))
