"""Stage after MkDocs: the thousands of wish, list and organisation pages, stamped from shells.

A city has thousands of pages that differ only in their title, description and body. The site
builder (MkDocs) spends milliseconds per page on Markdown and the theme, so it builds one *shell*
page per kind of page instead, at the same depth as the pages it stands for (so every relative
link in it holds for them), with placeholders for the title, the description and the body; each
page is then that HTML, its indentation stripped once, with its own text put in. This works on
the built HTML alone (no MkDocs internals), so what it relies on in the theme's output is listed
in ``ANCHORS`` and checked on every shell: a theme upgrade that moves one fails the build with
the anchor's name and where to look, never with half a site (tests/test_site_contract.py builds
shells with the pinned theme and checks the same list).
"""

from __future__ import annotations

import html
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from generator.model.problems import SetupError
from generator.site.inert_text import clip, inert

SHELL_DIR = "xinyuan-shell"
TITLE = "xinyuan-stamp-title"
DESCRIPTION = "xinyuan-stamp-description"
BODY = "xinyuan-stamp-body"
SHELL_BODY = f"\n{BODY}\n"  # Markdown makes it <p>BODY</p>
_BODY_HTML = f"<p>{BODY}</p>"
# The theme heads a page with its title when the content has no <h1> of its own, as the shell's
# has not; a page whose body has one gets no second heading, as a built page would not.
_THEME_H1 = f"<h1>{TITLE}</h1>"


@dataclass(frozen=True)
class Anchor:
    name: str
    text: str  # what the built shell must contain (after compacting)
    look_at: str  # where it comes from, for whoever upgrades the theme


ANCHORS = (
    Anchor(
        "标题 <title>",
        f"<title>{TITLE} - ",
        "site_templates/overrides/partials/xy-title.html（主题 base.html 的 htmltitle 块）",
    ),
    Anchor(
        "页面描述 meta description",
        f'<meta name="description" content="{DESCRIPTION}">',
        "主题 base.html 的 site_meta 块；site_templates/overrides/plain.html 的 <head>",
    ),
    Anchor(
        "分享标题 og:title",
        f'<meta property="og:title" content="{TITLE}">',
        "site_templates/overrides/partials/xy-head.html",
    ),
    Anchor(
        "分享描述 og:description",
        f'<meta property="og:description" content="{DESCRIPTION}">',
        "site_templates/overrides/partials/xy-head.html",
    ),
    Anchor(
        "正文占位 <p>…</p>",
        _BODY_HTML,
        "主题 partials/content.html（{{ page.content }}）和 mkdocs.yml 的 markdown_extensions",
    ),
    Anchor("正文位置 <article>", '<article class="md-content__inner md-typeset">', "主题 base.html 的 container 块"),
    Anchor("主题加的一级标题 <h1>", _THEME_H1, "主题 partials/content.html：正文没有 <h1> 时主题用页面标题加一个"),
)
# Compacting strips each line's indentation: only safe where no text keeps its line layout.
_LAYOUT_KEEPING = ("<pre", "<textarea")


class StampError(SetupError):
    """A built shell page lost an anchor: the theme changed in a way the stamping cannot follow."""


@dataclass(frozen=True)
class Stamp:
    url: str
    shell: str  # the url of the shell page it is made from
    title: str
    description: str
    body: str  # HTML


def shell_url(number: int, depth: int) -> str:
    """The address of shell number ``number`` for pages ``depth`` folders deep."""
    if depth <= 1:
        return f"{SHELL_DIR}-{number}/"
    return f"{SHELL_DIR}/{number}/" + "s/" * (depth - 2)


def compact(frame: str) -> str:
    """The frame without indentation and blank lines (each line break stays a space)."""
    return "\n".join(line.strip() for line in frame.splitlines() if line.strip()) + "\n"


def broken_anchors(shell: str, shell_address: str) -> list[str]:
    """What the stamping relies on and does not find in a built shell page, one line each.
    ``shell_address`` is the shell's full address (its canonical link); "" when the site has none."""
    anchors = list(ANCHORS)
    if shell_address:
        anchors.append(
            Anchor(
                "规范地址 canonical",
                f'<link rel="canonical" href="{shell_address}">',
                "主题 base.html 的 site_meta 块（page.canonical_url）；plain.html 的 <head>；mkdocs.yml 的 site_url",
            )
        )
    missing = [f"缺少{a.name}：应有 {a.text!r}，请看 {a.look_at}" for a in anchors if a.text not in shell]
    missing += [
        f"页面框架里有 {tag}…>：去掉缩进会改变它的内容，请看主题和 site_templates/overrides"
        for tag in _LAYOUT_KEEPING
        if tag in shell
    ]
    return missing


def read_shell(path: Path, shell_address: str) -> str:
    shell = compact(path.read_text(encoding="utf-8"))
    missing = broken_anchors(shell, shell_address)
    if missing:
        raise StampError(
            f"网站主题生成的壳页面 {path} 和心愿页面的拼装方式对不上了"
            "（多半是升级了 mkdocs-material；pyproject.toml 固定的版本见 mkdocs-material==）：\n  "
            + "\n  ".join(missing)
        )
    return shell


def stamp(site_dir: Path, stamps: list[Stamp], base_url: str) -> None:
    """Write each stamped page into ``site_dir`` from its built shell, then remove the shells."""
    shells: dict[str, str] = {}
    for page in stamps:
        if page.shell not in shells:
            shells[page.shell] = read_shell(
                site_dir / page.shell / "index.html", base_url + page.shell if base_url else ""
            )
    for page in stamps:
        target = site_dir / page.url / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(fill(shells[page.shell], page), encoding="utf-8")
    for url in shells:
        shutil.rmtree(site_dir / url.split("/")[0], ignore_errors=True)


def fill(shell: str, page: Stamp) -> str:
    # The same treatment front matter gets (inert text), then the escaping the theme applies.
    values = {
        _BODY_HTML: page.body,
        TITLE: html.escape(inert(page.title)),
        DESCRIPTION: html.escape(inert(clip(page.description, 120))),
        page.shell: page.url,
    }
    if "<h1" in page.body:
        shell = shell.replace(_THEME_H1, "", 1)
    # One pass: a placeholder that a story happens to contain is never replaced in turn.
    pattern = re.compile("|".join(re.escape(token) for token in values))
    return pattern.sub(lambda m: values[m.group()], shell)
