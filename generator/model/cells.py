"""Text for spreadsheet cells: the CSV files the project writes are opened in Excel and WPS.

OWASP's rule against CSV (formula) injection: a cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is read as a formula (``=HYPERLINK(…)`` becomes a link,
``=cmd|…`` worse), so such text is written with a ``'`` in front, which spreadsheets show as
text. Full-width forms and leading spaces are treated the same way. Numbers stay numbers.
"""

from __future__ import annotations

FORMULA_START = frozenset("=+-@\t\r＝＋－＠")


def formula_like(text: str) -> bool:
    """A spreadsheet might read a cell holding ``text`` as a formula."""
    stripped = text.lstrip(" \u3000")
    return bool(text) and (text[0] in FORMULA_START or (bool(stripped) and stripped[0] in FORMULA_START))


def neutralise(value) -> str:
    """``value`` as the text of a CSV cell that no spreadsheet runs as a formula."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    return "'" + text if formula_like(text) else text
