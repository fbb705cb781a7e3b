"""MkDocs hook, so that ``mkdocs build`` and ``mkdocs serve`` work on a data repository directly.

Before MkDocs reads the docs folder, validate data/ and render the pages into it (rewriting
only changed files, so ``mkdocs serve`` does not loop). ``xinyuan build`` renders the pages
itself and switches this hook off. Set XINYUAN_TODAY=YYYY-MM-DD to fix the date.

Invalid data stops a build. A preview (``mkdocs serve``, ``xinyuan serve``) keeps running
instead and shows the problems: the docs become one page listing them, every page carries a
banner, and the next valid change brings the site back.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from mkdocs.exceptions import Abort

from generator.site.guide import INVALID_DATA_HINT
from generator.output.problem_formats import text
from generator.site.assets import shrink
from generator.site.build import InvalidData, load_site, mkdocs_overrides
from generator.site.docs import Docs, render_docs, write_docs
from generator.site.render import environment
from generator.site.stamp import stamp
from generator.site.inert_text import front_matter

_stamps: list = []  # the wish pages rendered in on_config, stamped after the build
_command = "build"  # what MkDocs was started for: "build", "serve" or "gh-deploy"


def on_startup(command, dirty):
    global _command
    _command = command


def on_config(config):
    global _stamps
    root = Path(config.config_file_path).resolve().parent
    today = os.environ.get("XINYUAN_TODAY")
    try:
        site = load_site(root, date.fromisoformat(today) if today else None)
    except InvalidData as exc:
        if _command != "serve":
            raise Abort(f"数据没有通过校验，未生成网站（{INVALID_DATA_HINT}）：\n" + text(exc.problems)) from None
        _stamps = []
        return show_problems(config, root, exc.problems)
    docs = render_docs(site, environment(root))
    _stamps = docs.stamps
    write_docs(docs, Path(config.docs_dir))
    for key, value in mkdocs_overrides(site).items():
        if key == "extra":
            config.extra.update(value)
        else:
            config[key] = value
    return config


def show_problems(config, root: Path, problems):
    """The preview of invalid data: one page listing the problems, and a banner on every page."""
    listing = text(problems)
    sys.stderr.write(f"数据没有通过校验（{len(problems)} 个问题），预览显示问题清单：\n{listing}")
    page = environment(root).get_template("pages/problems.md.j2").render(problems=problems)
    write_docs(Docs({"index.md": (front_matter({"title": "数据没有通过校验"}) + "\n" + page).encode()}, 1),
               Path(config.docs_dir))
    config.extra["xinyuan_problems"] = len(problems)
    return config


def on_post_build(config):
    stamp(Path(config.site_dir), _stamps)
    shrink(Path(config.site_dir))
