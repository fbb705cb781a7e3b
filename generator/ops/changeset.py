"""Apply edits safely: validate the repository as it would be after the edit, in memory, and
write the files only when the edit introduces no problem. Nothing is ever half-written.
"""

from __future__ import annotations

import difflib
from collections import Counter
from datetime import date
from pathlib import Path
from collections.abc import Iterable

from generator.policy import codeowners
from generator.model.problems import Problem
from generator.model.sources import FileSource, OverlaySource, Source
from generator.model.repository import Repository
from generator.rules.runner import problems_of, validate

# repository-relative path -> the file's new text (or bytes, for a photo; None removes the file)
Changes = dict[str, "str | bytes | None"]


def _key(problem: Problem) -> tuple:
    # Lines move when an edit adds lines, so a problem is "the same" by file, code and message.
    return problem.path, problem.code, problem.message


def introduced(source: Source, changes: Changes, today: date,
               loaded: Repository | None = None) -> list[Problem]:
    """The problems the changes would add to those the repository already has.

    ``loaded``: the repository as already loaded from ``source``, to save loading it again.
    """
    files = {path: text.encode("utf-8") if isinstance(text, str) else text  # None: removed
             for path, text in changes.items()}
    _, after = validate(OverlaySource(source, files), today)
    if not after:  # the common case: no need to know what was there before
        return []
    before = problems_of(loaded) if loaded else validate(source, today)[1]
    known = Counter(_key(p) for p in before)
    added = []
    for problem in after:
        if known[_key(problem)]:
            known[_key(problem)] -= 1
        else:
            added.append(problem)
    return added


BOM = "\ufeff"


def normal(text: str) -> str:
    """A file's text as the editor works on it: no byte-order mark, ``\n`` line ends."""
    return text.removeprefix(BOM).replace("\r\n", "\n")


def in_style_of(raw: bytes, text: str) -> str:
    """``text`` (``\n`` line ends) written the way the file ``raw`` was: with its byte-order
    mark and its ``\r\n`` line ends (Windows Notepad), so an edit changes only what it changes."""
    if raw.count(b"\r\n") * 2 > raw.count(b"\n"):
        text = text.replace("\n", "\r\n")
    return (BOM if raw.startswith(BOM.encode("utf-8")) else "") + text


def read(root: str | Path, path: str) -> str:
    return normal((Path(root) / path).read_bytes().decode("utf-8"))


def write(root: str | Path, changes: Changes) -> None:
    """Write each file, an existing one keeping its byte-order mark and line ends."""
    for path, text in changes.items():
        target = Path(root) / path
        if text is None:  # removed, with the folders it leaves empty (a wish's photo folder)
            target.unlink(missing_ok=True)
            for folder in target.parents:
                if folder == Path(root) / "data" or any(folder.iterdir()):
                    break
                folder.rmdir()
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):  # a photo
            target.write_bytes(text)
            continue
        if target.exists():
            text = in_style_of(target.read_bytes(), text)
        target.write_bytes(text.encode("utf-8"))


def apply_checked(root: str | Path, changes: Changes, today: date,
                  loaded: Repository | None = None) -> list[Problem]:
    """Write the changes when they introduce no problem; otherwise write nothing and return them."""
    problems = introduced(FileSource(root), changes, today, loaded)
    if not problems:
        write(root, changes)
        if any(path.startswith("data/orgs/") for path in changes):
            codeowners.refresh(root)  # derived from the organisations: kept in the same change
    return problems


def changed_lines(old: str, new: str) -> Iterable[str]:
    """The lines an edit removed (``-``) and added (``+``), for printing what changed."""
    for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0):
        if line[:1] in "+-" and not line.startswith(("+++", "---")):
            yield line
