"""Privacy: nothing that identifies a beneficiary ever reaches the repository.

Each rule module here has ``find(text)``, yielding ``(start, end, what)`` for every piece of
``text`` it refuses, and a ``check`` made from it by :func:`rule_check`, which scans the whole
text of every record file, comments included, except an organisation's office contact. :func:`scan` runs all of
them over one text (the spreadsheet import and the issue-form intake use it too).
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Callable, Iterator

from ...loader import Document
from ...problems import Problem

# The one place a phone number or street address may be: an organisation's public office contact.
_ALLOWED = {("org", "contact")}  # (record kind, top-level field)


# What a reader reads as the same: full-width letters and digits (１３８…) as ASCII, and
# invisible format characters (zero-width spaces, direction marks) as a space, which the
# detectors take for a separator. One character for one: offsets stay where they were.
_FORMAT_CHARS = [0x00AD, 0x061C, 0x180E, 0xFEFF, *range(0x200B, 0x2010), *range(0x202A, 0x202F),
                 *range(0x2060, 0x2065), *range(0x2066, 0x2070)]
# Every other digit a reader reads as one (Arabic-Indic ٣, Devanagari ३, mathematical bold 𝟭,
# superscript ³, circled ③ ...) as its ASCII digit: a phone number in 𝟭𝟯𝟴… is still one.
# (All such characters lie below U+20000.)
_OTHER_DIGITS = {cp: str(unicodedata.digit(chr(cp))) for cp in range(0x80, 0x20000)
                 if unicodedata.digit(chr(cp), None) is not None}
_SAME_TO_A_READER = {**_OTHER_DIGITS, **{cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)},
                     **{cp: " " for cp in _FORMAT_CHARS}, 0x3000: " "}


def normalise(text: str) -> str:
    return text.translate(_SAME_TO_A_READER)


def strings(data, keypath=()) -> Iterator[tuple[tuple, str]]:
    """Every text value in a record, with its key path."""
    if isinstance(data, str):
        yield keypath, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from strings(value, keypath + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from strings(value, keypath + (i,))


@dataclass(frozen=True)
class Target:
    """A text to scan, and how to turn an offset in it into a position in its file."""

    doc: Document
    text: str
    keypath: tuple | None = None  # set when the text is a value written with escapes

    def position(self, offset: int) -> tuple[int, int]:
        if self.keypath is not None:
            pos = self.doc.locate(self.keypath)
            return pos.line, pos.column
        line_start = self.text.rfind("\n", 0, offset) + 1
        return self.text.count("\n", 0, offset) + 1, offset - line_start + 1


def _masked(doc: Document, kind: str) -> str:
    """The file's text with the lines of allowed fields blanked out (offsets unchanged)."""
    data = doc.data if isinstance(doc.data, dict) else {}
    allowed = [key for key in data if (kind, key) in _ALLOWED]
    if not allowed:
        return doc.text
    lines = doc.text.split("\n")
    for key in allowed:
        first = doc.locate((key,), key=True).line
        last = max(line for line, _ in doc.value_positions((key,)))
        for n in range(first - 1, last):
            lines[n] = " " * len(lines[n])
    return "\n".join(lines)


def _targets(doc: Document, kind: str) -> Iterator[Target]:
    """The whole file (comments included: they are in the repository too), and any value
    that does not appear in it verbatim because it was written with escapes."""
    yield Target(doc, _masked(doc, kind))
    for keypath, value in strings(doc.data):
        if value not in doc.text and (kind, keypath[0] if keypath else None) not in _ALLOWED:
            yield Target(doc, value, keypath)


def targets(repo) -> list[Target]:
    """Every text the privacy rules scan, gathered once per repository for all of them."""
    if "privacy.targets" not in repo.memo:
        repo.memo["privacy.targets"] = [t for path, doc in repo.docs.items()
                                        for t in _targets(doc, repo.kinds[path])]
    return repo.memo["privacy.targets"]


def rule_check(code: str, find: Callable, hint: str) -> Callable:
    """A rule's ``check``: run ``find`` over every text of every loaded record."""

    def check(repo):
        for target in targets(repo):
            for start, _, what in find(normalise(target.text)):
                line, column = target.position(start)
                yield Problem(target.doc.path, line, column, code, what, hint)

    return check


@cache
def _finders() -> tuple[tuple[str, Callable], ...]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "find"):
            found.append((info.name[:4].upper(), module.find))
    return tuple(sorted(found))


def scan(text: str) -> list[tuple[str, str]]:
    """(code, message) for every piece of personal information in ``text``."""
    text = normalise(text)
    return [(code, what) for code, find in _finders() for _, _, what in find(text)]
