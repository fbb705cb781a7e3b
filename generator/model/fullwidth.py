"""The typing mistakes of someone writing YAML with a Chinese input method: a full-width colon
after a key (``title：…``) and a full-width space (U+3000) in the indentation. libyaml does not
see them as what they look like and reports something else, in English, often a line later;
these say what to change, where it is.

Lines inside block scalars (``story: |``) are text and are left alone: a full-width space is how
Chinese paragraphs are indented.
"""

from __future__ import annotations

import re
from functools import cache
from collections.abc import Iterator

from generator.model.codes import Code
from generator.model.problems import Problem

_KEY_COLON = re.compile(
    r"(?:^[ \u3000]*(?:-[ \u3000]+)?|[{,][ \u3000]*)(?P<key>[A-Za-z_][A-Za-z0-9_]*)[ \u3000]*(?P<colon>：)"
)
_WIDE_INDENT = re.compile(r"^(?P<indent>[ ]*\u3000[ \u3000]*)(?=-[ \u3000]|[A-Za-z_][A-Za-z0-9_]*[ \u3000]*[:：])")
_MAYBE = re.compile(r"[A-Za-z0-9_][ \u3000]*：|^[ ]*\u3000", re.MULTILINE)
_BLOCK_START = re.compile(r"^(?P<indent>[ \u3000]*)(?:-[ \u3000]+)?[^#]*:[ ]+[|>][+-]?[0-9]?[ ]*(?:#.*)?$")


@cache
def field_names() -> frozenset[str]:
    """Every field name the schemas define (imported late: the schema module needs the loader)."""
    from generator.model.schema import KINDS, load_schema

    names: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            names.update(node.get("properties", {}))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for kind in KINDS + ("common",):
        walk(load_schema(kind))
    return frozenset(names)


def _lines_outside_blocks(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) for the lines that are not the text of a block scalar."""
    block_indent = None
    for number, line in enumerate(text.split("\n"), start=1):
        indent = len(line) - len(line.lstrip(" \u3000"))
        if block_indent is not None and (not line.strip() or indent > block_indent):
            continue
        block_indent = None
        start = _BLOCK_START.match(line)
        if start:
            block_indent = len(start["indent"])
        yield number, line


def colon_problem(path: str, number: int, line: str, known_only: bool) -> Problem | None:
    for match in _KEY_COLON.finditer(line):
        before = line[: match.start("key")]
        in_flow = bool(before.strip(" \u3000-"))
        if (known_only and match["key"] not in field_names()) or (in_flow and "{" not in before):
            continue
        column = match.start("colon") + 1
        return Problem(
            path,
            number,
            column,
            Code.Y130,
            f"“{match['key']}”后面是全角冒号“：”，YAML 只认半角冒号",
            f"把第 {column} 列的“：”改成半角冒号加空格“: ”（切换到英文标点再输入）",
        )
    return None


def find(path: str, text: str, known_only: bool = True) -> list[Problem]:
    """Every full-width indentation and full-width key colon outside block scalars.

    ``known_only``: report a full-width colon only after a field name the schemas know (when
    the file still parses, the colon may be someone's text); without it, after any key-like word.
    """
    if not _MAYBE.search(text):  # the common case, found in one pass over the text
        return []
    problems = []
    for number, line in _lines_outside_blocks(text):
        wide = _WIDE_INDENT.match(line)
        if wide:
            column = wide["indent"].index("\u3000") + 1
            problems.append(
                Problem(
                    path,
                    number,
                    column,
                    Code.Y131,
                    "缩进里有全角空格",
                    f"把第 {column} 列起的全角空格“　”换成半角空格（每层两个）",
                )
            )
        found = colon_problem(path, number, line, known_only)
        if found:
            problems.append(found)
    return problems
