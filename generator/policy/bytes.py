"""The byte-level rule for a wish changed by someone who does not run it: the head file must be
the base file with whole claim lines inserted into ``claims:`` (and ``claims:`` itself when the
wish had none), nothing else. Parsed data can be equal while the bytes are not (a comment, other
quotes, key order, line endings, a byte-order mark, ``claims: []``), and those bytes are public
text too.
"""

from __future__ import annotations

import re

CLAIM_LINE = re.compile(r"(?: {2})?- \{volunteer: [a-z0-9][a-z0-9-]*, date: [0-9]{4}-[0-9]{2}-[0-9]{2}\}")
CLAIMS_KEY = "claims:"
EMPTY_CLAIMS = "claims: []"


def _eol(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def extra_bytes(base: str, head: str) -> tuple[int, str] | None:
    """None when ``head`` is ``base`` plus claim lines; else (head line, reason in Chinese)."""
    eol = _eol(base)
    if not base.endswith(eol) and head.startswith(base + eol):
        base += eol  # a missing final line break may be added with the claim
    old, new = base.splitlines(keepends=True), head.splitlines(keepends=True)
    # ``claims: []`` may become ``claims:`` with the claims under it (what intake writes).
    old = [
        new[i] if line == EMPTY_CLAIMS + eol and i < len(new) and new[i] == CLAIMS_KEY + eol else line
        for i, line in enumerate(old)
    ]
    added = len(new) - len(old)
    at = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new)))
    if added <= 0 or new[at + added :] != old[at:]:
        return at + 1, _why(old[at] if at < len(old) else "", new[at] if at < len(new) else "", eol)
    for offset, line in enumerate(new[at : at + added]):
        body = line[: -len(eol)] if line.endswith(eol) else None
        first_key = offset == 0 and body == CLAIMS_KEY and CLAIMS_KEY + eol not in old
        if body is None or not (first_key or CLAIM_LINE.fullmatch(body)):
            return at + offset + 1, _why("", line, eol)
    return None


def _why(old: str, new: str, eol: str) -> str:
    """What kind of change a line shows, for the refusal."""
    if new.startswith("\ufeff") and not old.startswith("\ufeff"):
        return "文件开头加了字节顺序标记（BOM）"
    if new.endswith("\r\n") != old.endswith("\r\n") and old and new.rstrip("\r\n") == old.rstrip("\r\n"):
        return "换行符变了（CRLF 与 LF）"
    if old and new.rstrip() == old.rstrip():
        return "行尾的空格变了"
    if "#" in new:
        return "加了注释"
    if new.strip().startswith(EMPTY_CLAIMS) or "[" in new:
        return "认领写成了 [ ] 形式"
    return "改动了认领行以外的内容（包括引号、顺序和空格）"
