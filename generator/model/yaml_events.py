"""Data from libyaml's events, built by hand so that nothing the loader refuses gets through.

:func:`build` reads the events of one file's bytes: anchors, aliases, explicit tags, duplicate
keys, keys a YAML 1.1 reader takes for booleans, complex keys, a second document and nesting
deeper than MAX_DEPTH are refused at the event that shows them, as a :class:`Problem` (Y1xx);
plain scalars follow the YAML 1.2 core schema. It works with a stack, not by recursion (deep
input cannot overflow a stack) and, when asked, records where each value and key starts.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple, cast
from collections.abc import Iterator

import yaml

from generator.model.codes import Code
from generator.model.problems import Problem

MAX_DEPTH = 32

KeyPath = tuple  # ("claims", 0, "date"): the way from the document's root to a value

_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)?\.[0-9]+(?:[eE][-+]?[0-9]+)?")
# Words a YAML 1.1 reader turns into booleans: never acceptable as keys.
_YAML11_BOOL_WORDS = frozenset(
    w for base in ("y", "yes", "n", "no", "on", "off", "true", "false") for w in (base, base.capitalize(), base.upper())
)
_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Position(NamedTuple):
    line: int
    column: int


def _pos(mark) -> Position:
    return Position(mark.line + 1, mark.column + 1)


class _Refused(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem


def build(raw: bytes, path: str, values: dict | None, keys: dict | None, problems: list[Problem] | None = None) -> Any:
    """Build data from libyaml's events, iteratively (deep input cannot overflow a stack).

    With ``values``/``keys`` dicts, also records where each value and key starts.
    """
    problems = problems if problems is not None else []
    try:
        return _Builder(path, values, keys).build(yaml.parse(raw, Loader=_Parser))
    except _Refused as exc:
        problems.append(exc.problem)
    except yaml.MarkedYAMLError as exc:
        problems.append(_syntax_problem(path, exc))
    except yaml.YAMLError as exc:  # pragma: no cover - libyaml reports marks for all it finds
        problems.append(Problem(path, 1, 1, Code.Y101, f"YAML 语法错误：{exc}"))
    return None


def _syntax_problem(path: str, exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    where = _pos(mark) if mark else Position(1, 1)
    what = " ".join(p for p in (exc.context, exc.problem) if p)
    hint = "检查这一行和上一行的缩进、冒号和引号"
    if exc.context_mark and exc.problem_mark and exc.context_mark.line != exc.problem_mark.line:
        start = _pos(exc.context_mark)
        hint = f"从第 {start.line} 行第 {start.column} 列开始的结构没有正确结束：检查那里的括号、冒号和引号"
    return Problem(path, where.line, where.column, Code.Y101, f"YAML 语法错误：{what}", hint)


class _Frame:
    """An open mapping or sequence: where it is, and (a mapping) its pending key and the keys
    seen so far with their lines."""

    __slots__ = ("container", "keypath", "key", "seen")

    def __init__(self, container: dict | list, keypath: KeyPath):
        self.container, self.keypath, self.key = container, keypath, None
        self.seen: dict[Any, Any] = {}


class _Builder:
    """One document's data from libyaml's events, an event at a time; what the loader does not
    accept raises :class:`_Refused` at the event that shows it."""

    __slots__ = ("path", "values", "keys", "root", "documents", "stack")

    def __init__(self, path: str, values: dict | None, keys: dict | None):
        self.path, self.values, self.keys = path, values, keys
        self.root: Any = None
        self.documents = 0
        self.stack: list[_Frame] = []

    def build(self, events: Iterator) -> Any:
        handlers = _HANDLERS
        for event in events:
            handler = handlers.get(type(event))
            if handler is not None:
                handler(self, event)
        return self.root

    def refuse(self, event, code: Code, message: str, hint: str = "") -> None:
        where = _pos(event.start_mark)
        raise _Refused(Problem(self.path, where.line, where.column, code, message, hint))

    def refuse_anchor(self, event) -> None:
        self.refuse(event, Code.Y103, "不允许使用锚点（&）和别名（*）", "把引用的内容直接写出来")

    def document_start(self, event) -> None:
        self.documents += 1
        if self.documents > 1:
            self.refuse(event, Code.Y104, "一个文件只能有一个 YAML 文档", "删去 `---` 之后的内容，或把它分到另一个文件")

    def scalar(self, event) -> None:
        self.refuse_markup(event)
        if not self.take_key(event):
            self.attach(_scalar(event), event)

    def collection_start(self, event) -> None:
        self.refuse_markup(event)
        if self.take_key(event):
            return
        if len(self.stack) >= MAX_DEPTH:
            self.refuse(event, Code.Y105, f"嵌套超过 {MAX_DEPTH} 层", "记录的结构不需要这么深；检查缩进")
        container: dict | list = {} if type(event) is yaml.MappingStartEvent else []
        self.stack.append(_Frame(container, self.attach(container, event)))

    def collection_end(self, event) -> None:
        self.stack.pop()

    def refuse_markup(self, event) -> None:
        """A node written with an anchor (&) or an explicit tag (!!str) is refused."""
        if event.anchor:
            self.refuse_anchor(event)
        if event.tag not in (None, "!") and not _implicit(event):
            self.refuse(event, Code.Y111, f"不允许使用显式标签 {event.tag}", "去掉标签，直接写值")

    def take_key(self, event) -> bool:
        """In a mapping awaiting a key, record this node as the key. True when it was a key."""
        frame = self.stack[-1] if self.stack else None
        if frame is None or frame.key is not None or type(frame.container) is not dict:
            return False
        if type(event) is not yaml.ScalarEvent:
            self.refuse(event, Code.Y110, "键必须是简单的文字", "键写成 `名称: 值` 的形式")
        name = event.value
        self.refuse_key(event, name, frame.seen)
        frame.seen[name] = event.start_mark.line + 1
        frame.key = name
        if self.keys is not None:
            self.keys[frame.keypath + (name,)] = _pos(event.start_mark)
        return True

    def refuse_key(self, event, name: str, seen: dict) -> None:
        if not event.style and (name in _YAML11_BOOL_WORDS or name in _NULL):
            self.refuse(
                event,
                Code.Y109,
                f"键 “{name}” 会被一些 YAML 解析器读成布尔值或空值",
                "换一个键名；字段名见 schemas/ 目录",
            )
        if name in seen:
            self.refuse(
                event, Code.Y102, f"键 “{name}” 重复出现", f"删去重复的一项；“{name}” 已在第 {seen[name]} 行出现"
            )

    def attach(self, value: Any, event) -> KeyPath:
        """Put a value where the open container (or the document's root) expects it."""
        if not self.stack:
            self.root, here = value, ()
        else:
            frame = self.stack[-1]
            if type(frame.container) is list:
                here = frame.keypath + (len(frame.container),)
                frame.container.append(value)
            else:
                here = frame.keypath + (frame.key,)
                cast(dict, frame.container)[frame.key] = value
                frame.key = None
        if self.values is not None:
            self.values[here] = _pos(event.start_mark)
        return here


# What each kind of event does (stream and document ends do nothing).
_HANDLERS = {
    yaml.AliasEvent: _Builder.refuse_anchor,
    yaml.DocumentStartEvent: _Builder.document_start,
    yaml.ScalarEvent: _Builder.scalar,
    yaml.MappingStartEvent: _Builder.collection_start,
    yaml.SequenceStartEvent: _Builder.collection_start,
    yaml.MappingEndEvent: _Builder.collection_end,
    yaml.SequenceEndEvent: _Builder.collection_end,
}


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
