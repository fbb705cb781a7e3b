"""Safe text for records written from form input."""

from __future__ import annotations

from generator.model.display_names import MARKUP, first_invisible


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
