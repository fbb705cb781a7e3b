"""Privacy: nothing that identifies a beneficiary ever reaches the repository.

Each rule module here has ``find(text)``, yielding ``(start, end, what)`` for every piece of
``text`` it refuses, and a ``check`` made by :func:`rule_check`, which reports what ``find``
found in the whole text of every record file, comments included, except an organisation's
office contact and the fields the module names in ``ALLOWED``. Rules about one field of a wish
(P608 the alias, P618 the place) have ``problem(value)`` instead. :func:`scan` asks all of them
about one text in one field, as validation would: the spreadsheet import and the issue-form
intake use it.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from collections.abc import Callable, Iterator

from generator.model.codes import Code
from generator.model.loader import Document
from generator.model.problems import Problem

# The one place a phone number or street address may be: an organisation's public office contact.
_ALLOWED = {("org", "contact")}  # (record kind, top-level field)


# What a reader reads as the same: full-width letters and digits (１３８…) as ASCII, dashes and
# middle dots (— · ・) as a hyphen, and invisible format characters (zero-width spaces,
# direction marks) as a space, which the detectors take for a separator. One character for
# one: offsets stay where they were.
_FORMAT_CHARS = [
    0x00AD,
    0x061C,
    0x180E,
    0xFEFF,
    *range(0x200B, 0x2010),
    *range(0x202A, 0x202F),
    *range(0x2060, 0x2065),
    *range(0x2066, 0x2070),
]
_DASHES = [0x00B7, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2027, 0x2212, 0x30FB, 0xFF65]
# Every other digit a reader reads as one (Arabic-Indic ٣, Devanagari ३, mathematical bold 𝟭,
# superscript ³, circled ③ ...) as its ASCII digit: a phone number in 𝟭𝟯𝟴… is still one.
# (All such characters lie below U+20000.)
_OTHER_DIGITS = {
    cp: str(unicodedata.digit(chr(cp))) for cp in range(0x80, 0x20000) if unicodedata.digit(chr(cp), None) is not None
}
_SAME_TO_A_READER: dict[int, str | int] = {
    **_OTHER_DIGITS,
    **{cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)},
    **{cp: " " for cp in _FORMAT_CHARS},
    **{cp: "-" for cp in _DASHES},
    0x3000: " ",
}
_COMMON_PUNCTUATION = frozenset(map(ord, "，：；（）！？"))
# Most texts hold none of those characters but full-width punctuation (，：（）), which no detector
# needs as ASCII: translating only the texts that need it, a character at a time, costs a
# fraction of translating every text (str.translate looks every character up in the table).
# The class holds only characters below U+10000, so that the regex engine tests each character
# against one bitmap; any character above (mathematical digits, emoji) simply sends the text to
# str.translate: such texts are rare, and a class listing them is searched one by one.
_NEEDS_NORMALISING = re.compile(
    "[{}\U00010000-\U0010ffff]".format(
        "".join(
            re.escape(chr(cp)) for cp in sorted(_SAME_TO_A_READER) if cp not in _COMMON_PUNCTUATION and cp < 0x10000
        )
    )
)


def normalise(text: str) -> str:
    if text.isascii() or not _NEEDS_NORMALISING.search(text):
        return text
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
    kind: str
    text: str
    keypath: tuple | None = None  # set when the text is a value written with escapes

    def position(self, offset: int) -> tuple[int, int]:
        if self.keypath is not None:
            pos = self.doc.locate(self.keypath)
            return pos.line, pos.column
        line_start = self.text.rfind("\n", 0, offset) + 1
        return self.text.count("\n", 0, offset) + 1, offset - line_start + 1

    def in_field(self, fields: frozenset, line: int) -> bool:
        """Whether ``line`` belongs to one of ``fields`` ((kind, top-level key) pairs)."""
        data = self.doc.data if isinstance(self.doc.data, dict) else {}
        if self.keypath is not None:
            return (self.kind, self.keypath[0]) in fields
        return any(first <= line <= last for first, last in _field_lines(self.doc, self.kind, fields, data))


def _field_lines(doc: Document, kind: str, fields, data) -> list[tuple[int, int]]:
    """(first, last) line of each top-level field of ``doc`` named in ``fields``."""
    spans = []
    for key in data:
        if (kind, key) in fields:
            first = doc.locate((key,), key=True).line
            spans.append((first, max([first] + [line for line, _ in doc.value_positions((key,))])))
    return spans


def _masked(doc: Document, kind: str) -> str:
    """The file's text with the lines of allowed fields blanked out (offsets unchanged)."""
    data = doc.data if isinstance(doc.data, dict) else {}
    spans = _field_lines(doc, kind, _ALLOWED, data)
    if not spans:
        return doc.text
    lines = doc.text.split("\n")
    for first, last in spans:
        for n in range(first - 1, last):
            lines[n] = " " * len(lines[n])
    return "\n".join(lines)


