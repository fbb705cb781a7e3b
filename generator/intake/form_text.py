"""Safe text for records written from form input, and the minimal edit that adds a claim."""

from __future__ import annotations

import json
import re

from generator.ops.changeset import in_style_of, normal
from generator.model.loader import load
from generator.model.display_names import MARKUP, first_invisible

_CLAIMS_KEY = re.compile(r"^claims:[ \t]*(?:#.*)?$")
_EMPTY_FLOW = re.compile(r"^claims:[ \t]*\[\][ \t]*(?:#.*)?$")


class EditError(ValueError):
    """The record's layout is not one the minimal edit can extend safely."""


def text_problem(value: str, limit: int, multiline: bool = False) -> str | None:
    """Why a form answer cannot go into a record, or None."""
    # The same characters validation refuses (I310, I311), and line breaks in one-line answers.
    if not multiline and ("\n" in value or "\r" in value):
        return "只能写一行普通文字，不能换行"
    bad = first_invisible(value, allow_newline=multiline)
    if bad is not None:
        return f"只能写普通文字，不能有看不见的字符或控制字符（U+{ord(bad):04X}）"
    if MARKUP.search(value):
        return "不能包含网页代码、链接或特殊符号（< > ` { } [ ] | \\）"
    if len(value) > limit:
        return f"太长了（{len(value)} 个字，最多 {limit} 个）"
    return None


def quote(value: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is a subset of it)."""
    return json.dumps(value, ensure_ascii=False)


def append_claim(path: str, text: str, volunteer: str, day: str) -> str:
    """``text`` with one flow-style claim added at the end of ``claims:`` (or a new ``claims:``),
    in the file's own line endings: the claim check wants every other byte unchanged (C715).

    The result is re-read and compared with the intended data, so an unusual layout fails
    loudly instead of producing a wrong record. A file saved with a byte-order mark or CRLF
    line ends (Windows Notepad) keeps them.
    """
    original, text = text, normal(text)
    eol = "\n"   # normal() made the line ends LF; in_style_of() restores the file's own
    if not text.endswith(eol):
        text += eol
    lines = text.splitlines(keepends=True)
    key = next((i for i, line in enumerate(lines) if _CLAIMS_KEY.match(line.rstrip("\r\n"))), None)
    empty = next((i for i, line in enumerate(lines) if _EMPTY_FLOW.match(line.rstrip("\r\n"))), None)
    entry = f"- {{volunteer: {volunteer}, date: {day}}}{eol}"
    if key is not None:
        last, indent = _block_end(lines, key)
        lines.insert(last + 1, indent + entry)
    elif empty is not None:
        lines[empty] = f"claims:{eol}  {entry}"
    else:
        lines.append(f"claims:{eol}  {entry}")
    result = "".join(lines)
    _verify(path, text, result, {"volunteer": volunteer, "date": day})
    return in_style_of(original.encode("utf-8"), result)


def _block_end(lines: list[str], key: int) -> tuple[int, str]:
    """The last line of the block under ``claims:`` and the indentation of its items."""
    last, indent = key, None
    for i in range(key + 1, len(lines)):
        stripped = lines[i].strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not lines[i].startswith((" ", "-")):
            break
        last = i
        if indent is None:
            indent = lines[i][: len(lines[i]) - len(lines[i].lstrip(" "))]
    return last, indent if indent is not None else "  "


def _verify(path: str, before: str, after: str, entry: dict) -> None:
    old, _ = load(path, before.encode("utf-8"))
    new, _ = load(path, after.encode("utf-8"))
    if old is None or new is None or not isinstance(old.data, dict):
        raise EditError(f"{path} 无法读取")
    expected = dict(old.data, claims=list(old.data.get("claims") or []) + [entry])
    if new.data != expected:
        raise EditError(f"{path} 的 claims 写法特殊，无法自动添加认领")
