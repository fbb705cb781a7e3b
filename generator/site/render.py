"""The one Jinja2 environment that turns page plans into Markdown, XML and SVG text.

Autoescaping is on for every template, and templates print data only inside raw HTML blocks
(see :mod:`.text`), so text from the data is never markup. Templates are compiled once and
cached by the environment; a program's own ``site_templates/`` folder, when it has one,
overrides the templates shipped with the package, file by file.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from generator import shipped
from generator.site.inert_text import clip, front_matter, safe_url

PACKAGED_TEMPLATES = shipped.path("site_templates")


def template_dirs(root: Path | None) -> list[Path]:
    own = root / "site_templates" if root else None
    dirs = [own] if own and own.is_dir() and own.resolve() != PACKAGED_TEMPLATES else []
    return dirs + [PACKAGED_TEMPLATES]


def relative(page_url: str, target: str) -> str:
    """A link from one page to another, both given as site paths such as ``wishes/x/``.

    Every page is a directory (use_directory_urls), so links start from the page's own path.
    Plain string work: this runs for every link of every page (``posixpath.relpath`` asks the
    operating system for the working directory each time).
    """
    if target.startswith(("http://", "https://", "#")):
        return target
    path, hash_, anchor = target.partition("#")
    here = [p for p in page_url.split("/") if p]
    there = [p for p in path.split("/") if p]
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    parts = [".."] * (len(here) - common) + there[common:]
    link = "/".join(parts) or "."
    if path.endswith("/") or not path:
        link += "/"
    return link + hash_ + anchor


@jinja2.pass_context
def _href(context, target: str) -> str:
    return safe_url(relative(context["page_url"], target))


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def yuan(value: float) -> str:
    return f"{value / 10000:.1f} 万元" if value >= 100000 else f"{value:,.0f} 元"


def day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def days_text(days: int | None) -> str:
    if days is None:
        return ""
    if days < 0:
        return f"已逾期 {-days} 天"
    return "今天到期" if days == 0 else f"还剩 {days} 天"


_CODE_SPAN = re.compile(r"``(.+?)``")


def code_spans(text: str) -> Markup:
    """Documentation text with its ````code```` spans (rule docstrings) as <code>, all else escaped."""
    return Markup(_CODE_SPAN.sub(lambda m: f"<code>{m[1]}</code>", str(escape(text))))


def environment(root: Path | None = None) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(root)]),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(
        front_matter=front_matter,
        percent=percent,
        yuan=yuan,
        day=day,
        days_text=days_text,
        clip=clip,
        safe_url=safe_url,
        code_spans=code_spans,
    )
    env.globals.update(href=_href)
    return env