# A value reads differently from the file's text only when it is quoted (escapes), a block
# (| or >) or a plain scalar wrapped over lines: without any of these, no value needs a look.
_MAY_DIFFER = re.compile(r"[\"'|>\\]|\n[ \t]+(?![-#\s]|[^\s:]+:(?:[ \t]|$))")


def _targets(doc: Document, kind: str) -> Iterator[Target]:
    """The whole file (comments included: they are in the repository too), and any value
    that does not appear in it verbatim because it was written with escapes."""
    yield Target(doc, kind, _masked(doc, kind))
    if not _MAY_DIFFER.search(doc.text):
        return
    for keypath, value in strings(doc.data):
        if value not in doc.text and (kind, keypath[0] if keypath else None) not in _ALLOWED:
            yield Target(doc, kind, value, keypath)


def targets(repo) -> list[tuple[Target, str]]:
    """Every text the privacy rules scan, with its normalised form, gathered once per
    repository for all of them."""
    derived = repo.derived
    if derived.privacy_targets is None:
        derived.privacy_targets = [
            (t, normalise(t.text)) for path, doc in repo.docs.items() for t in _targets(doc, repo.kinds[path])
        ]
    return derived.privacy_targets


def _found(repo) -> dict[str, list[tuple[Target, int, str]]]:
    """Every rule's findings in every text, by code: each text is scanned by all the rules in
    turn, while what they share (its digits, its phone numbers) is still cached."""
    if repo.derived.privacy_found is None:
        found: dict[str, list] = {}
        finders = _finders()
        for target, plain in targets(repo):
            for code, find, allowed in finders:
                for start, _, what in find(plain):
                    if allowed and target.in_field(allowed, target.position(start)[0]):
                        continue
                    found.setdefault(code, []).append((target, start, what))
        repo.derived.privacy_found = found
    return repo.derived.privacy_found


def rule_check(code: Code, hint: str) -> Callable:
    """A rule's ``check``: what its ``find`` found in every text of every loaded record, except
    in the fields its module names in ``ALLOWED`` ((record kind, top-level key) pairs)."""

    def check(repo):
        for target, start, what in _found(repo).get(code, ()):
            line, column = target.position(start)
            yield Problem(target.doc.path, line, column, code, what, hint)

    return check


@cache
def _finders() -> tuple[tuple[Code, Callable, frozenset], ...]:
    found: list[tuple[Code, Callable, frozenset]] = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "find"):
            found.append((Code(info.name[:4].upper()), module.find, getattr(module, "ALLOWED", frozenset())))
    return tuple(sorted(found, key=lambda f: f[0]))


def scan(text: str, kind: str | None = None, field: str | None = None) -> list[tuple[Code, str]]:
    """(code, message) for every piece of personal information in ``text``, the value of
    ``field`` (a dotted path such as ``beneficiary.alias``) of a record of ``kind``: the answer
    validation gives on the same text in that field (the spreadsheet import and the issue-form
    intake use it)."""
    key = (kind, field.split(".")[0]) if field else None
    if key in _ALLOWED:
        return []
    plain = normalise(text)
    found = [(code, what) for code, find, allowed in _finders() if key not in allowed for _, _, what in find(plain)]
    if kind == "wish" and field in _FIELD_RULES:
        code, module = _FIELD_RULES[field]
        found += [(code, what) for what in [importlib.import_module(f"{__name__}.{module}").problem(text)] if what]
    return found


def beneficiary_check(code: Code, key: str, problem: Callable, hint: Callable) -> Callable:
    """A ``check`` for a rule on one text field of every wish's beneficiary (alias, place):
    ``problem(value)`` says what is wrong with it or None, ``hint(value)`` how to fix it."""

    def check(repo):
        for path, doc in repo.docs.items():
            if repo.kinds[path] != "wish" or not isinstance(doc.data, dict):
                continue
            beneficiary = doc.data.get("beneficiary")
            value = beneficiary.get(key) if isinstance(beneficiary, dict) else None
            what = problem(value) if isinstance(value, str) else None
            if what:
                pos = doc.locate(("beneficiary", key))
                yield Problem(path, pos.line, pos.column, code, what, hint(value))

    return check


# Rules on one field of a wish, not on every text: the field, its rule's code and module.
_FIELD_RULES = {
    "beneficiary.alias": (Code.P608, "p608_full_name_alias"),
    "beneficiary.place": (Code.P618, "p618_place_too_fine"),
}
