"""What the MkDocs hook does, as an object: its state (the command MkDocs was started for, and the
pages rendered for the build under way) lives on the instance, reset by every build.

Before MkDocs reads the docs folder, validate data/ and render the pages into it (rewriting only
changed files, so ``mkdocs serve`` does not loop); after the build, stamp the rest (.finish).
Invalid data stops a build. A preview (``mkdocs serve``, ``xinyuan serve``) keeps running instead
and shows the problems: the docs become one page listing them, every page carries a banner, and
the next valid change brings the site back.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mkdocs.exceptions import Abort

from generator.model.problems import SetupError
from generator.output.problem_formats import text
from generator.site.guide import INVALID_DATA_HINT
from generator.site.assets import shrink
from generator.site.build import InvalidData, load_site, mkdocs_overrides
from generator.site.docs import Docs, render_docs, write_docs
from generator.site.finish import finish
from generator.site.inert_text import front_matter
from generator.site.render import environment
from generator.site import theme


@dataclass(frozen=True)
class Rendered:
    """One build's pages, kept from on_config to on_post_build."""

    docs: Docs
    base_url: str
    today: date


class SitePlugin:
    def __init__(self) -> None:
        self.command = "build"  # "build", "serve" or "gh-deploy"
        self.rendered: Rendered | None = None  # None while the preview shows problems

    def on_startup(self, command, dirty):
        self.command = command

    def on_config(self, config):
        self.rendered = None
        try:
            config.extra.update(theme.extra(config))
        except SetupError as exc:
            raise Abort(str(exc)) from None
        root = Path(config.config_file_path).resolve().parent
        today = os.environ.get("XINYUAN_TODAY")
        try:
            site = load_site(root, date.fromisoformat(today) if today else None)
        except InvalidData as exc:
            if self.command != "serve":
                raise Abort(f"数据没有通过校验，未生成网站（{INVALID_DATA_HINT}）：\n" + text(exc.problems)) from None
            return show_problems(config, root, exc.problems)
        docs = render_docs(site, environment(root))
        write_docs(docs, Path(config.docs_dir))
        self.rendered = Rendered(docs, site.base_url, site.today)
        for key, value in mkdocs_overrides(site).items():
            if key == "extra":
                config.extra.update(value)
            else:
                config[key] = value
        return config

    def on_post_build(self, config):
        site_dir = Path(config.site_dir)
        if self.rendered is None:
            shrink(site_dir)
        else:
            finish(site_dir, self.rendered.docs, self.rendered.base_url, self.rendered.today)


def show_problems(config, root: Path, problems):
    """The preview of invalid data: one page listing the problems, and a banner on every page."""
    listing = text(problems)
    sys.stderr.write(f"数据没有通过校验（{len(problems)} 个问题），预览显示问题清单：\n{listing}")
    page = environment(root).get_template("pages/problems.md.j2").render(problems=problems)
    write_docs(
        Docs({"index.md": (front_matter({"title": "数据没有通过校验"}) + "\n" + page).encode()}, 1),
        Path(config.docs_dir),
    )
    config.extra["xinyuan_problems"] = len(problems)
    return config
