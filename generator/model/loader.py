"""Strict YAML loading that keeps positions and never lets bad input through.

libyaml (through PyYAML's C parser) turns the bytes into events; we build the data from the
events ourselves so that:

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
from typing import Any, NamedTuple
from collections.abc import Iterator

import yaml

from generator.model import fullwidth
from generator.model.problems import Problem

MAX_BYTES = 256 * 1024
MAX_DEPTH = 32

KeyPath = tuple  # ("claims", 0, "date"): the way from the document's root to a value

_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)?\.[0-9]+(?:[eE][-+]?[0-9]+)?")
# Words a YAML 1.1 reader turns into booleans: never acceptable as keys.
_YAML11_BOOL_WORDS = frozenset(
    w for base in ("y", "yes", "n", "no", "on", "off", "true", "false")
    for w in (base, base.capitalize(), base.upper())
)
_LEADING_TAB = re.compile(r"^ *\t", re.MULTILINE)
# Characters libyaml counts as line breaks but a line of the file (split at "\n") does not:
# after one, every position would be off by a line.
_ODD_BREAK = re.compile("[\x85\u2028\u2029]|\r(?!\n)")
_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Position(NamedTuple):
    line: int
    column: int


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
            _build(self.text.encode("utf-8"), self.path, self._values, self._keys)
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

    def problem(self, keypath: KeyPath, code: str, message: str, hint: str = "", *, key: bool = False) -> Problem:
        pos = self.locate(keypath, key=key)
        return Problem(self.path, pos.line, pos.column, code, message, hint)


def load(path: str, raw: bytes) -> tuple[Document | None, list[Problem]]:
    """Load one file's bytes. Returns the document, or None and the problems that stop it."""
    if len(raw) > MAX_BYTES:
        return None, [Problem(path, 1, 1, "Y106", f"文件过大（{len(raw)} 字节，上限 {MAX_BYTES}）",
                              "一个文件只写一条记录；把长文字缩短")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _byte_position(raw, exc.start)
        return None, [Problem(path, line, column, "Y107", "文件不是 UTF-8 编码",
                              "用 UTF-8 编码另存此文件（不要用 GBK/GB2312）")]
    tab = _LEADING_TAB.search(text)
    if tab:
        line = text.count("\n", 0, tab.start()) + 1
        column = tab.end() - tab.start()
        return None, [Problem(path, line, column, "Y108", "缩进里有制表符（Tab）", "YAML 只能用空格缩进")]
    odd = _ODD_BREAK.search(text)
    if odd:
        line = text.count("\n", 0, odd.start()) + 1
        column = odd.start() - (text.rfind("\n", 0, odd.start()) + 1) + 1
        return None, [Problem(path, line, column, "Y121",
                              f"文件里有 YAML 当作换行的字符 U+{ord(odd.group()[0]):04X}",
                              "删去这个字符；换行只用普通的回车换行")]
    typos = fullwidth.find(path, text)
    if typos:
        return None, typos
    problems: list[Problem] = []
    data = _build(raw, path, None, None, problems)
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


def _pos(mark) -> Position:
    return Position(mark.line + 1, mark.column + 1)


class _Refused(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem


def _build(raw: bytes, path: str, values: dict | None, keys: dict | None,
           problems: list[Problem] | None = None) -> Any:
    """Build data from libyaml's events, iteratively (deep input cannot overflow a stack).

    With ``values``/``keys`` dicts, also records where each value and key starts.
    """
    problems = problems if problems is not None else []
    try:
        return _build_events(yaml.parse(raw, Loader=_Parser), path, values, keys)
    except _Refused as exc:
        problems.append(exc.problem)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = _pos(mark) if mark else Position(1, 1)
        what = " ".join(p for p in (exc.context, exc.problem) if p)
        hint = "检查这一行和上一行的缩进、冒号和引号"
        if exc.context_mark and exc.problem_mark and exc.context_mark.line != exc.problem_mark.line:
            start = _pos(exc.context_mark)
            hint = f"从第 {start.line} 行第 {start.column} 列开始的结构没有正确结束：检查那里的括号、冒号和引号"
        problems.append(Problem(path, where.line, where.column, "Y101", f"YAML 语法错误：{what}", hint))
    except yaml.YAMLError as exc:  # pragma: no cover - libyaml reports marks for all it finds
        problems.append(Problem(path, 1, 1, "Y101", f"YAML 语法错误：{exc}"))
    return None


def _build_events(events: Iterator, path: str, values: dict | None, keys: dict | None) -> Any:
    def refuse(event, code: str, message: str, hint: str = "") -> None:
        where = _pos(event.start_mark)
        raise _Refused(Problem(path, where.line, where.column, code, message, hint))

    root: Any = None
    documents = 0
    # Each frame: [container, keypath, pending key (mappings), seen keys (mappings)]
    stack: list[list] = []

    def attach(value: Any, event) -> KeyPath | None:
        nonlocal root
        if not stack:
            root = value
            here: KeyPath = ()
        else:
            frame = stack[-1]
            container, base = frame[0], frame[1]
            if isinstance(container, list):
                here = base + (len(container),)
                container.append(value)
            else:
                here = base + (frame[2],)
                container[frame[2]] = value
                frame[2] = None
        if values is not None:
            values[here] = _pos(event.start_mark)
        return here

    def take_key(event) -> bool:
        """In a mapping awaiting a key, record this scalar as the key. True when it was a key."""
        if not stack or not isinstance(stack[-1][0], dict) or stack[-1][2] is not None:
            return False
        if not isinstance(event, yaml.ScalarEvent):
            refuse(event, "Y110", "键必须是简单的文字", "键写成 `名称: 值` 的形式")
        frame = stack[-1]
        name = event.value
        if not event.style and (name in _YAML11_BOOL_WORDS or name in _NULL):
            refuse(event, "Y109", f"键 “{name}” 会被一些 YAML 解析器读成布尔值或空值",
                   "换一个键名；字段名见 schemas/ 目录")
        if name in frame[3]:
            refuse(event, "Y102", f"键 “{name}” 重复出现",
                   f"删去重复的一项；“{name}” 已在第 {frame[3][name]} 行出现")
        frame[3][name] = event.start_mark.line + 1
        frame[2] = name
        if keys is not None:
            keys[frame[1] + (name,)] = _pos(event.start_mark)
        return True

    for event in events:
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            refuse(event, "Y103", "不允许使用锚点（&）和别名（*）", "把引用的内容直接写出来")
        tag = getattr(event, "tag", None)
        if tag not in (None, "!") and not _implicit(event):
            refuse(event, "Y111", f"不允许使用显式标签 {tag}", "去掉标签，直接写值")
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                refuse(event, "Y104", "一个文件只能有一个 YAML 文档", "删去 `---` 之后的内容，或把它分到另一个文件")
        elif isinstance(event, yaml.ScalarEvent):
            if not take_key(event):
                attach(_scalar(event), event)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if take_key(event):
                continue
            if len(stack) >= MAX_DEPTH:
                refuse(event, "Y105", f"嵌套超过 {MAX_DEPTH} 层", "记录的结构不需要这么深；检查缩进")
            container: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
            here = attach(container, event)
            stack.append([container, here, None, {}])
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            stack.pop()
    return root


def _implicit(event) -> bool:
    implicit = getattr(event, "implicit", False)
    return any(implicit) if isinstance(implicit, tuple) else bool(implicit)


def _scalar(event) -> Any:
    """YAML 1.2 core schema for plain scalars; quoted and block scalars are always strings."""
    text = event.value
    if event.style:  # '' (or None) is plain; any other style is quoted or a block
        return text
    if text in _NULL:
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT.fullmatch(text):
        return int(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    return text
