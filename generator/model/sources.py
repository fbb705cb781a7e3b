"""Where the data files come from: a working tree on disk (or, for pull requests, a git tree).

A source lists the repository-relative paths of the files under ``data/`` and reads their bytes.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Protocol
from collections.abc import Iterable, Mapping

from generator.model import git_trees as git
from generator.model.loader import MAX_BYTES
from generator.model.pathnames import from_os


class Source(Protocol):
    def paths(self) -> Iterable[str]:
        """Repository-relative POSIX paths of every file under ``data/``, sorted."""

    def read(self, path: str) -> bytes:
        """The file's bytes; at most MAX_BYTES + 1 of them (enough to tell it is too large)."""


class NotAFile(Exception):
    """A path under ``data/`` that is not a regular file one can read (the reason, in Chinese)."""


class FileSource:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self._on_disk: dict[str, str] = {}  # readable path -> the name on disk, where they differ

    def paths(self) -> list[str]:
        data = self.root / "data"
        found = []
        for folder, dirs, files in os.walk(data):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            rel = Path(folder).relative_to(self.root).as_posix()
            for name in files:
                real = f"{rel}/{name}"
                shown = from_os(real)
                if shown != real:
                    self._on_disk[shown] = real
                found.append(shown)
        return sorted(found)

    def read(self, path: str) -> bytes:
        """The file's bytes; NotAFile for a symbolic link (never followed: it could point out of
        the repository), a pipe or device (reading could block), or a file that cannot be read."""
        real = self.root / self._on_disk.get(path, path)
        try:
            fd = os.open(real, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError as exc:
            raise NotAFile("是符号链接" if real.is_symlink() else f"无法读取（{exc.strerror}）") from None
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise NotAFile("不是普通文件（管道、设备或套接字）")
            return handle.read(MAX_BYTES + 1)


class GitTreeSource:
    """The files under ``data/`` of one git tree-ish, read from git objects (nothing checked out).

    Only regular files count: symlinks and submodules are never followed (the policy refuses them).
    """

    def __init__(self, repo_dir: str | os.PathLike, rev: str):
        self.repo_dir, self.rev = repo_dir, rev
        self._entries = {
            e.path: e for e in git.entries(repo_dir, rev, "data") if e.type == "blob" and e.mode != git.SYMLINK
        }
        self._blobs: dict[str, bytes] | None = None

    def paths(self) -> list[str]:
        return sorted(self._entries)

    def read(self, path: str) -> bytes:
        if self._blobs is None:  # one `git cat-file --batch` for the whole tree
            shas = sorted({e.sha for e in self._entries.values()})
            self._blobs = git.read_blobs(self.repo_dir, shas)
        return self._blobs[self._entries[path].sha][: MAX_BYTES + 1]


class OverlaySource:
    """Another source with some files replaced, added or removed (``None``): a change not yet
    written anywhere."""

    def __init__(self, under: Source, files: Mapping[str, bytes | None]):
        self.under, self.files = under, files

    def paths(self) -> list[str]:
        removed = {path for path, data in self.files.items() if data is None}
        return sorted((set(self.under.paths()) | set(self.files)) - removed)

    def read(self, path: str) -> bytes:
        if path not in self.files:
            return self.under.read(path)
        data = self.files[path]
        if data is None:
            raise FileNotFoundError(path)  # removed by the change
        return data
