"""What the photo rules (P640–P647) share: every photo a wish names, with the facts of its file,
gathered once per repository; and who counts as a minor."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model.codes import Code
from generator.photos.face_cache import FaceCache
from generator.model.records import Program, Wish
from generator.photos.files import Facts, inspect, photo_dir
from generator.model.taxonomy import needs_guardian

RETAKE_HINT = "用 `xinyuan photo` 重新添加这张照片：它会缩小照片并去掉全部元数据"


@dataclass(frozen=True)
class Entry:
    """One photo named in a wish's ``photos``: where it is named and what its file is."""

    wish: Wish
    index: int
    path: str  # the photo file's repository path
    data: bytes | None  # None when the file is missing
    facts: Facts | None

    def problem(self, code: Code, message: str, hint: str = ""):
        return self.wish.doc.problem(("photos", self.index, "file"), code, message, hint)


def entries(repo) -> list[Entry]:
    if repo.derived.photo_entries is None:
        present = set(repo.photos)
        found = []
        for wish in repo.model.wishes.values():
            folder = photo_dir(wish.doc.path)
            for i, photo in enumerate(wish.photos):
                path = folder + photo.file
                data = repo.read(path) if path in present and repo.read else None
                found.append(Entry(wish, i, path, data, inspect(data) if data is not None else None))
        repo.derived.photo_entries = found
    return repo.derived.photo_entries


def is_minor(wish: Wish, program: Program | None) -> bool:
    """A child's wish: its group is marked ``minors: true`` in program.yml, or its age band
    holds ages under 14 (the same test as a guardian's consent)."""
    return program is None or needs_guardian(program, wish.group, wish.age_band)


def faces_in(repo, entry: Entry) -> list:
    """The faces in a photo, through the repository's cache of results (set by validate)."""
    if not entry.data:
        return []
    if repo.face_cache is None:
        repo.face_cache = FaceCache()
    return repo.face_cache.faces(entry.data)
