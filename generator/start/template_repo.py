"""The template repository's own files, which ``xinyuan init`` copies into a new program's
repository: the workflows and the scripts they call, the issue forms, the pull request template,
``mkdocs.yml``, ``.gitignore``.

Where they are found: :mod:`generator.shipped`.
"""

from __future__ import annotations

from generator import shipped

# Made for each program from its own data, never copied from the template's sample program.
GENERATED = frozenset({".github/CODEOWNERS"})


def files() -> dict[str, bytes]:
    """Every file to copy, by its path in the new repository (POSIX), with its bytes."""
    base = shipped.root()
    found: dict[str, bytes] = {}
    for name in shipped.TEMPLATE:
        path = base / name
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            rel = file.relative_to(base).as_posix()
            if file.is_file() and rel not in GENERATED:
                found[rel] = file.read_bytes()
    return found
