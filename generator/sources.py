"""Where the data files come from: a working tree on disk (or, for pull requests, a git tree).

A source lists the repository-relative paths of the files under ``data/`` and reads their bytes.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Protocol

from .loader import MAX_BYTES


class Source(Protocol):
    def paths(self) -> Iterable[str]:
        """Repository-relative POSIX paths of every file under ``data/``, sorted."""

    def read(self, path: str) -> bytes:
        """The file's bytes; at most MAX_BYTES + 1 of them (enough to tell it is too large)."""


class FileSource:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    def paths(self) -> list[str]:
        data = self.root / "data"
        found = []
        for folder, dirs, files in os.walk(data):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            rel = Path(folder).relative_to(self.root).as_posix()
            found.extend(f"{rel}/{name}" for name in files)
        return sorted(found)

    def read(self, path: str) -> bytes:
        with open(self.root / path, "rb") as handle:
            return handle.read(MAX_BYTES + 1)
