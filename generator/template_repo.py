"""The template repository's own files, which ``xinyuan init`` copies into a new program's
repository: the workflows and the scripts they call, the issue forms, the pull request template,
``mkdocs.yml``, ``.gitignore``; and the files the package reads from the same place (``BUNDLED``).

One source: the files at the root of this repository. A source checkout and an editable install
read them there; a built package (wheel) carries a copy that ``setup.py`` makes at build time in
``generator/template_repo/``. This module imports only the standard library: ``setup.py`` reads
``SHIPPED`` from it.
"""

from __future__ import annotations

from pathlib import Path

SHIPPED = (".github", "mkdocs.yml", ".gitignore", ".xinyuan/docs/.gitkeep")
# Carried in a built package too, but not copied into a new repository: read from the installed
# package (the maintainer's guide, put on every program's site).
BUNDLED = ("docs/guide",)
# Made for each program from its own data, never copied from the template's sample program.
GENERATED = frozenset({".github/CODEOWNERS"})

_HERE = Path(__file__).resolve().parent
PACKAGED = _HERE / "template_repo"   # only in a built package
SOURCE = _HERE.parent                # the template repository itself


def root() -> Path:
    """Where the template's files are: the package's copy, else the source checkout."""
    if PACKAGED.is_dir():
        return PACKAGED
    if all((SOURCE / name).exists() for name in SHIPPED):
        return SOURCE
    raise FileNotFoundError(f"找不到模板仓库的文件（{', '.join(SHIPPED)}）：xinyuan 没有安装完整，请重新安装")


def files() -> dict[str, bytes]:
    """Every file to copy, by its path in the new repository (POSIX), with its bytes."""
    base = root()
    found: dict[str, bytes] = {}
    for name in SHIPPED:
        path = base / name
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            rel = file.relative_to(base).as_posix()
            if file.is_file() and rel not in GENERATED:
                found[rel] = file.read_bytes()
    return found
