"""Strict YAML loading that keeps positions and never lets bad input through.

libyaml (through PyYAML's C parser) turns the bytes into events; we build the data from the
events ourselves (:mod:`generator.model.yaml_events`) so that:

- every problem is a :class:`Problem` with a line and column, never an exception;
- anchors, aliases, explicit tags, duplicate keys, extra documents, deep nesting, tabs in
  indentation, oversized files and bytes that are not UTF-8 are refused;
- plain scalars follow the YAML 1.2 core schema (``NO`` and ``on`` stay strings, ``010`` and
  ``12:30`` stay strings), and dates stay ISO strings for the schema's ``format: date`` to check.

Positions are not kept while loading (a city's data is tens of thousands of files): a
:class:`Document` keeps its text and indexes the positions the first time a problem needs one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from generator.model import fullwidth
from generator.model.codes import Code
from generator.model.problems import Problem
from generator.model.yaml_events import KeyPath, Position, build

MAX_BYTES = 256 * 1024

_LEADING_TAB = re.compile(r"^ *\t", re.MULTILINE)
# Characters libyaml counts as line breaks but a line of the file (split at "\n") does not:
# after one, every position would be off by a line.
_ODD_BREAK = re.compile("[\x85\u2028\u2029]|\r(?!\n)")


@dataclass
class Document:
    """One loaded file: its data, and the text to find positions in when a problem needs them."""

    path: str
    data: Any
    text: str = field(repr=False)
    _values: dict | None = field(default=None, repr=False)
    _keys: dict | None = field(default=None, repr=False)

    def locate(self, keypath: KeyPath = (), *, key: bool = False) -> Position:
        """Where the value at ``keypath`` starts (or its key, with ``key=True``).

        Falls back to the nearest enclosing value the path can still reach.
        """
        if self._values is None or self._keys is None:
            self._values, self._keys = {}, {}
            build(self.text.encode("utf-8"), self.path, self._values, self._keys)
        table = self._keys if key else self._values
        path = tuple(keypath)
        while path not in table and path:
            path, table = path[:-1], self._values
        return table.get(path, Position(1, 1))

    def value_positions(self, keypath: KeyPath) -> list[Position]:
        """Where the value at ``keypath`` and every value inside it start."""
        self.locate(keypath)
        assert self._values is not None  # locate() has worked the positions out
        n = len(keypath)
        return [pos for path, pos in self._values.items() if path[:n] == tuple(keypath)]

    def problem(self, keypath: KeyPath, code: Code, message: str, hint: str = "", *, key: bool = False) -> Problem:
        pos = self.locate(keypath, key=key)
        return Problem(self.path, pos.line, pos.column, code, message, hint)


def load(path: str, raw: bytes) -> tuple[Document | None, list[Problem]]:
    """Load one file's bytes. Returns the document, or None and the problems that stop it."""
    if len(raw) > MAX_BYTES:
        return None, [
            Problem(
                path,
                1,
                1,
                Code.Y106,
                f"文件过大（{len(raw)} 字节，上限 {MAX_BYTES}）",
                "一个文件只写一条记录；把长文字缩短",
            )
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _byte_position(raw, exc.start)
        return None, [
            Problem(
                path, line, column, Code.Y107, "文件不是 UTF-8 编码", "用 UTF-8 编码另存此文件（不要用 GBK/GB2312）"
            )
        ]
    tab = _LEADING_TAB.search(text)
    if tab:
        line = text.count("\n", 0, tab.start()) + 1
        column = tab.end() - tab.start()
        return None, [Problem(path, line, column, Code.Y108, "缩进里有制表符（Tab）", "YAML 只能用空格缩进")]
    odd = _ODD_BREAK.search(text)
    if odd:
        line = text.count("\n", 0, odd.start()) + 1
        column = odd.start() - (text.rfind("\n", 0, odd.start()) + 1) + 1
        return None, [
            Problem(
                path,
                line,
                column,
                Code.Y121,
                f"文件里有 YAML 当作换行的字符 U+{ord(odd.group()[0]):04X}",
                "删去这个字符；换行只用普通的回车换行",
            )
        ]
    typos = fullwidth.find(path, text)
    if typos:
        return None, typos
    problems: list[Problem] = []
    data = build(raw, path, None, None, problems)
    if problems:
        # A full-width colon after any key-like word, up to where libyaml gave up, is the cause.
        typos = [p for p in fullwidth.find(path, text, known_only=False) if p.line <= problems[0].line]
        return None, typos or problems
    return Document(path, data, text), []


def _byte_position(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line_start = before.rfind(b"\n") + 1
    column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return before.count(b"\n") + 1, column
