"""Free ids for new records: the ids in use, the next numbered one, the next free one.

Ids are unique across the repository and equal to the file's stem, so every record file counts
as taken, valid or not (a file that fails its schema still holds its id).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.model.repository import Repository, path_parts


def taken(repo: Repository, kind: str | None = None) -> list[str]:
    """The ids (file stems) of every record file, or of those of one ``kind``."""
    return [path_parts(path)["stem"] for path, k in repo.kinds.items() if k != "program" and kind in (None, k)]


def numbered(taken: Iterable[str], stem: str, count: int = 1) -> list[str]:
    """The next ``count`` ids ``<stem>-NNN`` after the highest number ``taken`` uses with that
    stem (``majiayi-2026`` gives ``majiayi-2026-004`` after ``majiayi-2026-003``)."""
    number = re.compile(re.escape(stem) + r"-(?P<n>[0-9]{3,})")
    used = [int(m["n"]) for t in taken for m in [number.fullmatch(t)] if m]
    start = max(used, default=0) + 1
    return [f"{stem}-{n:03d}" for n in range(start, start + count)]


def free(taken: Iterable[str], stem: str) -> str:
    """``stem`` itself when free, else ``stem-2``, ``stem-3``…"""
    used, candidate, n = set(taken), stem, 2
    while candidate in used:
        candidate, n = f"{stem}-{n}", n + 1
    return candidate
