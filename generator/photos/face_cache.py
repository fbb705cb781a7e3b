"""Face-check results (rule P646) kept between runs, keyed by each photo's SHA-256.

The check takes about a second a photo, and ``validate`` runs on every commit, ``build`` again;
a photo's result depends only on its bytes and the detector, so it is computed once. The file
``.xinyuan/cache/faces.json`` (git-ignored; CI keeps it with ``actions/cache``) holds the
detector's version and, per SHA-256, the boxes found. A changed photo has another hash and is
checked again; a changed detector drops every result; an unreadable or malformed file is
ignored and written anew. Within one process results are kept in memory too, so ``build``
(which validates) never checks a photo twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from generator.photos import faces as detector

CACHE_FILE = Path(".xinyuan/cache/faces.json")

# sha256 -> boxes, for the detector version of the key; shared by every FaceCache in a process.
_checked: dict[tuple[str, str], list] = {}


class FaceCache:
    def __init__(self, root: str | os.PathLike | None = None):
        self.path = Path(root) / CACHE_FILE if root is not None else None
        self._version: str | None = None
        self._stored: dict[str, list] | None = None  # what the file holds (loaded lazily)
        self._dirty = False

    @property
    def version(self) -> str:
        if self._version is None:
            self._version = detector.detector_version()
        return self._version

    def _load(self) -> dict[str, list]:
        if self._stored is None:
            self._stored = {}
            if self.path is not None:
                try:
                    data = json.loads(self.path.read_text(encoding="utf-8"))
                    if data.get("detector") == self.version and isinstance(data.get("results"), dict):
                        self._stored = {k: v for k, v in data["results"].items() if isinstance(k, str) and _boxes(v)}
                except (OSError, ValueError, AttributeError):
                    pass  # missing, unreadable or corrupt: start afresh
        return self._stored

    def faces(self, data: bytes) -> list[tuple[int, int, int, int]]:
        """The faces in a photo: from memory, from the cache file, or found now."""
        digest = hashlib.sha256(data).hexdigest()
        key = (self.version, digest)
        if key not in _checked:
            stored = self._load().get(digest)
            _checked[key] = stored if stored is not None else detector.faces(data)
        found = [tuple(box) for box in _checked[key]]
        held = self._load()
        if held.get(digest) is None:
            held[digest] = [list(box) for box in found]
            self._dirty = True
        return found

    def save(self) -> None:
        """Write the file atomically when something was added (a failure only costs time)."""
        if self.path is None or not self._dirty:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            ignore = self.path.parent / ".gitignore"
            if not ignore.exists():  # a data repository without the template's .gitignore
                ignore.write_text("# written by xinyuan: never commit the cache\n*\n", encoding="utf-8")
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".faces-", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump({"detector": self.version, "results": self._stored}, out)
            os.replace(tmp, self.path)
            self._dirty = False
        except OSError:
            try:
                os.unlink(tmp)
            except (OSError, UnboundLocalError):
                pass


def _boxes(value) -> bool:
    return isinstance(value, list) and all(
        isinstance(box, list) and len(box) == 4 and all(type(v) is int for v in box) for box in value
    )
