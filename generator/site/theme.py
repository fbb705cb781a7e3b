"""What the plain frame (site_templates/overrides/plain.html) takes from the pinned theme and from
the program's mkdocs.yml, checked before a build starts.

- The file name of the theme's stylesheet, which carries a content hash that changes with every
  release: read from the theme's own base.html, the page the full frame extends, so both link the
  same file (tests/test_site_contract.py checks it against the pinned theme).
- The theme settings the plain frame cannot honour, since it loads none of the theme's script:
  a colour palette, the theme's analytics and its cookie consent. A program's mkdocs.yml that
  sets one gets a clear refusal naming what to do instead, not half its pages without it.

Either problem is a SetupError: ``xinyuan build`` exits 2 with the message, ``mkdocs`` stops
with it (no traceback).
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from generator.model.problems import SetupError

_STYLESHEET = re.compile(r"assets/stylesheets/main\.[0-9a-f]+\.min\.css")
# What the plain frame does not do, and what to do instead (the theme's setting -> hint).
UNSUPPORTED = {
    "theme.palette": "改颜色请在 extra_css 的样式表里设置 --md-primary-fg-color 等颜色变量",
    "extra.analytics": "访问统计（例如百度统计）请用 extra_javascript 加载统计脚本",
    "extra.consent": "需要征得同意的统计脚本请自己在 extra_javascript 里处理",
}


@cache
def stylesheet() -> str:
    """The theme's main stylesheet, as a site path (``assets/stylesheets/main.<hash>.min.css``)."""
    base = files("material") / "templates" / "base.html"
    try:
        found = sorted(set(_STYLESHEET.findall(base.read_text(encoding="utf-8"))))
    except OSError as exc:
        found = []
        reason = f"读不到 {base}（{exc.strerror or exc}）"
    else:
        reason = f"{base} 里有 {len(found)} 个主样式表"
    if len(found) != 1:
        raise SetupError(
            f"网站主题不合用：{reason}，应当正好一个。心愿页面等的简洁框架（plain.html）要链接它。"
            "多半是装了另一个版本的 mkdocs-material：请装 xinyuan 要求的版本（pip install -e . 或重新安装 xinyuan）"
        )
    return found[0]


def unsupported(config) -> list[str]:
    """The settings in a loaded MkDocs config that the plain frame cannot honour."""
    extra = config["extra"] or {}
    found = {
        "theme.palette": bool(config["theme"].get("palette")),
        "extra.analytics": bool(extra.get("analytics")),
        "extra.consent": bool(extra.get("consent")),
    }
    return [name for name, present in found.items() if present]


def extra(config) -> dict:
    """What the frames read from ``config.extra`` about the theme, once ``config`` is checked;
    every MkDocs run sets it (mkdocs_run and the hook)."""
    refused = unsupported(config)
    if refused:
        raise SetupError(
            "mkdocs.yml 里有心愿页面等的简洁框架（plain.html）做不到的设置："
            + "；".join(f"{name}（{UNSUPPORTED[name]}）" for name in refused)
            + "。请删去这些设置"
        )
    return {"xinyuan_theme_stylesheet": stylesheet()}
