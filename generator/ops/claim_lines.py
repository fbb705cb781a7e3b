"""The minimal edit that adds a self-claim to a wish: whole lines inserted, nothing else.

A claim by someone who does not run the wish must be the base file with whole claim lines
inserted (the policy's byte-level rule, :mod:`generator.policy.bytes`), so intake and the
``claim`` command add a claim by this edit, never by re-writing the file.
"""

from __future__ import annotations

import re

from generator.model.loader import load
from generator.ops.file_style import in_style_of, normal

_CLAIMS_KEY = re.compile(r"^claims:[ \t]*(?:#.*)?$")
_EMPTY_FLOW = re.compile(r"^claims:[ \t]*\[\][ \t]*(?:#.*)?$")


class EditError(ValueError):
    """The record's layout is not one the minimal edit can extend safely."""


def append_claim(path: str, text: str, volunteer: str, day: str) -> str:
    """``text`` with one flow-style claim added at the end of ``claims:`` (or a new ``claims:``),
    in the file's own line endings: the claim check wants every other byte unchanged (C715).

    The result is re-read and compared with the intended data, so an unusual layout fails
    loudly instead of producing a wrong record. A file saved with a byte-order mark or CRLF
    line ends (Windows Notepad) keeps them.
    """
    original, text = text, normal(text)
    eol = "\n"  # normal() made the line ends LF; in_style_of() restores the file's own
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
