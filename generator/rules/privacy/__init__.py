"""Privacy: nothing that identifies a beneficiary ever reaches the repository.

Each rule module here has ``find(text)``, yielding ``(start, end, what)`` for every piece of
``text`` it refuses, and a ``check`` made from it by :func:`rule_check`. :func:`scan` runs all of
them over one text (the spreadsheet import and the issue-form intake use it too).
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from typing import Callable, Iterator

from ...problems import Problem

# The one place a phone number or street address may be: an organisation's public office contact.
_ALLOWED = {("org", "contact")}  # (record kind, top-level field)


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


def _place(doc, keypath, fragment) -> tuple[int, int]:
    """Where ``fragment`` appears in the file: searched from the start of the value."""
    pos = doc.locate(keypath)
    lines = doc.text.split("\n")
    offset = sum(len(line) + 1 for line in lines[: pos.line - 1]) + pos.column - 1
    found = doc.text.find(fragment, offset)
    if found < 0:
        return pos.line, pos.column
    line = doc.text.count("\n", 0, found) + 1
    return line, found - (doc.text.rfind("\n", 0, found) + 1) + 1


_texts_of: list = [None, []]  # (repository, its texts): the last repository scanned


def texts(repo) -> list[tuple]:
    """(document, keypath, text) for every text value the privacy rules scan, gathered once
    per repository and shared by all of them."""
    if _texts_of[0] is not repo:
        _texts_of[:] = [repo, [
            (doc, keypath, text)
            for path, doc in repo.docs.items()
            for keypath, text in strings(doc.data)
            if (repo.kinds[path], keypath[0] if keypath else None) not in _ALLOWED
        ]]
    return _texts_of[1]


def rule_check(code: str, find: Callable, hint: str) -> Callable:
    """A rule's ``check``: run ``find`` over every text value of every loaded record."""

    def check(repo):
        for doc, keypath, text in texts(repo):
            for start, end, what in find(text):
                line, column = _place(doc, keypath, text[start:end])
                yield Problem(doc.path, line, column, code, what, hint)

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
    return [(code, what) for code, find in _finders() for _, _, what in find(text)]
