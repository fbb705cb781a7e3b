"""Files xinyuan ships beside its code, found in one way.

- ``TOOL``: what the tool itself reads, the JSON schemas, the site templates and the maintainer's
  guide (put on every program's site).
- ``TEMPLATE``: the template repository's own files, which ``xinyuan init`` copies into a new
  program's repository (workflows and their scripts, issue forms, ``mkdocs.yml``, ``.gitignore``).

One source: these files at the root of this repository (DESIGN.md's layout; GitHub reads
``.github/`` only there). A source checkout and an editable install read them at the root; a
built wheel carries a copy in ``generator/shipped/`` that ``setup.py`` makes at build time, so
nothing is installed as a top-level package of its own. Standard library only: ``setup.py``
reads the two lists from this file.
"""

from __future__ import annotations

from pathlib import Path

TOOL = ("schemas", "site_templates", "docs/guide")
TEMPLATE = (".github", "mkdocs.yml", ".gitignore", ".xinyuan/docs/.gitkeep")

_HERE = Path(__file__).resolve().parent
PACKAGED = _HERE / "shipped"  # only in a built package
SOURCE = _HERE.parent  # the template repository itself


def root() -> Path:
    """Where the shipped files are: the package's copy, else the source checkout."""
    if PACKAGED.is_dir():
        return PACKAGED
    if all((SOURCE / name).exists() for name in TOOL + TEMPLATE):
        return SOURCE
    raise FileNotFoundError(
        f"找不到 xinyuan 自带的文件（{', '.join(TOOL + TEMPLATE)}）：xinyuan 没有安装完整，请重新安装"
    )


def path(name: str) -> Path:
    """One shipped file or folder, e.g. ``path("schemas")``."""
    return root() / name
