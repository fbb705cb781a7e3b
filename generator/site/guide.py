"""The maintainer's guide (管理员手册): Chinese chapters in ``docs/guide/``, shipped with the
package and put on the public site under ``guide/``.

The contents page (``index.md``) is the one list of chapters and their order: a numbered list of
links, ``1. [准备和建立项目](setup.md)``. A chapter's title is its first line (``# 标题``). Hints
in commands and workflows point to a chapter by that title, through :func:`see`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator import shipped

FOLDER = "docs/guide"
CONTENTS = "index.md"
TITLE = "管理员手册"
_ENTRY = re.compile(r"^\d+\. \[([^\]]+)\]\(([a-z0-9-]+\.md)\)$", re.M)


@dataclass(frozen=True)
class Chapter:
    file: str  # e.g. "setup.md"
    title: str  # as the contents names it


def folder() -> Path:
    """Where the guide's files are: the installed package's copy, else the source checkout."""
    return shipped.path(FOLDER)


def chapters(base: Path | None = None) -> list[Chapter]:
    """The chapters in the order the contents lists them (files that do not exist included)."""
    text = ((base or folder()) / CONTENTS).read_text(encoding="utf-8")
    return [Chapter(file, title) for title, file in _ENTRY.findall(text)]


def see(title: str) -> str:
    """A hint's pointer to a chapter, e.g. ``见管理员手册《认领》`` (a test checks the title)."""
    return f"见{TITLE}《{title}》"


# Said wherever invalid data stops something (a build, a preview, the deploy workflow's issue).
INVALID_DATA_HINT = "怎样读和改这些问题，" + see("网站不更新了怎么办")
