"""The one writer of records: validate the repository as it would be after a change, in
memory (:func:`check`), and write the change only when it introduces no problem (:func:`write`
accepts nothing but a :class:`Checked` change without problems). Nothing is ever half-written.
"""

from __future__ import annotations

import difflib
from collections import Counter
from datetime import date
from pathlib import Path
from dataclasses import dataclass
from collections.abc import Callable, Iterable, Mapping

from generator.ops.file_style import in_style_of, normal
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


@dataclass(frozen=True)
class Checked:
    """Changes validated against the repository they will be written into: the only thing
    :func:`write` accepts, so no record reaches the disk unvalidated."""

    root: str | Path | None  # the source's folder (None for a source in memory)
    changes: Changes
    problems: tuple[Problem, ...]  # what the changes would add (less what the caller accepts)
    head: Repository  # the repository as it would be after the changes
    after: tuple[Problem, ...]  # every problem of ``head``

    @property
    def ok(self) -> bool:
        return not self.problems


def _as_bytes(text: str | bytes | None) -> bytes | None:
    return text.encode("utf-8") if isinstance(text, str) else text


def check(
    source: Source,
    changes: Mapping[str, str | bytes | None],
    today: date,
    loaded: Repository | None = None,
    accept: Callable[[Problem], bool] | None = None,
) -> Checked:
    """Validate the repository as it would be after ``changes``, in memory.

    ``loaded``: the repository as already loaded from ``source``, to save loading it again.
    ``accept``: problems the caller expects and takes (a draft's fields left to fill in).
    """
    head, after = validate(OverlaySource(source, {p: _as_bytes(t) for p, t in changes.items()}), today)
    added = []
    if after:  # the common case, none, needs no look at what was there before
        before = problems_of(loaded) if loaded else validate(source, today)[1]
        known = Counter(_key(p) for p in before)
        for problem in after:
            if known[_key(problem)]:
                known[_key(problem)] -= 1
            elif not (accept and accept(problem)):
                added.append(problem)
    return Checked(getattr(source, "root", None), dict(changes), tuple(added), head, tuple(after))


def read(root: str | Path, path: str) -> str:
    return normal((Path(root) / path).read_bytes().decode("utf-8"))


def write(root: str | Path, checked: Checked) -> None:
    """Write validated changes, an existing file keeping its byte-order mark and line ends."""
    if not checked.ok or Path(checked.root or root).resolve() != Path(root).resolve():
        raise ValueError("only changes validated against this folder, without new problems, are written")
    for path, text in checked.changes.items():
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
    if any(path.startswith("data/orgs/") for path in checked.changes):
        codeowners.refresh(root)  # derived from the organisations: kept in the same change


def apply_checked(
    root: str | Path,
    changes: Changes,
    today: date,
    loaded: Repository | None = None,
    accept: Callable[[Problem], bool] | None = None,
) -> list[Problem]:
    """Write the changes when they introduce no problem; otherwise write nothing and return them."""
    checked = check(FileSource(root), changes, today, loaded, accept)
    if checked.ok:
        write(root, checked)
    return list(checked.problems)


def changed_lines(old: str, new: str) -> Iterable[str]:
    """The lines an edit removed (``-``) and added (``+``), for printing what changed."""
    for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0):
        if line[:1] in "+-" and not line.startswith(("+++", "---")):
            yield line
